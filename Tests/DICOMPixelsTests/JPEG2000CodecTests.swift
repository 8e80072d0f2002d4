import DICOM
import DICOMPixels
import Foundation
import Testing

@Suite("JPEG 2000 codec (OpenJPEG)")
struct JPEG2000CodecTests {
    let codec = JPEG2000Codec()

    @Test("every JPEG 2000 corpus file decodes as pydicom's pixel_array (exact; lossy within 1)")
    func corpusAgreesWithPydicom() throws {
        try JLSJ2KSupport.checkCorpus(codec, syntaxes: codec.decodableSyntaxes,
                                      lossy: [PixelSyntax.jpeg2000, PixelSyntax.htj2k], minimumFiles: 20)
    }

    static let shapes: [(allocated: Int, stored: Int, signed: Bool, samples: Int)] = [
        (8, 8, false, 1), (8, 8, true, 1), (8, 8, false, 3), (8, 8, true, 3), (8, 1, false, 1), (8, 5, true, 3),
        (16, 12, false, 1), (16, 12, true, 1), (16, 12, false, 3), (16, 12, true, 3),
        (16, 16, false, 1), (16, 16, true, 1), (16, 16, false, 3), (16, 16, true, 3),
        (16, 8, true, 1), (16, 13, true, 1), (16, 9, false, 1), (16, 7, false, 3),
    ]

    @Test("encode → decode gives back the frame: 1–16 bits, signed and unsigned, mono and RGB, odd sizes")
    func roundTrip() throws {
        for shape in Self.shapes {
            for (rows, columns) in [(67, 45), (1, 1), (3, 130), (256, 256)] {
                let description = PixelDescription(rows: rows, columns: columns, samplesPerPixel: shape.samples,
                                                   bitsAllocated: shape.allocated, bitsStored: shape.stored, isSigned: shape.signed,
                                                   photometricInterpretation: shape.samples == 3 ? "RGB" : "MONOCHROME2")
                let frame = JLSJ2KSupport.syntheticFrame(description, seed: UInt64(rows * 1000 + shape.stored))
                let encoded: Data
                do { encoded = try codec.encode(frame, description: description, transferSyntaxUID: PixelSyntax.jpeg2000Lossless) } catch {
                    Issue.record("\(shape) \(rows)×\(columns): \(error)"); continue
                }
                let decoded = try codec.decode(encoded, description: description, transferSyntaxUID: PixelSyntax.jpeg2000Lossless)
                #expect(decoded.samples == frame, "\(shape) \(rows)×\(columns) differs after a round trip")
                #expect(decoded.photometricInterpretation == description.photometricInterpretation)
                if rows == 256, shape.samples == 1, shape.stored >= 8 {
                    #expect(encoded.count < frame.count, "\(shape): \(encoded.count) bytes is no compression")
                }
            }
        }
    }

    @Test("bits above Bits Stored are ignored when encoding unsigned samples")
    func undefinedHighBitsAreMasked() throws {
        let description = PixelDescription(rows: 16, columns: 16, bitsAllocated: 16, bitsStored: 12)
        let clean = JLSJ2KSupport.syntheticFrame(description, seed: 7)
        var dirty = clean
        for index in stride(from: 1, to: dirty.count, by: 2) { dirty[index] |= 0xF0 }
        let encoded = try codec.encode(dirty, description: description, transferSyntaxUID: PixelSyntax.jpeg2000Lossless)
        #expect(try codec.decode(encoded, description: description, transferSyntaxUID: PixelSyntax.jpeg2000Lossless).samples == clean)
    }

    @Test("damaged streams throw .corruptStream and never crash or hang", .timeLimit(.minutes(2)))
    func damagedStreams() throws {
        try JLSJ2KSupport.checkDamagedStreams(codec, encodeAs: PixelSyntax.jpeg2000Lossless, decodeAs: PixelSyntax.jpeg2000, name: "JPEG 2000")
    }

    @Test("descriptions the codestream contradicts, and unsupported requests, are typed errors")
    func mismatches() throws {
        let description = PixelDescription(rows: 20, columns: 30, bitsAllocated: 16, bitsStored: 12)
        let frame = JLSJ2KSupport.syntheticFrame(description, seed: 3)
        let encoded = try codec.encode(frame, description: description, transferSyntaxUID: PixelSyntax.jpeg2000Lossless)
        var wrong = description
        wrong.rows = 21
        #expect(throws: PixelDataError.self) { try codec.decode(encoded, description: wrong, transferSyntaxUID: PixelSyntax.jpeg2000Lossless) }
        #expect(throws: PixelDataError.self) { try codec.decode(encoded, description: description, transferSyntaxUID: PixelSyntax.rleLossless) }
        #expect(throws: PixelDataError.self) { try codec.encode(frame.prefix(10), description: description, transferSyntaxUID: PixelSyntax.jpeg2000Lossless) }
        #expect(throws: PixelDataError.self) { try codec.encode(frame, description: description, transferSyntaxUID: PixelSyntax.jpeg2000) }
    }

    @Test("speed: 512×512 16-bit frame")
    func speed() throws {
        let description = PixelDescription(rows: 512, columns: 512, bitsAllocated: 16, bitsStored: 12)
        let frame = JLSJ2KSupport.syntheticFrame(description, seed: 11)
        let clock = ContinuousClock()
        var encoded = Data()
        let encode = clock.measure { for _ in 0..<5 { encoded = (try? codec.encode(frame, description: description, transferSyntaxUID: PixelSyntax.jpeg2000Lossless)) ?? Data() } }
        let decode = clock.measure { for _ in 0..<5 { _ = try? codec.decode(encoded, description: description, transferSyntaxUID: PixelSyntax.jpeg2000Lossless) } }
        print("JPEG 2000 512×512×16: encode \(encode / 5), decode \(decode / 5), \(encoded.count) bytes")
        #expect(!encoded.isEmpty)
    }

    @Test("signed and unsigned codestreams meet Pixel Representation as pydicom has them")
    func signednessMismatch() throws {
        // A 13-bit signed image whose codestream says unsigned (J2K_pixelrep_mismatch.dcm):
        // encode the bit patterns as unsigned, decode with Pixel Representation 1.
        let signed = PixelDescription(rows: 8, columns: 8, bitsAllocated: 16, bitsStored: 13, isSigned: true)
        var unsigned = signed
        unsigned.isSigned = false
        let frame = JLSJ2KSupport.syntheticFrame(signed, seed: 5)
        let encoded = try codec.encode(frame, description: unsigned, transferSyntaxUID: PixelSyntax.jpeg2000Lossless)
        #expect(try codec.decode(encoded, description: signed, transferSyntaxUID: PixelSyntax.jpeg2000Lossless).samples == frame)
        // And the reverse: a signed codestream read with Pixel Representation 0 keeps 13 bits.
        let encodedSigned = try codec.encode(frame, description: signed, transferSyntaxUID: PixelSyntax.jpeg2000Lossless)
        let masked = try codec.decode(encodedSigned, description: unsigned, transferSyntaxUID: PixelSyntax.jpeg2000Lossless).samples
        let expected = Data(frame.enumerated().map { $0.offset % 2 == 1 ? $0.element & 0x1F : $0.element })
        #expect(masked == expected)
    }
}
