import DICOM

/// The registry of codecs, by transfer syntax UID.
public enum PixelCodecs {
    /// Every codec Faceless has, in order of preference.
    public static let all: [any FrameCodec] = [RLECodec(), JPEGCodec(), JPEGLSCodec(), JPEG2000Codec()]

    /// The codec that decodes `syntaxUID`, if any.
    public static func decoder(for syntaxUID: String) -> (any FrameCodec)? {
        all.first { $0.decodableSyntaxes.contains(syntaxUID) }
    }

    /// The codec that encodes `syntaxUID` losslessly, if any.
    public static func encoder(for syntaxUID: String) -> (any FrameCodec)? {
        all.first { $0.encodableSyntaxes.contains(syntaxUID) }
    }
}
