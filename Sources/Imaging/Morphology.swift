/// Morphology with a ball of radius r millimetres, round in millimetres whatever the voxel
/// spacing: a ball a few voxels across by its row spans (`BallSpans`), a larger one through the
/// exact distance transform; both give the same voxels.
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
        let ball = BallSpans(radius: radius, spacing: spacing, size: size)
        if ball.suitsSpans { return dilated(by: ball, parallelism: parallelism) }
        return dilatedByDistance(radius, parallelism: parallelism)
    }

    /// `dilated(byBall:)` through the distance transform, whatever the ball's size.
    func dilatedByDistance(_ radius: Double, parallelism: Parallelism) -> Mask {
        let limit = Self.ballLimit(radius)
        return nearInsideVoxels(within: radius, parallelism: parallelism) { $0 <= limit }
    }

    /// Voxels more than `inner` mm and at most `outer` mm from an inside voxel: the dilation
    /// by `outer` less the dilation by `inner` (from one distance transform when the ball is large).
    public func ring(from inner: Double, to outer: Double, parallelism: Parallelism = .allCores) -> Mask {
        precondition(0 <= inner && inner < outer, "a ring needs 0 <= inner < outer")
        if BallSpans(radius: outer, spacing: spacing, size: size).suitsSpans {
            return dilated(byBall: outer, parallelism: parallelism).subtracting(inner > 0 ? dilated(byBall: inner, parallelism: parallelism) : self)
        }
        let (low, high) = (inner > 0 ? Self.ballLimit(inner) : 0, Self.ballLimit(outer))
        return nearInsideVoxels(within: outer, parallelism: parallelism) { $0 > low && $0 <= high }
    }

    /// The voxels whose squared distance (mm²) to the nearest inside voxel, known up to
    /// `radius` mm (+∞ beyond), passes `keep`, which must reject +∞. Only the box of inside
    /// voxels grown by the radius can pass, so the transform runs on that box when it is
    /// less than half the grid (a small part of a head costs a fraction of the whole).
    func nearInsideVoxels(within radius: Double, parallelism: Parallelism, _ keep: @escaping @Sendable (Float) -> Bool) -> Mask {
        guard let box = insideBox(grownBy: radius), box.count * 2 < grid.count else {
            let d2 = DistanceTransform.squaredDistances(toNearestOf: self, limit: radius, parallelism: parallelism)
            return Self.mask(grid: grid, distances: d2, parallelism: parallelism, keep)
        }
        let part = cropped(to: box)
        let d2 = DistanceTransform.squaredDistances(toNearestOf: part, limit: radius, parallelism: parallelism)
        return Self.mask(grid: part.grid, distances: d2, parallelism: parallelism, keep).placed(in: grid, at: box.lower)
    }

    /// The box (lower corner and size, in voxels) holding every inside voxel and every voxel
    /// within `radius` mm of one, clamped to the grid; nil when no voxel is inside.
    func insideBox(grownBy radius: Double) -> (lower: SIMD3<Int>, size: SIMD3<Int>, count: Int)? {
        let n = size
        var lower = n, upper = SIMD3<Int>(repeating: -1)
        voxels.withUnsafeBufferPointer { v in
            for k in 0..<n.z {
                for j in 0..<n.y {
                    let row = (k * n.y + j) * n.x
                    guard let first = (0..<n.x).first(where: { v[row + $0] != 0 }) else { continue }
                    let last = (0..<n.x).last(where: { v[row + $0] != 0 })!
                    lower = pointwiseMin(lower, SIMD3(first, j, k))
                    upper = pointwiseMax(upper, SIMD3(last, j, k))
                }
            }
        }
        guard upper.x >= 0 else { return nil }
        let reach = SIMD3<Int>((0..<3).map { Int((radius / spacing[$0]).rounded(.down)) + 1 })
        lower = pointwiseMax(lower &- reach, .zero)
        upper = pointwiseMin(upper &+ reach, n &- 1)
        let boxSize = upper &- lower &+ 1
        return (lower, boxSize, boxSize.x * boxSize.y * boxSize.z)
    }

    /// The voxels of the box at `box.lower` of `box.size`, as a mask of their own grid.
    func cropped(to box: (lower: SIMD3<Int>, size: SIMD3<Int>, count: Int)) -> Mask {
        // The geometry of a sub-grid of a valid grid is valid.
        let subgrid = try! Grid(size: box.size, spacing: spacing, origin: grid.world(SIMD3<Double>(box.lower)), direction: grid.direction)
        let n = size, m = box.size
        return voxels.withUnsafeBufferPointer { v in
            Mask(grid: subgrid) { out in
                for k in 0..<m.z {
                    for j in 0..<m.y {
                        let source = ((k + box.lower.z) * n.y + j + box.lower.y) * n.x + box.lower.x
                        _ = UnsafeMutableBufferPointer(rebasing: out[(k * m.y + j) * m.x ..< (k * m.y + j + 1) * m.x])
                            .update(fromContentsOf: UnsafeBufferPointer(rebasing: v[source ..< source + m.x]))
                    }
                }
            }
        }
    }

    /// This mask placed at `lower` in an otherwise empty mask of `target`.
    func placed(in target: Grid, at lower: SIMD3<Int>) -> Mask {
        let n = target.size, m = size
        return voxels.withUnsafeBufferPointer { v in
            Mask(grid: target) { out in
                out.update(repeating: 0)
                for k in 0..<m.z {
                    for j in 0..<m.y {
                        let destination = ((k + lower.z) * n.y + j + lower.y) * n.x + lower.x
                        _ = UnsafeMutableBufferPointer(rebasing: out[destination ..< destination + m.x])
                            .update(fromContentsOf: UnsafeBufferPointer(rebasing: v[(k * m.y + j) * m.x ..< (k * m.y + j + 1) * m.x]))
                    }
                }
            }
        }
    }

    /// Inside voxels with no outside voxel within `radius` mm.
    public func eroded(byBall radius: Double, parallelism: Parallelism = .allCores) -> Mask {
        guard radius > 0 else { return self }
        let ball = BallSpans(radius: radius, spacing: spacing, size: size)
        // An inside voxel stays unless an outside voxel lies within the ball; an outside voxel never stays.
        if ball.suitsSpans { return inverted().dilated(by: ball, parallelism: parallelism).inverted() }
        return erodedByDistance(radius, parallelism: parallelism)
    }

    /// `eroded(byBall:)` through the distance transform, whatever the ball's size.
    func erodedByDistance(_ radius: Double, parallelism: Parallelism) -> Mask {
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

    /// `within(_:of:)` for several radii (from one distance transform when the balls are large).
    public static func within(_ radii: [Double], of other: Mask, parallelism: Parallelism = .allCores) -> [Mask] {
        guard let largest = radii.max(), largest > 0 else { return radii.map { _ in other } }
        if BallSpans(radius: largest, spacing: other.spacing, size: other.size).suitsSpans {
            return radii.map { other.dilated(byBall: $0, parallelism: parallelism) }
        }
        let d2 = DistanceTransform.squaredDistances(toNearestOf: other, limit: largest, parallelism: parallelism)
        return radii.map { radius in
            let limit = radius > 0 ? ballLimit(radius) : 0
            return mask(grid: other.grid, distances: d2, parallelism: parallelism) { $0 <= limit }
        }
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
