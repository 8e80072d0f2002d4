import DICOM
import Deidentify
import Foundation
import Testing
import TestSupport

/// The engine on hand-made data sets: table, actions at depth, options, keys, provenance.
@Suite("De-identification engine")
struct EngineTests {
    static func text(_ tag: DICOM.Tag, _ vr: VR, _ value: String) -> DataElement {
        var bytes = Data(value.utf8)
        if bytes.count % 2 == 1 { bytes.append(vr.paddingByte) }
        return DataElement(tag: tag, vr: vr, value: .bytes(bytes))
    }

    static func sequence(_ tag: DICOM.Tag, _ items: [DataSet]) -> DataElement {
        DataElement(tag: tag, vr: .SQ, value: .sequence(items))
    }

    /// A CT-like data set with the attributes the options are about.
    static func sample() -> DataSet {
        var nested = DataSet()
        nested.set(text(Tag(0x0040, 0xA123), .PN, "Nested^Person"))
        nested.set(text(Tag(0x0040, 0xA121), .DA, "20200229"))
        nested.set(text(.referencedSOPInstanceUID, .UI, "1.2.3.4.5.6"))
        var middle = DataSet()
        middle.set(sequence(Tag(0x0040, 0xA730), [nested]))
        var overlay = DataSet(elements: [
            text(.sopClassUID, .UI, UIDRegistry.ctImageStorage), text(.sopInstanceUID, .UI, "1.2.3.4.5.7"),
            text(.studyInstanceUID, .UI, "1.2.3.4.1"), text(.frameOfReferenceUID, .UI, "1.2.3.4.2"),
            text(.patientName, .PN, "Doe^Jane"), text(.patientID, .LO, "MRN42"), text(.patientSex, .CS, "F"),
            text(.patientAge, .AS, "061Y"), text(.patientWeight, .DS, "70"), text(.studyDate, .DA, "20240611"),
            text(.studyTime, .TM, "101500"), text(.acquisitionDateTime, .DT, "20240611101501.5+0100"),
            text(.deviceSerialNumber, .LO, "SN-1"), text(.stationName, .SH, "ST1"), text(.institutionName, .LO, "Big Hospital"),
            text(.studyDescription, .LO, "CT HEAD Jane Doe 2024-06-11"),
            text(Tag(0x0008, 0x010C), .UI, "2.16.840.1.113883.6.96"),
            text(Tag(0x6000, 0x0010), .US, "\u{10}\u{0}"), text(Tag(0x6000, 0x0022), .LO, "Doe overlay"),
            DataElement(tag: Tag(0x6000, 0x3000), vr: .OW, value: .bytes(Data(count: 4))),
            text(Tag(0x0019, 0x0010), .LO, "SIEMENS MR HEADER"), text(Tag(0x0019, 0x100C), .IS, "1000"),
            text(Tag(0x0019, 0x1099), .LO, "Doe secret"),
            text(Tag(0x0011, 0x0010), .LO, "OTHER VENDOR"), text(Tag(0x0011, 0x1001), .LO, "MRN42"),
        ])
        overlay.set(sequence(Tag(0x0040, 0x0275), [middle]))
        return overlay
    }

    static func run(_ options: Set<ProfileOption> = [], recipe: Recipe? = nil,
                    declared: PixelCleaningDeclaration = []) throws -> DataSet {
        let file = DICOMFile(meta: DataSet(), dataSet: sample(), transferSyntax: .explicitVRLittleEndian)
        let configuration = DeidentificationConfiguration(options: options, declaredPixelCleaning: declared)
        return try Deidentifier(key: try DeidTest.key(), configuration: configuration, recipe: recipe).deidentify(file).file.dataSet
    }

