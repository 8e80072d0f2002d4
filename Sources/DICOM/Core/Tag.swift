/// A DICOM attribute tag: a (group, element) pair packed into 32 bits.
///
/// Tags order the way the standard orders them, group first, so a data set sorted
/// by `Tag` is in the order a Part 10 file stores it. Keywords from the data
/// dictionary are available as static members (`Tag.patientName`).
public struct Tag: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The group in the high 16 bits, the element in the low 16 bits.
    public let rawValue: UInt32

    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    @inlinable public init(_ group: UInt16, _ element: UInt16) {
        rawValue = UInt32(group) << 16 | UInt32(element)
    }

    @inlinable public var group: UInt16 { UInt16(truncatingIfNeeded: rawValue >> 16) }
    @inlinable public var element: UInt16 { UInt16(truncatingIfNeeded: rawValue) }

    /// Odd groups other than 1, 3, 5, 7 and FFFF hold private data elements (PS3.5 §7.8).
    public var isPrivate: Bool { group & 1 == 1 && group > 0x0007 && group != 0xFFFF }

    /// (gggg,0010)-(gggg,00FF) in a private group reserve a block for a private creator.
    public var isPrivateCreator: Bool { isPrivate && (0x0010...0x00FF).contains(element) }

    /// The private creator element that reserves this private element's block.
    public var privateCreatorTag: Tag? {
        guard isPrivate, element >= 0x1000 else { return nil }
        return Tag(group, element >> 8)
    }

    /// (gggg,0000): the retired group-length elements.
    public var isGroupLength: Bool { element == 0 }

    /// Item, item delimitation and sequence delimitation (group FFFE).
    public var isDelimiter: Bool { group == 0xFFFE }

    public static func < (lhs: Tag, rhs: Tag) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `(gggg,eeee)` in upper-case hexadecimal, as dcmdump prints it.
    public var description: String { "(\(hex4(group)),\(hex4(element)))" }

    /// `GGGGEEEE`, the key of the DICOM JSON model (PS3.18 F.2.1.1).
    public var jsonKey: String { hex4(group) + hex4(element) }

    public static let item = Tag(0xFFFE, 0xE000)
    public static let itemDelimitationItem = Tag(0xFFFE, 0xE00D)
    public static let sequenceDelimitationItem = Tag(0xFFFE, 0xE0DD)
}

@usableFromInline func hex4(_ value: UInt16) -> String {
    let digits = Array("0123456789ABCDEF".utf8)
    var out = [UInt8](repeating: 0, count: 4)
    for i in 0..<4 { out[i] = digits[Int(value >> (12 - 4 * i)) & 0xF] }
    return String(decoding: out, as: UTF8.self)
}
