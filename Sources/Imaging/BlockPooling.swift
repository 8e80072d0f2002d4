import Volume

/// A coarse grid of whole blocks of voxels, for work that does not need every voxel: a head
/// CT at 0.45 mm is segmented on 2 mm blocks, 32 times fewer voxels, and only the decisions
/// that need full resolution (the bone margin) are made voxel by voxel.
public struct BlockPooling: Sendable, Equatable {
    /// The fine grid.
    public let fine: Grid
    /// Voxels per block along columns, rows and slices.
    public let factors: SIMD3<Int>
    /// One voxel per block, centred on the block's fine voxels (partial blocks at the far
    /// edges count as whole ones here).
    public let coarse: Grid

    /// Blocks of `factors` voxels of `fine` (each factor at least 1).
    public init(_ fine: Grid, factors: SIMD3<Int>) throws(ImagingError) {
        let factors = SIMD3(max(1, factors.x), max(1, factors.y), max(1, factors.z))
        self.fine = fine
        self.factors = factors
        let size = (fine.size &+ factors &- 1) / factors
        let centre = (SIMD3<Double>(factors) - 1) / 2
        coarse = try Grid(size: size, spacing: fine.spacing * SIMD3<Double>(factors), origin: fine.world(centre), direction: fine.direction)
    }

    /// The largest whole factors that keep blocks at most `millimetres` along each axis.
    public static func factors(for spacing: SIMD3<Double>, atMost millimetres: Double) -> SIMD3<Int> {
        SIMD3((0..<3).map { axis in max(1, Int((millimetres / spacing[axis] * (1 + 1e-6)).rounded(.down))) })
    }

    /// Whether every block is a single voxel (the coarse grid is the fine one).
    public var isIdentity: Bool { factors == SIMD3(1, 1, 1) }

    /// Half the diagonal of a block in mm: the farthest a fine voxel lies from its block's centre
    /// (0 when blocks are single voxels).
    public var halfBlockDiagonal: Double {
        guard !isIdentity else { return 0 }
        let extent = fine.spacing * SIMD3<Double>(factors)
        return (extent * extent).sum().squareRoot() / 2
    }

    /// Per fine column index, the block column index (and likewise for rows and slices).
    public func blockIndices(along axis: Int) -> [Int32] {
        (0..<fine.size[axis]).map { Int32($0 / factors[axis]) }
    }

    /// The mean real value (stored × slope + intercept) of each block of `volume`, and, with
    /// `threshold`, which blocks hold at least one voxel whose real value is above it.
    public func summarize<V: VoxelScalar>(_ volume: Volume<V>, anyAbove threshold: Double? = nil,
                                          parallelism: Parallelism = .allCores) -> (means: Volume<Float>, anyAbove: Mask?) {
        precondition(volume.size == fine.size, "volume \(volume.size) is not on the pooled grid \(fine.size)")
        let n = fine.size, c = coarse.size, f = factors
        let slope = volume.rescale.slope, intercept = volume.rescale.intercept
        let columnBlock = blockIndices(along: 0)
        var means = [Float](repeating: 0, count: coarse.count)
        var flags = [UInt8](repeating: 0, count: threshold == nil ? 0 : coarse.count)
        let limit = threshold ?? .infinity
        volume.voxels.withUnsafeBufferPointer { voxels in
            means.withUnsafeMutableBufferPointer { meanBuffer in
                flags.withUnsafeMutableBufferPointer { flagBuffer in
                    let source = SharedPointer(UnsafeMutablePointer(mutating: voxels.baseAddress!))
                    let target = SharedPointer(meanBuffer.baseAddress!)
                    let above = flagBuffer.baseAddress.map { SharedPointer($0) }
                    // Workers own whole coarse slices, so no two write the same block.
                    parallelism.forEachChunk(of: c.z, chunkSize: 1,
                                             makeScratch: { (sums: [Double](repeating: 0, count: c.x * c.y), counts: [Int32](repeating: 0, count: c.x * c.y)) }) { scratch, slices in
                        for kc in slices {
                            for b in 0..<(c.x * c.y) { scratch.sums[b] = 0; scratch.counts[b] = 0 }
                            for k in kc * f.z ..< min(n.z, (kc + 1) * f.z) {
                                for j in 0..<n.y {
                                    let fineRow = (k * n.y + j) * n.x, blockRow = (j / f.y) * c.x
                                    for i in 0..<n.x {
                                        let stored = source[fineRow + i].doubleValue
                                        let b = blockRow + Int(columnBlock[i])
                                        scratch.sums[b] += stored
                                        scratch.counts[b] += 1
                                        if let above, stored * slope + intercept > limit { above[kc * c.x * c.y + b] = 1 }
                                    }
                                }
                            }
                            for b in 0..<(c.x * c.y) {
                                target[kc * c.x * c.y + b] = Float(scratch.sums[b] / Double(max(1, scratch.counts[b])) * slope + intercept)
                            }
                        }
                    }
                }
            }
        }
        let meanVolume = Volume(size: c, spacing: coarse.spacing, origin: coarse.origin, direction: coarse.direction,
                                voxels: means, rescale: (1, 0))
        guard threshold != nil else { return (meanVolume, nil) }
        return (meanVolume, Mask(grid: coarse) { out in _ = out.initialize(from: flags) })
    }
}
