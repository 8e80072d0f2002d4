/// Morphology with a ball of radius r millimetres, through the exact distance transform
/// (so the ball is round in millimetres whatever the voxel spacing).
///
/// The ball of radius r is the set of voxel offsets whose length in mm is at most r; lengths
/// are compared squared, with a relative tolerance of 1e-5 so that an offset of exactly r mm
/// belongs to the ball despite rounding. Only voxels of the grid take part: dilation looks
/// for inside voxels within r, erosion for outside voxels within r; the space beyond the
/// grid is neither. Closing (dilate, then erode) therefore never removes a voxel, also at
/// the grid's faces (`scipy.ndimage.binary_erosion(..., border_value=1)` semantics).
extension Mask {
    /// Squared radius (mm²) with the tolerance that decides the ball's rim.
    static func ballLimit(_ radius: Double) -> Float { Float(radius * radius * (1 + 1e-5)) }

    /// Voxels within `radius` mm of an inside voxel.
    public func dilated(byBall radius: Double, parallelism: Parallelism = .allCores) -> Mask {
        guard radius > 0 else { return self }
        let d2 = DistanceTransform.squaredDistances(toNearestOf: self, limit: radius, parallelism: parallelism)
        return Self.mask(grid: grid, distances: d2, parallelism: parallelism) { $0 <= Self.ballLimit(radius) }
    }

    /// Inside voxels with no outside voxel within `radius` mm.
    public func eroded(byBall radius: Double, parallelism: Parallelism = .allCores) -> Mask {
        guard radius > 0 else { return self }
        let d2 = DistanceTransform.squaredDistances(toNearestOf: inverted(), limit: radius, parallelism: parallelism)
        return Self.mask(grid: grid, distances: d2, parallelism: parallelism) { $0 > Self.ballLimit(radius) }
    }

    /// Dilation then erosion by the same ball: fills gaps and notches narrower than the ball.
    public func closed(byBall radius: Double, parallelism: Parallelism = .allCores) -> Mask {
        dilated(byBall: radius, parallelism: parallelism).eroded(byBall: radius, parallelism: parallelism)
    }

    /// Erosion then dilation by the same ball: removes parts thinner than the ball.
    public func opened(byBall radius: Double, parallelism: Parallelism = .allCores) -> Mask {
        eroded(byBall: radius, parallelism: parallelism).dilated(byBall: radius, parallelism: parallelism)
    }

    /// Voxels within `radius` mm of a voxel of `other` (same grid), e.g. body voxels near outside air:
    /// `body.intersection(.within(10, of: outsideAir))`.
    public static func within(_ radius: Double, of other: Mask, parallelism: Parallelism = .allCores) -> Mask {
        other.dilated(byBall: radius, parallelism: parallelism)
    }

    static func mask(grid: Grid, distances: [Float], parallelism: Parallelism, _ keep: @escaping @Sendable (Float) -> Bool) -> Mask {
        distances.withUnsafeBufferPointer { d in
            let source = SharedPointer(UnsafeMutablePointer(mutating: d.baseAddress!))
            return Mask(grid: grid) { out in
                let target = SharedPointer(out.baseAddress!)
                parallelism.forEachChunk(of: out.count, chunkSize: parallelism.chunkSize(for: out.count, minimum: 1 << 16)) { range in
                    for i in range { target[i] = keep(source[i]) ? 1 : 0 }
                }
            }
        }
    }
}
