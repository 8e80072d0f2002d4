import CJPEGShim
import DICOM
import Foundation

/// The JPEG (ISO/IEC 10918-1) family: decodes Baseline 8-bit (1.2.840.10008.1.2.4.50),
/// Extended 12-bit (…4.51), Lossless process 14 (…4.57) and Lossless SV1 (…4.70); encodes
/// Lossless SV1.
///
/// 8-bit DCT streams go to libjpeg-turbo; 12-bit DCT and all lossless streams to GDCM's
/// IJG builds (8-bit build for P ≤ 8, 16-bit build above), chosen from the stream's SOF
/// marker rather than the transfer syntax, because files are often labelled with a
/// syntax that does not match their stream.
///
/// Decoding never converts colour. The reported photometric interpretation follows
/// pydicom 3 (`DecodeRunner._conform_jpg_colorspace`): component ids `R`,`G`,`B` mean
/// RGB; a JFIF APP marker on data not labelled YBR means YBR_FULL_422 (Baseline) or
/// YBR_FULL; otherwise the data set's value stands. A caller wanting RGB converts YBR
/// itself, as pydicom does.
public struct JPEGCodec: FrameCodec {
    public init() {}

    public var decodableSyntaxes: Set<String> {
        [PixelSyntax.jpegBaseline, PixelSyntax.jpegExtended, PixelSyntax.jpegLossless, PixelSyntax.jpegLosslessSV1]
    }

    public var encodableSyntaxes: Set<String> { [PixelSyntax.jpegLosslessSV1] }

    public func decode(_ compressed: Data, description: PixelDescription,
                       transferSyntaxUID: String) throws(PixelDataError) -> DecodedFrame {
        guard decodableSyntaxes.contains(transferSyntaxUID) else {
            throw PixelDataError(.unsupportedTransferSyntax, "\(transferSyntaxUID) is not a JPEG transfer syntax")
        }
        let header = try Self.header(of: compressed)
        guard Int(header.width) == description.columns, Int(header.height) == description.rows,
              Int(header.components) == description.samplesPerPixel else {
            throw PixelDataError(.corruptStream, "JPEG frame is \(header.width)×\(header.height)×\(header.components), "
                + "the data set says \(description.columns)×\(description.rows)×\(description.samplesPerPixel)")
        }
        // What the libraries write: one byte per sample for P ≤ 8, else two.
        let streamBytes = header.precision <= 8 ? 1 : 2
        let targetBytes = description.bytesPerSample
        guard streamBytes <= targetBytes, targetBytes <= 2 else {
            throw PixelDataError(.corruptStream, "JPEG precision \(header.precision) does not fit Bits Allocated \(description.bitsAllocated)")
        }
        var samples = try Self.decodeRaw(compressed, samples: description.samplesPerFrame, bytesPerSample: streamBytes)
        if streamBytes < targetBytes { samples = Self.widen(samples) }
        if description.bitsStored < description.bitsAllocated {
            Self.correctUnusedBits(&samples, description: description)
        }
        return DecodedFrame(samples: samples,
                            photometricInterpretation: Self.photometricInterpretation(header, description, transferSyntaxUID))
    }

    public func encode(_ frame: Data, description: PixelDescription,
                       transferSyntaxUID: String) throws(PixelDataError) -> Data {
        guard encodableSyntaxes.contains(transferSyntaxUID) else {
            throw PixelDataError(.unsupportedTransferSyntax, "JPEG encodes only Lossless SV1, not \(transferSyntaxUID)")
        }
        let bytes = description.bytesPerSample
        guard bytes <= 2, description.bitsStored >= 2, description.bitsStored <= 8 * bytes,
              [1, 3].contains(description.samplesPerPixel) else {
            throw PixelDataError(.encodingFailed, "lossless JPEG cannot hold \(description.samplesPerPixel) samples "
                + "of \(description.bitsStored) bits in \(description.bitsAllocated)")
        }
        guard description.rows <= 65535, description.columns <= 65535 else {
            throw PixelDataError(.encodingFailed, "JPEG frames are at most 65535×65535")
        }
        guard frame.count >= description.decodedFrameLength else {
            throw PixelDataError(.truncated, "frame has \(frame.count) bytes, expected \(description.decodedFrameLength)")
        }
        let rgb = description.photometricInterpretation == "RGB"
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        var message = [CChar](repeating: 0, count: 256)
        // Signed samples are encoded as their low Bits Stored bits (two's complement);
        // decoding sign-extends them back, as pydicom does.
        let status = frame.withUnsafeBytes { raw in
            faceless_jpeg_encode_lossless(raw.bindMemory(to: UInt8.self).baseAddress, Int32(description.columns),
                                          Int32(description.rows), Int32(description.samplesPerPixel),
                                          Int32(description.bitsStored), Int32(bytes), rgb ? 1 : 0, &output, &length,
                                          &message, message.count)
        }
        guard status == 0, let output else {
            throw PixelDataError(.encodingFailed, Self.text(message))
        }
        defer { faceless_jpeg_free(output) }
        return Data(bytes: output, count: length)
    }

