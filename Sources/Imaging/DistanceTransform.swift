import Foundation

/// Exact Euclidean distance transform with anisotropic voxel spacing.
///
/// Felzenszwalb & Huttenlocher, "Distance Transforms of Sampled Functions" (Theory of
/// Computing 8, 2012): the squared distance is separable, so it is computed one axis at a
/// time, each line as the lower envelope of parabolas `(x − x_q)² + f(q)` with positions in
/// millimetres. Pass 1 works slice by slice (rows: a two-sided scan of the binary mask; then
/// columns: lower envelope); pass 2 works along slices, one row index at a time. Lines are
/// gathered a block at a time into per-worker scratch so memory is read in whole cache lines.
public enum DistanceTransform {
    /// Squared distance in mm² from the centre of every voxel to the centre of the nearest
    /// voxel inside `features` (0 inside `features`; +∞ everywhere when `features` is empty).
    ///
    /// `scipy.ndimage.distance_transform_edt(features == 0, sampling=(sz, sy, sx)) ** 2`
    /// computes the same on a non-empty `features`.
    ///
    /// With a `limit` (mm), distances up to the limit are exact and longer ones are +∞; far
    /// voxels then drop out of the later passes, which makes morphology with small balls faster.
    public static func squaredDistances(toNearestOf features: Mask, limit: Double = .infinity,
                                        parallelism: Parallelism = .allCores) -> [Float] {
        let grid = features.grid
        // Squared limit, nudged up so that a distance of exactly `limit` survives rounding.
        let cap: Float = limit.isFinite ? Float(limit * limit * (1 + 1e-5)) : .infinity
        var result = [Float](repeating: 0, count: grid.count)
        result.withUnsafeMutableBufferPointer { out in
            features.voxels.withUnsafeBufferPointer { mask in
                let target = SharedPointer(out.baseAddress!), source = mask.baseAddress!
                inPlanes(grid: grid, mask: source, out: target, cap: cap, parallelism: parallelism)
                if grid.size.z > 1 { alongSlices(grid: grid, out: target, cap: cap, parallelism: parallelism) }
            }
        }
        return result
    }

    /// Distance in mm from every voxel to the nearest voxel inside `features` (see `squaredDistances`).
    public static func distances(toNearestOf features: Mask, limit: Double = .infinity, parallelism: Parallelism = .allCores) -> [Float] {
        var d = squaredDistances(toNearestOf: features, limit: limit, parallelism: parallelism)
        d.withUnsafeMutableBufferPointer { b in for i in b.indices { b[i] = b[i].squareRoot() } }
        return d
    }

    /// Lines handled together: 16 floats are one 64-byte cache line.
    static let block = 16

    /// Pass 1: per slice, the 2-D squared distance (rows by scanning, columns by envelopes).
    static func inPlanes(grid: Grid, mask: UnsafePointer<UInt8>, out: SharedPointer<Float>, cap: Float, parallelism: Parallelism) {
        let nx = grid.size.x, ny = grid.size.y
        let sx = grid.spacing.x, sy = grid.spacing.y
        let masks = SharedPointer(UnsafeMutablePointer(mutating: mask))
        parallelism.forEachChunk(of: grid.size.z, chunkSize: 1, makeScratch: { EnvelopeScratch(length: ny, block: block) }) { scratch, slices in
            for k in slices {
                let plane = k * nx * ny
                for j in 0..<ny { scanRow(masks.base + plane + j * nx, out.base + plane + j * nx, count: nx, spacing: sx, cap: cap) }
                if ny > 1 { transformBlocks(out.base + plane, lines: nx, length: ny, lineStride: 1, elementStride: nx, spacing: sy, cap: cap, scratch: &scratch) }
            }
        }
    }

    /// Pass 2: per row index j, the lines along the slice axis for every column.
    static func alongSlices(grid: Grid, out: SharedPointer<Float>, cap: Float, parallelism: Parallelism) {
        let nx = grid.size.x, ny = grid.size.y, nz = grid.size.z
        let sz = grid.spacing.z
        parallelism.forEachChunk(of: ny, chunkSize: 1, makeScratch: { EnvelopeScratch(length: nz, block: block) }) { scratch, rows in
            for j in rows {
                transformBlocks(out.base + j * nx, lines: nx, length: nz, lineStride: 1, elementStride: nx * ny, spacing: sz, cap: cap, scratch: &scratch)
            }
        }
    }

