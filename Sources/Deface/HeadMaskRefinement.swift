import Foundation
import Imaging
import Volume

/// Carries the regions found on the segmentation grid to every voxel of the volume.
///
/// A voxel is guarded when its block is protected (cavity and margin, or the deep part on MR)
/// or when a voxel above the bone threshold lies within the bone margin of it. That second test
/// runs voxel by voxel, on the voxel values, in the blocks near bone that would change; blocks
/// near bone that would not change anyway are guarded whole. Unguarded voxels of the replace
/// zone are replaced, and those of the shell zone feed `face` mode's palette.
enum HeadMaskRefinement {
    /// The masks on the fine grid and, gathered row by row while each row's voxels are at hand
    /// (reading them again later, from memory, cost more than the sums), when `summarizing` the
    /// fingerprint of the guard and, with `shellRange`, the shell's histogram over it (as
    /// `Palette.addShell` counts).
    static func masks<V: VoxelScalar>(_ regions: HeadRegions, volume: Volume<V>, pooling: BlockPooling, thresholds: Thresholds,
                                      options: DefaceOptions, summarizing: Bool, shellRange: ClosedRange<Double>?) -> SegmentedHead {
        let fine = pooling.fine, n = fine.size, c = pooling.coarse.size, f = pooling.factors
        // A voxel can have bone within the margin only in blocks whose centre lies within the
        // margin plus a block diagonal of a bone block (each voxel is half a diagonal from its centre).
        let nearBone = regions.bone?.dilated(byBall: options.boneMarginMillimetres + 2 * pooling.halfBlockDiagonal)
        let decisions = blockDecisions(regions, nearBone: nearBone)
        let ball = BallSpans(radius: options.boneMarginMillimetres, spacing: fine.spacing, size: n)
        let slope = volume.rescale.slope, intercept = volume.rescale.intercept
        let totals = CountTotals()
        totals.add(blockCounts(regions, pooling: pooling))
        // Bone never counts on MR and PET, whose bone limit is +∞.
        let isBody = StoredLimit<V>(realAbove: thresholds.body, slope: slope, intercept: intercept)
        let isBone = StoredLimit<V>(realAbove: regions.bone != nil ? thresholds.bone : .infinity, slope: slope, intercept: intercept)

        let guardSums = ResultSlots<(hash: UInt64, count: Int)>(count: n.z)
        let bins = shellRange.map { Palette.binCount($0) } ?? 0
        var histograms = [Int](repeating: 0, count: bins * n.z)
        let roles = VoxelRoles(grid: fine) { rolesOut in
            regions.body.voxels.withUnsafeBufferPointer { body in
                decisions.withUnsafeBufferPointer { decisions in
                    volume.voxels.withUnsafeBufferPointer { voxels in
                        histograms.withUnsafeMutableBufferPointer { histograms in
                            let rows = RowRefinement(size: n, blocks: c, factors: f, body: body.baseAddress!, decisions: decisions.baseAddress!,
                                                     voxels: voxels.baseAddress!, roles: rolesOut.baseAddress!, isBody: isBody, isBone: isBone,
                                                     ball: ball, rescale: (slope, intercept), summarizing: summarizing, shellRange: shellRange,
                                                     histograms: histograms.baseAddress)
                            DispatchQueue.concurrentPerform(iterations: n.z) { k in
                                let (counts, guardSum) = rows.refine(slice: k)
                                totals.add(counts)
                                guardSums.set(k, guardSum)
                            }
                        }
                    }
                }
            }
        }
        let shellHistogram = shellRange.map { _ in (0..<bins).map { b in (0..<n.z).reduce(0) { $0 + histograms[$1 * bins + b] } } }
        return SegmentedHead(masks: HeadMasks(roles: roles, counts: totals.value, segmentationSpacing: pooling.coarse.spacing),
                             guardFingerprint: summarizing ? GuardFingerprint(slices: guardSums.values.map { $0 ?? (0, 0) }) : nil,
                             shellHistogram: shellHistogram)
    }

    static let guardedRole = VoxelRole.guarded.rawValue
    /// The bit of a block decision that says its voxels are guarded where bone is within the margin.
    static let checkBone: UInt8 = 0x80

