import COpenJPEG
import DICOM
import Foundation

/// JPEG 2000 frames through OpenJPEG 2.5: decodes JPEG 2000 lossless and lossy (…4.90,
/// …4.91) and HTJ2K (…4.201/.202/.203, OpenJPEG ≥ 2.5 decodes Part 15), and encodes
/// reversible JPEG 2000 (…4.90) codestreams.
///
/// Decoded samples follow pydicom 3 with pylibjpeg-openjpeg:
/// - the first component's precision picks the width OpenJPEG's values are truncated to
///   (8, 16 or 32 bits), read as signed when Pixel Representation is 1, then widened to
///   Bits Allocated;
/// - for monochrome frames whose codestream signedness differs from Pixel Representation,
///   the low `precision` bits are kept and sign-extended when Pixel Representation is 1;
/// - YBR_RCT / YBR_ICT come back as RGB (OpenJPEG undoes the component transform).
///
/// Decoding is strict: a truncated codestream is `.corruptStream`, not a partial image.
public struct JPEG2000Codec: FrameCodec {
    public init() {}

    public var decodableSyntaxes: Set<String> {
        [PixelSyntax.jpeg2000Lossless, PixelSyntax.jpeg2000, PixelSyntax.htj2kLossless,
         PixelSyntax.htj2kLosslessRPCL, PixelSyntax.htj2k]
    }

    public var encodableSyntaxes: Set<String> { [PixelSyntax.jpeg2000Lossless] }

    public func decode(_ compressed: Data, description: PixelDescription,
                       transferSyntaxUID: String) throws(PixelDataError) -> DecodedFrame {
        guard decodableSyntaxes.contains(transferSyntaxUID) else {
            throw PixelDataError(.unsupportedTransferSyntax, "JPEG 2000 codec cannot decode \(transferSyntaxUID)")
        }
        guard [8, 16, 32].contains(description.bitsAllocated) else {
            throw PixelDataError(.invalidDescription, "JPEG 2000 frames need Bits Allocated 8, 16 or 32, not \(description.bitsAllocated)")
        }
        // DICOM wants a bare codestream, but some writers (GDCM) wrap it in a JP2 file.
        let format: OPJ_CODEC_FORMAT
        if compressed.starts(with: [0xFF, 0x4F, 0xFF, 0x51]) {
            format = OPJ_CODEC_J2K
        } else if compressed.starts(with: [0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A]) {
            format = OPJ_CODEC_JP2
        } else {
            throw PixelDataError(.corruptStream, "not a JPEG 2000 codestream or JP2 file (no SOC/SIZ or JP2 signature)")
        }

        guard let codec = opj_create_decompress(format) else {
            throw PixelDataError(.corruptStream, "OpenJPEG could not create a decoder")
        }
        defer { opj_destroy_codec(codec) }
        let messages = OpenJPEGMessages()
        messages.install(on: codec)
        var parameters = opj_dparameters_t()
        opj_set_default_decoder_parameters(&parameters)
        guard opj_setup_decoder(codec, &parameters) != 0, opj_decoder_set_strict_mode(codec, 1) != 0 else {
            throw messages.error(.corruptStream, "OpenJPEG could not set up the decoder")
        }

        return try withExtendedLifetime(messages) { () throws(PixelDataError) -> DecodedFrame in
            try compressed.withTypedBytes { (source: UnsafeRawBufferPointer) throws(PixelDataError) -> DecodedFrame in
                let reader = UnsafeMutablePointer<OpenJPEGReader>.allocate(capacity: 1)
                reader.initialize(to: OpenJPEGReader(base: source.baseAddress!, count: source.count))
                defer { reader.deallocate() }
                guard let stream = OpenJPEGReader.stream(reader) else {
                    throw PixelDataError(.corruptStream, "OpenJPEG could not create a stream")
                }
                defer { opj_stream_destroy(stream) }

                var imagePointer: UnsafeMutablePointer<opj_image_t>?
                defer { if let imagePointer { opj_image_destroy(imagePointer) } }
                guard opj_read_header(stream, codec, &imagePointer) != 0, let header = imagePointer else {
                    throw messages.error(.corruptStream, "OpenJPEG could not read the header")
                }
                try Self.check(header.pointee, against: description)
                guard opj_decode(codec, stream, header) != 0, opj_end_decompress(codec, stream) != 0 else {
                    throw messages.error(.corruptStream, "OpenJPEG could not decode the codestream")
                }
                let image = header.pointee
                // Decoding may change the image's colour space (JP2 colr boxes); recheck.
                try Self.check(image, against: description)

                var output = Data(count: description.decodedFrameLength)
                let first = image.comps[0]
                let streamSigned = first.sgnd != 0
                let precision = Int(first.prec)
                let monochrome = description.photometricInterpretation.hasPrefix("MONOCHROME")
                let keptBits = JPEG2000Samples.keptBits(precision: precision, streamSigned: streamSigned,
                                                        monochrome: monochrome, description: description)
                output.withUnsafeMutableBytes { out in
                    for component in 0 ..< description.samplesPerPixel {
                        let plane = UnsafeBufferPointer(start: image.comps[component].data, count: description.rows * description.columns)
                        JPEG2000Samples.store(plane, component: component, of: description.samplesPerPixel, into: out,
                                              width: description.bytesPerSample, keptBits: keptBits, signed: description.isSigned)
                    }
                }
                let interpretation = ["YBR_RCT", "YBR_ICT"].contains(description.photometricInterpretation)
                    ? "RGB" : description.photometricInterpretation
                return DecodedFrame(samples: output, photometricInterpretation: interpretation)
            }
        }
    }

