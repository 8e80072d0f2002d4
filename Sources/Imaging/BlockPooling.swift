import Volume

/// A coarse grid of whole blocks of voxels, for work that does not need every voxel: a head
/// CT of 0.45 × 0.45 × 1 mm voxels is segmented on 2.25 × 2.25 × 2 mm blocks, 50 times fewer
/// voxels, and only the decisions that need full resolution (the bone margin) are made voxel
/// by voxel.
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
        var means = [Float](repeating: 0, count: coarse.count)
        var flags = [UInt8](repeating: 0, count: threshold == nil ? 0 : coarse.count)
        // Above the threshold in stored values: real > limit is sign·stored > sign·(limit − intercept)/slope.
        let sign = slope > 0 ? 1.0 : -1.0, storedLimit = sign * ((threshold ?? .infinity) - intercept) / slope
        volume.voxels.withUnsafeBufferPointer { voxels in
            means.withUnsafeMutableBufferPointer { meanBuffer in
                flags.withUnsafeMutableBufferPointer { flagBuffer in
                    let source = SharedPointer(UnsafeMutablePointer(mutating: voxels.baseAddress!))
                    let target = SharedPointer(meanBuffer.baseAddress!)
                    let above = flagBuffer.baseAddress.map { SharedPointer($0) }
                    // Workers own whole coarse slices, so no two write the same block. A block row's
                    // fine rows are first added up column by column (independent lanes, no chain
                    // from voxel to voxel), then each block's columns are summed once.
                    parallelism.forEachChunk(of: c.z, chunkSize: 1,
                                             makeScratch: { (sums: [Double](repeating: 0, count: n.x), extremes: [Double](repeating: 0, count: n.x)) }) { scratch, slices in
                        scratch.sums.withUnsafeMutableBufferPointer { sums in
                            scratch.extremes.withUnsafeMutableBufferPointer { extremes in
                                for kc in slices {
                                    let depth = min(n.z, (kc + 1) * f.z) - kc * f.z
                                    for jc in 0..<c.y {
                                        sums.update(repeating: 0)
                                        extremes.update(repeating: -.infinity)
                                        let height = min(n.y, (jc + 1) * f.y) - jc * f.y
                                        for k in kc * f.z ..< kc * f.z + depth {
                                            for j in jc * f.y ..< jc * f.y + height {
                                                let fineRow = source.base + (k * n.y + j) * n.x
                                                for i in 0..<n.x {
                                                    let stored = fineRow[i].doubleValue
                                                    sums[i] += stored
                                                    extremes[i] = max(extremes[i], sign * stored)
                                                }
                                            }
                                        }
                                        for ic in 0..<c.x {
                                            var sum = 0.0, extreme = -Double.infinity
                                            for i in ic * f.x ..< min(n.x, (ic + 1) * f.x) {
                                                sum += sums[i]
                                                extreme = max(extreme, extremes[i])
                                            }
                                            let width = min(n.x, (ic + 1) * f.x) - ic * f.x
                                            let b = (kc * c.y + jc) * c.x + ic
                                            target[b] = Float(sum / Double(max(1, width * height * depth)) * slope + intercept)
                                            if let above { above[b] = extreme > storedLimit ? 1 : 0 }
                                        }
                                    }
                                }
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
