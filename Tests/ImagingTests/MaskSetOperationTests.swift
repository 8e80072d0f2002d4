import Imaging
import Testing
import Volume

/// Union, intersection, difference and complement run eight voxels at a time; they must equal
/// the voxel-by-voxel definitions, also for the voxels past the last whole word.
@Suite("Mask set operations")
struct MaskSetOperationTests {
    @Test("union, intersection, subtracting and inverted equal their definitions voxel by voxel, on grids that end mid-word")
    func againstVoxels() {
        for (x, y, z) in [(7, 5, 3), (8, 8, 2), (1, 1, 1), (13, 11, 9)] {
            let grid = Fixtures.grid(x, y, z)
            for seed in UInt64(1)...3 {
                let a = Fixtures.random(grid, density: 0.4, seed: seed), b = Fixtures.random(grid, density: 0.6, seed: seed + 10)
                let voxelwise = { (test: (UInt8, UInt8) -> Bool) in zip(a.voxels, b.voxels).map { test($0, $1) ? UInt8(1) : 0 } }
                #expect(a.union(b).voxels == voxelwise { $0 != 0 || $1 != 0 }, "\(x)×\(y)×\(z) union")
                #expect(a.intersection(b).voxels == voxelwise { $0 != 0 && $1 != 0 }, "\(x)×\(y)×\(z) intersection")
                #expect(a.subtracting(b).voxels == voxelwise { $0 != 0 && $1 == 0 }, "\(x)×\(y)×\(z) subtracting")
                #expect(a.inverted().voxels == a.voxels.map { $0 == 0 ? 1 : 0 }, "\(x)×\(y)×\(z) inverted")
            }
        }
    }

    @Test("StoredLimit counts and marks runs of every length as its per-value test decides")
    func storedLimitRuns() {
        var rng = Fixtures.Seeded(5)
        let values = (0..<300).map { _ in Int16(rng.uniform() * 3000 - 1500) }
        for (limit, slope, intercept) in [(300.0, 1.0, -1024.0), (-500, 2, -1024), (0, -1, 0), (.infinity, 1, 0)] {
            let test = StoredLimit<Int16>(realAbove: limit, slope: slope, intercept: intercept)
            values.withUnsafeBufferPointer { v in
                for count in [0, 1, 7, 8, 15, 16, 17, 63, 300] {
                    let expected = v.prefix(count).map { test.passes($0) }
                    #expect(test.countPassing(v.baseAddress!, count: count) == expected.filter { $0 }.count, "limit \(limit), \(count) values")
                    var flags = [UInt8](repeating: 9, count: count)
                    flags.withUnsafeMutableBufferPointer { test.markPassing(v.baseAddress!, count: count, into: $0.baseAddress!) }
                    #expect(flags == expected.map { $0 ? 1 : 0 }, "limit \(limit), \(count) values")
                }
            }
        }
    }
}
