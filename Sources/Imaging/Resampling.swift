/// Carrying a mask from one grid to another through patient coordinates: the mask of one
/// series applied to every series that shares its Frame of Reference.
extension Grid {
    /// Byte values on this grid (one per voxel) carried onto `target` into `out` (one per
    /// target voxel): each target voxel takes the value of the source voxel nearest to its
    /// centre in patient coordinates (halves round up), and 0 where that lies beyond this grid.
    public func resampleNearest(_ source: UnsafeBufferPointer<UInt8>, onto target: Grid, into out: UnsafeMutableBufferPointer<UInt8>,
                                parallelism: Parallelism = .allCores) {
        precondition(source.count == count && out.count == target.count, "buffers do not fit the grids")
        // source index = A · target index + b, with A and b from both grids' geometry.
        let inverse = Grid.invert(direction)
        func toSource(_ v: SIMD3<Double>) -> SIMD3<Double> { (inverse.0 * v.x + inverse.1 * v.y + inverse.2 * v.z) / spacing }
        let stepI = toSource(target.direction.0 * target.spacing.x)
        let stepJ = toSource(target.direction.1 * target.spacing.y)
        let stepK = toSource(target.direction.2 * target.spacing.z)
        let offset = toSource(target.origin - origin)
        let n = target.size, sourceSize = size
        let m = SharedPointer(UnsafeMutablePointer(mutating: source.baseAddress!))
        let result = SharedPointer(out.baseAddress!)
        parallelism.forEachChunk(of: n.z, chunkSize: 1) { slices in
            for k in slices {
                for j in 0..<n.y {
                    let rowStart = offset + stepJ * Double(j) + stepK * Double(k)
                    let row = (k * n.y + j) * n.x
                    for i in 0..<n.x {
                        let p = rowStart + stepI * Double(i)
                        let x = Int((p.x + 0.5).rounded(.down)), y = Int((p.y + 0.5).rounded(.down)), z = Int((p.z + 0.5).rounded(.down))
                        let inside = x >= 0 && y >= 0 && z >= 0 && x < sourceSize.x && y < sourceSize.y && z < sourceSize.z
                        result[row + i] = inside ? m[(z * sourceSize.y + y) * sourceSize.x + x] : 0
                    }
                }
            }
        }
    }
}

extension Mask {
    /// The mask on `target` by `Grid.resampleNearest`: outside where the target lies beyond this mask's grid.
    public func resampled(onto target: Grid, parallelism: Parallelism = .allCores) -> Mask {
        voxels.withUnsafeBufferPointer { source in
            Mask(grid: target) { out in grid.resampleNearest(source, onto: target, into: out, parallelism: parallelism) }
        }
    }
}
