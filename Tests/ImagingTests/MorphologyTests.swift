import Foundation
import Imaging
import Testing
import TestSupport

/// Ball morphology against a brute-force reference (every offset of the ball, in numpy, also
/// checked there against scipy.ndimage.binary_dilation/binary_erosion; small masks take the
/// cropped path of dilation, large ones the whole grid), and hole filling against
/// scipy.ndimage.binary_fill_holes.
@Suite("Morphology and hole filling")
struct MorphologyTests {
    static let grids: [(String, Grid, [Double])] = [
        ("25x19x13 anisotropic", Fixtures.grid(25, 19, 13, spacing: SIMD3(0.5, 0.8, 1.5)), [1.0, 2.0, 3.1]),
        ("21x21x21 isotropic", Fixtures.grid(21, 21, 21), [1.0, 2.0, Double(3).squareRoot(), 2.5]),
    ]

    @Test("dilate, erode, close and open by a ball of r mm equal the brute-force reference", arguments: grids.indices)
    func ball(gridIndex: Int) throws {
        let (gridName, grid, radii) = Self.grids[gridIndex]
        let folder = try Fixtures.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases = Fixtures.cases(grid, seed: UInt64(gridIndex) + 90)
            + [("random 0.8", Fixtures.random(grid, density: 0.8, seed: 5))]
        var manifest: [[String: Any]] = []
        for (n, c) in cases.enumerated() {
            let input = folder.appendingPathComponent("mask\(n)")
            try Fixtures.write(c.mask.voxels, to: input)
            for (r, radius) in radii.enumerated() {
                manifest.append(["mask": input.path, "shape": Fixtures.shape(of: grid), "spacing": Fixtures.sampling(of: grid),
                                 "radius": radius, "out": folder.appendingPathComponent("out\(n)-\(r)").path])
            }
        }
        let report = try Oracle.run("imaging_oracle.py", "morphology", manifest: ["cases": manifest])
        let results = try #require(report["cases"] as? [[String: Any]])
        var m = 0
        for c in cases {
            for radius in radii {
                defer { m += 1 }
                #expect(results[m]["scipy_agrees"] as? Bool == true, "brute force and scipy disagree for \(c.name), r \(radius)")
                let prefix = manifest[m]["out"] as! String
                for parallelism in [Parallelism.serial, Parallelism(threads: 3)] {
                    let ours: [(String, Mask)] = [
                        ("dilate", c.mask.dilated(byBall: radius, parallelism: parallelism)),
                        ("erode", c.mask.eroded(byBall: radius, parallelism: parallelism)),
                        ("close", c.mask.closed(byBall: radius, parallelism: parallelism)),
                        ("open", c.mask.opened(byBall: radius, parallelism: parallelism)),
                    ]
                    for (operation, mask) in ours {
                        let expected = try Fixtures.read(URL(fileURLWithPath: "\(prefix).\(operation)"), as: UInt8.self)
                        #expect(mask.voxels == expected,
                                "\(gridName), \(c.name), \(operation) r \(radius) mm: \(Fixtures.differences(mask.voxels, expected, grid: grid))")
                    }
                    // Ring and several radii at once, from one transform, against the dilations just checked.
                    let dilated = ours[0].1, inner = c.mask.dilated(byBall: radius / 2, parallelism: parallelism)
                    #expect(c.mask.ring(from: radius / 2, to: radius, parallelism: parallelism) == dilated.subtracting(inner), "\(gridName), \(c.name), ring r \(radius)")
                    #expect(Mask.within([radius, radius / 2], of: c.mask, parallelism: parallelism) == [dilated, inner], "\(gridName), \(c.name), within r \(radius)")
                }
            }
        }
        // Closing never removes a voxel, also at the grid's faces.
        for c in cases { #expect(c.mask.subtracting(c.mask.closed(byBall: radii.last!)).insideCount == 0, "\(c.name)") }
    }

    @Test("holes filled in 3-D and slice by slice equal binary_fill_holes; outside air is its complement")
    func holes() throws {
        let folder = try Fixtures.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let grid = Fixtures.grid(33, 29, 17)
        // A closed box shell with a cavity, a tube open at both ends (holes per slice, none in 3-D),
        // a cup open at the top, and random masks.
        let shell = Fixtures.shape(grid) { i, j, k in
            let inBox = (2...14).contains(i) && (2...14).contains(j) && (2...12).contains(k)
            let inCavity = (4...12).contains(i) && (4...12).contains(j) && (4...10).contains(k)
            let tube = (18...30).contains(i) && (3...15).contains(j) && !((20...28).contains(i) && (5...13).contains(j))
            let cup = (5...25).contains(i) && (18...27).contains(j) && k >= 10
                && !((7...23).contains(i) && (20...25).contains(j) && k >= 12)
            return (inBox && !inCavity) || tube || cup
        }
        let cases: [(String, Mask)] = [("shell, tube, cup", shell), ("empty", Mask(grid: grid, filledWith: false)),
                                       ("full", Mask(grid: grid, filledWith: true)),
                                       ("random 0.6", Fixtures.random(grid, density: 0.6, seed: 11)),
                                       ("random 0.75", Fixtures.random(grid, density: 0.75, seed: 12))]
        var manifest: [[String: Any]] = []
        for (n, c) in cases.enumerated() {
            let input = folder.appendingPathComponent("mask\(n)")
            try Fixtures.write(c.1.voxels, to: input)
            manifest.append(["mask": input.path, "shape": Fixtures.shape(of: grid), "out": folder.appendingPathComponent("fill\(n)").path])
        }
        _ = try Oracle.run("imaging_oracle.py", "fill", manifest: ["cases": manifest])
        for (n, c) in cases.enumerated() {
            let fill3 = try Fixtures.read(URL(fileURLWithPath: manifest[n]["out"] as! String + ".fill3d"), as: UInt8.self)
            let fill2 = try Fixtures.read(URL(fileURLWithPath: manifest[n]["out"] as! String + ".fill2d"), as: UInt8.self)
            for parallelism in Fixtures.parallelisms {
                let ours3 = c.1.holesFilled(parallelism: parallelism), ours2 = c.1.holesFilledSliceBySlice(parallelism: parallelism)
                #expect(ours3.voxels == fill3, "\(c.0) 3-D: \(Fixtures.differences(ours3.voxels, fill3, grid: grid))")
                #expect(ours2.voxels == fill2, "\(c.0) per slice: \(Fixtures.differences(ours2.voxels, fill2, grid: grid))")
                let outside = c.1.inverted().connectedToBorder(connectivity: .faces, parallelism: parallelism)
                #expect(outside == ours3.inverted(), "\(c.0): outside air is not the complement of the filled mask")
            }
        }
        // The known shape: the cavity is filled in 3-D; the tube and the cup (a closed ring in each slice, open at the top) only per slice.
        let filled = shell.holesFilled(), perSlice = shell.holesFilledSliceBySlice()
        #expect(filled[8, 8, 7] && !filled[24, 9, 8] && !filled[15, 22, 15])
        #expect(perSlice[8, 8, 7] && perSlice[24, 9, 8] && perSlice[15, 22, 15])
    }
}