    @Test("the generated table is PS3.15 2026d with every option column")
    func table() {
        #expect(ConfidentialityProfile.edition == "2026d")
        #expect(ConfidentialityProfile.rules.count == 657)
        #expect(ConfidentialityProfile.rule(for: .patientName)?.basic == .empty)
        #expect(ConfidentialityProfile.rule(for: Tag(0x6002, 0x3000))?.action(with: [.cleanGraphics]) == .clean)
        #expect(ConfidentialityProfile.rule(for: Tag(0x501E, 0x0010))?.basic == .remove)
        #expect(ConfidentialityProfile.rule(for: .studyDate)?.action(with: [.retainLongitudinalModifiedDates]) == .clean)
        #expect(ConfidentialityProfile.rule(for: .referencedImageSequence)?.basic == .removeEmptyOrRemapUIDs)
        #expect(ConfidentialityProfile.privateRule.action(with: [.retainSafePrivate]) == .clean)
        #expect(StructuredContentRules.rules.count == 214)
        let used = Set(ConfidentialityProfile.rules.flatMap { Array($0.optionActions.keys) })
        #expect(used == Set(ProfileOption.headerOptions))
    }

    @Test("UID pseudonyms equal Python's HMAC-SHA256 and int(); standard UIDs and class attributes stay")
    func uids() throws {
        let key = try DeidTest.key()
        let samples = ["1.2.3.4.5.6", "1.2.826.0.1.3680043.10.1137.1.5.1", "9", String(repeating: "1.", count: 31) + "1"]
        let report = try Oracle.run("deid_oracle.py", "uids", manifest: ["key_hex": DeidTest.keyBytes.map { String(format: "%02x", $0) }.joined(), "uids": samples])
        let expected = try #require(report["uids"] as? [String: String])
        for uid in samples { #expect(key.pseudonymUID(for: uid) == expected[uid]) }
        let out = try Self.run()
        #expect(out.string(.sopClassUID) == UIDRegistry.ctImageStorage)
        #expect(out.string(Tag(0x0008, 0x010C)) == "2.16.840.1.113883.6.96")
        #expect(out.string(.sopInstanceUID) == key.pseudonymUID(for: "1.2.3.4.5.7"))
        #expect(out.string(.frameOfReferenceUID) == key.pseudonymUID(for: "1.2.3.4.2"))
        let retained = try Self.run([.retainUIDs])
        #expect(retained.string(.sopInstanceUID) == "1.2.3.4.5.7")
    }

    @Test("actions apply at every depth: nested person names, dates and references")
    func depth() throws {
        let out = try Self.run([.cleanDescriptors])
        let middle = try #require(out[Tag(0x0040, 0x0275)]?.items?.first)
        let nested = try #require(middle[Tag(0x0040, 0xA730)]?.items?.first)
        #expect(nested.string(Tag(0x0040, 0xA123)) == "ANONYMOUS")
        #expect(nested.string(Tag(0x0040, 0xA121)) == "19000101")
        #expect(nested.string(.referencedSOPInstanceUID) == (try DeidTest.key()).pseudonymUID(for: "1.2.3.4.5.6"))
        // Without Clean Descriptors the Request Attributes Sequence (X) goes entirely.
        #expect(try Self.run()[Tag(0x0040, 0x0275)] == nil)
    }

    @Test("options: patient characteristics, device, institution, descriptors, graphics, safe private")
    func options() throws {
        let basic = try Self.run()
        #expect(basic.string(.patientSex) == nil || basic.string(.patientSex) == "")
        #expect(basic[.patientAge] == nil && basic[.patientWeight] == nil)
        #expect(basic.string(.deviceSerialNumber) == "ANONYMIZED" && basic.string(.institutionName) == "ANONYMIZED")
        #expect(basic[.studyDescription] == nil)
        #expect(!basic.tags.contains { $0.group == 0x6000 } && !basic.tags.contains { $0.isPrivate })
        #expect(basic.string(.patientID)?.hasPrefix("FL") == true && basic.string(.patientName) == basic.string(.patientID))

        let kept = try Self.run([.retainPatientCharacteristics, .retainDeviceIdentity, .retainInstitutionIdentity,
                                 .cleanDescriptors, .cleanGraphics, .retainSafePrivate])
        #expect(kept.string(.patientSex) == "F" && kept.string(.patientAge) == "061Y" && kept.string(.patientWeight) == "70")
        #expect(kept.string(.deviceSerialNumber) == "SN-1" && kept.string(.stationName) == "ST1" && kept.string(.institutionName) == "Big Hospital")
        #expect(kept.string(.studyDescription) == "CT HEAD")
        #expect(kept[Tag(0x6000, 0x3000)] != nil && kept.string(Tag(0x6000, 0x0022)) == "overlay")
        #expect(kept.string(Tag(0x0019, 0x0010)) == "SIEMENS MR HEADER" && kept.string(Tag(0x0019, 0x100C)) == "1000")
        #expect(kept[Tag(0x0019, 0x1099)] == nil && kept[Tag(0x0011, 0x1001)] == nil && kept[Tag(0x0011, 0x0010)] == nil)
        let codes = try #require(kept[Tag(0x0012, 0x0064)]?.items).compactMap { $0.string(Tag(0x0008, 0x0100)) }
        #expect(codes == ["113100", "113103", "113105", "113108", "113109", "113111", "113112"])
        #expect(kept.strings(Tag(0x0012, 0x0063))?.first == "Faceless \(Provenance.facelessVersion)")
        #expect(kept.strings(Tag(0x0012, 0x0063))?.contains("DICOM PS3.15 2026d Basic Profile") == true)
    }

    @Test("dates: removed, kept (full dates), or shifted per patient with DT and TM consistent")
    func dates() throws {
        #expect(try Self.run().string(Tag(0x0028, 0x0303)) == "REMOVED")
        let full = try Self.run([.retainLongitudinalFullDates])
        #expect(full.string(.studyDate) == "20240611" && full.string(Tag(0x0028, 0x0303)) == "UNMODIFIED")
        let modified = try Self.run([.retainLongitudinalModifiedDates])
        #expect(modified.string(Tag(0x0028, 0x0303)) == "MODIFIED")
        let days = try DeidTest.key().dateShiftDays(forPatient: "MRN42", in: -3650 ... -365)
        #expect((-3650 ... -365).contains(days))
        let report = try Oracle.run("deid_oracle.py", "shift", manifest: ["dates": ["20240611", "20200229", "19000301"], "days": days])
        let shifted = try #require(report["dates"] as? [String: String])
        #expect(modified.string(.studyDate) == shifted["20240611"])
        #expect(modified.string(.studyTime) == "101500")
        #expect(modified.string(.acquisitionDateTime) == (shifted["20240611"] ?? "") + "101501.5+0100")
        let nested = modified[Tag(0x0040, 0x0275)]  // removed without Clean Descriptors
        #expect(nested == nil)
        #expect(throws: DeidentificationError.self) {
            try Deidentifier(key: try DeidTest.key(), configuration: .init(options: [.retainLongitudinalFullDates, .retainLongitudinalModifiedDates]))
        }
    }

