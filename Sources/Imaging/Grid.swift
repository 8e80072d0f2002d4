import Volume

/// The geometry of a voxel grid in DICOM patient coordinates (LPS, millimetres), without
/// voxel values: what a `Mask` shares with the `Volume` it was computed from.
///
/// Voxels are numbered as in `Volume`: column index fastest, then row, then slice; the
/// centre of voxel (i, j, k) lies at `origin + direction · (spacing ⊙ (i, j, k))`.
public struct Grid: Sendable, Equatable, CustomStringConvertible {
    /// Columns, rows, slices.
    public let size: SIMD3<Int>
    /// Millimetres between voxel centres along columns, rows and slices.
    public let spacing: SIMD3<Double>
    /// LPS position (mm) of the centre of voxel (0, 0, 0).
    public let origin: SIMD3<Double>
    /// Unit vectors in LPS of increasing column, row and slice index.
    public let direction: (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>)

    /// A grid; refuses empty sizes, non-positive or non-finite spacing and singular directions.
    public init(size: SIMD3<Int>, spacing: SIMD3<Double>, origin: SIMD3<Double> = .zero,
                direction: (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>) = (SIMD3(1, 0, 0), SIMD3(0, 1, 0), SIMD3(0, 0, 1)))
        throws(ImagingError) {
        guard size.x > 0, size.y > 0, size.z > 0 else { throw ImagingError("grid size \(size) has an empty axis") }
        guard size.x.multipliedReportingOverflow(by: size.y).overflow == false,
              (size.x * size.y).multipliedReportingOverflow(by: size.z).overflow == false,
              size.x * size.y * size.z < Int(Int32.max) else {
            throw ImagingError("grid size \(size) has more voxels than the kernels index with 32 bits")
        }
        guard (0..<3).allSatisfy({ spacing[$0].isFinite && spacing[$0] > 0 }) else {
            throw ImagingError("grid spacing \(spacing) is not positive and finite")
        }
        guard Self.determinant(direction).magnitude > 1e-9, (0..<3).allSatisfy({ origin[$0].isFinite }) else {
            throw ImagingError("grid direction or origin is degenerate")
        }
        self.size = size
        self.spacing = spacing
        self.origin = origin
        self.direction = direction
    }

    /// The grid of a volume (its size, spacing, origin and direction).
    public init<V>(of volume: Volume<V>) throws(ImagingError) {
        try self.init(size: volume.size, spacing: volume.spacing, origin: volume.origin, direction: volume.direction)
    }

    /// The grid of a volume of any voxel type.
    public init(of volume: AnyVolume) throws(ImagingError) {
        switch volume {
        case .uint8(let v): try self.init(of: v)
        case .int16(let v): try self.init(of: v)
        case .uint16(let v): try self.init(of: v)
        case .float32(let v): try self.init(of: v)
        }
    }

    /// Number of voxels.
    @inlinable public var count: Int { size.x * size.y * size.z }

    /// The linear index of (i, j, k).
    @inlinable public func index(_ i: Int, _ j: Int, _ k: Int) -> Int { (k * size.y + j) * size.x + i }

    /// The LPS position (mm) of the centre of voxel (i, j, k); fractional indices allowed.
    public func world(_ index: SIMD3<Double>) -> SIMD3<Double> {
        let scaled = index * spacing
        return origin + direction.0 * scaled.x + direction.1 * scaled.y + direction.2 * scaled.z
    }

    /// The fractional voxel index of an LPS position (mm); the inverse of `world(_:)`.
    public func voxelIndex(ofWorld point: SIMD3<Double>) -> SIMD3<Double> {
        let inverse = Self.invert(direction)
        let d = point - origin
        return (inverse.0 * d.x + inverse.1 * d.y + inverse.2 * d.z) / spacing
    }

    public static func == (a: Grid, b: Grid) -> Bool {
        a.size == b.size && a.spacing == b.spacing && a.origin == b.origin
            && a.direction.0 == b.direction.0 && a.direction.1 == b.direction.1 && a.direction.2 == b.direction.2
    }

    public var description: String { "Grid(size: \(size), spacing: \(spacing), origin: \(origin))" }

    static func determinant(_ m: (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>)) -> Double {
        (m.0 * simdCross(m.1, m.2)).sum()
    }

    /// Inverse of a 3×3 matrix given by its columns, returned as columns.
    static func invert(_ m: (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>)) -> (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>) {
        // Rows of the inverse are cross products of columns, divided by the determinant.
        let r0 = simdCross(m.1, m.2), r1 = simdCross(m.2, m.0), r2 = simdCross(m.0, m.1)
        let det = (m.0 * r0).sum()
        return (SIMD3(r0.x, r1.x, r2.x) / det, SIMD3(r0.y, r1.y, r2.y) / det, SIMD3(r0.z, r1.z, r2.z) / det)
    }
}
