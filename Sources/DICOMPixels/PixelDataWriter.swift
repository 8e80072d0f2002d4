import DICOM
import Foundation

extension DICOMFile {
    /// Replaces the image with `frames` (each in `DecodedFrame`'s layout) and sets the
    /// file's transfer syntax to `syntax`: native (Explicit VR Little Endian by default) or
    /// an encapsulated syntax whose codec encodes losslessly (RLE, JPEG-LS lossless,
    /// JPEG 2000 reversible, JPEG Lossless SV1).
    ///
    /// The header stays consistent: Photometric Interpretation is set to
    /// `photometricInterpretation` (YBR_FULL for YBR_FULL_422, since frames are full
    /// resolution), Planar Configuration to 0 (frames are interleaved),
    /// offset tables rebuilt; Lossy Image Compression and everything else are kept.
    public mutating func replacePixelData(
        with frames: [Data], description: PixelDescription, photometricInterpretation: String,
        as syntax: TransferSyntax = .explicitVRLittleEndian
    ) throws(PixelDataError) {
        guard syntax.byteOrder == .littleEndian else {
            throw PixelDataError(.unsupportedTransferSyntax, "Explicit VR Big Endian is retired; write Explicit VR Little Endian instead")
        }
        guard frames.count == description.numberOfFrames else {
            throw PixelDataError(.encodingFailed, "\(frames.count) frames given, the description has \(description.numberOfFrames)")
        }
        for (index, frame) in frames.enumerated() where frame.count != description.decodedFrameLength {
            throw PixelDataError(.encodingFailed, "frame has \(frame.count) bytes, expected \(description.decodedFrameLength)", frame: index)
        }
        // Decoded frames are never chroma-subsampled: a codec upsamples YBR_FULL_422, so what
        // is written is YBR_FULL (PS3.5 §8.2.1; PS3.3 C.7.6.3.1.2).
        let photometricInterpretation = photometricInterpretation == "YBR_FULL_422" ? "YBR_FULL" : photometricInterpretation
        var encodedDescription = description
        encodedDescription.photometricInterpretation = photometricInterpretation
        encodedDescription.planarConfiguration = 0
        let pixelTag: Tag = description.bitsAllocated == 64 && dataSet.contains(.doubleFloatPixelData) ? .doubleFloatPixelData
            : description.bitsAllocated == 32 && dataSet.contains(.floatPixelData) ? .floatPixelData : .pixelData

        let element: DataElement
        if syntax.isEncapsulated {
            guard let codec = PixelCodecs.encoder(for: syntax.uid) else {
                throw PixelDataError(.unsupportedTransferSyntax, "no lossless encoder for \(syntax)")
            }
            var fragments: [Data] = []
            for (index, frame) in frames.enumerated() {
                do throws(PixelDataError) {
                    fragments.append(try codec.encode(frame, description: encodedDescription, transferSyntaxUID: syntax.uid))
                } catch {
                    var located = error
                    located.frame = index
                    throw located
                }
            }
            element = DataElement(tag: .pixelData, vr: .OB, value: .encapsulated(Self.encapsulate(fragments)),
                                  hasUndefinedLength: true)
        } else {
            let bytes: Data
            if description.bitsAllocated == 1 {
                bytes = Self.packBits(frames, samplesPerFrame: description.samplesPerFrame)
            } else if frames.count == 1 {
                bytes = frames[0]  // shared, not copied: the serializer copies it once into the file's bytes
            } else {
                var joined = Data(capacity: frames.reduce(0) { $0 + $1.count })
                for frame in frames { joined.append(frame) }
                bytes = joined
            }
            let vr: VR = pixelTag == .floatPixelData ? .OF : pixelTag == .doubleFloatPixelData ? .OD
                : description.bitsAllocated > 8 ? .OW : .OB
            element = DataElement(tag: pixelTag, vr: vr, value: .bytes(bytes))
        }
        // Frames are little-endian and the target is too: convert the rest of the data set now,
        // because a big-endian OW value swaps in 16-bit words whatever width its samples have.
        dataSet = dataSet.converted(to: .littleEndian)
        dataSet.remove(Tag(0x7FE0, 0x0001))  // Extended Offset Table and its lengths describe the old fragments
        dataSet.remove(Tag(0x7FE0, 0x0002))
        dataSet.set(element)
        setText(.photometricInterpretation, .CS, photometricInterpretation)
        if description.samplesPerPixel > 1 {
            dataSet.set(DataElement(tag: .planarConfiguration, vr: .US, value: .bytes(Self.uint16(0, dataSet.byteOrder))))
        }
        transferSyntax = syntax
    }

    /// The value of encapsulated Pixel Data: a Basic Offset Table (filled for several
    /// frames, empty for one, as PS3.5 §A.4 allows) and one fragment per frame.
    static func encapsulate(_ fragments: [Data]) -> Data {
        var offsets = Data()
        if fragments.count > 1 {
            var position: UInt32 = 0
            for fragment in fragments {
                withUnsafeBytes(of: position.littleEndian) { offsets.append(contentsOf: $0) }
                position += 8 + UInt32(fragment.count + fragment.count % 2)
            }
        }
        return EncapsulatedFrames.encode(offsetTable: offsets, fragments: fragments)
    }

    /// Bit-packs one-byte-per-pixel frames, least significant bit first, frames back to back.
    static func packBits(_ frames: [Data], samplesPerFrame: Int) -> Data {
        let total = frames.count * samplesPerFrame
        var out = Data(count: (total + 7) / 8)
        out.withUnsafeMutableBytes { (dst: UnsafeMutableRawBufferPointer) in
            var bit = 0
            for frame in frames {
                frame.withUnsafeBytes { (src: UnsafeRawBufferPointer) in
                    for i in 0..<samplesPerFrame {
                        if src[i] & 1 == 1 { dst[bit >> 3] |= 1 << UInt8(bit & 7) }
                        bit += 1
                    }
                }
            }
        }
        return out
    }

    private mutating func setText(_ tag: Tag, _ vr: VR, _ text: String) {
        var bytes = Data(text.utf8)
        if bytes.count % 2 == 1 { bytes.append(vr.paddingByte) }
        dataSet.set(DataElement(tag: tag, vr: vr, value: .bytes(bytes)))
    }

    private static func uint16(_ value: UInt16, _ order: ByteOrder) -> Data {
        withUnsafeBytes(of: order == .littleEndian ? value.littleEndian : value.bigEndian) { Data($0) }
    }
}
