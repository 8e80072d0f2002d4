import DICOM
import Foundation

/// De-identifies DICOM files by PS3.15 Annex E: the Basic Application Level Confidentiality
/// Profile, the chosen options, the recipe's overrides and keyed pseudonyms.
///
/// A value type holding only immutable state: one instance serves every thread of a batch.
public struct Deidentifier: Sendable {
    public let configuration: DeidentificationConfiguration
    public let key: PseudonymKey
    public let sheet: MappingSheet?
    public let allowUnmapped: Bool
    public let recipe: Recipe?
    let plan: ActionPlan

    public init(key: PseudonymKey, configuration: DeidentificationConfiguration = .init(), sheet: MappingSheet? = nil,
                allowUnmapped: Bool = false, recipe: Recipe? = nil) throws(DeidentificationError) {
        try configuration.validate()
        self.key = key
        self.configuration = configuration
        self.sheet = sheet
        self.allowUnmapped = allowUnmapped
        self.recipe = recipe
        plan = ActionPlan(options: configuration.options, recipe: recipe)
    }

    /// The outcome for one file.
    public struct Result: Sendable {
        /// The de-identified file: preamble zeroed, file meta rebuilt, data set cleaned.
        public let file: DICOMFile
        public let identity: PatientIdentity
        public let tally: ActionTally
        /// The new Study Instance UID (for the mapping table).
        public let newStudyInstanceUID: String
    }

    /// De-identifies one file in memory. Pixel data is not touched: its element is carried over
    /// as it was read (its bytes still those of the input mapping).
    public func deidentify(_ file: DICOMFile) throws(DeidentificationError) -> Result {
        let identity = try PatientIdentity.resolve(file.dataSet, key: key, sheet: sheet, allowUnmapped: allowUnmapped,
                                                   dateShiftRange: configuration.dateShiftRange)
        var cleaner = DataSetCleaner(plan: plan, options: configuration.options, key: key, identity: identity,
                                     newIDIsPatientName: configuration.newIDIsPatientName, topLevel: file.dataSet)
        var dataSet = cleaner.clean(file.dataSet)
        Provenance.apply(to: &dataSet, configuration)
        for (tag, value) in recipe?.fixedValues ?? [] {
            let vr = DataDictionary.entry(for: tag)?.vrs.first ?? .LO
            dataSet.set(ValueCoding.textElement(tag, vr, value))
        }
        let meta = newMeta(from: file, cleaned: dataSet)
        let output = DICOMFile(preamble: Data(count: 128), meta: meta, dataSet: dataSet, transferSyntax: file.transferSyntax)
        let newStudy = dataSet.string(.studyInstanceUID) ?? ""
        return Result(file: output, identity: identity, tally: cleaner.tally, newStudyInstanceUID: newStudy)
    }

    /// De-identifies `input` into `output` (written atomically; folders created as needed).
    public func deidentify(fileAt input: URL, to output: URL) throws(DeidentificationError) -> Result {
        let file: DICOMFile
        do {
            file = try DICOMFile(contentsOf: input)
        } catch {
            throw .unreadable(error)
        }
        let result = try deidentify(file)
        do {
            try result.file.write(to: output)
        } catch {
            throw .unwritable("\(output.path): \(error)")
        }
        return result
    }

    /// The file meta rebuilt from scratch: version, SOP class and instance (the instance in sync
    /// with the cleaned data set), transfer syntax; the implementation UID and version are
    /// Faceless's (filled in by the writer). Source, sending and receiving AE titles, private
    /// information and everything else of the original meta are gone.
    private func newMeta(from file: DICOMFile, cleaned: DataSet) -> DataSet {
        var meta = DataSet()
        meta.set(DataElement(tag: Tag(0x0002, 0x0001), vr: .OB, value: .bytes(Data([0x00, 0x01]))))
        let sopClass = cleaned.string(.sopClassUID) ?? file.meta.string(Tag(0x0002, 0x0002)) ?? ""
        var instance = cleaned.string(.sopInstanceUID) ?? ""
        if instance.isEmpty, let original = file.meta.string(Tag(0x0002, 0x0003)), !original.isEmpty {
            instance = configuration.options.contains(.retainUIDs) ? original : key.pseudonymUID(for: original)
        }
        meta.set(ValueCoding.textElement(Tag(0x0002, 0x0002), .UI, sopClass))
        meta.set(ValueCoding.textElement(Tag(0x0002, 0x0003), .UI, instance))
        meta.set(ValueCoding.textElement(Tag(0x0002, 0x0010), .UI, file.transferSyntax.uid))
        return meta
    }
}
