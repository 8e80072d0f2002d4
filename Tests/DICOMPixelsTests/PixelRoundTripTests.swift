import DICOM
import DICOMPixels
import Foundation
import Testing
import TestSupport

/// Decode → encode losslessly → decode gives back the same samples, for every encoder in
/// the registry; and corpus images rewritten natively or in their own syntax keep their
/// pixels, as pydicom sees them.
@Suite("Pixel data round trip")
struct PixelRoundTripTests {
    /// Frames with structure (gradients, edges, noise) over the whole range of Bits Stored.
    static func syntheticFrame(_ d: PixelDescription, seed: UInt64) -> Data {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let levels = Int64(1) << d.bitsStored
        var out = Data(count: d.decodedFrameLength)
        out.withUnsafeMutableBytes { (raw: UnsafeMutableRawBufferPointer) in
            for r in 0..<d.rows {
                for c in 0..<d.columns {
                    for s in 0..<d.samplesPerPixel {
                        let gradient = Int64((r * 7 + c * 3 + s * 50) % Int(min(levels, 1 << 16)))
                        let edge: Int64 = (r / 16 + c / 16) % 2 == 0 ? levels / 3 : 0
                        var v = (gradient + edge + Int64(next() % 5)) % levels
                        if d.isSigned { v -= levels / 2 }
                        let i = ((r * d.columns + c) * d.samplesPerPixel + s) * d.bytesPerSample
                        for b in 0..<d.bytesPerSample { raw[i + b] = UInt8(truncatingIfNeeded: v >> (8 * b)) }
                    }
                }
            }
        }
        return out
    }

    static let shapes: [(bits: Int, stored: Int, signed: Bool, samples: Int)] = [
        (8, 8, false, 1), (8, 8, true, 1), (8, 8, false, 3),
        (16, 12, false, 1), (16, 12, true, 1), (16, 12, false, 3),
        (16, 16, false, 1), (16, 16, true, 1), (16, 16, false, 3),
    ]

    @Test("every lossless encoder: decode(encode(frame)) == frame for 8, 12, 16 bits, signed and unsigned, mono and RGB",
          arguments: PixelCodecs.all.flatMap { codec in codec.encodableSyntaxes.sorted().map { ($0, codec) } }.map(\.0))
    func encoderRoundTrip(syntax: String) throws {
        let codec = try #require(PixelCodecs.encoder(for: syntax))
        var checked = 0
        for shape in Self.shapes {
            let d = PixelDescription(rows: 67, columns: 45, samplesPerPixel: shape.samples, bitsAllocated: shape.bits,
                                     bitsStored: shape.stored, isSigned: shape.signed,
                                     photometricInterpretation: shape.samples == 3 ? "RGB" : "MONOCHROME2")
            let frame = Self.syntheticFrame(d, seed: UInt64(shape.bits * 10 + shape.stored + shape.samples))
            let encoded = try codec.encode(frame, description: d, transferSyntaxUID: syntax)
            let decoded = try codec.decode(encoded, description: d, transferSyntaxUID: syntax)
            #expect(decoded.samples == frame, "\(syntax): \(shape) differs after a round trip")
            checked += 1
        }
        #expect(checked == Self.shapes.count)
    }

    @Test("corpus images written natively and re-encoded in their own syntax keep their pixels (pydicom)")
    func corpusRewrite() throws {
        let scratch = try TestData.scratchFolder("faceless-rewrite")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var pairs: [[String: Any]] = []
        var reencoded: [String: Int] = [:]
        for (n, url) in TestData.corpusFiles().enumerated() {
            guard let file = try? DICOMFile(contentsOf: url), let frames = try? PixelFrames(file: file) else { continue }
            var decoded: [DecodedFrame] = []
            do {
                for i in 0..<frames.count { decoded.append(try frames.frame(i)) }
            } catch { continue }  // undecodable files are the corpus test's business
            let photometric = decoded.first?.photometricInterpretation ?? frames.description.photometricInterpretation
            var targets: [TransferSyntax] = [.explicitVRLittleEndian]
            if PixelCodecs.encoder(for: file.transferSyntax.uid) != nil, frames.description.bitsAllocated <= 16 {
                targets.append(file.transferSyntax)
            }
            for (k, syntax) in targets.enumerated() {
                var copy = file
                try copy.replacePixelData(with: decoded.map(\.samples), description: frames.description,
                                          photometricInterpretation: photometric, as: syntax)
                let out = scratch.appendingPathComponent("\(n)-\(k).dcm")
                try copy.write(to: out)
                // Our own reader decodes what we wrote to the same samples.
                let reread = try PixelFrames(file: try DICOMFile(contentsOf: out))
                for i in 0..<reread.count {
                    #expect(try reread.frame(i).samples == decoded[i].samples, "\(url.lastPathComponent) frame \(i + 1) in \(syntax.uid)")
                }
                if syntax.isEncapsulated { reencoded[syntax.uid, default: 0] += 1 }
                pairs.append(["original": url.path, "written": out.path,
                              "lossy": PixelSyntax.lossy.contains(file.transferSyntax.uid)])
            }
        }
        let report = try Oracle.run("pixel_oracle.py", "pairs", manifest: ["pairs": pairs])
        let undecodable = (report["original_undecodable"] as? [String] ?? []).map { URL(fileURLWithPath: $0).lastPathComponent }
        print("pixel rewrite: \(pairs.count) files written, \(report["same"] ?? 0) with pydicom's pixels unchanged (originals pydicom cannot decode: \(undecodable)); re-encoded in their own syntax: \(reencoded)")
        let differs = report["differs"] as? [Any] ?? []
        #expect(differs.isEmpty, "\(differs.count) rewritten files differ: \(Oracle.describe(differs))")
        #expect(pairs.count > 100)
    }
}

extension PixelSyntax {
    static let lossy: Set<String> = [jpegBaseline, jpegExtended, jpegLSNearLossless, jpeg2000, htj2k]
}
