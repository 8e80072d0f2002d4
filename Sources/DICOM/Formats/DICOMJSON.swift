import Foundation

/// The DICOM JSON Model (PS3.18 Annex F): every value inline (binary as InlineBinary).
extension DataSet {
    /// This data set as a DICOM JSON object. `inherited` is the character set of the
    /// enclosing data set, for sequence items that declare none.
    public func jsonModel(inheriting inherited: SpecificCharacterSet = .default) -> JSONValue {
        let characterSet = self.characterSet(inheriting: inherited)
        return .object(elements.map { element in
            (element.tag.jsonKey, element.jsonModel(characterSet: characterSet, order: byteOrder))
        })
    }
}

extension DataElement {
    /// This element as a DICOM JSON object: `vr`, then `Value` or `InlineBinary` unless empty.
    public func jsonModel(characterSet: SpecificCharacterSet, order: ByteOrder) -> JSONValue {
        var members: [(String, JSONValue)] = []
        var vr = self.vr
        var value: (String, JSONValue)?
        switch self.value {
        case .sequence(let items):
            value = ("Value", .array(items.map { $0.jsonModel(inheriting: characterSet) }))
        case .encapsulated(let data):
            if !data.isEmpty { value = ("InlineBinary", .string(data.base64EncodedString())) }
        case .bytes(let data):
            if data.isEmpty { break }
            switch vr {
            case .OB, .OD, .OF, .OL, .OV, .OW, .UN:
                value = ("InlineBinary", .string(data.base64EncodedString()))
            case .AT:
                guard data.count % 4 == 0 else {
                    vr = .UN
                    value = ("InlineBinary", .string(data.base64EncodedString()))
                    break
                }
                let words = data.numbers(UInt16.self, order: order)
                value = ("Value", .array(stride(from: 0, to: words.count, by: 2).map {
                    .string(hex4(words[$0]) + hex4(words[$0 + 1]))
                }))
            case .US, .SS, .UL, .SL, .SV, .UV:
                guard let numbers = integerValues(order: order) else {
                    // A length that is not a whole number of values: pydicom falls back to UN.
                    vr = .UN
                    value = ("InlineBinary", .string(data.base64EncodedString()))
                    break
                }
                let unsigned64 = vr == .UV
                value = ("Value", .array(numbers.map {
                    unsigned64 && $0 < 0 ? .number(Double(UInt64(bitPattern: $0))) : .integer($0)
                }))
            case .FL, .FD:
                guard let numbers = numericValues(order: order) else {
                    vr = .UN
                    value = ("InlineBinary", .string(data.base64EncodedString()))
                    break
                }
                value = ("Value", .array(numbers.map { .number($0) }))
            case .PN:
                let names = strings(characterSet: characterSet) ?? []
                value = ("Value", .array(names.map { name in
                    let groups = name.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
                    let keys = ["Alphabetic", "Ideographic", "Phonetic"]
                    return .object(zip(keys, groups).map { ($0, .string($1)) })
                }))
            case .IS, .DS:
                let texts = strings(characterSet: characterSet) ?? []
                value = ("Value", .array(texts.map { text in
                    if text.isEmpty { return .null }
                    if vr == .IS, let i = Int64(text.hasPrefix("+") ? String(text.dropFirst()) : text) { return .integer(i) }
                    if let d = Double(text) { return .number(d) }
                    return .string(text)
                }))
            default:
                let texts = strings(characterSet: characterSet) ?? []
                value = ("Value", .array(texts.map { $0.isEmpty ? .null : .string($0) }))
            }
        }
        members.append(("vr", .string(vr.rawValue)))
        if let value { members.append(value) }
        return .object(members)
    }
}
