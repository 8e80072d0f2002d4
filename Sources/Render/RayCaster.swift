import Volume

/// The per-ray work of `IsosurfaceRenderer`: clip to the volume, march (jumping empty space),
/// refine the first crossing, shade. Everything is in voxel-index space and single precision;
/// nothing is allocated per ray.
struct RayCaster<Voxel: RenderableVoxel>: @unchecked Sendable {
    let sampler: TrilinearSampler<Voxel>
    let map: EmptySpaceMap?
    let geometry: RayGeometry
    /// Surface threshold in stored units.
    let threshold: Float
    let bisectionSteps: Int
    let ambient: Float

    struct Hit {
        /// Mm from the image plane along the ray.
        var depth: Float
        var grey: UInt8
    }

    @inline(__always)
    func cast(column: Int, row: Int) -> Hit? {
        let g = geometry
        let start = g.origin + Float(column) * g.columnStep + Float(row) * g.rowStep
        guard let (enter, exit) = clip(start) else { return nil }
        let grazing = map == nil ? nil : GrazingRay.of(start: start, direction: g.direction, maximumT: g.maximumT, size: g.boxHigh)
        guard let t = firstCrossing(start, from: enter, to: exit, grazing: grazing) else { return nil }
        return Hit(depth: t, grey: shade(start + t * g.direction))
    }

    /// The ray's parameter range inside the padded volume box (slab method), or nil if it misses.
    @inline(__always)
    func clip(_ start: SIMD3<Float>) -> (Float, Float)? {
        let g = geometry
        var enter: Float = 0, exit = g.maximumT
        for axis in 0..<3 {
            let s = start[axis], v = g.direction[axis]
            if abs(v) < 1e-12 {
                if s < g.boxLow[axis] || s > g.boxHigh[axis] { return nil }
                continue
            }
            let inverse = 1 / v
            let t0 = (g.boxLow[axis] - s) * inverse, t1 = (g.boxHigh[axis] - s) * inverse
            enter = max(enter, min(t0, t1))
            exit = min(exit, max(t0, t1))
        }
        return enter < exit ? (enter, exit) : nil
    }

    /// The first t in [enter, exit] where the interpolated value reaches the threshold;
    /// `grazing` when the ray runs inside a face's padding layer (`FacePlaneMaxima`).
    @inline(__always)
    func firstCrossing(_ start: SIMD3<Float>, from enter: Float, to exit: Float, grazing: GrazingRay?) -> Float? {
        let g = geometry
        var t = enter
        // Largest t known to be below the threshold with no crossing before it (the ray enters in
        // padding), and its value when sampled (NaN when it was reached by a jump).
        var below = enter, valueBelow = Float.nan
        let nudge = g.step * 0.01
        while t <= exit {
            var segmentEnd = exit
            if let map {
                let p = start + t * g.direction
                let brick = map.brick(at: p)
                let d = map.distance(ofBrick: brick)
                let box = map.box(around: brick, distance: max(d, 1))
                let leave = leavingParameter(start, box)
                if d > 0 || grazing?.staysBelow(threshold, in: brick, faces: map.faces, padding: sampler.padding) == true {
                    // Leave the empty cube (for a grazing ray, the brick its face plane keeps below
                    // the threshold): everything up to its boundary is below the threshold.
                    below = max(below, min(leave, exit))
                    valueBelow = .nan
                    t = max(leave, t) + nudge
                    continue
                }
                // An occupied brick: march to its far side without looking the map up again.
                segmentEnd = min(exit, leave)
            }
            repeat {
                let value = sampler.sample(start + t * g.direction)
                if value >= threshold {
                    return refine(start, low: below, valueLow: valueBelow, high: t, valueHigh: value)
                }
                below = t
                valueBelow = value
                t += g.step
            } while t <= segmentEnd
        }
        return nil
    }

    /// Where the ray leaves an index-space box it is inside.
    @inline(__always)
    func leavingParameter(_ start: SIMD3<Float>, _ box: (low: SIMD3<Float>, high: SIMD3<Float>)) -> Float {
        let v = geometry.direction
        var leave = Float.infinity
        for axis in 0..<3 where abs(v[axis]) >= 1e-12 {
            let plane = v[axis] > 0 ? box.high[axis] : box.low[axis]
            leave = min(leave, (plane - start[axis]) / v[axis])
        }
        return leave
    }

    /// Bisection of [low, high] (value below, then at or above the threshold), then a secant
    /// step between the last bracket's values.
    @inline(__always)
    func refine(_ start: SIMD3<Float>, low: Float, valueLow: Float, high: Float, valueHigh: Float) -> Float {
        let v = geometry.direction
        var low = low, high = high, valueHigh = valueHigh
        if !(high > low) { return high }
        var valueLow = valueLow.isNaN ? sampler.sample(start + low * v) : valueLow
        for _ in 0..<bisectionSteps {
            let middle = (low + high) / 2
            let value = sampler.sample(start + middle * v)
            if value >= threshold { (high, valueHigh) = (middle, value) } else { (low, valueLow) = (middle, value) }
        }
        guard valueHigh > valueLow else { return high }
        return low + (high - low) * ((threshold - valueLow) / (valueHigh - valueLow)).clamped(to: 0...1)
    }

    /// Lambert shading with the light at the camera, plus ambient; 1…255 (0 is the background).
    @inline(__always)
    func shade(_ p: SIMD3<Float>) -> UInt8 {
        let g = geometry
        let gradient = sampler.gradient(p)
        let world = SIMD3((g.gradientRows.0 * gradient).sum(), (g.gradientRows.1 * gradient).sum(), (g.gradientRows.2 * gradient).sum())
        let length = (world * world).sum().squareRoot()
        // The gradient points into the surface (values rise inward), along the ray for a face turned to the light.
        let lambert: Float = length > 0 ? max(0, (world * g.forward).sum() / length) : 1
        let brightness = ambient + (1 - ambient) * lambert
        return UInt8(max(1, min(255, (brightness * 255).rounded())))
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
