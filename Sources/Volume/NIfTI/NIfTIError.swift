/// A NIfTI file that could not be read or written, with a message saying why.
public struct NIfTIError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: String, Sendable {
        /// Neither a NIfTI-1 nor a NIfTI-2 single-file header (wrong sizeof_hdr or magic).
        case notNIfTI = "not a NIfTI file"
        /// The file ends before the header or the voxel data does.
        case truncated = "truncated"
        /// A datatype this reader does not handle (complex, RGB, …) or a voxel type the writer cannot store.
        case unsupportedDatatype = "unsupported datatype"
        /// dim[] that is not a 3-D volume (or 4-D with one time point), or sizes that do not fit.
        case badDimensions = "bad dimensions"
        /// Other header fields that make no sense (vox_offset inside the header, a broken NIfTI-2 signature).
        case badHeader = "bad header"
        /// Geometry that cannot be written (zero or non-finite spacing, singular direction).
        case badGeometry = "bad geometry"
        /// A gzip stream zlib could not inflate or deflate.
        case gzip = "gzip error"
        /// A file that could not be opened, read or written.
        case io = "I/O error"
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "NIfTI \(kind.rawValue): \(message)" }
}

/// The header format: NIfTI-1 (348-byte header, 16-bit dims, float32 geometry) or NIfTI-2
/// (540-byte header, 64-bit dims, float64 geometry).
public enum NIfTIVersion: Int, Sendable, CaseIterable {
    case nifti1 = 1
    case nifti2 = 2

    var headerSize: Int { self == .nifti1 ? 348 : 540 }
    /// Header plus the 4-byte extension flag: where voxel data starts in the files we write.
    var dataOffset: Int { headerSize + 4 }
}

/// NIfTI datatype codes (nifti1.h `NIFTI_TYPE_*`).
enum NIfTIDatatype: Int, Sendable {
    case uint8 = 2, int16 = 4, int32 = 8, float32 = 16, complex64 = 32, float64 = 64, rgb24 = 128
    case int8 = 256, uint16 = 512, uint32 = 768, int64 = 1024, uint64 = 1280
    case float128 = 1536, complex128 = 1792, complex256 = 2048, rgba32 = 2304

    /// Bytes per voxel for the types the reader decodes, nil for the others.
    var readableSize: Int? {
        switch self {
        case .uint8, .int8: 1
        case .int16, .uint16: 2
        case .int32, .uint32, .float32: 4
        case .int64, .uint64, .float64: 8
        default: nil
        }
    }

    var name: String {
        switch self {
        case .uint8: "uint8"
        case .int16: "int16"
        case .int32: "int32"
        case .float32: "float32"
        case .complex64: "complex64"
        case .float64: "float64"
        case .rgb24: "RGB24"
        case .int8: "int8"
        case .uint16: "uint16"
        case .uint32: "uint32"
        case .int64: "int64"
        case .uint64: "uint64"
        case .float128: "float128"
        case .complex128: "complex128"
        case .complex256: "complex256"
        case .rgba32: "RGBA32"
        }
    }
}
