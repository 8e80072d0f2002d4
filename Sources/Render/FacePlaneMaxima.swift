import Dispatch

/// The largest voxel of each of the volume's six face planes (index 0 or n − 1 on an axis) in
/// each brick's square of that plane.
///
/// A ray parallel to a face and inside that face's padding layer (between the plane and the
/// padding one voxel beyond it) samples nothing but the plane's voxels and the padding, mixed
/// with a weight that stays the same all along the ray. Where a surface touches the volume's
/// edge (a defaced block is all edge) the edge bricks are occupied, and such a grazing ray would
/// otherwise march through them a sample every half voxel across the whole volume: with the
/// plane's largest voxel in each brick, `RayCaster` skips every brick where even that voxel,
/// mixed with the padding at the ray's weight, stays below the threshold.
struct FacePlaneMaxima: Sendable {
    /// Indexed by `axis * 2 + (high ? 1 : 0)`; each laid out over the brick grid's other two
    /// axes, the lower axis fastest.
    private let planes: [[Float]]
    private let counts: SIMD3<Int>

    /// The maxima of the six face planes of `voxels`, in the bricks of `counts` (voxels
    /// b·B … (b+1)·B of the plane on each of its axes, as `EmptySpaceMap` has them).
    init<Voxel: RenderableVoxel>(voxels: UnsafeBufferPointer<Voxel>, size: SIMD3<Int>, counts: SIMD3<Int>, brickSize: Int) {
        self.counts = counts
        var planes = [[Float]](repeating: [], count: 6)
        planes.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendable(buffer), source = UnsafeSendableSource(voxels)
            DispatchQueue.concurrentPerform(iterations: 6) { face in
                out.base[face] = Self.planeMaxima(source.base, size: size, counts: counts, brickSize: brickSize,
                                                  axis: face / 2, high: face % 2 == 1)
            }
        }
        self.planes = planes
    }

    /// The largest voxel of the plane of `axis` on the `high` (n − 1) or low (0) side, in the
    /// square of `brick` (a brick of the edge layer on that axis; its coordinate on `axis` is ignored).
    @inline(__always)
    func maximum(axis: Int, high: Bool, brick: SIMD3<Int>) -> Float {
        let (u, v) = Self.planeAxes(axis)
        return planes[axis &* 2 &+ (high ? 1 : 0)][brick[v] &* counts[u] &+ brick[u]]
    }

    /// The two axes spanning the plane normal to `axis`, lower first.
    @inline(__always)
    static func planeAxes(_ axis: Int) -> (Int, Int) {
        axis == 0 ? (1, 2) : axis == 1 ? (0, 2) : (0, 1)
    }

    private static func planeMaxima<Voxel: RenderableVoxel>(_ voxels: UnsafeBufferPointer<Voxel>, size: SIMD3<Int>, counts: SIMD3<Int>,
                                                            brickSize: Int, axis: Int, high: Bool) -> [Float] {
        let (u, v) = planeAxes(axis)
        let strides = SIMD3(1, size.x, size.x * size.y)
        let plane = (high ? size[axis] - 1 : 0) * strides[axis]
        var maxima = [Float](repeating: -.infinity, count: counts[u] * counts[v])
        // Voxel q of a plane axis belongs to brick q / B, and also to the brick before when it is that brick's last.
        func bricks(_ q: Int, _ count: Int) -> ClosedRange<Int> {
            let b = q / brickSize
            return max(0, q % brickSize == 0 ? b - 1 : b) ... min(b, count - 1)
        }
        for qv in 0..<size[v] {
            for qu in 0..<size[u] {
                let value = voxels[plane + qv * strides[v] + qu * strides[u]].floatValue
                for bv in bricks(qv, counts[v]) {
                    for bu in bricks(qu, counts[u]) {
                        maxima[bv * counts[u] + bu] = max(maxima[bv * counts[u] + bu], value)
                    }
                }
            }
        }
        return maxima
    }
}

/// A ray parallel to a face of the volume and inside that face's padding layer: every sample
/// mixes the face plane's voxels with the padding, the padding weighing at least `paddingWeight`.
struct GrazingRay {
    let axis: Int
    let high: Bool
    let paddingWeight: Float

    /// The grazing face of the ray from index-space point `start` along `direction` for up to
    /// `maximumT`, if any (the one whose padding weighs most); nil for every other ray.
    @inline(__always)
    static func of(start: SIMD3<Float>, direction: SIMD3<Float>, maximumT: Float, size: SIMD3<Float>) -> GrazingRay? {
        var best: GrazingRay?
        for axis in 0..<3 {
            // The ray drifts off its plane by this much at most, which lowers the weight it is sure of.
            let drift = abs(direction[axis]) * maximumT + 1e-3
            guard drift < 0.1 else { continue }
            let s = start[axis], last = size[axis] - 1
            let candidate: GrazingRay? = if s > last && s <= last + 1 {
                GrazingRay(axis: axis, high: true, paddingWeight: s - last - drift)
            } else if s < 0 && s >= -1 {
                GrazingRay(axis: axis, high: false, paddingWeight: -s - drift)
            } else {
                nil
            }
            if let candidate, candidate.paddingWeight > 0, candidate.paddingWeight > best?.paddingWeight ?? 0 { best = candidate }
        }
        return best
    }

    /// Whether every sample of the ray in `brick` stays below `threshold` (stored units): none
    /// exceeds the face plane's largest voxel there mixed with `padding` at the ray's weight
    /// (with a margin for the rounding of the interpolation, so a skip never hides a crossing).
    @inline(__always)
    func staysBelow(_ threshold: Float, in brick: SIMD3<Int>, faces: FacePlaneMaxima, padding: Float) -> Bool {
        let largest = faces.maximum(axis: axis, high: high, brick: brick)
        let bound = largest + (padding - largest) * paddingWeight
        return bound + 1e-4 * (abs(largest) + abs(padding)) < threshold
    }
}
