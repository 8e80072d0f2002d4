import DICOM
import Foundation

/// RLE Lossless (PS3.5 Annex G): one PackBits segment per byte plane of each sample,
/// most significant byte first, behind a 64-byte header of segment offsets.
public struct RLECodec: FrameCodec {
    public init() {}

    public var decodableSyntaxes: Set<String> { [PixelSyntax.rleLossless] }
    public var encodableSyntaxes: Set<String> { [PixelSyntax.rleLossless] }

    public func decode(_ compressed: Data, description d: PixelDescription, transferSyntaxUID: String) throws(PixelDataError) -> DecodedFrame {
        let bytesPerSample = d.bytesPerSample
        let segmentCount = d.samplesPerPixel * bytesPerSample
        let pixels = d.rows * d.columns
        var out = Data(count: d.decodedFrameLength)
        let result: PixelDataError? = compressed.withUnsafeBytes { src in
            guard src.count >= 64 else { return PixelDataError(.corruptStream, "RLE header needs 64 bytes, have \(src.count)") }
            let header = (0..<16).map { Int(UInt32(littleEndian: src.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) }
            guard header[0] == segmentCount else {
                return PixelDataError(.corruptStream, "RLE header lists \(header[0]) segments, the description needs \(segmentCount)")
            }
            return out.withUnsafeMutableBytes { dst -> PixelDataError? in
                for segment in 0..<segmentCount {
                    let start = header[segment + 1]
                    let end = segment + 1 < segmentCount ? header[segment + 2] : src.count
                    guard start >= 64, start <= end, end <= src.count else {
                        return PixelDataError(.corruptStream, "RLE segment \(segment + 1) lies outside the frame (\(start)…\(end) of \(src.count))")
                    }
                    // Segment order: sample 0 MSB … LSB, sample 1 MSB … (G.2); output is little-endian.
                    let sample = segment / bytesPerSample
                    let byteInSample = bytesPerSample - 1 - segment % bytesPerSample
                    let stride = d.samplesPerPixel * bytesPerSample
                    let firstOffset = sample * bytesPerSample + byteInSample
                    let decoded = Self.unpackBits(src, from: start, to: end, into: dst, firstOffset: firstOffset,
                                                  stride: stride, count: pixels)
                    guard decoded == pixels else {
                        return PixelDataError(.corruptStream, "RLE segment \(segment + 1) holds \(decoded) bytes, expected \(pixels)")
                    }
                }
                return nil
            }
        }
        if let result { throw result }
        return DecodedFrame(samples: out, photometricInterpretation: d.photometricInterpretation)
    }

    /// PackBits decoding of `src[from..<to]` into every `stride`-th byte of `dst`. Returns the
    /// number of bytes produced (at most `count`; extra output is ignored, as pydicom does).
    private static func unpackBits(_ src: UnsafeRawBufferPointer, from: Int, to: Int, into dst: UnsafeMutableRawBufferPointer,
                                   firstOffset: Int, stride: Int, count: Int) -> Int {
        var i = from, produced = 0, o = firstOffset
        while i < to, produced < count {
            let n = Int(Int8(bitPattern: src[i]))
            i += 1
            if n >= 0 {
                let literal = min(n + 1, to - i, count - produced)
                for k in 0..<literal { dst[o] = src[i + k]; o += stride }
                produced += literal
                i += n + 1
            } else if n != -128, i < to {
                let run = min(1 - n, count - produced)
                let value = src[i]
                for _ in 0..<run { dst[o] = value; o += stride }
                produced += run
                i += 1
            }
        }
        return produced
    }

    public func encode(_ frame: Data, description d: PixelDescription, transferSyntaxUID: String) throws(PixelDataError) -> Data {
        guard transferSyntaxUID == PixelSyntax.rleLossless else {
            throw PixelDataError(.unsupportedTransferSyntax, "RLE codec cannot encode \(transferSyntaxUID)")
        }
        let bytesPerSample = d.bytesPerSample
        let segmentCount = d.samplesPerPixel * bytesPerSample
        guard segmentCount <= 15 else { throw PixelDataError(.encodingFailed, "RLE holds at most 15 segments, \(segmentCount) needed") }
        guard frame.count == d.decodedFrameLength else {
            throw PixelDataError(.encodingFailed, "frame has \(frame.count) bytes, the description needs \(d.decodedFrameLength)")
        }
        var segments: [[UInt8]] = []
        frame.withUnsafeBytes { (src: UnsafeRawBufferPointer) in
            let stride = d.samplesPerPixel * bytesPerSample
            var row = [UInt8](repeating: 0, count: d.columns)
            for segment in 0..<segmentCount {
                let sample = segment / bytesPerSample
                let byteInSample = bytesPerSample - 1 - segment % bytesPerSample
                var encoded: [UInt8] = []
                encoded.reserveCapacity(d.rows * d.columns / 2)
                for r in 0..<d.rows {
                    // Each row is encoded on its own (G.3.1).
                    var o = (r * d.columns) * stride + sample * bytesPerSample + byteInSample
                    for c in 0..<d.columns { row[c] = src[o]; o += stride }
                    Self.packBits(row, into: &encoded)
                }
                if encoded.count % 2 == 1 { encoded.append(0x80) }  // a no-op byte keeps segments even
                segments.append(encoded)
            }
        }
        var header = [UInt32](repeating: 0, count: 16)
        header[0] = UInt32(segmentCount)
        var offset = 64
        for (n, segment) in segments.enumerated() {
            header[n + 1] = UInt32(offset)
            offset += segment.count
        }
        var out = Data(capacity: offset)
        for value in header { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        for segment in segments { out.append(contentsOf: segment) }
        return out
    }

    /// PackBits: runs of 2–128 equal bytes as (1 − n, value), others as literals of up to 128.
    private static func packBits(_ row: [UInt8], into out: inout [UInt8]) {
        var i = 0
        let n = row.count
        while i < n {
            var run = 1
            while i + run < n, run < 128, row[i + run] == row[i] { run += 1 }
            if run >= 2 {
                out.append(UInt8(bitPattern: Int8(1 - run)))
                out.append(row[i])
                i += run
                continue
            }
            let start = i
            i += 1
            while i < n, i - start < 128, !(i + 1 < n && row[i] == row[i + 1]) { i += 1 }
            out.append(UInt8(i - start - 1))
            out.append(contentsOf: row[start..<i])
        }
    }
}
