import DICOM
import Foundation

/// The Image Pixel module attributes that say how pixel data is laid out (PS3.3 C.7.6.3).
public struct PixelDescription: Sendable, Hashable {
    public var rows: Int
    public var columns: Int
    public var samplesPerPixel: Int
    public var bitsAllocated: Int
    public var bitsStored: Int
    public var highBit: Int
    /// True for two's-complement samples (Pixel Representation 1).
    public var isSigned: Bool
    public var photometricInterpretation: String
    /// 0: samples interleaved per pixel (R1 G1 B1 R2 …); 1: one plane per sample (R… G… B…).
    public var planarConfiguration: Int
    public var numberOfFrames: Int

    public init(rows: Int, columns: Int, samplesPerPixel: Int = 1, bitsAllocated: Int, bitsStored: Int? = nil,
                highBit: Int? = nil, isSigned: Bool = false, photometricInterpretation: String = "MONOCHROME2",
                planarConfiguration: Int = 0, numberOfFrames: Int = 1) {
        self.rows = rows
        self.columns = columns
        self.samplesPerPixel = samplesPerPixel
        self.bitsAllocated = bitsAllocated
        self.bitsStored = bitsStored ?? bitsAllocated
        self.highBit = highBit ?? (bitsStored ?? bitsAllocated) - 1
        self.isSigned = isSigned
        self.photometricInterpretation = photometricInterpretation
        self.planarConfiguration = planarConfiguration
        self.numberOfFrames = numberOfFrames
    }

    /// Reads the description from a data set, checking that it is usable.
    public init(dataSet: DataSet) throws(PixelDataError) {
        func required(_ tag: Tag, _ name: String) throws(PixelDataError) -> Int {
            guard dataSet.contains(tag) else { throw PixelDataError(.missingAttribute, "\(name) \(tag) is missing") }
            return try optional(tag, name)!
        }
        // Present but unreadable is an error, never a guess: a wrong frame count or bit depth
        // would decode garbage.
        func optional(_ tag: Tag, _ name: String) throws(PixelDataError) -> Int? {
            guard let element = dataSet[tag], !element.isEmpty else { return nil }
            guard let value = dataSet.int(tag) else {
                throw PixelDataError(.invalidDescription, "\(name) \(tag) holds \(dataSet.string(tag) ?? "a value") that is not a number")
            }
            return value
        }
        rows = try required(.rows, "Rows")
        columns = try required(.columns, "Columns")
        bitsAllocated = try required(.bitsAllocated, "Bits Allocated")
        samplesPerPixel = try optional(.samplesPerPixel, "Samples per Pixel") ?? 1
        bitsStored = try optional(.bitsStored, "Bits Stored") ?? bitsAllocated
        highBit = try optional(.highBit, "High Bit") ?? bitsStored - 1
        isSigned = try optional(.pixelRepresentation, "Pixel Representation") == 1
        photometricInterpretation = dataSet.string(.photometricInterpretation) ?? (samplesPerPixel == 1 ? "MONOCHROME2" : "RGB")
        planarConfiguration = try optional(.planarConfiguration, "Planar Configuration") ?? 0
        numberOfFrames = max(1, try optional(.numberOfFrames, "Number of Frames") ?? 1)
        guard rows > 0, columns > 0, (1...4).contains(samplesPerPixel) else {
            throw PixelDataError(.invalidDescription, "\(rows)×\(columns) pixels with \(samplesPerPixel) samples is not an image")
        }
        guard [1, 8, 16, 32, 64].contains(bitsAllocated), (1...bitsAllocated).contains(bitsStored) else {
            throw PixelDataError(.invalidDescription, "Bits Allocated \(bitsAllocated), Bits Stored \(bitsStored) is not supported")
        }
    }

    /// Bytes per sample in decoded frames (1-bit data is unpacked to one byte per pixel).
    public var bytesPerSample: Int { max(1, bitsAllocated / 8) }

    /// Samples in one frame.
    public var samplesPerFrame: Int { rows * columns * samplesPerPixel }

    /// Bytes of one decoded frame: little-endian, `bytesPerSample` wide, interleaved.
    public var decodedFrameLength: Int { samplesPerFrame * bytesPerSample }

    /// Bytes of one frame as stored natively (1-bit frames are packed, PS3.5 §8.1.1).
    public var nativeFrameBits: Int { samplesPerFrame * bitsAllocated }
}

/// Pixel data that cannot be decoded or encoded, and why.
public struct PixelDataError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: String, Sendable {
        case missingAttribute = "missing attribute"
        case invalidDescription = "invalid pixel description"
        case noPixelData = "no pixel data"
        case unsupportedTransferSyntax = "unsupported transfer syntax"
        /// The compressed stream is damaged or does not match the description.
        case corruptStream = "corrupt compressed data"
        /// Native pixel data shorter than the description requires.
        case truncated = "truncated pixel data"
        case encodingFailed = "encoding failed"
    }

    public let kind: Kind
    public let message: String
    /// The 0-based frame the problem is in, when it is in one.
    public var frame: Int?

    public init(_ kind: Kind, _ message: String, frame: Int? = nil) {
        self.kind = kind
        self.message = message
        self.frame = frame
    }

    public var description: String {
        "\(kind.rawValue)\(frame.map { " in frame \($0 + 1)" } ?? ""): \(message)"
    }
}
