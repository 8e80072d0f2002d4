import Dispatch
import Volume

/// Empty-space skipping for one volume and one threshold: the volume is cut into bricks of
/// `brickSize`³ voxel cells, and each brick records how far (in bricks, Chebyshev distance) the
/// nearest brick is that could hold the surface. A ray standing in a brick at distance D ≥ 1
/// may jump to where it leaves the cube of (2D − 1)³ bricks around it: every interpolated value
/// in that cube is below the threshold.
///
/// Brick b along an axis holds the cells whose lower corner index lies in [b·B, (b+1)·B) (the
/// padding cell −1 belongs to the first brick), so it covers voxels b·B … (b+1)·B inclusive: a
/// brick is *occupied* when the largest of those voxels reaches the threshold. Trilinear values
/// never exceed their corners, so an unoccupied brick cannot hold the surface.
struct EmptySpaceMap: Sendable {
    let brickSize: Int
    /// log2(brickSize).
    let shift: Int
    /// Bricks along each axis.
    let counts: SIMD3<Int>
    /// Chebyshev distance in bricks to the nearest occupied brick (0: occupied), capped at 255.
    let distance: [UInt8]
    /// The smallest stored value in the volume (for the padding).
    let minimumStored: Float
    /// For rays grazing a face of the volume.
    let faces: FacePlaneMaxima

    /// The part of the map that does not depend on the threshold: each brick's largest stored
    /// value. One pass over the volume, shared by the maps of every threshold.
    struct Maxima: Sendable {
        let brickSize: Int
        let counts: SIMD3<Int>
        let maxima: [Float]
        let minimum: Float
        let faces: FacePlaneMaxima

        /// The maxima of `voxels` in bricks of `brickSize`³, on all cores.
        init<Voxel: RenderableVoxel>(voxels: UnsafeBufferPointer<Voxel>, size: SIMD3<Int>, brickSize: Int) {
            precondition(brickSize > 0 && brickSize & (brickSize - 1) == 0, "brick size is a power of two")
            self.brickSize = brickSize
            counts = (size &+ (brickSize - 1)) / brickSize
            (maxima, minimum) = EmptySpaceMap.brickMaxima(voxels: voxels, size: size, counts: counts, brickSize: brickSize)
            faces = FacePlaneMaxima(voxels: voxels, size: size, counts: counts, brickSize: brickSize)
        }
    }

    /// The map at a threshold in stored units.
    init(_ maxima: Maxima, storedThreshold: Float) {
        brickSize = maxima.brickSize
        shift = brickSize.trailingZeroBitCount
        counts = maxima.counts
        minimumStored = maxima.minimum
        faces = maxima.faces
        distance = Self.chebyshevDistance(occupied: maxima.maxima.map { $0 >= storedThreshold }, counts: counts)
    }

    /// The brick holding index-space point `p`, clamped to the grid (the padding belongs to the edge bricks).
    @inline(__always)
    func brick(at p: SIMD3<Float>) -> SIMD3<Int> {
        // Points lie in the padded box (≥ −1), where truncating p + 1 is the floor of p plus one.
        SIMD3(min(max((Int(p.x + 1) - 1) >> shift, 0), counts.x - 1),
              min(max((Int(p.y + 1) - 1) >> shift, 0), counts.y - 1),
              min(max((Int(p.z + 1) - 1) >> shift, 0), counts.z - 1))
    }

    /// The distance entry of a brick.
    @inline(__always)
    func distance(ofBrick brick: SIMD3<Int>) -> Int {
        Int(distance[(brick.z * counts.y + brick.y) * counts.x + brick.x])
    }

    /// The index-space box of the bricks b − (d − 1) … b + (d − 1) on each axis (for d ≥ 1;
    /// d = 1 is the brick itself). For an empty brick at distance d, all of it is empty. A box
    /// reaching the first or last brick of an axis runs on without end there: the padding
    /// beyond belongs to the edge bricks, and further out there is only padding.
    @inline(__always)
    func box(around brick: SIMD3<Int>, distance d: Int) -> (low: SIMD3<Float>, high: SIMD3<Float>) {
        let low = brick &- (d - 1), high = brick &+ d
        let size = Float(brickSize), far: Float = 1e9
        return (SIMD3(low.x <= 0 ? -far : Float(low.x) * size, low.y <= 0 ? -far : Float(low.y) * size,
                      low.z <= 0 ? -far : Float(low.z) * size),
                SIMD3(high.x >= counts.x ? far : Float(high.x) * size, high.y >= counts.y ? far : Float(high.y) * size,
                      high.z >= counts.z ? far : Float(high.z) * size))
    }

