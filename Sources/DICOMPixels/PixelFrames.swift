import DICOM
import Foundation

/// The frames of an image: native or encapsulated pixel data, decoded on demand.
///
/// Decoded frames follow `DecodedFrame`'s layout. `frame(_:)` keeps the colour space the
/// samples are in; `rgbFrame(_:)` converts YBR_FULL and YBR_FULL_422 to RGB as pydicom's
/// `pixel_array` does by default.
public struct PixelFrames: Sendable {
    public let description: PixelDescription
    public let transferSyntax: TransferSyntax
    /// Which element held the pixels: Pixel Data, Float Pixel Data or Double Float Pixel Data.
    public let pixelTag: Tag
    private let storage: Storage

    private enum Storage: Sendable {
        case native(Data, ByteOrder, VR)
        case encapsulated([Data])
    }

    /// Reads the pixel description and locates the frames of `dataSet`.
    public init(dataSet: DataSet, transferSyntax: TransferSyntax) throws(PixelDataError) {
        let candidates: [Tag] = [.pixelData, .floatPixelData, .doubleFloatPixelData]
        guard let tag = candidates.first(where: { dataSet.contains($0) }), let element = dataSet[tag] else {
            throw PixelDataError(.noPixelData, "the data set has no Pixel Data, Float Pixel Data or Double Float Pixel Data")
        }
        var description = try PixelDescription(dataSet: dataSet)
        if tag == .floatPixelData { description.bitsAllocated = 32; description.bitsStored = 32 }
        if tag == .doubleFloatPixelData { description.bitsAllocated = 64; description.bitsStored = 64 }
        self.description = description
        self.transferSyntax = transferSyntax
        self.pixelTag = tag
        switch element.value {
        case .encapsulated(let data):
            let extended = dataSet[Tag(0x7FE0, 0x0001)]?.bytes.map { $0.numbers(UInt64.self, order: .littleEndian) }
            let extendedLengths = dataSet[Tag(0x7FE0, 0x0002)]?.bytes.map { $0.numbers(UInt64.self, order: .littleEndian) }
            storage = .encapsulated(try EncapsulatedFrameSplitter.frames(
                in: data, frameCount: description.numberOfFrames,
                extendedOffsets: extended, extendedLengths: extendedLengths))
        case .bytes(let data):
            storage = .native(data, dataSet.byteOrder, element.vr)
            let needed = (description.nativeFrameBits * description.numberOfFrames + 7) / 8
            let neededBytes = description.photometricInterpretation == "YBR_FULL_422" ? needed * 2 / 3 : needed
            guard data.count >= neededBytes else {
                throw PixelDataError(.truncated, "\(data.count) bytes of pixel data; \(description.numberOfFrames) frame(s) of \(description.rows)×\(description.columns) need \(neededBytes)")
            }
        case .sequence:
            throw PixelDataError(.noPixelData, "Pixel Data holds a sequence")
        }
    }

    /// Reads the pixel data of a file.
    public init(file: DICOMFile) throws(PixelDataError) {
        try self.init(dataSet: file.dataSet, transferSyntax: file.transferSyntax)
    }

    public var count: Int { description.numberOfFrames }

    /// The compressed bytes of frame `index` (encapsulated syntaxes only).
    public func compressedFrame(_ index: Int) throws(PixelDataError) -> Data {
        guard case .encapsulated(let frames) = storage else {
            throw PixelDataError(.unsupportedTransferSyntax, "native pixel data has no compressed frames")
        }
        guard frames.indices.contains(index) else {
            throw PixelDataError(.truncated, "frame \(index + 1) of \(count) is missing from the encapsulated data", frame: index)
        }
        return frames[index]
    }

