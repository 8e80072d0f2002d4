import DICOM
import DICOMPixels
import Foundation
import Testing

@Suite("JPEG-LS codec (CharLS)")
struct JPEGLSCodecTests {
    let codec = JPEGLSCodec()

    @Test("every JPEG-LS corpus file decodes as pydicom's pixel_array (exact; near-lossless within 1)")
    func corpusAgreesWithPydicom() throws {
        try JLSJ2KSupport.checkCorpus(codec, syntaxes: codec.decodableSyntaxes,
                                      lossy: [PixelSyntax.jpegLSNearLossless], minimumFiles: 6)
    }

    static let shapes: [(allocated: Int, stored: Int, signed: Bool, samples: Int)] = [
        (8, 8, false, 1), (8, 8, true, 1), (8, 8, false, 3), (8, 8, true, 3), (8, 2, false, 1), (8, 5, true, 3),
        (16, 12, false, 1), (16, 12, true, 1), (16, 12, false, 3), (16, 12, true, 3),
        (16, 16, false, 1), (16, 16, true, 1), (16, 16, false, 3), (16, 16, true, 3),
        (16, 8, true, 1), (16, 9, false, 1), (16, 7, false, 3),
    ]

    @Test("encode → decode gives back the frame: 2–16 bits, signed and unsigned, mono and RGB, odd sizes")
    func roundTrip() throws {
        for shape in Self.shapes {
            for (rows, columns) in [(67, 45), (1, 1), (3, 130), (256, 256)] {
                let description = PixelDescription(rows: rows, columns: columns, samplesPerPixel: shape.samples,
                                                   bitsAllocated: shape.allocated, bitsStored: shape.stored, isSigned: shape.signed,
                                                   photometricInterpretation: shape.samples == 3 ? "RGB" : "MONOCHROME2")
                let frame = JLSJ2KSupport.syntheticFrame(description, seed: UInt64(rows * 1000 + shape.stored))
                let encoded = try codec.encode(frame, description: description, transferSyntaxUID: PixelSyntax.jpegLSLossless)
                let decoded = try codec.decode(encoded, description: description, transferSyntaxUID: PixelSyntax.jpegLSLossless)
                #expect(decoded.samples == frame, "\(shape) \(rows)×\(columns) differs after a round trip")
                #expect(decoded.photometricInterpretation == description.photometricInterpretation)
                if rows == 256, shape.samples == 1, shape.stored >= 8 {
                    #expect(encoded.count < frame.count, "\(shape): \(encoded.count) bytes is no compression")
                }
            }
        }
    }

    @Test("bits above Bits Stored are ignored when encoding (JPEG-LS samples are unsigned)")
    func undefinedHighBitsAreMasked() throws {
        let description = PixelDescription(rows: 16, columns: 16, bitsAllocated: 16, bitsStored: 12)
        let clean = JLSJ2KSupport.syntheticFrame(description, seed: 7)
        var dirty = clean
        for index in stride(from: 1, to: dirty.count, by: 2) { dirty[index] |= 0xF0 }
        let encoded = try codec.encode(dirty, description: description, transferSyntaxUID: PixelSyntax.jpegLSLossless)
        #expect(try codec.decode(encoded, description: description, transferSyntaxUID: PixelSyntax.jpegLSLossless).samples == clean)
    }

    @Test("damaged streams throw .corruptStream and never crash or hang", .timeLimit(.minutes(2)))
    func damagedStreams() throws {
        try JLSJ2KSupport.checkDamagedStreams(codec, encodeAs: PixelSyntax.jpegLSLossless, decodeAs: PixelSyntax.jpegLSNearLossless, name: "JPEG-LS")
    }

    @Test("descriptions the codestream contradicts, and unsupported requests, are typed errors")
    func mismatches() throws {
        let description = PixelDescription(rows: 20, columns: 30, bitsAllocated: 16, bitsStored: 12)
        let frame = JLSJ2KSupport.syntheticFrame(description, seed: 3)
        let encoded = try codec.encode(frame, description: description, transferSyntaxUID: PixelSyntax.jpegLSLossless)
        var wrong = description
        wrong.rows = 21
        #expect(throws: PixelDataError.self) { try codec.decode(encoded, description: wrong, transferSyntaxUID: PixelSyntax.jpegLSLossless) }
        #expect(throws: PixelDataError.self) { try codec.decode(encoded, description: description, transferSyntaxUID: PixelSyntax.rleLossless) }
        #expect(throws: PixelDataError.self) { try codec.encode(frame.prefix(10), description: description, transferSyntaxUID: PixelSyntax.jpegLSLossless) }
        #expect(throws: PixelDataError.self) { try codec.encode(frame, description: description, transferSyntaxUID: PixelSyntax.jpegLSNearLossless) }
    }

    @Test("speed: 512×512 16-bit frame")
    func speed() throws {
        let description = PixelDescription(rows: 512, columns: 512, bitsAllocated: 16, bitsStored: 12)
        let frame = JLSJ2KSupport.syntheticFrame(description, seed: 11)
        let clock = ContinuousClock()
        var encoded = Data()
        let encode = clock.measure { for _ in 0..<5 { encoded = (try? codec.encode(frame, description: description, transferSyntaxUID: PixelSyntax.jpegLSLossless)) ?? Data() } }
        let decode = clock.measure { for _ in 0..<5 { _ = try? codec.decode(encoded, description: description, transferSyntaxUID: PixelSyntax.jpegLSLossless) } }
        print("JPEG-LS 512×512×16: encode \(encode / 5), decode \(decode / 5), \(encoded.count) bytes")
        #expect(!encoded.isEmpty)
    }
}
