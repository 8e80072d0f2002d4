import Foundation
import Imaging
import Testing
import TestSupport

/// The distance transform against scipy.ndimage.distance_transform_edt(sampling=...).
@Suite("Distance transform")
struct DistanceTransformTests {
    static let grids: [(String, Grid)] = [
        ("37x21x13 anisotropic", Fixtures.grid(37, 21, 13, spacing: SIMD3(0.45, 0.7, 1.5))),
        ("20x33x17 thick rows", Fixtures.grid(20, 33, 17, spacing: SIMD3(2.0, 0.5, 0.9))),
        ("64x48x1 single slice", Fixtures.grid(64, 48, 1, spacing: SIMD3(0.8, 1.1, 3))),
        ("1x1x40 one line", Fixtures.grid(1, 1, 40, spacing: SIMD3(1, 1, 0.6))),
        ("48x40x36 isotropic", Fixtures.grid(48, 40, 36)),
    ]

    @Test("squared distances equal scipy's within 1e-4 mm, on random, structured and edge-case masks",
          arguments: grids.indices)
    func againstScipy(gridIndex: Int) throws {
        let (gridName, grid) = Self.grids[gridIndex]
        let folder = try Fixtures.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        // scipy gives no meaningful answer without any feature voxel; that case is checked apart.
        let cases = Fixtures.cases(grid, seed: UInt64(gridIndex) * 17 + 3).filter { $0.mask.insideCount > 0 }
        var manifest: [[String: Any]] = []
        for (n, c) in cases.enumerated() {
            let input = folder.appendingPathComponent("features\(n)")
            try Fixtures.write(c.mask.voxels, to: input)
            manifest.append(["features": input.path, "shape": Fixtures.shape(of: grid), "sampling": Fixtures.sampling(of: grid),
                             "out": folder.appendingPathComponent("scipy\(n)").path])
        }
        _ = try Oracle.run("imaging_oracle.py", "edt", manifest: ["cases": manifest])
        for (n, c) in cases.enumerated() {
            let expected = try Fixtures.read(folder.appendingPathComponent("scipy\(n)"), as: Double.self)
            try #require(expected.count == grid.count)
            for parallelism in Fixtures.parallelisms {
                let ours = DistanceTransform.distances(toNearestOf: c.mask, parallelism: parallelism)
                var worst = 0.0, worstIndex = 0
                for i in 0..<grid.count {
                    let error = abs(Double(ours[i]) - expected[i])
                    if !(error <= worst) { worst = error; worstIndex = i }
                }
                #expect(worst <= 1e-4, "\(gridName), \(c.name), \(parallelism.threads) threads: worst error \(worst) mm at voxel \(worstIndex) (ours \(ours[worstIndex]), scipy \(expected[worstIndex]))")
            }
        }
    }

    @Test("with a limit, distances up to it are exact and longer ones are +infinity")
    func limited() {
        let grid = Fixtures.grid(41, 30, 26, spacing: SIMD3(0.45, 0.45, 1.25))
        for c in Fixtures.cases(grid, seed: 5) {
            let full = DistanceTransform.squaredDistances(toNearestOf: c.mask, parallelism: .serial)
            for limit in [0.3, 2.0, 4.5] {
                let cap = Float(limit * limit * (1 + 1e-5))
                let limited = DistanceTransform.squaredDistances(toNearestOf: c.mask, limit: limit, parallelism: Parallelism(threads: 3))
                let wrong = full.indices.filter { full[$0] <= cap ? limited[$0] != full[$0] : limited[$0] != .infinity }
                #expect(wrong.isEmpty, "\(c.name), limit \(limit) mm: \(wrong.count) voxels differ")
            }
        }
    }

    @Test("no feature voxel: every distance is +infinity; all features: every distance is 0")
    func emptyAndFull() {
        let grid = Fixtures.grid(19, 7, 5, spacing: SIMD3(0.5, 1, 2))
        for parallelism in Fixtures.parallelisms {
            let none = DistanceTransform.squaredDistances(toNearestOf: Mask(grid: grid, filledWith: false), parallelism: parallelism)
            #expect(none.count == grid.count && none.allSatisfy { $0 == .infinity })
            let all = DistanceTransform.squaredDistances(toNearestOf: Mask(grid: grid, filledWith: true), parallelism: parallelism)
            #expect(all.allSatisfy { $0 == 0 })
        }
    }

    @Test("one feature voxel: the squared distance is the closed-form anisotropic sum")
    func closedForm() {
        let grid = Fixtures.grid(9, 8, 7, spacing: SIMD3(0.3, 1.7, 2.5))
        let mask = Fixtures.shape(grid) { i, j, k in i == 2 && j == 5 && k == 6 }
        let d2 = DistanceTransform.squaredDistances(toNearestOf: mask)
        for k in 0..<7 { for j in 0..<8 { for i in 0..<9 {
            let dx = Double(i - 2) * 0.3, dy = Double(j - 5) * 1.7, dz = Double(k - 6) * 2.5
            let exact = dx * dx + dy * dy + dz * dz
            #expect(abs(Double(d2[grid.index(i, j, k)]) - exact) <= 1e-4 * max(1, exact), "(\(i), \(j), \(k))")
        } } }
    }
}
