@testable import Deface
import Imaging
import Testing
import Volume

/// The guard's fingerprint hashes a row eight bytes at a time, with the bytes of voxels outside
/// the guard masked out: every guard voxel must still count, wherever its word starts or ends,
/// and no other voxel may.
@Suite("The guard's fingerprint")
struct GuardFingerprintTests {
    /// Rows of 13 voxels (words end mid-row), guard runs of every length from 0 to 6 between gaps.
    static func roles(_ size: SIMD3<Int>) throws -> VoxelRoles {
        let grid = try Grid(size: size, spacing: SIMD3(1, 1, 1), origin: .zero,
                            direction: (SIMD3(1, 0, 0), SIMD3(0, 1, 0), SIMD3(0, 0, 1)))
        return VoxelRoles(grid: grid) { out in
            var i = 0, run = 0
            while i < out.count {
                for _ in 0..<run where i < out.count { out[i] = VoxelRole.guarded.rawValue; i += 1 }
                for _ in 0..<(1 + run % 3) where i < out.count { out[i] = run % 2 == 0 ? VoxelRole.replaced.rawValue : 0; i += 1 }
                run = (run + 1) % 7
            }
        }
    }

    func check<V: VoxelScalar>(_ make: (Int) -> V, changed: (V) -> V) throws {
        let size = SIMD3(13, 5, 3)
        let roles = try Self.roles(size)
        let volume = Volume<V>(size: size, spacing: SIMD3(1, 1, 1), voxels: (0..<(13 * 5 * 3)).map(make))
        let original = GuardFingerprint(volume, roles: roles)
        #expect(original.count == roles.count(.guarded))
        for i in 0..<volume.count {
            var altered = volume
            altered.voxels[i] = changed(altered.voxels[i])
            let isGuard = roles[i].contains(.guarded)
            #expect((GuardFingerprint(altered, roles: roles) != original) == isGuard, "\(V.self) voxel \(i), guard \(isGuard)")
        }
        // Two guard voxels swapped: a change, though the multiset of values is the same.
        let guardVoxels = (0..<volume.count).filter { roles[$0].contains(.guarded) }
        var swapped = volume
        swapped.voxels.swapAt(guardVoxels[0], guardVoxels[guardVoxels.count / 2])
        #expect(GuardFingerprint(swapped, roles: roles) != original, "\(V.self): swapped guard voxels")
    }

    @Test("a change of any one guard voxel changes it, of any other voxel does not, for 8-, 16- and 32-bit voxels")
    func everyVoxel() throws {
        try check({ Int16($0 * 37 % 2000 - 1000) }, changed: { $0 ^ 1 })
        try check({ UInt16($0 * 91 % 4096) }, changed: { $0 ^ 0x800 })
        try check({ UInt8($0 * 13 % 256) }, changed: { $0 &+ 1 })
        try check({ Float($0) * 0.25 - 3 }, changed: { $0.nextUp })
    }
}
