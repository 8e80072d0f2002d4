import Volume

/// Masks from voxel values, compared as real-world values (stored × slope + intercept: HU for CT).
extension Mask {
    /// Voxels whose real value is above `threshold` (e.g. body = HU > −500).
    public init<V: VoxelScalar>(_ volume: Volume<V>, above threshold: Double, parallelism: Parallelism = .allCores) throws(ImagingError) {
        try self.init(volume, parallelism: parallelism) { $0 > threshold }
    }

    /// Voxels whose real value is at most `threshold` (e.g. air = HU ≤ −500).
    public init<V: VoxelScalar>(_ volume: Volume<V>, below threshold: Double, parallelism: Parallelism = .allCores) throws(ImagingError) {
        try self.init(volume, parallelism: parallelism) { $0 <= threshold }
    }

    /// Voxels whose real value lies in `range`.
    public init<V: VoxelScalar>(_ volume: Volume<V>, within range: ClosedRange<Double>, parallelism: Parallelism = .allCores) throws(ImagingError) {
        try self.init(volume, parallelism: parallelism) { range.contains($0) }
    }

    /// Voxels whose real value passes `test`.
    public init<V: VoxelScalar>(_ volume: Volume<V>, parallelism: Parallelism = .allCores,
                                where test: @escaping @Sendable (Double) -> Bool) throws(ImagingError) {
        let grid = try Grid(of: volume)
        let slope = volume.rescale.slope, intercept = volume.rescale.intercept
        self = volume.voxels.withUnsafeBufferPointer { v in
            let source = SharedPointer(UnsafeMutablePointer(mutating: v.baseAddress!))
            return Mask(grid: grid) { out in
                let target = SharedPointer(out.baseAddress!)
                parallelism.forEachChunk(of: out.count, chunkSize: parallelism.chunkSize(for: out.count, minimum: 1 << 16)) { range in
                    for i in range { target[i] = test(source[i].doubleValue * slope + intercept) ? 1 : 0 }
                }
            }
        }
    }
}
