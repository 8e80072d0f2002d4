import DICOM
import Foundation

/// Moves samples between CharLS's buffers (1 byte per sample up to 8 bits, else 2) and
/// the `DecodedFrame` layout, in place over unsafe buffers: no per-pixel allocation.
enum JPEGLSSamples {
    /// Sign-extends every `width`-byte sample from `bits` (0: leave unsigned).
    static func signExtendInPlace(_ buffer: UnsafeMutableRawBufferPointer, width: Int, bits: Int) {
        guard bits > 0, bits < width * 8 else { return }
        if width == 1 {
            let shift = UInt8(8 - bits)
            let samples = buffer.bindMemory(to: Int8.self)
            for index in samples.indices { samples[index] = (samples[index] &<< shift) &>> shift }
        } else {
            let shift = UInt16(16 - bits)
            let samples = buffer.bindMemory(to: Int16.self)
            for index in samples.indices {
                samples[index] = Int16(littleEndian: (Int16(littleEndian: samples[index]) &<< shift) &>> shift)
            }
        }
    }

    /// Copies decoded samples into `out` (`outWidth` bytes each), interleaving `planes`
    /// component planes per pixel, and sign-extends from `signExtendFrom` bits when non-zero.
    static func widen(_ decoded: UnsafeRawBufferPointer, width: Int, into out: UnsafeMutableRawBufferPointer,
                      outWidth: Int, planes: Int, signExtendFrom bits: Int) {
        let count = decoded.count / width
        let pixels = count / planes
        // Index of output sample `i` in the decoded buffer: planes are R…G…B…, output R G B.
        @inline(__always) func source(_ index: Int) -> Int {
            planes == 1 ? index : (index % planes) * pixels + index / planes
        }
        let shift = bits > 0 ? 32 - bits : 0
        @inline(__always) func value(_ raw: UInt32) -> UInt32 {
            bits > 0 ? UInt32(bitPattern: Int32(bitPattern: raw &<< UInt32(shift)) &>> Int32(shift)) : raw
        }
        switch (width, outWidth) {
        case (1, 1):
            let input = decoded.bindMemory(to: UInt8.self), output = out.bindMemory(to: UInt8.self)
            for index in 0..<count { output[index] = UInt8(truncatingIfNeeded: value(UInt32(input[source(index)]))) }
        case (1, _):
            let input = decoded.bindMemory(to: UInt8.self), output = out.bindMemory(to: UInt16.self)
            for index in 0..<count {
                output[index] = UInt16(truncatingIfNeeded: value(UInt32(input[source(index)]))).littleEndian
            }
        default:
            let input = decoded.bindMemory(to: UInt16.self), output = out.bindMemory(to: UInt16.self)
            for index in 0..<count {
                let raw = UInt32(UInt16(littleEndian: input[source(index)]))
                output[index] = UInt16(truncatingIfNeeded: value(raw)).littleEndian
            }
        }
    }

    /// Copies `count` samples of `width` bytes into CharLS's `outWidth`-byte layout,
    /// keeping only the low `bits` (JPEG-LS samples are unsigned `bits`-bit values).
    static func narrow(_ input: UnsafeRawBufferPointer, width: Int, into out: UnsafeMutableRawBufferPointer,
                       outWidth: Int, count: Int, bits: Int) {
        let mask = UInt16(truncatingIfNeeded: (1 << bits) - 1)
        switch (width, outWidth) {
        case (1, _):
            let source = input.bindMemory(to: UInt8.self), output = out.bindMemory(to: UInt8.self)
            for index in 0..<count { output[index] = source[index] & UInt8(truncatingIfNeeded: mask) }
        case (_, 1):
            let output = out.bindMemory(to: UInt8.self)
            for index in 0..<count {
                let sample = UInt16(littleEndian: input.loadUnaligned(fromByteOffset: index * 2, as: UInt16.self))
                output[index] = UInt8(truncatingIfNeeded: sample & mask)
            }
        default:
            let output = out.bindMemory(to: UInt16.self)
            for index in 0..<count {
                let sample = UInt16(littleEndian: input.loadUnaligned(fromByteOffset: index * 2, as: UInt16.self))
                output[index] = (sample & mask).littleEndian
            }
        }
    }
}

/// What pydicom reads from a JPEG-LS codestream's markers before decoding (the frame's
/// component identifiers, whether a JFIF APP segment is present: pydicom uses them to
/// override the data set's Photometric Interpretation for 3-sample frames), and whether
/// the stream is whole: SOI, segments, scans, EOI.
///
/// The completeness check exists because CharLS 2.4.1 (Debian bookworm) can loop forever
/// on a stream that ends inside a scan (fixed upstream in CharLS PR #334); a stream
/// without its EOI is rejected before CharLS sees it.
struct JPEGLSHeader {
    var componentIDs: [UInt8] = []
    var hasJFIF = false
    var isComplete = false

    init(scanning stream: Data) {
        stream.withUnsafeBytes { bytes in
            guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return }
            var offset = 2
            while offset + 2 <= bytes.count {
                guard bytes[offset] == 0xFF else { return }
                let marker = bytes[offset + 1]
                if marker == 0xFF { offset += 1; continue } // fill byte before a marker
                if marker == 0xD9 { isComplete = true; return }
                guard offset + 4 <= bytes.count else { return }
                let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
                let body = offset + 4
                guard length >= 2, body + length - 2 <= bytes.count else { return }
                if (0xE0...0xEF).contains(marker), length >= 6, Array(bytes[body ..< body + 4]) == Array("JFIF".utf8) { hasJFIF = true }
                if marker == 0xF7, length >= 8, componentIDs.isEmpty {
                    let components = Int(bytes[body + 5])
                    for index in 0 ..< components where body + 6 + index * 3 < body + length - 2 {
                        componentIDs.append(bytes[body + 6 + index * 3])
                    }
                }
                offset = body + length - 2
                if marker == 0xDA {
                    // Entropy-coded data: 0xFF followed by a byte below 0x80 is data (the
                    // stuffed bit); 0xFF followed by 0x80 or more is the next marker.
                    while offset + 1 < bytes.count, !(bytes[offset] == 0xFF && bytes[offset + 1] >= 0x80) { offset += 1 }
                }
            }
        }
    }

    /// The colour space the decoded samples are in, as pydicom 3.0.2 decides it.
    func photometricInterpretation(for description: PixelDescription) -> String {
        let dataSet = description.photometricInterpretation
        guard description.samplesPerPixel == 3 else { return dataSet }
        if componentIDs == Array("RGB".utf8) || componentIDs == Array("rgb".utf8) { return "RGB" }
        if hasJFIF && !dataSet.contains("YBR") { return "YBR_FULL" }
        return dataSet
    }
}
