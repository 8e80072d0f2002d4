import DICOM
import Foundation

/// A decoded frame: samples little-endian, `PixelDescription.bytesPerSample` wide,
/// interleaved per pixel (planar configuration 0), signed values sign-extended from
/// Bits Stored to the full width, and in `photometricInterpretation`, which differs from
/// the data set's when the codec itself converted colour (a JPEG decoder turning
/// YBR_FULL_422 into RGB, a JPEG 2000 decoder undoing its multi-component transform).
///
/// These are the semantics of pydicom 3's `Dataset.pixel_array`, the oracle the tests
/// compare against, before any YBR→RGB conversion it does itself (`PixelFrames.rgb`).
public struct DecodedFrame: Sendable {
    public var samples: Data
    public var photometricInterpretation: String

    public init(samples: Data, photometricInterpretation: String) {
        self.samples = samples
        self.photometricInterpretation = photometricInterpretation
    }
}

/// A codec for one or more encapsulated transfer syntaxes.
///
/// Implementations are stateless values; `decode` and `encode` may run on many threads at
/// once. They never trap on bad input: a damaged stream is a `PixelDataError` with kind
/// `.corruptStream`.
public protocol FrameCodec: Sendable {
    /// The transfer syntax UIDs this codec decodes.
    var decodableSyntaxes: Set<String> { get }
    /// The transfer syntax UIDs this codec encodes losslessly (may be empty).
    var encodableSyntaxes: Set<String> { get }

    /// Decodes the compressed bytes of one frame (its fragments already joined).
    func decode(_ compressed: Data, description: PixelDescription, transferSyntaxUID: String) throws(PixelDataError) -> DecodedFrame

    /// Encodes one decoded frame (the layout `DecodedFrame` describes, in `description`'s
    /// photometric interpretation) losslessly in `transferSyntaxUID`.
    func encode(_ frame: Data, description: PixelDescription, transferSyntaxUID: String) throws(PixelDataError) -> Data
}

/// Transfer syntax UIDs the codecs handle.
public enum PixelSyntax {
    public static let jpegBaseline = "1.2.840.10008.1.2.4.50"
    public static let jpegExtended = "1.2.840.10008.1.2.4.51"
    public static let jpegLossless = "1.2.840.10008.1.2.4.57"
    public static let jpegLosslessSV1 = "1.2.840.10008.1.2.4.70"
    public static let jpegLSLossless = "1.2.840.10008.1.2.4.80"
    public static let jpegLSNearLossless = "1.2.840.10008.1.2.4.81"
    public static let jpeg2000Lossless = "1.2.840.10008.1.2.4.90"
    public static let jpeg2000 = "1.2.840.10008.1.2.4.91"
    public static let htj2kLossless = "1.2.840.10008.1.2.4.201"
    public static let htj2kLosslessRPCL = "1.2.840.10008.1.2.4.202"
    public static let htj2k = "1.2.840.10008.1.2.4.203"
    public static let rleLossless = "1.2.840.10008.1.2.5"
}
