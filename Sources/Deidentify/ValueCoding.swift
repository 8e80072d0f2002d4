import DICOM
import Foundation

/// Reading and writing element values as text, and the dummy values of action D.
enum ValueCoding {
    /// The element's values as strings (nil for binary VRs and sequences).
    static func strings(_ element: DataElement, _ characterSet: SpecificCharacterSet) -> [String]? {
        element.strings(characterSet: characterSet)
    }

    /// An element with `values` encoded for its VR, padded to even length. Text the character set
    /// cannot hold falls back to UTF-8 bytes of its ASCII-only part (never the original bytes).
    static func element(_ element: DataElement, values: [String], _ characterSet: SpecificCharacterSet) -> DataElement {
        var copy = element
        copy.value = .bytes(encode(values.joined(separator: "\\"), vr: element.vr, characterSet))
        return copy
    }

    static func encode(_ text: String, vr: VR, _ characterSet: SpecificCharacterSet) -> Data {
        var bytes: [UInt8]
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            bytes = Array(text.utf8)
        } else if let encoded = characterSet.encode(text, vr: vr) {
            bytes = encoded
        } else {
            bytes = Array(String(text.unicodeScalars.filter(\.isASCII)).utf8)
        }
        if bytes.count % 2 == 1 { bytes.append(vr.paddingByte) }
        return Data(bytes)
    }

    /// The element with a zero-length value (an empty sequence for SQ).
    static func emptied(_ element: DataElement) -> DataElement {
        var copy = element
        copy.value = element.vr == .SQ || element.items != nil ? .sequence([]) : .bytes(Data())
        return copy
    }

    /// A non-zero-length dummy value consistent with the VR (action D). UIDs are not handled
    /// here: a UI element under D is remapped through the keyed UID map instead.
    static func dummy(_ element: DataElement) -> DataElement {
        var copy = element
        let text: String?
        switch element.vr {
        case .AE: text = "ANONYMOUS"
        case .AS: text = "000D"
        case .CS: text = "ANONYMIZED"
        case .DA: text = "19000101"
        case .DT: text = "19000101000000"
        case .TM: text = "000000"
        case .DS, .IS: text = "0"
        case .PN: text = "ANONYMOUS"
        case .UR: text = "urn:anonymized"
        case .UI: text = "2.25.0"
        case .LO, .LT, .SH, .ST, .UC, .UT: text = "ANONYMIZED"
        default: text = nil
        }
        if let text {
            var bytes = Array(text.utf8)
            if bytes.count % 2 == 1 { bytes.append(element.vr.paddingByte) }
            copy.value = .bytes(Data(bytes))
        } else {
            // Binary: zeros, as many bytes as before (at least one value).
            let width = element.vr == .AT ? 4 : element.vr.wordSize ?? 2
            copy.value = .bytes(Data(count: max(element.valueLength, width)))
        }
        copy.wasReadAsUN = false
        return copy
    }

    /// A new text element.
    static func textElement(_ tag: Tag, _ vr: VR, _ text: String) -> DataElement {
        DataElement(tag: tag, vr: vr, value: .bytes(encode(text, vr: vr, .default)))
    }
}