    /// One row of the mask: squared distance (mm²) to the nearest inside voxel of the row.
    @inline(__always)
    static func scanRow(_ mask: UnsafePointer<UInt8>, _ out: UnsafeMutablePointer<Float>, count n: Int, spacing: Double, cap: Float) {
        // Forward: steps since the last inside voxel; backward: the nearer of both sides.
        var last = -1
        for i in 0..<n {
            if mask[i] != 0 { last = i }
            out[i] = last < 0 ? .infinity : Float(i - last)
        }
        last = -1
        for i in stride(from: n - 1, through: 0, by: -1) {
            if mask[i] != 0 { last = i }
            let steps = last < 0 ? out[i] : min(out[i], Float(last - i))
            let mm = Double(steps) * spacing
            let squared = Float(mm * mm)
            out[i] = steps.isFinite && squared <= cap ? squared : .infinity
        }
    }

    /// Per-worker buffers: a block of gathered lines and the envelope of one line.
    struct EnvelopeScratch {
        var lines: [Float]
        var sites: [Int32]
        var heights: [Double]
        var bounds: [Double]
        init(length: Int, block: Int) {
            lines = [Float](repeating: 0, count: length * block)
            sites = [Int32](repeating: 0, count: length)
            heights = [Double](repeating: 0, count: length)
            bounds = [Double](repeating: 0, count: length + 1)
        }
    }

    /// Transforms `lines` lines of `length` values in place. Line `l` starts at `base + l·lineStride`
    /// and steps by `elementStride`; `block` lines are gathered at once into contiguous scratch.
    static func transformBlocks(_ base: UnsafeMutablePointer<Float>, lines: Int, length: Int, lineStride: Int, elementStride: Int,
                                spacing: Double, cap: Float, scratch: inout EnvelopeScratch) {
        scratch.lines.withUnsafeMutableBufferPointer { gathered in
            scratch.sites.withUnsafeMutableBufferPointer { sites in
                scratch.heights.withUnsafeMutableBufferPointer { heights in
                    scratch.bounds.withUnsafeMutableBufferPointer { bounds in
                        let g = gathered.baseAddress!
                        var first = 0
                        while first < lines {
                            let width = min(block, lines - first)
                            for e in 0..<length {
                                let row = base + e * elementStride + first * lineStride
                                for b in 0..<width { g[b * length + e] = row[b * lineStride] }
                            }
                            var changed = false
                            for b in 0..<width {
                                changed = envelope(g + b * length, count: length, spacing: spacing, cap: cap,
                                                   sites: sites.baseAddress!, heights: heights.baseAddress!, bounds: bounds.baseAddress!) || changed
                            }
                            // Lines of zeros or of +∞ only are left as they are: nothing to write back.
                            if changed { for e in 0..<length {
                                let row = base + e * elementStride + first * lineStride
                                for b in 0..<width { row[b * lineStride] = g[b * length + e] }
                            } }
                            first += width
                        }
                    }
                }
            }
        }
    }

    /// One line in place: d(p) = min over q of (s·(p − q))² + f(q), f = +∞ allowed; results
    /// above `cap` become +∞. Returns false when the line needed no change.
    @inline(__always)
    static func envelope(_ f: UnsafeMutablePointer<Float>, count n: Int, spacing s: Double, cap: Float,
                         sites v: UnsafeMutablePointer<Int32>, heights h: UnsafeMutablePointer<Double>,
                         bounds z: UnsafeMutablePointer<Double>) -> Bool {
        // Lower envelope of the parabolas of the finite samples: v = their indices, h = their
        // heights, z[k] = where parabola k starts to be the lowest (in mm).
        var k = -1
        var allZero = true
        for q in 0..<n {
            let fq = f[q]
            guard fq.isFinite else { allZero = false; continue }
            if fq != 0 { allZero = false }
            let x = Double(q) * s, height = Double(fq)
            var start = -Double.infinity
            while k >= 0 {
                let xr = Double(v[k]) * s
                start = ((height + x * x) - (h[k] + xr * xr)) / (2 * (x - xr))
                if start <= z[k] { k -= 1 } else { break }
            }
            if k < 0 { start = -.infinity }
            k += 1
            v[k] = Int32(q)
            h[k] = height
            z[k] = start
        }
        if k < 0 || allZero { return false }  // no finite sample: stays +∞; all zero: stays 0
        z[k + 1] = .infinity
        var j = 0
        for q in 0..<n {
            let x = Double(q) * s
            while z[j + 1] < x { j += 1 }
            let dx = x - Double(v[j]) * s
            let d = Float(dx * dx + h[j])
            f[q] = d <= cap ? d : .infinity
        }
        return true
    }
}