    /// Per block, the role of its voxels: guarded whole (the cavity and its margin, or bone and
    /// its surroundings that are not to change anyway, a superset of the bone margin there), or
    /// its shell and replace zones, with `checkBone` where bone is near and the voxels would change.
    static func blockDecisions(_ regions: HeadRegions, nearBone: Mask?) -> [UInt8] {
        let noBlocks = Mask(grid: regions.body.grid, filledWith: false)
        return withBytes([regions.protected, regions.shellZone, regions.replaceZone, nearBone ?? noBlocks]) { blocks in
            let (protected, shellZone, replaceZone, near) = (blocks[0], blocks[1], blocks[2], blocks[3])
            return (0..<regions.body.count).map { b -> UInt8 in
                let inShell = shellZone[b] != 0, isReplaced = replaceZone[b] != 0
                if protected[b] != 0 || (near[b] != 0 && !inShell && !isReplaced) { return guardedRole }
                return (inShell ? VoxelRole.shell.rawValue : 0) | (isReplaced ? VoxelRole.replaced.rawValue : 0) | (near[b] != 0 ? checkBone : 0)
            }
        }
    }

    /// Outside air and cranial cavity in fine voxels, from the blocks (partial blocks at the
    /// far faces count their fine voxels only).
    static func blockCounts(_ regions: HeadRegions, pooling: BlockPooling) -> HeadMasks.Counts {
        let n = pooling.fine.size, c = pooling.coarse.size, f = pooling.factors
        func extent(_ index: Int, _ axis: Int) -> Int { min(n[axis], (index + 1) * f[axis]) - index * f[axis] }
        var counts = HeadMasks.Counts()
        let noBlocks = Mask(grid: regions.body.grid, filledWith: false)
        withBytes([regions.outsideAir, regions.cavity ?? noBlocks]) { blocks in
            for kc in 0..<c.z { for jc in 0..<c.y { for ic in 0..<c.x {
                let b = (kc * c.y + jc) * c.x + ic, voxels = extent(ic, 0) * extent(jc, 1) * extent(kc, 2)
                counts.outsideAir += Int(blocks[0][b]) * voxels
                counts.cranialCavity += Int(blocks[1][b]) * voxels
            } } }
        }
        return counts
    }

    /// Calls `body` with the bytes of every mask (read only, for concurrent readers).
    static func withBytes<R>(_ masks: [Mask], _ body: ([SharedVoxels<UInt8>]) -> R) -> R {
        func nest(_ index: Int, _ pointers: [SharedVoxels<UInt8>]) -> R {
            guard index < masks.count else { return body(pointers) }
            return masks[index].voxels.withUnsafeBufferPointer { nest(index + 1, pointers + [SharedVoxels(UnsafeMutableBufferPointer(mutating: $0))]) }
        }
        return nest(0, [])
    }
}

/// The fine grid's roles decided a row at a time, a slice per call (workers take whole slices,
/// so no two write the same voxel or histogram), with the sums taken over each row as it is done.
struct RowRefinement<V: VoxelScalar>: @unchecked Sendable {
    let size: SIMD3<Int>, blocks: SIMD3<Int>, factors: SIMD3<Int>
    /// Per block: body (0 or 1) and the decision of `HeadMaskRefinement.blockDecisions`.
    let body: UnsafePointer<UInt8>, decisions: UnsafePointer<UInt8>
    let voxels: UnsafePointer<V>
    let roles: UnsafeMutablePointer<UInt8>
    let isBody: StoredLimit<V>, isBone: StoredLimit<V>
    let ball: BallSpans
    let rescale: (slope: Double, intercept: Double)
    /// Whether each slice's guard sum is taken.
    let summarizing: Bool
    /// With a range, one shell histogram per slice (`Palette.binCount(range)` bins each) at `histograms`.
    let shellRange: ClosedRange<Double>?
    let histograms: UnsafeMutablePointer<Int>?

