import Foundation
import Imaging
import Testing
import TestSupport

/// Masks for the kernel tests (seeded, so every run checks the same voxels) and the raw-file
/// exchange with Tests/Oracle/imaging_oracle.py.
enum Fixtures {
    /// A small linear congruential generator (Knuth's MMIX constants).
    struct Seeded {
        var state: UInt64
        init(_ seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
        mutating func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    static func grid(_ x: Int, _ y: Int, _ z: Int, spacing: SIMD3<Double> = SIMD3(1, 1, 1)) -> Grid {
        try! Grid(size: SIMD3(x, y, z), spacing: spacing)
    }

    /// Each voxel inside with probability `density`.
    static func random(_ grid: Grid, density: Double, seed: UInt64) -> Mask {
        var rng = Seeded(seed)
        return try! Mask(grid: grid, voxels: (0..<grid.count).map { _ in rng.uniform() < density ? 1 : 0 })
    }

    /// Voxels for which `inside(i, j, k)` holds.
    static func shape(_ grid: Grid, _ inside: (Int, Int, Int) -> Bool) -> Mask {
        var voxels = [UInt8](repeating: 0, count: grid.count)
        for k in 0..<grid.size.z { for j in 0..<grid.size.y { for i in 0..<grid.size.x where inside(i, j, k) { voxels[grid.index(i, j, k)] = 1 } } }
        return try! Mask(grid: grid, voxels: voxels)
    }

    /// A few random balls (in mm), some cut by the grid's faces, some hollow.
    static func blobs(_ grid: Grid, count: Int, seed: UInt64) -> Mask {
        var rng = Seeded(seed)
        let extent = SIMD3<Double>(grid.size) * grid.spacing
        let balls = (0..<count).map { _ in
            (centre: SIMD3(rng.uniform(), rng.uniform(), rng.uniform()) * extent,
             radius: (0.08 + 0.2 * rng.uniform()) * extent.min(), hollow: rng.uniform() < 0.4)
        }
        return shape(grid) { i, j, k in
            let p = SIMD3<Double>(Double(i), Double(j), Double(k)) * grid.spacing
            return balls.contains { b in
                let d = ((p - b.centre) * (p - b.centre)).sum().squareRoot()
                return d <= b.radius && !(b.hollow && d < b.radius * 0.6)
            }
        }
    }

    /// Named masks covering the edge cases: empty, full, one voxel, corners, lines, plates,
    /// random sparse and dense, structured blobs.
    static func cases(_ grid: Grid, seed: UInt64) -> [(name: String, mask: Mask)] {
        let n = grid.size
        return [
            ("empty", Mask(grid: grid, filledWith: false)),
            ("full", Mask(grid: grid, filledWith: true)),
            ("one voxel", shape(grid) { i, j, k in i == n.x / 2 && j == n.y / 3 && k == n.z / 2 }),
            ("corner voxel", shape(grid) { i, j, k in i == n.x - 1 && j == 0 && k == n.z - 1 }),
            ("line along slices", shape(grid) { i, j, _ in i == 1 && j == n.y - 2 }),
            ("plate", shape(grid) { _, j, _ in j == n.y / 2 }),
            ("all but one", shape(grid) { i, j, k in !(i == 0 && j == 0 && k == 0) }),
            ("sparse random", random(grid, density: 0.01, seed: seed)),
            ("dense random", random(grid, density: 0.55, seed: seed + 1)),
            ("blobs", blobs(grid, count: 6, seed: seed + 2)),
        ]
    }

    /// A scratch folder for one test's oracle exchange.
    static func scratch() throws -> URL { try TestData.scratchFolder("faceless-imaging") }

    static func write<T>(_ values: [T], to url: URL) throws {
        try values.withUnsafeBytes { Data($0) }.write(to: url)
    }

    static func read<T>(_ url: URL, as: T.Type) throws -> [T] {
        let data = try Data(contentsOf: url)
        return data.withUnsafeBytes { raw in (0..<data.count / MemoryLayout<T>.size).map { raw.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self) } }
    }

    /// numpy's [z, y, x] shape of a grid.
    static func shape(of grid: Grid) -> [Int] { [grid.size.z, grid.size.y, grid.size.x] }
    /// numpy's [z, y, x] spacing of a grid.
    static func sampling(of grid: Grid) -> [Double] { [grid.spacing.z, grid.spacing.y, grid.spacing.x] }

    /// The first few indices where two masks differ, for failure messages.
    static func differences(_ a: [UInt8], _ b: [UInt8], grid: Grid) -> String {
        let indices = a.indices.filter { a[$0] != b[$0] }
        let shown = indices.prefix(5).map { i in "(\(i % grid.size.x), \(i / grid.size.x % grid.size.y), \(i / (grid.size.x * grid.size.y)))" }
        return "\(indices.count) voxels differ, e.g. \(shown.joined(separator: " "))"
    }

    /// The thread counts every kernel is checked with: serial, and more workers than slabs of
    /// one slice would need, so chunk boundaries are exercised even on a small machine.
    static let parallelisms = [Parallelism.serial, Parallelism(threads: 3), Parallelism(threads: 8)]
}
