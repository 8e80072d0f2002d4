/// Carrying a mask from one grid to another through patient coordinates: the mask of one
/// series applied to every series that shares its Frame of Reference.
extension Mask {
    /// The mask on `target`: each target voxel takes the value of the source voxel nearest to
    /// its centre in patient coordinates (halves round up), and outside where that lies
    /// beyond this mask's grid.
    public func resampled(onto target: Grid, parallelism: Parallelism = .allCores) -> Mask {
        // source index = A · target index + b, with A and b from both grids' geometry.
        let inverse = Grid.invert(grid.direction)
        func toSource(_ v: SIMD3<Double>) -> SIMD3<Double> { (inverse.0 * v.x + inverse.1 * v.y + inverse.2 * v.z) / grid.spacing }
        let stepI = toSource(target.direction.0 * target.spacing.x)
        let stepJ = toSource(target.direction.1 * target.spacing.y)
        let stepK = toSource(target.direction.2 * target.spacing.z)
        let offset = toSource(target.origin - grid.origin)
        let n = target.size, sourceSize = size
        return voxels.withUnsafeBufferPointer { source in
            let m = SharedPointer(UnsafeMutablePointer(mutating: source.baseAddress!))
            return Mask(grid: target) { out in
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
    }
}
