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
    static func masks<V: VoxelScalar>(_ regions: HeadRegions, volume: Volume<V>, pooling: BlockPooling,
                                      thresholds: Thresholds, options: DefaceOptions) -> HeadMasks {
        let fine = pooling.fine, n = fine.size, c = pooling.coarse.size, f = pooling.factors
        // A voxel can have bone within the margin only in blocks whose centre lies within the
        // margin plus a block diagonal of a bone block (each voxel is half a diagonal from its centre).
        let nearBone = regions.bone?.dilated(byBall: options.boneMarginMillimetres + 2 * pooling.halfBlockDiagonal)
        let offsets = ballOffsets(radius: options.boneMarginMillimetres, spacing: fine.spacing, size: n)
        let linearOffsets = offsets.map { $0.x + n.x * ($0.y + n.y * $0.z) }
        let reach = offsets.reduce(SIMD3<Int>.zero) { pointwiseMax($0, SIMD3(abs($1.x), abs($1.y), abs($1.z))) }
        let slope = volume.rescale.slope, intercept = volume.rescale.intercept
        let bodyLimit = thresholds.body, boneLimit = thresholds.bone
        let totals = CountTotals()
        let hasBone = regions.bone != nil
        let noBlocks = Mask(grid: pooling.coarse, filledWith: false)

        let guardedRole = VoxelRole.guarded.rawValue, shellRole = VoxelRole.shell.rawValue, replacedRole = VoxelRole.replaced.rawValue
        let roles = VoxelRoles(grid: fine) { rolesOut in
            let out = SharedVoxels(rolesOut)
            withBytes([regions.body, regions.outsideAir, regions.cavity ?? noBlocks, regions.protected,
                       regions.shellZone, regions.replaceZone, nearBone ?? noBlocks]) { blocks in
                let (body, outside, cavity, protected, shellZone, replaceZone, near) =
                    (blocks[0], blocks[1], blocks[2], blocks[3], blocks[4], blocks[5], blocks[6])
                volume.voxels.withUnsafeBufferPointer { voxelBuffer in
                    let voxels = SharedVoxels(UnsafeMutableBufferPointer(mutating: voxelBuffer))
                    // Bone never counts on MR and PET, whose bone limit is +∞.
                    let isBody = StoredLimit<V>(realAbove: bodyLimit, slope: slope, intercept: intercept)
                    let isBoneValue = StoredLimit<V>(realAbove: hasBone ? boneLimit : .infinity, slope: slope, intercept: intercept)
                    @Sendable @inline(__always) func isBone(_ v: Int) -> Bool { isBoneValue.passes(voxels[v]) }
                    // Whether the ball around (i, j, k) holds bone; within `reach` of the grid's
                    // faces every offset is checked against the bounds, elsewhere none is.
                    @Sendable @inline(__always) func boneNear(_ i: Int, _ j: Int, _ k: Int) -> Bool {
                        let v = (k * n.y + j) * n.x + i
                        if isBone(v) { return true }
                        if i >= reach.x, j >= reach.y, k >= reach.z, i < n.x - reach.x, j < n.y - reach.y, k < n.z - reach.z {
                            for d in linearOffsets where isBone(v + d) { return true }
                            return false
                        }
                        for o in offsets {
                            let (x, y, z) = (i + o.x, j + o.y, k + o.z)
                            if x >= 0, y >= 0, z >= 0, x < n.x, y < n.y, z < n.z, isBone((z * n.y + y) * n.x + x) { return true }
                        }
                        return false
                    }
                    DispatchQueue.concurrentPerform(iterations: n.z) { k in
                        var counts = HeadMasks.Counts()
                        for j in 0..<n.y {
                            let row = (k * n.y + j) * n.x, blockRow = ((k / f.z) * c.y + j / f.y) * c.x
                            // A block's fine voxels along this row form one run, decided at once
                            // but where bone is near and the run would change.
                            for ic in 0..<c.x {
                                let b = blockRow + ic, first = ic * f.x, end = min(n.x, first + f.x), run = end - first
                                if body[b] != 0 {
                                    for i in first..<end {
                                        let stored = voxels[row + i]
                                        counts.body &+= isBody.passes(stored) ? 1 : 0
                                        counts.bone &+= isBoneValue.passes(stored) ? 1 : 0
                                    }
                                }
                                counts.outsideAir += Int(outside[b]) * run
                                counts.cranialCavity += Int(cavity[b]) * run
                                let inShell = shellZone[b] != 0, isReplaced = replaceZone[b] != 0
                                if protected[b] != 0 || (near[b] != 0 && !inShell && !isReplaced) {
                                    // Guarded whole: the cavity, or bone and its surroundings that
                                    // are not to change anyway (a superset of the bone margin there).
                                    for i in first..<end { out[row + i] = guardedRole }
                                    counts.guardRegion += run
                                    continue
                                }
                                let zoneRole = (inShell ? shellRole : 0) | (isReplaced ? replacedRole : 0)
                                var guardedHere = 0
                                if near[b] != 0 {
                                    for i in first..<end {
                                        let guarded = boneNear(i, j, k)
                                        out[row + i] = guarded ? guardedRole : zoneRole
                                        guardedHere &+= guarded ? 1 : 0
                                    }
                                } else {
                                    for i in first..<end { out[row + i] = zoneRole }
                                }
                                counts.guardRegion += guardedHere
                                counts.shell += inShell ? run - guardedHere : 0
                                counts.replaced += isReplaced ? run - guardedHere : 0
                            }
                        }
                        totals.add(counts)
                    }
                }
            }
        }
        return HeadMasks(roles: roles, counts: totals.value, segmentationSpacing: pooling.coarse.spacing)
    }

    /// The voxel offsets (other than zero) within `radius` mm, as the ball of `Mask.dilated(byBall:)`
    /// has them, limited to what fits in a grid of `size`.
    static func ballOffsets(radius: Double, spacing: SIMD3<Double>, size: SIMD3<Int>) -> [SIMD3<Int>] {
        let limit = radius * radius * (1 + 1e-5)
        let reach = (0..<3).map { min(size[$0] - 1, Int((radius / spacing[$0]).rounded(.down))) }
        var offsets: [SIMD3<Int>] = []
        for dz in -reach[2]...reach[2] { for dy in -reach[1]...reach[1] { for dx in -reach[0]...reach[0] {
            let mm = SIMD3<Double>(Double(dx), Double(dy), Double(dz)) * spacing
            if (mm * mm).sum() <= limit && (dx, dy, dz) != (0, 0, 0) { offsets.append(SIMD3(dx, dy, dz)) }
        } } }
        // Nearest first: a guarded voxel stops at its first bone neighbour.
        return offsets.sorted { ($0 &* $0).wrappedSum() < ($1 &* $1).wrappedSum() }
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
