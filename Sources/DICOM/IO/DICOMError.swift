/// A file or byte buffer that could not be read as DICOM, with where it went wrong.
public struct DICOMError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: String, Sendable {
        /// Neither a Part 10 preamble nor a plausible first data element.
        case notDICOM = "not a DICOM file"
        /// The data ended inside a structure that cannot be recovered.
        case truncated = "truncated"
        /// A length or structure that contradicts the encoding.
        case malformed = "malformed"
        /// Sequences nested deeper than the reader allows.
        case nestingTooDeep = "nesting too deep"
        /// A deflated data set that zlib could not inflate.
        case badDeflate = "bad deflate stream"
        /// A file that could not be opened or read.
        case io = "I/O error"
        /// A data set that cannot be encoded as asked.
        case unencodable = "cannot encode"
    }

    public let kind: Kind
    /// Byte offset in the (inflated, for deflated syntaxes) stream where the problem was found.
    public let offset: Int
    public let message: String

    public init(_ kind: Kind, at offset: Int, _ message: String) {
        self.kind = kind
        self.offset = offset
        self.message = message
    }

    public var description: String { "\(kind.rawValue) at byte \(offset): \(message)" }
}

/// Something the reader tolerated, as pydicom tolerates it, but that a careful user should know.
public struct ReadWarning: Sendable, CustomStringConvertible, Equatable {
    public let offset: Int
    public let message: String
    public var description: String { "byte \(offset): \(message)" }
}
