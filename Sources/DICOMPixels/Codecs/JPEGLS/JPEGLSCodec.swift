import CCharLS
import DICOM
import Foundation

/// JPEG-LS (ITU-T T.87) frames through CharLS 2.x: decodes lossless and near-lossless
/// (1.2.840.10008.1.2.4.80 and .81) and encodes lossless (.80).
///
/// Decoded samples follow pydicom 3 with pylibjpeg-libjpeg: the codestream's precision
/// decides the sample values, which are widened into the Bits Allocated container and,
/// when Pixel Representation is 1, sign-extended from that precision (JPEG-LS itself has
/// no signed samples; DICOM stores the two's-complement bit pattern as unsigned).
public struct JPEGLSCodec: FrameCodec {
    public init() {}

    public var decodableSyntaxes: Set<String> { [PixelSyntax.jpegLSLossless, PixelSyntax.jpegLSNearLossless] }
    public var encodableSyntaxes: Set<String> { [PixelSyntax.jpegLSLossless] }

    public func decode(_ compressed: Data, description: PixelDescription,
                       transferSyntaxUID: String) throws(PixelDataError) -> DecodedFrame {
        guard decodableSyntaxes.contains(transferSyntaxUID) else {
            throw PixelDataError(.unsupportedTransferSyntax, "JPEG-LS codec cannot decode \(transferSyntaxUID)")
        }
        guard description.bitsAllocated == 8 || description.bitsAllocated == 16 else {
            throw PixelDataError(.invalidDescription, "JPEG-LS needs Bits Allocated 8 or 16, not \(description.bitsAllocated)")
        }
        guard let decoder = charls_jpegls_decoder_create() else {
            throw PixelDataError(.corruptStream, "CharLS could not create a decoder")
        }
        defer { charls_jpegls_decoder_destroy(decoder) }

        let header = JPEGLSHeader(scanning: compressed)
        guard header.isComplete else {
            throw PixelDataError(.corruptStream, "JPEG-LS stream is truncated or malformed: no EOI marker after its scans")
        }
        return try compressed.withTypedBytes { (source: UnsafeRawBufferPointer) throws(PixelDataError) -> DecodedFrame in
            guard let base = source.baseAddress, source.count > 0 else {
                throw PixelDataError(.corruptStream, "empty JPEG-LS frame")
            }
            try check(charls_jpegls_decoder_set_source_buffer(decoder, base, source.count), "reading the source")
            try check(charls_jpegls_decoder_read_header(decoder), "reading the header")
            var info = charls_frame_info()
            try check(charls_jpegls_decoder_get_frame_info(decoder, &info), "reading the frame header")
            var interleave = CHARLS_INTERLEAVE_MODE_NONE
            try check(charls_jpegls_decoder_get_interleave_mode(decoder, &interleave), "reading the interleave mode")

            let precision = Int(info.bits_per_sample)
            guard Int(info.width) == description.columns, Int(info.height) == description.rows,
                  Int(info.component_count) == description.samplesPerPixel else {
                throw PixelDataError(.corruptStream, "JPEG-LS frame is \(info.width)×\(info.height)×\(info.component_count), "
                    + "the data set says \(description.columns)×\(description.rows)×\(description.samplesPerPixel)")
            }
            // pydicom sizes its buffer from the precision; a precision wider than the
            // container cannot be stored without losing bits.
            guard precision <= description.bitsAllocated else {
                throw PixelDataError(.corruptStream, "JPEG-LS precision \(precision) exceeds Bits Allocated \(description.bitsAllocated)")
            }

            // CharLS writes 1 byte per sample up to 8 bits, else 2; planes for interleave
            // mode none, pixel-interleaved samples for line and sample modes.
            let decodedWidth = precision <= 8 ? 1 : 2
            let samples = description.samplesPerFrame
            let planar = interleave == CHARLS_INTERLEAVE_MODE_NONE && description.samplesPerPixel > 1
            let direct = decodedWidth == description.bytesPerSample && !planar
            var output = Data(count: description.decodedFrameLength)
            var scratch = direct ? [UInt8]() : [UInt8](repeating: 0, count: samples * decodedWidth)
            let status: charls_jpegls_errc
            if direct {
                status = output.withUnsafeMutableBytes {
                    charls_jpegls_decoder_decode_to_buffer(decoder, $0.baseAddress!, $0.count, 0)
                }
            } else {
                status = scratch.withUnsafeMutableBytes {
                    charls_jpegls_decoder_decode_to_buffer(decoder, $0.baseAddress!, $0.count, 0)
                }
            }
            try check(status, "decoding")

            let signExtendFrom = description.isSigned ? precision : 0
            output.withUnsafeMutableBytes { out in
                if direct {
                    JPEGLSSamples.signExtendInPlace(out, width: decodedWidth, bits: signExtendFrom)
                } else {
                    scratch.withUnsafeBytes { decoded in
                        JPEGLSSamples.widen(decoded, width: decodedWidth, into: out, outWidth: description.bytesPerSample,
                                            planes: planar ? description.samplesPerPixel : 1, signExtendFrom: signExtendFrom)
                    }
                }
            }
            return DecodedFrame(samples: output,
                                photometricInterpretation: header.photometricInterpretation(for: description))
        }
    }