    // MARK: - Steps

    static func header(of compressed: Data) throws(PixelDataError) -> faceless_jpeg_info {
        var info = faceless_jpeg_info()
        let status = compressed.withUnsafeBytes { raw in
            faceless_jpeg_scan_header(raw.bindMemory(to: UInt8.self).baseAddress, raw.count, &info)
        }
        guard status == 0 else { throw PixelDataError(.corruptStream, "no JPEG frame header (SOI … SOFn) found") }
        return info
    }

    /// Decodes into a buffer sized for exactly `samples` samples; the C side refuses a
    /// stream whose frame header would need more.
    static func decodeRaw(_ compressed: Data, samples: Int, bytesPerSample: Int) throws(PixelDataError) -> Data {
        var output = Data(count: samples * bytesPerSample)
        var info = faceless_jpeg_info()
        var message = [CChar](repeating: 0, count: 256)
        let status = output.withUnsafeMutableBytes { out in
            compressed.withUnsafeBytes { raw in
                faceless_jpeg_decode(raw.bindMemory(to: UInt8.self).baseAddress, raw.count,
                                     out.bindMemory(to: UInt8.self).baseAddress, out.count, &info,
                                     &message, message.count)
            }
        }
        guard status == 0 else { throw PixelDataError(.corruptStream, text(message)) }
        guard Int(info.bytes_per_sample) == bytesPerSample,
              Int(info.width) * Int(info.height) * Int(info.components) == samples else {
            throw PixelDataError(.corruptStream, "decoded JPEG frame does not match its header")
        }
        return output
    }

    /// 8-bit samples in a 16-bit container (P ≤ 8 with Bits Allocated 16).
    static func widen(_ bytes: Data) -> Data {
        var wide = Data(count: bytes.count * 2)
        wide.withUnsafeMutableBytes { out in
            bytes.withUnsafeBytes { raw in
                let target = out.bindMemory(to: UInt16.self)
                for (index, byte) in raw.enumerated() { target[index] = UInt16(byte).littleEndian }
            }
        }
        return wide
    }

    /// pydicom's `_correct_unused_bits`: shift left then right by Bits Allocated − Bits
    /// Stored, which masks unsigned samples and sign-extends signed ones.
    static func correctUnusedBits(_ samples: inout Data, description: PixelDescription) {
        let shift = description.bitsAllocated - description.bitsStored
        samples.withUnsafeMutableBytes { raw in
            if description.bytesPerSample == 1 {
                let values = raw.bindMemory(to: UInt8.self)
                for index in values.indices {
                    values[index] = description.isSigned
                        ? UInt8(bitPattern: Int8(bitPattern: values[index] << shift) >> shift)
                        : (values[index] << shift) >> shift
                }
            } else {
                let values = raw.bindMemory(to: UInt16.self)
                for index in values.indices {
                    let value = UInt16(littleEndian: values[index]) << shift
                    let corrected = description.isSigned ? UInt16(bitPattern: Int16(bitPattern: value) >> shift) : value >> shift
                    values[index] = corrected.littleEndian
                }
            }
        }
    }

    static func photometricInterpretation(_ header: faceless_jpeg_info, _ description: PixelDescription,
                                          _ syntax: String) -> String {
        let stated = description.photometricInterpretation
        guard description.samplesPerPixel == 3 else { return stated }
        let ids = [header.component_ids.0, header.component_ids.1, header.component_ids.2]
        if ids == [82, 71, 66] || ids == [114, 103, 98] { return "RGB" }
        if header.has_jfif != 0, !stated.contains("YBR") {
            return syntax == PixelSyntax.jpegBaseline ? "YBR_FULL_422" : "YBR_FULL"
        }
        return stated
    }

    static func text(_ message: [CChar]) -> String {
        let text = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.isEmpty ? "JPEG codec failed" : text
    }
}
