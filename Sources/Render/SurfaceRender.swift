/// A rectangle of pixels: columns x ..< x + width, rows y ..< y + height (row 0 at the top).
public struct PixelRect: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The centred rectangle covering `fraction` of each side of a `size`×`size` image.
    public static func centred(fraction: Double, in size: Int) -> PixelRect {
        let side = Int((Double(size) * fraction).rounded())
        return PixelRect(x: (size - side) / 2, y: (size - side) / 2, width: side, height: side)
    }

    /// The part of this rectangle inside a `size`×`size` image.
    func clipped(to size: Int) -> (columns: Range<Int>, rows: Range<Int>) {
        let columns = max(0, x) ..< max(max(0, x), min(size, x + width))
        let rows = max(0, y) ..< max(max(0, y), min(size, y + height))
        return (columns, rows)
    }
}

/// Depth statistics of the surface over a region.
public struct DepthStatistics: Sendable, Equatable {
    /// Pixels in the region whose ray hit the surface.
    public var hitCount: Int
    /// Pixels in the region (inside the image).
    public var pixelCount: Int
    /// Mean depth (mm) over the hit pixels.
    public var mean: Double
    /// Population variance of depth (mm²) over the hit pixels.
    public var variance: Double

    /// Share of the region's pixels that hit the surface.
    public var coverage: Double { pixelCount == 0 ? 0 : Double(hitCount) / Double(pixelCount) }
}

/// One rendered view: a shaded 8-bit grey image and a depth map, with the camera that made them.
public struct SurfaceRender: Sendable {
    public let camera: OrthographicCamera
    /// The threshold the surface was drawn at (real-world units).
    public let threshold: Double
    /// Row-major grey values, `size`×`size`: 0 where the ray missed, shaded 1…255 where it hit.
    public var grey: [UInt8]
    /// Row-major depth (mm from the image plane along the view direction) of the surface;
    /// `+infinity` where the ray missed.
    public var depth: [Float]

    public init(camera: OrthographicCamera, threshold: Double, grey: [UInt8], depth: [Float]) {
        precondition(grey.count == camera.size * camera.size && depth.count == grey.count, "render buffers match the camera")
        self.camera = camera
        self.threshold = threshold
        self.grey = grey
        self.depth = depth
    }

    public var size: Int { camera.size }

    /// Whether the ray of pixel (column, row) hit the surface.
    public func isHit(column: Int, row: Int) -> Bool { depth[row * size + column].isFinite }

    /// The grey image, for PNG output or a contact sheet.
    public var image: PNGImage { PNGImage(width: size, height: size, channels: 1, pixels: grey) }

    /// Share of the whole image covered by the surface.
    public var coverage: Double { Double(depth.lazy.filter(\.isFinite).count) / Double(depth.count) }

    /// Depth statistics over the hit pixels of `region` (clipped to the image); nil when no
    /// pixel of the region hit the surface. A face has noses, orbits and lips, so its depth
    /// varies far more than a smooth skull's or a defaced surface's: a face proxy.
    public func depthStatistics(in region: PixelRect) -> DepthStatistics? {
        let (columns, rows) = region.clipped(to: size)
        var count = 0
        var sum = 0.0, sumOfSquares = 0.0
        // Shift by the first hit so the sums stay small (no cancellation in the variance).
        var reference: Double?
        for row in rows {
            for column in columns {
                let value = depth[row * size + column]
                guard value.isFinite else { continue }
                let shift = reference ?? Double(value)
                reference = shift
                let d = Double(value) - shift
                count += 1
                sum += d
                sumOfSquares += d * d
            }
        }
        guard count > 0, let reference else { return nil }
        let mean = sum / Double(count)
        return DepthStatistics(hitCount: count, pixelCount: columns.count * rows.count, mean: reference + mean,
                               variance: max(0, sumOfSquares / Double(count) - mean * mean))
    }

    /// The variance of depth (mm²) over the hit pixels of `region`; nil when none hit.
    public func depthVariance(in region: PixelRect) -> Double? { depthStatistics(in: region)?.variance }
}