    /// Per-brick maxima of the stored values (voxels b·B … (b+1)·B on each axis), and the volume's minimum.
    static func brickMaxima<Voxel: RenderableVoxel>(voxels: UnsafeBufferPointer<Voxel>, size: SIMD3<Int>, counts: SIMD3<Int>,
                                                    brickSize: Int) -> (maxima: [Float], minimum: Float) {
        let perLayer = counts.x * counts.y
        var maxima = [Float](repeating: -.infinity, count: perLayer * counts.z)
        var layerMinima = [Float](repeating: .infinity, count: counts.z)
        maxima.withUnsafeMutableBufferPointer { maximaBuffer in
            layerMinima.withUnsafeMutableBufferPointer { minimaBuffer in
                let out = UnsafeSendable(maximaBuffer), minima = UnsafeSendable(minimaBuffer)
                let source = UnsafeSendableSource(voxels)
                // One brick layer per task: layers write disjoint parts of `maxima`.
                DispatchQueue.concurrentPerform(iterations: counts.z) { bz in
                    var rowMaxima = [Float](repeating: -.infinity, count: counts.x)
                    var low = source.base[bz * brickSize * size.x * size.y]
                    let layer = out.base.baseAddress! + bz * perLayer
                    for k in bz * brickSize ... min((bz + 1) * brickSize, size.z - 1) {
                        for j in 0..<size.y {
                            let row = source.base.baseAddress! + (k * size.y + j) * size.x
                            for bx in 0..<counts.x {
                                // Compared as stored, converted once per brick row.
                                let first = bx * brickSize
                                var high = row[first], rowLow = row[first]
                                var i = first + 1
                                let last = min(first + brickSize, size.x - 1)
                                while i <= last {
                                    high = max(high, row[i])
                                    rowLow = min(rowLow, row[i])
                                    i += 1
                                }
                                rowMaxima[bx] = high.floatValue
                                low = min(low, rowLow)
                            }
                            // Row j belongs to brick j / B, and also to the brick before when it is its last row.
                            let by = j / brickSize
                            for target in (j % brickSize == 0 ? by - 1 : by) ... by where target >= 0 && target < counts.y {
                                let brickRow = layer + target * counts.x
                                for bx in 0..<counts.x { brickRow[bx] = max(brickRow[bx], rowMaxima[bx]) }
                            }
                        }
                    }
                    minima.base[bz] = low.floatValue
                }
            }
        }
        return (maxima, layerMinima.min() ?? 0)
    }

    /// Chebyshev (L∞) distance in bricks from every brick to the nearest occupied one, capped
    /// at 255: exact, by one pass per axis (min over q of max(|p − q|) separates by axis).
    static func chebyshevDistance(occupied: [Bool], counts: SIMD3<Int>) -> [UInt8] {
        let cap = 255
        var d = occupied.map { $0 ? 0 : cap }
        let strides = [1, counts.x, counts.x * counts.y]
        let lengths = [counts.x, counts.y, counts.z]
        for axis in 0..<3 {
            let n = lengths[axis], stride = strides[axis]
            var line = [Int](repeating: 0, count: n)
            for start in 0..<d.count where (start / stride) % n == 0 {
                for q in 0..<n { line[q] = d[start + q * stride] }
                for p in 0..<n {
                    var best = line[p]
                    var offset = 1
                    // Values at offset o cannot beat o, so stop once o reaches the best so far.
                    while offset < best {
                        if p - offset >= 0 { best = min(best, max(offset, line[p - offset])) }
                        if p + offset < n { best = min(best, max(offset, line[p + offset])) }
                        if p - offset < 0 && p + offset >= n { break }
                        offset += 1
                    }
                    d[start + p * stride] = best
                }
            }
        }
        return d.map { UInt8(min($0, cap)) }
    }
}

/// A read-only buffer pointer handed to concurrent workers.
struct UnsafeSendableSource<Element>: @unchecked Sendable {
    let base: UnsafeBufferPointer<Element>
    init(_ base: UnsafeBufferPointer<Element>) { self.base = base }
}

/// A buffer pointer handed to concurrent workers that write disjoint parts of it.
struct UnsafeSendable<Element>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Element>
    init(_ base: UnsafeMutableBufferPointer<Element>) { self.base = base }
}