    /// Rejects codestreams whose geometry differs from the data set's, and layouts
    /// (subsampled components, sYCC JP2 files) whose samples would need resampling or
    /// colour conversion we do not do.
    private static func check(_ image: opj_image_t, against description: PixelDescription) throws(PixelDataError) {
        guard Int(image.numcomps) == description.samplesPerPixel, image.comps != nil else {
            throw PixelDataError(.corruptStream, "JPEG 2000 image has \(image.numcomps) components, the data set says \(description.samplesPerPixel)")
        }
        for index in 0 ..< Int(image.numcomps) {
            let component = image.comps[index]
            guard component.dx == 1, component.dy == 1 else {
                throw PixelDataError(.corruptStream, "JPEG 2000 component \(index) is subsampled (\(component.dx)×\(component.dy)); not supported")
            }
            guard Int(component.w) == description.columns, Int(component.h) == description.rows else {
                throw PixelDataError(.corruptStream, "JPEG 2000 component \(index) is \(component.w)×\(component.h), "
                    + "the data set says \(description.columns)×\(description.rows)")
            }
            guard (1...32).contains(component.prec) else {
                throw PixelDataError(.corruptStream, "JPEG 2000 component \(index) has precision \(component.prec)")
            }
        }
        guard image.color_space != OPJ_CLRSPC_SYCC, image.color_space != OPJ_CLRSPC_EYCC else {
            throw PixelDataError(.corruptStream, "JP2 sYCC/eYCC colour space needs a conversion this codec does not do")
        }
    }

    public func encode(_ frame: Data, description: PixelDescription,
                       transferSyntaxUID: String) throws(PixelDataError) -> Data {
        guard encodableSyntaxes.contains(transferSyntaxUID) else {
            throw PixelDataError(.unsupportedTransferSyntax, "JPEG 2000 codec encodes only \(PixelSyntax.jpeg2000Lossless), not \(transferSyntaxUID)")
        }
        let bits = description.bitsStored
        guard description.bitsAllocated == 8 || description.bitsAllocated == 16, (1...description.bitsAllocated).contains(bits),
              [1, 3].contains(description.samplesPerPixel) else {
            throw PixelDataError(.encodingFailed, "JPEG 2000 encodes 1 or 3 samples of 1–16 bits in 8 or 16-bit containers, not "
                + "\(description.samplesPerPixel) × \(bits) in \(description.bitsAllocated)")
        }
        guard frame.count >= description.decodedFrameLength else {
            throw PixelDataError(.truncated, "frame has \(frame.count) bytes, \(description.decodedFrameLength) expected")
        }
        var parameters = opj_cparameters_t()
        opj_set_default_encoder_parameters(&parameters)
        parameters.tcp_numlayers = 1
        parameters.tcp_rates.0 = 0 // 0: no rate limit, every bit plane kept (lossless)
        parameters.cp_disto_alloc = 1
        parameters.irreversible = 0 // the 5/3 reversible wavelet
        // No multi-component transform: the data set's Photometric Interpretation (RGB)
        // stays true; with MCT, DICOM would require YBR_RCT, which `encode` cannot report.
        parameters.tcp_mct = 0
        // Each resolution level halves the image; OpenJPEG refuses levels smaller than 1 pixel.
        var levels = 1
        while levels < 6, (1 << levels) <= min(description.rows, description.columns) { levels += 1 }
        do {
            return try Self.compress(frame, description, parameters: parameters, levels: levels)
        } catch where levels > 1 {
            // OpenJPEG 2.5.0 sizes its tile buffer at one byte per sample for ≤ 8-bit
            // data; noisy low-precision frames can outgrow it once the wavelet widens
            // them. Without the wavelet they fit.
            return try Self.compress(frame, description, parameters: parameters, levels: 1)
        }
    }