    @Test("declared pixel cleaning adds its codes and attributes; header options cannot declare it")
    func declaredPixelCleaning() throws {
        let out = try Self.run(declared: [.cleanPixelData, .cleanRecognizableVisualFeatures])
        let codes = try #require(out[Tag(0x0012, 0x0064)]?.items).compactMap { $0.string(Tag(0x0008, 0x0100)) }
        #expect(codes == ["113100", "113101", "113102"])
        #expect(out.string(Tag(0x0028, 0x0301)) == "NO" && out.string(Tag(0x0028, 0x0302)) == "NO")
        #expect(try Self.run()[Tag(0x0028, 0x0301)] == nil)
        #expect(throws: DeidentificationError.self) {
            try Deidentifier(key: try DeidTest.key(), configuration: .init(options: [.cleanPixelData]))
        }
        #expect(ProfileOption(name: "clean-pixel-data").map { ProfileOption.headerOptions.contains($0) } == false)
    }

    @Test("recipe: actions by keyword and tag pattern, keep list, fixed values; bad recipes refused")
    func recipe() throws {
        let recipe = try Recipe(yaml: """
            actions:
              StudyDescription: C
              "0011,xx01": K
              "(0010,0040)": X
            keep: [InstitutionName]
            set:
              ClinicalTrialProtocolID: STROKE-1
            """)
        let out = try Self.run(recipe: recipe)
        #expect(out.string(.studyDescription) == "CT HEAD")
        #expect(out.string(Tag(0x0011, 0x1001)) == "MRN42" && out.string(Tag(0x0011, 0x0010)) == "OTHER VENDOR")
        #expect(out[.patientSex] == nil && out.string(.institutionName) == "Big Hospital")
        #expect(out.string(Tag(0x0012, 0x0020)) == "STROKE-1")
        #expect(throws: DeidentificationError.self) { try Recipe(yaml: "actions:\n  NoSuchKeyword: K\n") }
        #expect(throws: DeidentificationError.self) { try Recipe(yaml: "actions:\n  StudyDate: Q\n") }
        #expect(throws: DeidentificationError.self) { try Recipe(yaml: "colour: blue\n") }
    }

    @Test("keys: too short refused; a key file's trailing newline ignored; other keys differ")
    func keys() throws {
        #expect(throws: DeidentificationError.self) { try PseudonymKey(bytes: Data("short".utf8)) }
        let scratch = try TestData.scratchFolder("faceless-key")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("key")
        try (DeidTest.keyBytes + Data([0x0A])).write(to: file)
        let fromFile = try PseudonymKey(contentsOf: file)
        #expect(fromFile.pseudonymUID(for: "1.2.3") == (try DeidTest.key()).pseudonymUID(for: "1.2.3"))
        #expect(try PseudonymKey(bytes: DeidTest.otherKeyBytes).pseudonymUID(for: "1.2.3") != fromFile.pseudonymUID(for: "1.2.3"))
        #expect(PseudonymKey.random().isRandom && PseudonymKey.random().pseudonymUID(for: "1") != PseudonymKey.random().pseudonymUID(for: "1"))
    }

    @Test("Clean Structured Content: listed concepts get the table's action; without it text becomes a dummy")
    func structuredContent() throws {
        func item(_ scheme: String, _ code: String, _ text: String) -> DataSet {
            var concept = DataSet()
            concept.set(Self.text(Tag(0x0008, 0x0100), .SH, code))
            concept.set(Self.text(Tag(0x0008, 0x0102), .SH, scheme))
            var item = DataSet()
            item.set(Self.text(Tag(0x0040, 0xA040), .CS, "TEXT"))
            item.set(Self.sequence(Tag(0x0040, 0xA043), [concept]))
            item.set(Self.text(Tag(0x0040, 0xA160), .UT, text))
            return item
        }
        var dataSet = DataSet()
        dataSet.set(Self.text(.patientName, .PN, "Doe^Jane"))
        dataSet.set(Self.sequence(Tag(0x0040, 0xA730), [item("DCM", "121022", "ACC-1"), item("DCM", "121071", "Jane Doe has a bleed")]))
        let file = DICOMFile(meta: DataSet(), dataSet: dataSet, transferSyntax: .explicitVRLittleEndian)
        // Finding (121071) is X/D, C with Clean Descriptors: the text is cleaned of the name.
        let clean = try Deidentifier(key: try DeidTest.key(), configuration: .init(options: [.cleanStructuredContent, .cleanDescriptors]))
            .deidentify(file).file.dataSet
        let items = try #require(clean[Tag(0x0040, 0xA730)]?.items)
        #expect(items.count == 1)  // Accession Number (121022) is X
        #expect(items.first?.string(Tag(0x0040, 0xA160)) == "has a bleed")
        let basic = try Deidentifier(key: try DeidTest.key()).deidentify(file).file.dataSet
        #expect(basic[Tag(0x0040, 0xA730)]?.items?.map { $0.string(Tag(0x0040, 0xA160)) } == ["ANONYMIZED", "ANONYMIZED"])
    }
}
