import Foundation

/// An ordered collection of data elements: a whole object, or one item of a sequence.
///
/// Elements are kept sorted by tag, the order the standard requires on the wire.
/// Numeric values are stored in `byteOrder`, the order of the transfer syntax they
/// were read with; the writer converts when it writes in another order.
public struct DataSet: Sendable {
    public private(set) var elements: [DataElement]
    /// Byte order of the binary values held in this data set and its items.
    public var byteOrder: ByteOrder
    /// True when this data set was read as a sequence item of undefined length.
    public var hasUndefinedLength: Bool

    public init(elements: [DataElement] = [], byteOrder: ByteOrder = .littleEndian, hasUndefinedLength: Bool = false) {
        self.elements = elements.sorted { $0.tag < $1.tag }
        self.byteOrder = byteOrder
        self.hasUndefinedLength = hasUndefinedLength
    }

    /// Builds from elements already in ascending tag order (the reader's fast path).
    init(sortedElements: [DataElement], byteOrder: ByteOrder, hasUndefinedLength: Bool) {
        elements = sortedElements
        self.byteOrder = byteOrder
        self.hasUndefinedLength = hasUndefinedLength
    }

    public var count: Int { elements.count }
    public var isEmpty: Bool { elements.isEmpty }
    public var tags: [Tag] { elements.map(\.tag) }

    /// The position of `tag` in `elements`, or where it would be inserted.
    private func index(of tag: Tag) -> (index: Int, found: Bool) {
        var low = 0, high = elements.count
        while low < high {
            let mid = (low + high) / 2
            let t = elements[mid].tag
            if t == tag { return (mid, true) }
            if t < tag { low = mid + 1 } else { high = mid }
        }
        return (low, false)
    }

    /// The element with `tag`, or nil. Setting nil removes it; setting an element
    /// inserts or replaces it (its own tag must equal `tag`).
    public subscript(tag: Tag) -> DataElement? {
        get {
            let (i, found) = index(of: tag)
            return found ? elements[i] : nil
        }
        set {
            let (i, found) = index(of: tag)
            switch (newValue, found) {
            case (let element?, true):
                precondition(element.tag == tag, "element tag \(element.tag) stored under \(tag)")
                elements[i] = element
            case (let element?, false):
                precondition(element.tag == tag, "element tag \(element.tag) stored under \(tag)")
                elements.insert(element, at: i)
            case (nil, true): elements.remove(at: i)
            case (nil, false): break
            }
        }
    }

    public func contains(_ tag: Tag) -> Bool { index(of: tag).found }

    /// Inserts or replaces an element.
    public mutating func set(_ element: DataElement) { self[element.tag] = element }

    /// Removes and returns the element with `tag`.
    @discardableResult
    public mutating func remove(_ tag: Tag) -> DataElement? {
        let old = self[tag]
        self[tag] = nil
        return old
    }

    /// Removes every element for which `shouldRemove` is true (this level only).
    public mutating func removeAll(where shouldRemove: (DataElement) throws -> Bool) rethrows {
        try elements.removeAll(where: shouldRemove)
    }

    /// The character set declared by this data set's (0008,0005), or `inherited`.
    public func characterSet(inheriting inherited: SpecificCharacterSet = .default) -> SpecificCharacterSet {
        guard let element = self[Tag(0x0008, 0x0005)], let bytes = element.bytes else { return inherited }
        let text = String(decoding: bytes, as: UTF8.self)
        let terms = text.split(separator: "\\", omittingEmptySubsequences: false).map(String.init)
        return SpecificCharacterSet(terms: terms)
    }
}

/// The order of bytes in multi-byte binary values.
public enum ByteOrder: Sendable, Hashable {
    case littleEndian, bigEndian
}
