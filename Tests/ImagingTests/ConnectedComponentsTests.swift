import Foundation
import Imaging
import Testing
import TestSupport

/// Connected components against scipy.ndimage.label with the same structure.
@Suite("Connected components")
struct ConnectedComponentsTests {
    static let grids: [(String, Grid)] = [
        ("31x23x19", Fixtures.grid(31, 23, 19)),
        ("64x64x1 single slice", Fixtures.grid(64, 64, 1)),
        ("5x7x60 many slices", Fixtures.grid(5, 7, 60)),
    ]

    /// Both labellings give the same partition: the same voxels are outside, and the map
    /// between our numbers and scipy's is one-to-one.
    static func samePartition(_ ours: [Int32], _ theirs: [Int32]) -> String? {
        var forward: [Int32: Int32] = [:], backward: [Int32: Int32] = [:]
        for i in ours.indices {
            let a = ours[i], b = theirs[i]
            if (a == 0) != (b == 0) { return "voxel \(i): ours \(a), scipy \(b)" }
            if a == 0 { continue }
            if let seen = forward[a], seen != b { return "our component \(a) meets scipy's \(seen) and \(b) (voxel \(i))" }
            if let seen = backward[b], seen != a { return "scipy's component \(b) meets ours \(seen) and \(a) (voxel \(i))" }
            forward[a] = b
            backward[b] = a
        }
        return nil
    }

    @Test("labels, counts and sizes equal scipy.ndimage.label (6 and 26 connectivity)", arguments: grids.indices)
    func againstScipy(gridIndex: Int) throws {
        let (gridName, grid) = Self.grids[gridIndex]
        let folder = try Fixtures.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cases = Fixtures.cases(grid, seed: UInt64(gridIndex) + 40)
        // Densities around the percolation thresholds give the most tangled components.
        cases += [("random 0.25", Fixtures.random(grid, density: 0.25, seed: 7)), ("random 0.35", Fixtures.random(grid, density: 0.35, seed: 8))]
        var manifest: [[String: Any]] = []
        for (n, c) in cases.enumerated() {
            let input = folder.appendingPathComponent("mask\(n)")
            try Fixtures.write(c.mask.voxels, to: input)
            for connectivity in Connectivity.allCases {
                manifest.append(["mask": input.path, "shape": Fixtures.shape(of: grid), "connectivity": connectivity.rawValue,
                                 "out": folder.appendingPathComponent("labels\(n)-\(connectivity.rawValue)").path])
            }
        }
        let report = try Oracle.run("imaging_oracle.py", "label", manifest: ["cases": manifest])
        let results = try #require(report["cases"] as? [[String: Any]])
        var m = 0
        for c in cases {
            for connectivity in Connectivity.allCases {
                defer { m += 1 }
                let expected = try Fixtures.read(URL(fileURLWithPath: manifest[m]["out"] as! String), as: Int32.self)
                let count = try #require(results[m]["count"] as? Int)
                let sizes = try #require(results[m]["sizes"] as? [Int])
                for parallelism in Fixtures.parallelisms {
                    let label = "\(gridName), \(c.name), \(connectivity.rawValue)-connected, \(parallelism.threads) threads"
                    let ours = ComponentLabels(c.mask, connectivity: connectivity, parallelism: parallelism)
                    #expect(ours.count == count, "\(label): \(ours.count) components, scipy \(count)")
                    #expect(Array(ours.sizes.dropFirst()).sorted() == sizes, "\(label): component sizes differ")
                    #expect(ours.sizes.first == grid.count - c.mask.insideCount, "\(label): outside count")
                    if let problem = Self.samePartition(ours.labels, expected) { Issue.record("\(label): \(problem)") }
                    // Numbered in voxel order, as scipy numbers them.
                    #expect(ours.labels == expected, "\(label): numbering differs from scipy's")
                }
            }
        }
    }

    @Test("largest component: the biggest of several separate boxes, as a mask")
    func largest() throws {
        let grid = Fixtures.grid(30, 20, 10)
        let mask = Fixtures.shape(grid) { i, j, k in
            (i < 5 && j < 5 && k < 5) || (i >= 10 && i < 20 && j >= 8 && k >= 2 && k < 8) || (i == 29 && j == 19)
        }
        let components = ComponentLabels(mask, connectivity: .faces)
        #expect(components.count == 3)
        let largest = try #require(components.largest)
        #expect(components.sizes[largest] == 10 * 12 * 6)
        let kept = components.mask { $0 == largest }
        #expect(kept.insideCount == 720 && kept[15, 10, 5] && !kept[0, 0, 0] && !kept[29, 19, 3])
        #expect(ComponentLabels(Mask(grid: grid, filledWith: false)).largest == nil)
        // Diagonal neighbours join only with 26-connectivity.
        let diagonal = Fixtures.shape(grid) { i, j, k in i == j && j == k }
        #expect(ComponentLabels(diagonal, connectivity: .faces).count == 10)
        #expect(ComponentLabels(diagonal, connectivity: .all).count == 1)
    }
}
