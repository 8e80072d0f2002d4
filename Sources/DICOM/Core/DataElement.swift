import Foundation

/// One attribute of a data set: a tag, its value representation and its value.
///
/// Values are kept as the bytes the file held (in the byte order of the data set
/// that owns them) so that reading is cheap, pixel data is never copied, and an
/// unmodified element writes back byte for byte. Typed accessors decode on demand.
public struct DataElement: Sendable {
    public var tag: Tag
    public var vr: VR
    public var value: Value
    /// True when the element was read with undefined length (sequences, encapsulated
    /// pixel data); the writer keeps that form so round trips are byte-identical.
    public var hasUndefinedLength: Bool
    /// True when the file stated UN and `vr` comes from the dictionary (PS3.5 §6.2.2):
    /// readers see the real VR, and the writer writes UN again so the bytes stay as they were.
    public var wasReadAsUN: Bool

    public init(tag: Tag, vr: VR, value: Value, hasUndefinedLength: Bool = false, wasReadAsUN: Bool = false) {
        self.tag = tag
        self.vr = vr
        self.value = value
        self.hasUndefinedLength = hasUndefinedLength
        self.wasReadAsUN = wasReadAsUN
    }

    /// An element's value.
    public enum Value: Sendable {
        /// The value bytes exactly as stored (without trailing delimiters).
        case bytes(Data)
        /// The items of a sequence (SQ), each a nested data set.
        case sequence([DataSet])
        /// Encapsulated (compressed) pixel data: the bytes between the element header and
        /// the sequence delimiter, i.e. the offset-table item followed by the fragment items.
        case encapsulated(Data)
    }

    /// The raw value bytes, or nil for sequences.
    public var bytes: Data? {
        switch value {
        case .bytes(let data), .encapsulated(let data): return data
        case .sequence: return nil
        }
    }

    /// The items of a sequence, or nil for any other element.
    public var items: [DataSet]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The length of the value in bytes as it would be encoded with a defined length
    /// (sequences excluded).
    public var valueLength: Int { bytes?.count ?? 0 }

    /// True when the element holds no value (zero-length bytes or a sequence without items).
    public var isEmpty: Bool {
        switch value {
        case .bytes(let data), .encapsulated(let data): return data.isEmpty
        case .sequence(let items): return items.isEmpty
        }
    }
}
