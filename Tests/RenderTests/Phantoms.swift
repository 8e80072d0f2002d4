import Foundation
import Render
import Volume

/// Analytic phantoms for the renderer tests: smooth fields whose zero level is a known surface,
/// sampled at the world position of every voxel of a grid with any geometry (so an axial and an
/// oblique grid hold the same object, resampled exactly from its definition).
enum Phantom {
    /// A field in LPS millimetres: positive inside the object, negative outside, zero on its surface.
    typealias Field = @Sendable (SIMD3<Double>) -> Double

    /// HU per millimetre of the fields' edge ramp: a 10 mm ramp from −1000 to +1000 HU, so the
    /// surface at threshold 0 sits where the field crosses zero.
    static let huPerMillimetre = 200.0

    /// A ball of `radius` mm around `centre`: the signed distance to its surface.
    static func sphere(centre: SIMD3<Double>, radius: Double) -> Field {
        { p in
            let d = p - centre
            return radius - (d * d).sum().squareRoot()
        }
    }

    /// An axis-aligned (LPS) ellipsoid with semi-axes `axes`: zero exactly on its surface,
    /// scaled to millimetres near it by the smallest semi-axis.
    static func ellipsoid(centre: SIMD3<Double>, axes: SIMD3<Double>) -> Field {
        { p in
            let q = (p - centre) / axes
            return (1 - (q * q).sum().squareRoot()) * axes.min()
        }
    }

    /// The union of objects (largest field value).
    static func union(_ fields: [Field]) -> Field {
        { p in fields.map { $0(p) }.max()! }
    }

    /// The field in HU (clamped ramp) at every voxel of a grid: Float voxels, identity rescale.
    static func volume(_ field: Field, size: SIMD3<Int>, spacing: SIMD3<Double>, centre: SIMD3<Double>,
                       direction: (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>) = (SIMD3(1, 0, 0), SIMD3(0, 1, 0), SIMD3(0, 0, 1)))
        -> Volume<Float> {
        // The origin that puts the grid's centre voxel position at `centre`.
        let half = (SIMD3<Double>(size) - 1) / 2 * spacing
        let origin = centre - direction.0 * half.x - direction.1 * half.y - direction.2 * half.z
        var volume = Volume<Float>(size: size, spacing: spacing, origin: origin, direction: direction,
                                   voxels: [Float](repeating: 0, count: size.x * size.y * size.z))
        let grid = volume
        volume.voxels.withUnsafeMutableBufferPointer { out in
            for k in 0..<size.z {
                for j in 0..<size.y {
                    for i in 0..<size.x {
                        let value = field(grid.world(SIMD3(Double(i), Double(j), Double(k)))) * huPerMillimetre
                        out[grid.index(i, j, k)] = Float(min(1000, max(-1000, value)))
                    }
                }
            }
        }
        return volume
    }

    /// The same volume stored as Int16 with a rescale (stored × 2 − 1000 = HU), as a CT series would be.
    static func int16(_ volume: Volume<Float>) -> Volume<Int16> {
        Volume<Int16>(size: volume.size, spacing: volume.spacing, origin: volume.origin, direction: volume.direction,
                      voxels: volume.voxels.map { Int16((($0 + 1000) / 2).rounded()) }, rescale: (2, -1000))
    }

    /// A rotation matrix (as three column vectors) of `degrees` about `axis`.
    static func rotation(axis: SIMD3<Double>, degrees: Double) -> (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>) {
        let u = axis / (axis * axis).sum().squareRoot()
        let a = degrees * .pi / 180, c = cos(a), s = sin(a)
        func rotate(_ v: SIMD3<Double>) -> SIMD3<Double> {
            // Rodrigues: v cos a + (u × v) sin a + u (u · v)(1 − cos a).
            v * c + simdCross(u, v) * s + u * ((u * v).sum() * (1 - c))
        }
        return (rotate(SIMD3(1, 0, 0)), rotate(SIMD3(0, 1, 0)), rotate(SIMD3(0, 0, 1)))
    }
}

/// Measurements on a render's hit mask.
extension SurfaceRender {
    /// Bounding box of the hit pixels: (min column, max column, min row, max row).
    var hitBounds: (columns: ClosedRange<Int>, rows: ClosedRange<Int>)? {
        var minC = Int.max, maxC = Int.min, minR = Int.max, maxR = Int.min
        for row in 0..<size {
            for column in 0..<size where isHit(column: column, row: row) {
                minC = min(minC, column); maxC = max(maxC, column)
                minR = min(minR, row); maxR = max(maxR, row)
            }
        }
        return minC <= maxC ? (minC...maxC, minR...maxR) : nil
    }

    var hitCount: Int { depth.lazy.filter(\.isFinite).count }

    /// The pixel with the smallest depth (the point nearest the camera).
    var nearestPixel: (column: Int, row: Int, depth: Float)? {
        var best: (Int, Int, Float)?
        for row in 0..<size {
            for column in 0..<size {
                let d = depth[row * size + column]
                if d.isFinite, d < (best?.2 ?? .infinity) { best = (column, row, d) }
            }
        }
        return best.map { (column: $0.0, row: $0.1, depth: $0.2) }
    }
}
