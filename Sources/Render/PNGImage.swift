import CPNG
import Foundation

/// An 8-bit greyscale or RGB image, written to PNG through libpng.
public struct PNGImage: Sendable {
    public let width: Int
    public let height: Int
    /// 1 (grey) or 3 (RGB).
    public let channels: Int
    /// Row-major samples, `channels` per pixel.
    public var pixels: [UInt8]

    public init(width: Int, height: Int, channels: Int, pixels: [UInt8]) {
        precondition(channels == 1 || channels == 3, "PNGImage holds grey or RGB")
        precondition(pixels.count == width * height * channels, "pixel count does not match the size")
        self.width = width
        self.height = height
        self.channels = channels
        self.pixels = pixels
    }

    /// The PNG file's bytes.
    public func encoded() throws(PNGError) -> Data {
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        image.width = UInt32(width)
        image.height = UInt32(height)
        image.format = channels == 3 ? UInt32(PNG_FORMAT_RGB) : UInt32(PNG_FORMAT_GRAY)
        var size: png_alloc_size_t = 0
        let stride = Int32(width * channels)
        // First call measures, second writes (libpng's simplified memory API).
        guard pixels.withUnsafeBytes({ png_image_write_to_memory(&image, nil, &size, 0, $0.baseAddress, stride, nil) }) != 0 else {
            throw PNGError(message: Self.message(image))
        }
        var out = Data(count: Int(size))
        let ok = out.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) in
            pixels.withUnsafeBytes { png_image_write_to_memory(&image, buffer.baseAddress, &size, 0, $0.baseAddress, stride, nil) }
        }
        guard ok != 0 else { throw PNGError(message: Self.message(image)) }
        out.count = Int(size)
        return out
    }

    /// Writes the PNG atomically (temporary name, then rename).
    public func write(to url: URL) throws {
        try encoded().write(to: url, options: .atomic)
    }

    private static func message(_ image: png_image) -> String {
        withUnsafeBytes(of: image.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}

public struct PNGError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { "PNG: \(message)" }
}