    /// Decides the roles of slice `k`; returns its counts and its guard sum.
    func refine(slice k: Int) -> (HeadMasks.Counts, (hash: UInt64, count: Int)) {
        let (n, c, f) = (size, blocks, factors)
        var counts = HeadMasks.Counts()
        var guardSum = GuardFingerprint.SliceSum(slice: k)
        var scratch = MarginScratch(columns: n.x, ball: ball)
        let histogram = shellRange.map { histograms! + k * Palette.binCount($0) }
        MemoryPages.populate(UnsafeMutableRawBufferPointer(start: roles + k * n.y * n.x, count: n.y * n.x))
        for j in 0..<n.y {
            let row = (k * n.y + j) * n.x, blockRow = ((k / f.z) * c.y + j / f.y) * c.x
            let rowVoxels = voxels + row, rowRoles = roles + row
            // Neighbouring blocks of a row that agree are one run of voxels: counted, or filled, at once.
            func forEachRun(of values: UnsafePointer<UInt8>, _ body: (UInt8, Range<Int>) -> Void) {
                var ic = 0
                while ic < c.x {
                    let value = values[blockRow + ic]
                    var end = ic + 1
                    while end < c.x && values[blockRow + end] == value { end += 1 }
                    body(value, ic * f.x ..< min(n.x, end * f.x))
                    ic = end
                }
            }
            forEachRun(of: body) { inBody, run in
                guard inBody != 0 else { return }
                counts.body += isBody.countPassing(rowVoxels + run.lowerBound, count: run.count)
                counts.bone += isBone.countPassing(rowVoxels + run.lowerBound, count: run.count)
            }
            forEachRun(of: decisions) { decided, run in
                let role = decided & ~HeadMaskRefinement.checkBone
                var guardedHere = 0
                if decided & HeadMaskRefinement.checkBone == 0 {
                    (rowRoles + run.lowerBound).update(repeating: role, count: run.count)
                    guardedHere = role == HeadMaskRefinement.guardedRole ? run.count : 0
                } else {
                    scratch.markBone(near: run, row: j, slice: k, size: n, ball: ball, voxels: voxels, isBone: isBone)
                    for i in run {
                        let guarded = scratch.guarded[i - run.lowerBound] != 0
                        rowRoles[i] = guarded ? HeadMaskRefinement.guardedRole : role
                        guardedHere &+= guarded ? 1 : 0
                    }
                }
                counts.guardRegion += guardedHere
                counts.shell += role & VoxelRole.shell.rawValue != 0 ? run.count - guardedHere : 0
                counts.replaced += role & VoxelRole.replaced.rawValue != 0 ? run.count - guardedHere : 0
            }
            if summarizing { guardSum.addRow(rowVoxels, roles: rowRoles, count: n.x, firstIndex: row) }
            if let shellRange, let histogram {
                Palette.addShell(rowVoxels, roles: rowRoles, count: n.x, slope: rescale.slope, intercept: rescale.intercept,
                                 range: shellRange, into: histogram)
            }
        }
        return (counts, guardSum.result)
    }
}

/// A worker's buffers for deciding, a run of voxels of a row at a time, which voxels have bone
/// within the bone margin.
struct MarginScratch {
    /// Per voxel of the run: 1 when bone lies within the margin.
    var guarded: [UInt8]
    /// Per voxel of a row of the ball along the run and its half-width either side: 1 for bone.
    var bone: [UInt8]

    init(columns: Int, ball: BallSpans) {
        guarded = [UInt8](repeating: 0, count: columns)
        bone = [UInt8](repeating: 0, count: columns + 2 * ball.widest)
    }

    /// Sets `guarded[i − run.lowerBound]` for each voxel i of `run` on row `j` of slice `k`: 1
    /// when a voxel of the ball around it is bone. Each row of the ball is read once along the
    /// run (and its half-width either side) into bone flags, which are then or-ed in at each
    /// shift of the row's span: byte loops without branches, one pass per shift.
    mutating func markBone<V: VoxelScalar>(near run: Range<Int>, row j: Int, slice k: Int, size n: SIMD3<Int>, ball: BallSpans,
                                           voxels: UnsafePointer<V>, isBone: StoredLimit<V>) {
        let count = run.count
        guarded.withUnsafeMutableBufferPointer { guarded in
            bone.withUnsafeMutableBufferPointer { bone in
                let marks = guarded.baseAddress!, flags = bone.baseAddress!
                marks.update(repeating: 0, count: count)
                for row in ball.rows {
                    let y = j + row.dy, z = k + row.dz, w = row.halfWidth
                    guard y >= 0, y < n.y, z >= 0, z < n.z else { continue }
                    // flags[t] is the voxel at column run.lowerBound − w + t; columns beyond the grid are no bone.
                    let first = run.lowerBound - w, low = max(0, first), high = min(n.x, run.upperBound + w), span = count + 2 * w
                    flags.update(repeating: 0, count: span)
                    isBone.markPassing(voxels + (z * n.y + y) * n.x + low, count: high - low, into: flags + (low - first))
                    for shift in 0...(2 * w) {
                        let shifted = flags + shift
                        for t in 0..<count { marks[t] |= shifted[t] }
                    }
                }
            }
        }
    }
}

/// Counts that concurrent workers add to.
final class CountTotals: @unchecked Sendable {
    private var total = HeadMasks.Counts()
    private let lock = NSLock()

    func add(_ counts: HeadMasks.Counts) {
        lock.lock()
        defer { lock.unlock() }
        total.body += counts.body
        total.outsideAir += counts.outsideAir
        total.bone += counts.bone
        total.cranialCavity += counts.cranialCavity
        total.guardRegion += counts.guardRegion
        total.shell += counts.shell
        total.replaced += counts.replaced
    }

    var value: HeadMasks.Counts { lock.lock(); defer { lock.unlock() }; return total }
}
