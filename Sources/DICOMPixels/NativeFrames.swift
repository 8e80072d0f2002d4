import DICOM
import Foundation

/// Frames of native (uncompressed) pixel data, turned into `DecodedFrame`'s layout.
enum NativeFrames {
    /// Frame `index`: byte-swapped from big-endian, 1-bit data unpacked, YBR_FULL_422 expanded,
    /// planes interleaved, and the bits above Bits Stored masked or sign-extended.
    static func decode(_ data: Data, frame index: Int, description: PixelDescription, order: ByteOrder, vr: VR) -> DecodedFrame {
        let d = description
        var photometric = d.photometricInterpretation
        var samples: Data
        if d.bitsAllocated == 1 {
            samples = unpackBits(data, firstBit: index * d.samplesPerFrame, count: d.samplesPerFrame)
        } else if photometric == "YBR_FULL_422", d.samplesPerPixel == 3, d.bitsAllocated == 8 {
            let packedLength = d.decodedFrameLength * 2 / 3
            samples = expand422(data.subdata(in: data.startIndex + index * packedLength ..< data.startIndex + (index + 1) * packedLength))
            photometric = "YBR_FULL"
        } else {
            let length = d.decodedFrameLength
            let start = data.startIndex + index * length
            if order == .bigEndian, vr == .OW, d.bytesPerSample == 1 {
                // Big-endian OW holds 8-bit samples in swapped pairs (PS3.5 §8.1.1): swap whole
                // words of the element, including the pad byte of an odd-length last frame.
                let wordStart = start - (index * length) % 2
                let wordEnd = min(data.endIndex, start + length + (start + length - wordStart) % 2)
                var words = data.subdata(in: wordStart ..< wordEnd)
                ByteSwapping.reverseWords(&words, width: 2)
                samples = words.subdata(in: (start - wordStart) ..< (start - wordStart) + length)
            } else {
                samples = data.subdata(in: start ..< start + length)
                if order == .bigEndian { ByteSwapping.reverseWords(&samples, width: d.bytesPerSample) }
            }
            if d.samplesPerPixel > 1, d.planarConfiguration == 1 {
                samples = interleave(samples, planes: d.samplesPerPixel, bytesPerSample: d.bytesPerSample)
            }
        }
        if d.bitsAllocated != 1 { SampleBits.correctUnusedBits(&samples, description: d) }
        return DecodedFrame(samples: samples, photometricInterpretation: photometric)
    }

    /// One byte per pixel from bit-packed data, least significant bit first (PS3.5 §8.1.1).
    static func unpackBits(_ data: Data, firstBit: Int, count: Int) -> Data {
        var out = Data(count: count)
        data.withUnsafeBytes { (src: UnsafeRawBufferPointer) in
            out.withUnsafeMutableBytes { (dst: UnsafeMutableRawBufferPointer) in
                for i in 0..<count {
                    let bit = firstBit + i
                    let byte = bit >> 3
                    dst[i] = byte < src.count ? (src[byte] >> UInt8(bit & 7)) & 1 : 0
                }
            }
        }
        return out
    }

    /// YBR_FULL_422 stores Y1 Y2 Cb Cr for each pair of pixels; expand to Y Cb Cr per pixel.
    static func expand422(_ packed: Data) -> Data {
        var out = Data(count: packed.count / 2 * 3)
        packed.withUnsafeBytes { (src: UnsafeRawBufferPointer) in
            out.withUnsafeMutableBytes { (dst: UnsafeMutableRawBufferPointer) in
                var o = 0
                var i = 0
                while i + 3 < src.count {
                    let y1 = src[i], y2 = src[i + 1], cb = src[i + 2], cr = src[i + 3]
                    dst[o] = y1; dst[o + 1] = cb; dst[o + 2] = cr
                    dst[o + 3] = y2; dst[o + 4] = cb; dst[o + 5] = cr
                    o += 6
                    i += 4
                }
            }
        }
        return out
    }

    /// Planar (R… G… B…) to interleaved (R G B R G B …).
    static func interleave(_ planar: Data, planes: Int, bytesPerSample: Int) -> Data {
        var out = Data(count: planar.count)
        let pixels = planar.count / (planes * bytesPerSample)
        planar.withUnsafeBytes { (src: UnsafeRawBufferPointer) in
            out.withUnsafeMutableBytes { (dst: UnsafeMutableRawBufferPointer) in
                for plane in 0..<planes {
                    for pixel in 0..<pixels {
                        let from = (plane * pixels + pixel) * bytesPerSample
                        let to = (pixel * planes + plane) * bytesPerSample
                        for b in 0..<bytesPerSample { dst[to + b] = src[from + b] }
                    }
                }
            }
        }
        return out
    }
}

/// What pydicom calls correcting unused bits: values are only `Bits Stored` wide, so the
/// bits above are cleared (unsigned) or copies of the sign bit (signed).
public enum SampleBits {
    public static func correctUnusedBits(_ samples: inout Data, description d: PixelDescription) {
        guard d.bitsStored < d.bitsAllocated, d.bitsAllocated <= 32 else { return }
        var bytes = [UInt8](samples)  // owned and aligned, whatever `samples` points into
        bytes.withUnsafeMutableBytes { correctUnusedBits($0, description: d) }
        samples = Data(bytes)
    }

    /// `correctUnusedBits` on samples in place.
    public static func correctUnusedBits(_ raw: UnsafeMutableRawBufferPointer, description d: PixelDescription) {
        guard d.bitsStored < d.bitsAllocated, d.bitsAllocated <= 32 else { return }
        let shift = d.bitsAllocated - d.bitsStored
        switch (d.bitsAllocated, d.isSigned) {
        case (8, false): shiftAll(raw, UInt8.self, shift)
        case (8, true): shiftAll(raw, Int8.self, shift)
        case (16, false): shiftAll(raw, UInt16.self, shift)
        case (16, true): shiftAll(raw, Int16.self, shift)
        case (32, false): shiftAll(raw, UInt32.self, shift)
        case (32, true): shiftAll(raw, Int32.self, shift)
        default: break
        }
    }

    /// Shift left then right by `shift`: arithmetic for signed types, logical for unsigned.
    private static func shiftAll<T: FixedWidthInteger>(_ raw: UnsafeMutableRawBufferPointer, _: T.Type, _ shift: Int) {
        let size = MemoryLayout<T>.size
        for offset in stride(from: 0, to: raw.count - size + 1, by: size) {
            let v = T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
            raw.storeBytes(of: ((v << shift) >> shift).littleEndian, toByteOffset: offset, as: T.self)
        }
    }
}