    /// Frame `index` decoded, in the colour space its samples are in.
    public func frame(_ index: Int) throws(PixelDataError) -> DecodedFrame {
        guard (0..<count).contains(index) else {
            throw PixelDataError(.truncated, "frame \(index + 1) requested of \(count)", frame: index)
        }
        switch storage {
        case .native(let data, let order, let vr):
            return NativeFrames.decode(data, frame: index, description: description, order: order, vr: vr)
        case .encapsulated:
            let compressed = try compressedFrame(index)
            guard let codec = PixelCodecs.decoder(for: transferSyntax.uid) else {
                throw PixelDataError(.unsupportedTransferSyntax, "no decoder for \(transferSyntax)", frame: index)
            }
            do throws(PixelDataError) {
                var decoded = try codec.decode(compressed, description: description, transferSyntaxUID: transferSyntax.uid)
                guard decoded.samples.count == description.decodedFrameLength else {
                    throw PixelDataError(.corruptStream, "decoded \(decoded.samples.count) bytes, expected \(description.decodedFrameLength)")
                }
                if !PixelSyntax.correctsOwnSign.contains(transferSyntax.uid) {
                    SampleBits.correctUnusedBits(&decoded.samples, description: description)
                }
                return decoded
            } catch {
                var located = error
                located.frame = index
                throw located
            }
        }
    }

    /// Frame `index` decoded into `target`, which must hold `description.decodedFrameLength`
    /// bytes: the samples of `frame(_:)`. Native little-endian frames of one sample per pixel
    /// are copied straight from the file (no frame-sized buffer in between, which a volume of
    /// hundreds of slices would allocate and fault in hundreds of times).
    public func decode(_ index: Int, into target: UnsafeMutableRawBufferPointer) throws(PixelDataError) {
        let length = description.decodedFrameLength
        guard target.count == length else {
            throw PixelDataError(.truncated, "a target of \(target.count) bytes for a frame of \(length)", frame: index)
        }
        if let stored = storedFrame(index) {
            stored.withUnsafeBytes { target.copyMemory(from: $0) }
            SampleBits.correctUnusedBits(target, description: description)
            return
        }
        let decoded = try frame(index)
        decoded.samples.withUnsafeBytes { target.copyMemory(from: $0) }
    }

    /// Calls `body` with the samples of frame `index` as `frame(_:)` gives them. Where the file
    /// already holds them so (native little-endian, one sample per pixel, every allocated bit
    /// stored, aligned for the sample size) they are read where they are, without a copy.
    public func withSamples<R>(of index: Int, _ body: (UnsafeRawBufferPointer) -> R) throws(PixelDataError) -> R {
        let d = description
        if d.bitsStored == d.bitsAllocated, let stored = storedFrame(index) {
            let result: R? = stored.withUnsafeBytes { Int(bitPattern: $0.baseAddress) % d.bytesPerSample == 0 ? body($0) : nil }
            if let result { return result }
        }
        return try frame(index).samples.withUnsafeBytes(body)
    }

    /// Frame `index`'s bytes as the file stores them (a slice of the file's data, not a copy),
    /// when they are its samples but for the bits above Bits Stored: native little-endian, one
    /// sample per pixel of at least 8 bits. Nil otherwise.
    private func storedFrame(_ index: Int) -> Data? {
        guard case .native(let data, .littleEndian, _) = storage, (0..<count).contains(index),
              description.bitsAllocated >= 8, description.samplesPerPixel == 1 else { return nil }
        let length = description.decodedFrameLength, start = data.startIndex + index * length
        return data[start ..< start + length]
    }

    /// Frame `index` decoded, with YBR_FULL and YBR_FULL_422 converted to RGB.
    public func rgbFrame(_ index: Int) throws(PixelDataError) -> DecodedFrame {
        var decoded = try frame(index)
        if ColorSpace.isYBRFull(decoded.photometricInterpretation), description.samplesPerPixel == 3,
           description.bytesPerSample == 1 {
            ColorSpace.convertYBRFullToRGB(&decoded.samples)
            decoded.photometricInterpretation = "RGB"
        }
        return decoded
    }
}

extension PixelSyntax {
    /// Syntaxes whose codecs apply their own signedness rules (pydicom's sign correction
    /// for JPEG 2000 and JPEG-LS) instead of the Bits Stored shift.
    static let correctsOwnSign: Set<String> = [
        jpegLSLossless, jpegLSNearLossless, jpeg2000Lossless, jpeg2000, htj2kLossless, htj2kLosslessRPCL, htj2k,
    ]
}
