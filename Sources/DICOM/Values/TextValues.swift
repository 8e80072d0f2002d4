import Foundation

extension DataElement {
    /// The element's text, decoded with `characterSet` for the VRs that use it and as
    /// Latin-1 otherwise, all values joined by backslashes; nil for binary VRs and sequences.
    public func text(characterSet: SpecificCharacterSet = .default) -> String? {
        guard vr.isString, let data = bytes else { return nil }
        if vr.usesSpecificCharacterSet { return characterSet.decode(data, vr: vr) }
        if data.allSatisfy({ $0 < 0x80 }) { return String(decoding: data, as: UTF8.self) }
        return String(String.UnicodeScalarView(data.map { Unicode.Scalar($0) }))  // Latin-1
    }

    /// The element's values as strings: split at backslashes (except for single-valued
    /// VRs), trailing padding removed, and leading spaces where the VR ignores them.
    public func strings(characterSet: SpecificCharacterSet = .default) -> [String]? {
        guard let text = text(characterSet: characterSet) else { return nil }
        if text.isEmpty { return [] }
        let values = vr.isSingleValuedText ? [Substring(text)] : text.split(separator: "\\", omittingEmptySubsequences: false)
        return values.map { trimPadding($0, vr: vr) }
    }
}

/// Removes padding from one text value: trailing spaces and NULs always; leading spaces
/// except in LT, ST, UT (where they are significant, PS3.5 Table 6.2-1).
func trimPadding(_ value: Substring, vr: VR) -> String {
    var scalars = value.unicodeScalars[...]
    while let last = scalars.last, last == " " || last == "\0" { scalars.removeLast() }
    if vr != .LT && vr != .ST && vr != .UT {
        while let first = scalars.first, first == " " { scalars.removeFirst() }
    }
    return String(String.UnicodeScalarView(scalars))
}

extension DataSet {
    /// The first value of a text element, decoded with this data set's character set
    /// (or `inherited` when it declares none).
    public func string(_ tag: Tag, inheriting inherited: SpecificCharacterSet = .default) -> String? {
        strings(tag, inheriting: inherited)?.first
    }

    /// All values of a text element, decoded and trimmed.
    public func strings(_ tag: Tag, inheriting inherited: SpecificCharacterSet = .default) -> [String]? {
        self[tag]?.strings(characterSet: characterSet(inheriting: inherited))
    }
}
