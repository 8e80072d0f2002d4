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
        var sources: [(Data, PixelDescription)] = []
        for (samples, allocated) in [(1, 16), (3, 8)] {
            let description = PixelDescription(rows: 48, columns: 40, samplesPerPixel: samples, bitsAllocated: allocated,
                                               photometricInterpretation: samples == 3 ? "RGB" : "MONOCHROME2")
            let frame = JLSJ2KSupport.syntheticFrame(description, seed: 99)
            sources.append((try codec.encode(frame, description: description, transferSyntaxUID: PixelSyntax.jpegLSLossless), description))
        }
        // Small corpus frames only: damaging a multi-megabyte frame thousands of times is slow, not more thorough.
        for file in JLSJ2KSupport.corpusFiles(syntaxes: codec.decodableSyntaxes)
        where file.description.numberOfFrames == 1 && file.description.decodedFrameLength <= 100_000 {
            if let frame = JLSJ2KSupport.frames(of: file)?.first { sources.append((frame, file.description)) }
        }
        var cases = 0, truncatedAccepted = 0, otherErrors: [String] = []
        for (index, (stream, description)) in sources.enumerated() {
            for damaged in JLSJ2KSupport.damaged(stream, seed: UInt64(index + 1), truncations: 400, flips: 200, garbage: 60) {
                cases += 1
                do {
                    let decoded = try codec.decode(damaged.data, description: description, transferSyntaxUID: PixelSyntax.jpegLSNearLossless)
                    #expect(decoded.samples.count == description.decodedFrameLength)
                    if damaged.kind == "truncated" { truncatedAccepted += 1 }
                } catch {
                    if error.kind != .corruptStream { otherErrors.append("\(damaged.kind): \(error)") }
                }
            }
        }
        print("JPEG-LS damaged streams: \(cases) cases, \(truncatedAccepted) truncations decoded")
        #expect(cases >= 2000)
        #expect(truncatedAccepted == 0, "\(truncatedAccepted) truncated streams decoded without an error")
        #expect(otherErrors.isEmpty, "\(otherErrors.prefix(5))")
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
