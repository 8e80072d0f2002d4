import Foundation

/// The voxel types a volume can hold.
public protocol VoxelScalar: Numeric, Sendable, Comparable {
    /// The value as a Double (for statistics, rescaling and resampling).
    var doubleValue: Double { get }
    /// The nearest representable value to `value`, clamped to the type's range.
    static func clamped(_ value: Double) -> Self
}

extension Int16: VoxelScalar {
    public var doubleValue: Double { Double(self) }
    public static func clamped(_ value: Double) -> Int16 {
        Int16(Swift.max(Double(Int16.min), Swift.min(Double(Int16.max), value.rounded())))
    }
}

extension UInt8: VoxelScalar {
    public var doubleValue: Double { Double(self) }
    public static func clamped(_ value: Double) -> UInt8 {
        UInt8(Swift.max(0, Swift.min(255, value.rounded())))
    }
}

extension UInt16: VoxelScalar {
    public var doubleValue: Double { Double(self) }
    public static func clamped(_ value: Double) -> UInt16 {
        UInt16(Swift.max(0, Swift.min(Double(UInt16.max), value.rounded())))
    }
}

extension Float: VoxelScalar {
    public var doubleValue: Double { Double(self) }
    public static func clamped(_ value: Double) -> Float { Float(value) }
}

/// A 3-D image in DICOM patient coordinates (LPS: x to the patient's left, y to the
/// posterior, z to the head), with millimetre geometry.
///
/// Voxels are contiguous, column index fastest, then row, then slice: the order of a
/// DICOM series' pixel data, slice after slice. Index (i, j, k) is column i, row j, slice k.
/// Its centre lies at `origin + direction · (spacing ⊙ (i, j, k))`.
public struct Volume<Voxel: VoxelScalar>: Sendable {
    /// Columns, rows, slices.
    public let size: SIMD3<Int>
    /// Millimetres between voxel centres along columns, rows and slices.
    public var spacing: SIMD3<Double>
    /// LPS position (mm) of the centre of voxel (0, 0, 0).
    public var origin: SIMD3<Double>
    /// Unit vectors in LPS of increasing column, row and slice index (DICOM's row
    /// direction cosine, column direction cosine, and the slice normal as the slices run).
    public var direction: (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>)
    /// Voxel values: stored values, which `rescale` turns into real-world values (HU for CT).
    public var voxels: [Voxel]
    /// Real-world value = stored × slope + intercept (DICOM Rescale Slope/Intercept, NIfTI scl_slope/scl_inter).
    public var rescale: (slope: Double, intercept: Double)

    public init(size: SIMD3<Int>, spacing: SIMD3<Double>, origin: SIMD3<Double> = .zero,
                direction: (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>) = (SIMD3(1, 0, 0), SIMD3(0, 1, 0), SIMD3(0, 0, 1)),
                voxels: [Voxel], rescale: (slope: Double, intercept: Double) = (1, 0)) {
        precondition(size.x > 0 && size.y > 0 && size.z > 0, "a volume has at least one voxel")
        precondition(voxels.count == size.x * size.y * size.z, "\(voxels.count) voxels for size \(size)")
        self.size = size
        self.spacing = spacing
        self.origin = origin
        self.direction = direction
        self.voxels = voxels
        self.rescale = rescale
    }

    /// A volume of `size` filled with `value`, with the geometry of `other`.
    public init<Other>(filling value: Voxel, like other: Volume<Other>) {
        self.init(size: other.size, spacing: other.spacing, origin: other.origin, direction: other.direction,
                  voxels: [Voxel](repeating: value, count: other.count))
    }

    public var count: Int { size.x * size.y * size.z }

    /// The linear index of (i, j, k).
    @inlinable public func index(_ i: Int, _ j: Int, _ k: Int) -> Int { (k * size.y + j) * size.x + i }

    @inlinable public subscript(i: Int, j: Int, k: Int) -> Voxel {
        get { voxels[index(i, j, k)] }
        set { voxels[index(i, j, k)] = newValue }
    }

    /// The LPS position (mm) of the centre of voxel (i, j, k); fractional indices allowed.
    public func world(_ index: SIMD3<Double>) -> SIMD3<Double> {
        let scaled = index * spacing
        return origin + direction.0 * scaled.x + direction.1 * scaled.y + direction.2 * scaled.z
    }

    /// The fractional voxel index of an LPS position (mm); the inverse of `world(_:)`.
    public func voxelIndex(ofWorld point: SIMD3<Double>) -> SIMD3<Double> {
        let inverse = Self.invert(columns: direction)
        let d = point - origin
        let scaled = inverse.0 * d.x + inverse.1 * d.y + inverse.2 * d.z
        return scaled / spacing
    }

    /// The 4×4 affine (row-major) from voxel index to LPS millimetres.
    public var affine: [[Double]] {
        let a = direction.0 * spacing.x, b = direction.1 * spacing.y, c = direction.2 * spacing.z
        return [[a.x, b.x, c.x, origin.x], [a.y, b.y, c.y, origin.y], [a.z, b.z, c.z, origin.z], [0, 0, 0, 1]]
    }

    /// The real-world value of voxel `i` (stored × slope + intercept).
    @inlinable public func realValue(at i: Int) -> Double { voxels[i].doubleValue * rescale.slope + rescale.intercept }

    /// Inverse of a 3×3 matrix given by its columns, returned as columns.
    static func invert(columns m: (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>)) -> (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>) {
        let (c0, c1, c2) = m
        // Rows of the inverse are cross products of columns, divided by the determinant.
        let r0 = simdCross(c1, c2), r1 = simdCross(c2, c0), r2 = simdCross(c0, c1)
        let det = (c0 * r0).sum()
        precondition(abs(det) > 1e-12, "volume direction is singular")
        // Columns of the inverse from its rows.
        return (SIMD3(r0.x, r1.x, r2.x) / det, SIMD3(r0.y, r1.y, r2.y) / det, SIMD3(r0.z, r1.z, r2.z) / det)
    }
}

/// The cross product of two 3-vectors.
@inlinable public func simdCross(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> SIMD3<Double> {
    SIMD3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
}