    /// One OpenJPEG compression of `frame` into a bare codestream. The image is built
    /// afresh each time: OpenJPEG takes over a single tile's component buffers.
    private static func compress(_ frame: Data, _ description: PixelDescription, parameters: opj_cparameters_t,
                                 levels: Int) throws(PixelDataError) -> Data {
        let bits = description.bitsStored
        let rows = description.rows, columns = description.columns, samples = description.samplesPerPixel

        var componentParameters = [opj_image_cmptparm_t](repeating: opj_image_cmptparm_t(), count: samples)
        for index in componentParameters.indices {
            componentParameters[index].dx = 1
            componentParameters[index].dy = 1
            componentParameters[index].w = OPJ_UINT32(columns)
            componentParameters[index].h = OPJ_UINT32(rows)
            componentParameters[index].prec = OPJ_UINT32(bits)
            componentParameters[index].sgnd = description.isSigned ? 1 : 0
        }
        let colourSpace = samples == 3 ? OPJ_CLRSPC_SRGB : OPJ_CLRSPC_GRAY
        guard let image = opj_image_create(OPJ_UINT32(samples), &componentParameters, colourSpace) else {
            throw PixelDataError(.encodingFailed, "OpenJPEG could not allocate a \(columns)×\(rows) image")
        }
        defer { opj_image_destroy(image) }
        image.pointee.x0 = 0
        image.pointee.y0 = 0
        image.pointee.x1 = OPJ_UINT32(columns)
        image.pointee.y1 = OPJ_UINT32(rows)
        frame.withUnsafeBytes { input in
            for component in 0 ..< samples {
                let plane = UnsafeMutableBufferPointer(start: image.pointee.comps[component].data, count: rows * columns)
                JPEG2000Samples.load(input, component: component, of: samples, width: description.bytesPerSample,
                                     into: plane, bits: bits, signed: description.isSigned)
            }
        }

        var parameters = parameters
        parameters.numresolution = Int32(levels)
        guard let codec = opj_create_compress(OPJ_CODEC_J2K) else {
            throw PixelDataError(.encodingFailed, "OpenJPEG could not create an encoder")
        }
        defer { opj_destroy_codec(codec) }
        let messages = OpenJPEGMessages()
        messages.install(on: codec)
        let writer = OpenJPEGWriter(capacity: description.decodedFrameLength / 2 + 4096)
        return try withExtendedLifetime((messages, writer)) { () throws(PixelDataError) -> Data in
            guard opj_setup_encoder(codec, &parameters, image) != 0 else {
                throw messages.error(.encodingFailed, "OpenJPEG rejected the encoding parameters")
            }
            guard let stream = writer.stream() else { throw PixelDataError(.encodingFailed, "OpenJPEG could not create a stream") }
            defer { opj_stream_destroy(stream) }
            guard opj_start_compress(codec, image, stream) != 0, opj_encode(codec, stream) != 0,
                  opj_end_compress(codec, stream) != 0 else {
                throw messages.error(.encodingFailed, "OpenJPEG could not encode the frame")
            }
            return Data(writer.bytes)
        }
    }
}

extension Data {
    /// `withUnsafeBytes` with a typed error: Foundation's version rethrows `any Error`.
    fileprivate func withTypedBytes<R>(_ body: (UnsafeRawBufferPointer) throws(PixelDataError) -> R) throws(PixelDataError) -> R {
        try withUnsafeBytes { raw in Result { () throws(PixelDataError) -> R in try body(raw) } }.get()
    }
}