    public func encode(_ frame: Data, description: PixelDescription,
                       transferSyntaxUID: String) throws(PixelDataError) -> Data {
        guard encodableSyntaxes.contains(transferSyntaxUID) else {
            throw PixelDataError(.unsupportedTransferSyntax, "JPEG-LS codec encodes only \(PixelSyntax.jpegLSLossless), not \(transferSyntaxUID)")
        }
        let bits = description.bitsStored
        guard description.bitsAllocated == 8 || description.bitsAllocated == 16, (2...description.bitsAllocated).contains(bits) else {
            throw PixelDataError(.encodingFailed, "JPEG-LS encodes 2–16 bits stored in 8 or 16-bit containers, "
                + "not \(bits) in \(description.bitsAllocated)")
        }
        guard frame.count >= description.decodedFrameLength else {
            throw PixelDataError(.truncated, "frame has \(frame.count) bytes, \(description.decodedFrameLength) expected")
        }
        guard let encoder = charls_jpegls_encoder_create() else {
            throw PixelDataError(.encodingFailed, "CharLS could not create an encoder")
        }
        defer { charls_jpegls_encoder_destroy(encoder) }

        var info = charls_frame_info(width: UInt32(description.columns), height: UInt32(description.rows),
                                     bits_per_sample: Int32(bits), component_count: Int32(description.samplesPerPixel))
        try check(charls_jpegls_encoder_set_frame_info(encoder, &info), "setting the frame", encoding: true)
        // Sample interleave codes our pixel-interleaved frames as they are; mode none
        // would need planes. No colour transform: DICOM forbids the HP extensions.
        let interleave = description.samplesPerPixel > 1 ? CHARLS_INTERLEAVE_MODE_SAMPLE : CHARLS_INTERLEAVE_MODE_NONE
        try check(charls_jpegls_encoder_set_interleave_mode(encoder, interleave), "setting interleave", encoding: true)

        // CharLS reads 1-byte samples up to 8 bits, else 2; the bits above Bits Stored
        // (sign extension, or undefined bits) are masked off: JPEG-LS samples are unsigned.
        let sourceWidth = bits <= 8 ? 1 : 2
        var source = [UInt8](repeating: 0, count: description.samplesPerFrame * sourceWidth)
        frame.withUnsafeBytes { input in
            source.withUnsafeMutableBytes { staged in
                JPEGLSSamples.narrow(input, width: description.bytesPerSample, into: staged, outWidth: sourceWidth,
                                     count: description.samplesPerFrame, bits: bits)
            }
        }
        var estimate = 0
        try check(charls_jpegls_encoder_get_estimated_destination_size(encoder, &estimate), "sizing", encoding: true)
        var destination = Data(count: estimate + 1024)
        var written = 0
        let status = destination.withUnsafeMutableBytes { (out: UnsafeMutableRawBufferPointer) -> charls_jpegls_errc in
            let set = charls_jpegls_encoder_set_destination_buffer(encoder, out.baseAddress!, out.count)
            guard set == CHARLS_JPEGLS_ERRC_SUCCESS else { return set }
            let encoded = source.withUnsafeBytes {
                charls_jpegls_encoder_encode_from_buffer(encoder, $0.baseAddress!, $0.count, 0)
            }
            guard encoded == CHARLS_JPEGLS_ERRC_SUCCESS else { return encoded }
            return charls_jpegls_encoder_get_bytes_written(encoder, &written)
        }
        try check(status, "encoding", encoding: true)
        destination.count = written
        return destination
    }

    /// Turns a CharLS status into the contract's error, with CharLS's own message.
    private func check(_ status: charls_jpegls_errc, _ step: String, encoding: Bool = false) throws(PixelDataError) {
        guard status != CHARLS_JPEGLS_ERRC_SUCCESS else { return }
        let message = charls_get_error_message(status).map { String(cString: $0) } ?? "error \(status.rawValue)"
        throw PixelDataError(encoding ? .encodingFailed : .corruptStream, "CharLS \(step): \(message)")
    }
}

extension Data {
    /// `withUnsafeBytes` with a typed error: Foundation's version rethrows `any Error`.
    fileprivate func withTypedBytes<R>(_ body: (UnsafeRawBufferPointer) throws(PixelDataError) -> R) throws(PixelDataError) -> R {
        try withUnsafeBytes { raw in Result { () throws(PixelDataError) -> R in try body(raw) } }.get()
    }
}
