import Render

/// An 8-bit grey image, row-major with no padding (row 0 at the top): what the face models read.
///
/// The renderer's output converts directly (`init(_:)` from a `SurfaceRender` or a grey
/// `PNGImage`); colour images are reduced to luma first, since dlib's networks see the grey
/// value repeated in all three channels either way.
public struct GreyImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// `width` × `height` samples, row by row.
    public var pixels: [UInt8]

    /// An image of the given samples; throws when their count is not `width` × `height` or a
    /// side is not positive.
    public init(width: Int, height: Int, pixels: [UInt8]) throws(FaceCheckError) {
        guard width > 0, height > 0 else { throw .invalidImage("size \(width)×\(height) is not positive") }
        guard pixels.count == width * height else {
            throw .invalidImage("\(pixels.count) pixels for a \(width)×\(height) image")
        }
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// An image of one value.
    public init(width: Int, height: Int, value: UInt8) throws(FaceCheckError) {
        try self.init(width: width, height: height, pixels: [UInt8](repeating: value, count: max(0, width * height)))
    }

    /// A render's shaded grey image (black where the rays missed the surface).
    public init(_ render: SurfaceRender) {
        width = render.size
        height = render.size
        pixels = render.grey
    }

    /// A PNG image's samples; RGB becomes luma (ITU-R BT.601 weights, as dlib and libpng use).
    public init(_ image: PNGImage) {
        width = image.width
        height = image.height
        if image.channels == 1 {
            pixels = image.pixels
        } else {
            pixels = (0..<(image.width * image.height)).map { n in
                let r = Int(image.pixels[3 * n]), g = Int(image.pixels[3 * n + 1]), b = Int(image.pixels[3 * n + 2])
                return UInt8((299 * r + 587 * g + 114 * b + 500) / 1000)
            }
        }
    }

    /// The grey value at (column, row).
    public subscript(column: Int, row: Int) -> UInt8 {
        get { pixels[row * width + column] }
        set { pixels[row * width + column] = newValue }
    }

    /// The image as a grey PNG (for writing out what was checked).
    public var pngImage: PNGImage { PNGImage(width: width, height: height, channels: 1, pixels: pixels) }
}
