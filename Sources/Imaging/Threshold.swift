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

/// "Real value above a limit" decided on stored values, as `sign · stored > sign · (limit −
/// intercept) / slope` decides it, but for integer voxels with one comparison per voxel in
/// the voxel type (no conversion to Double): a hot loop's test.
public struct StoredLimit<V: VoxelScalar>: Sendable {
    /// Integer voxels: the stored values that pass, or nil when none does.
    @usableFromInline let passing: ClosedRange<V>?
    /// Real-valued voxels (Float), where no bound in the voxel type is exact: the Double test.
    @usableFromInline let sign: Double, storedLimit: Double, isInteger: Bool

    /// Passes voxels whose real value (stored × slope + intercept) is above `limit` (+∞: none).
    public init(realAbove limit: Double, slope: Double, intercept: Double) {
        sign = slope > 0 ? 1 : -1
        storedLimit = sign * (limit - intercept) / slope
        isInteger = V.self != Float.self
        let (lowest, highest) = (V.clamped(-.infinity), V.clamped(.infinity))
        guard isInteger, !storedLimit.isNaN else { passing = nil; return }
        if sign > 0 {
            // stored > s ⟺ stored ≥ ⌊s⌋ + 1 for integers.
            let first = storedLimit.rounded(.down) + 1
            passing = first > highest.doubleValue ? nil : V.clamped(first)...highest
        } else {
            // −stored > s ⟺ stored < −s ⟺ stored ≤ ⌈−s⌉ − 1 for integers.
            let last = (-storedLimit).rounded(.up) - 1
            passing = last < lowest.doubleValue ? nil : lowest...V.clamped(last)
        }
    }

    /// Whether `stored` passes.
    @inlinable @inline(__always) public func passes(_ stored: V) -> Bool {
        guard isInteger else { return sign * stored.doubleValue > storedLimit }
        guard let passing else { return false }
        return stored >= passing.lowerBound && stored <= passing.upperBound
    }

    /// How many of the `count` values at `values` pass: the tests of `passes` decided once,
    /// outside the loop, so the loop over integer voxels is two comparisons a voxel.
    @inlinable public func countPassing(_ values: UnsafePointer<V>, count: Int) -> Int {
        var total = 0
        if isInteger {
            guard let passing else { return 0 }
            let (low, high) = (passing.lowerBound, passing.upperBound)
            // Both comparisons made, not short-circuited: the loop then runs as vector code.
            for i in 0..<count { total &+= (values[i] >= low ? 1 : 0) & (values[i] <= high ? 1 : 0) }
        } else {
            for i in 0..<count { total &+= sign * values[i].doubleValue > storedLimit ? 1 : 0 }
        }
        return total
    }

    /// Sets `flags[i]` to 1 where the value at `values + i` passes and to 0 elsewhere, for `i` in `0..<count`.
    @inlinable public func markPassing(_ values: UnsafePointer<V>, count: Int, into flags: UnsafeMutablePointer<UInt8>) {
        if isInteger {
            guard let passing else { flags.update(repeating: 0, count: count); return }
            let (low, high) = (passing.lowerBound, passing.upperBound)
            for i in 0..<count { flags[i] = (values[i] >= low ? 1 : 0) & (values[i] <= high ? 1 : 0) }
        } else {
            for i in 0..<count { flags[i] = sign * values[i].doubleValue > storedLimit ? 1 : 0 }
        }
    }
}
