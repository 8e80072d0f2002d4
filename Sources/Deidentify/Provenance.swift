import DICOM
import Foundation

/// The attributes that record what was done (PS3.15 §E.1.1 and PS3.3 C.7.1.1): Patient Identity
/// Removed, De-identification Method and its code sequence (CID 7050), Longitudinal Temporal
/// Information Modified, and, when the pipeline declares pixel cleaning, Burned In Annotation
/// and Recognizable Visual Features.
public enum Provenance {
    /// The Faceless version named in De-identification Method.
    public static let facelessVersion = "0.1.0"

    /// The values of De-identification Method (LO, each at most 64 characters): the tool and
    /// edition, then each option.
    public static func methodValues(_ configuration: DeidentificationConfiguration) -> [String] {
        ["Faceless \(facelessVersion)", "DICOM PS3.15 \(ConfidentialityProfile.edition) Basic Profile"]
            + configuration.declaredOptions.map { $0.codeMeaning.replacingOccurrences(of: " Option", with: "") }
    }

    static func apply(to dataSet: inout DataSet, _ configuration: DeidentificationConfiguration) {
        dataSet.set(ValueCoding.textElement(Tag(0x0012, 0x0062), .CS, "YES"))
        let method = methodValues(configuration).map { String($0.prefix(64)) }.joined(separator: "\\")
        dataSet.set(ValueCoding.textElement(Tag(0x0012, 0x0063), .LO, method))
        var items = [codeItem(BasicProfileCode.codeValue, BasicProfileCode.codeMeaning)]
        for option in configuration.declaredOptions { items.append(codeItem(option.codeValue, option.codeMeaning)) }
        dataSet.set(DataElement(tag: Tag(0x0012, 0x0064), vr: .SQ, value: .sequence(items)))
        dataSet.set(ValueCoding.textElement(Tag(0x0028, 0x0303), .CS, configuration.longitudinalTemporalInformation))
        if configuration.declaredPixelCleaning.contains(.cleanPixelData) {
            dataSet.set(ValueCoding.textElement(Tag(0x0028, 0x0301), .CS, "NO"))
        }
        if configuration.declaredPixelCleaning.contains(.cleanRecognizableVisualFeatures) {
            dataSet.set(ValueCoding.textElement(Tag(0x0028, 0x0302), .CS, "NO"))
        }
    }

    private static func codeItem(_ value: String, _ meaning: String) -> DataSet {
        var item = DataSet()
        item.set(ValueCoding.textElement(Tag(0x0008, 0x0100), .SH, value))
        item.set(ValueCoding.textElement(Tag(0x0008, 0x0102), .SH, BasicProfileCode.codingSchemeDesignator))
        item.set(ValueCoding.textElement(Tag(0x0008, 0x0104), .LO, meaning))
        return item
    }
}
