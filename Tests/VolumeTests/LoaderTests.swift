import Foundation
import Testing
import TestSupport
import Volume

/// The test-data loaders (InVesalius project, VolPack .den) against an independent Python
/// reading of the same files (Tests/Oracle/testvolume_oracle.py: tarfile, plistlib, struct, numpy).
@Suite("Test volume loaders")
struct LoaderTests {
    /// Deterministic sample positions [z, y, x] in a file's own index order.
    static func samplePositions(shape: [Int], count: Int) -> [[Int]] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var positions = [[0, 0, 0], [shape[0] - 1, shape[1] - 1, shape[2] - 1], [shape[0] / 2, shape[1] / 2, shape[2] / 2]]
        for _ in 0..<count { positions.append([next(shape[0]), next(shape[1]), next(shape[2])]) }
        return positions
    }

    /// Sum and index-weighted sums of a volume, indexed in the file's order through `fileIndex`.
    static func statistics<V: VoxelScalar>(_ volume: Volume<V>, fileIndex: (Int, Int, Int) -> (x: Int, y: Int, z: Int))
        -> (sum: Int64, x: Int64, y: Int64, z: Int64, min: Int64, max: Int64) {
        var sum: Int64 = 0, sx: Int64 = 0, sy: Int64 = 0, sz: Int64 = 0
        var low = Int64.max, high = Int64.min
        for k in 0..<volume.size.z {
            for j in 0..<volume.size.y {
                for i in 0..<volume.size.x {
                    let v = Int64(volume[i, j, k].doubleValue)
                    let f = fileIndex(i, j, k)
                    sum += v
                    sx += v * Int64(f.x + 1)
                    sy += v * Int64(f.y + 1)
                    sz += v * Int64(f.z + 1)
                    low = min(low, v)
                    high = max(high, v)
                }
            }
        }
        return (sum, sx, sy, sz, low, high)
    }

    static func length(_ v: SIMD3<Double>) -> Double { (v * v).sum().squareRoot() }

    static func int(_ value: Any?) -> Int64? { (value as? NSNumber)?.int64Value }

    @Test("Cranium.inv3: size, spacing, HU range and voxels agree with tarfile + plistlib + numpy")
    func invesalius() throws {
        guard let url = TestData.file("invesalius/Cranium.inv3") else { return }
        let project = try InVesaliusProject(contentsOf: url)
        let volume = project.volume
        let samples = Self.samplePositions(shape: [108, 256, 256], count: 200)
        let report = try Oracle.run("testvolume_oracle.py", "invesalius", manifest: ["path": url.path, "samples": samples])

        // What the file says: shape [z, y, x] = [108, 256, 256], spacing [x, y, z].
        #expect(report["plist_shape"] as? [Int] == [108, 256, 256])
        #expect(project.storedShape == [108, 256, 256])
        #expect(volume.size == SIMD3(256, 256, 108))
        let spacing = try #require(report["spacing"] as? [Double])
        #expect(project.storedSpacing == spacing)
        #expect(volume.spacing == SIMD3(spacing[0], spacing[1], spacing[2]))
        #expect(abs(volume.spacing.x - 0.9570312) < 1e-9 && volume.spacing.z == 1.5)
        #expect(project.modality == "CT" && project.name == report["name"] as? String)
        #expect(project.window.center == -18 && project.window.width == 406)
        #expect(project.scalarRange == -1024...3033)
        #expect(volume.rescale.slope == 1 && volume.rescale.intercept == 0)

        // Geometry: identity direction (columns → L, rows → P, slices → S), centred on the origin.
        #expect(volume.direction.0 == SIMD3(1, 0, 0) && volume.direction.1 == SIMD3(0, 1, 0) && volume.direction.2 == SIMD3(0, 0, 1))
        let centre = volume.world((SIMD3<Double>(volume.size) - 1) / 2)
        #expect(Self.length(centre) < 1e-9)

        // Voxels: the rows are reversed, so file (x, y, z) is volume (x, 255 − y, z).
        let ours = Self.statistics(volume) { i, j, k in (i, 255 - j, k) }
        #expect(ours.min == Self.int(report["min"]) && ours.max == Self.int(report["max"]))
        #expect(ours.min == -1024 && ours.max == 2986)
        #expect(ours.sum == Self.int(report["sum"]))
        #expect(ours.x == Self.int(report["sum_x"]) && ours.y == Self.int(report["sum_y"]) && ours.z == Self.int(report["sum_z"]))
        let values = try #require(report["samples"] as? [Int])
        for (position, value) in zip(samples, values) {
            #expect(Int(volume[position[2], 255 - position[1], position[0]]) == value, "voxel at file [z, y, x] = \(position)")
        }
    }

    @Test("Cranium.inv3 anatomy: the head narrows towards the last slices (the vertex is superior)")
    func invesaliusAnatomy() throws {
        guard let url = TestData.file("invesalius/Cranium.inv3") else { return }
        let volume = try InVesaliusProject(contentsOf: url).volume
        func tissue(slice k: Int) -> Int {
            var n = 0
            for j in 0..<volume.size.y { for i in 0..<volume.size.x where volume[i, j, k] > -300 { n += 1 } }
            return n
        }
        #expect(tissue(slice: volume.size.z - 3) < tissue(slice: volume.size.z / 2))
    }

    @Test("A damaged InVesalius project is an error, not a crash")
    func invesaliusDamaged() throws {
        guard let url = TestData.file("invesalius/Cranium.inv3") else { return }
        let data = try Data(contentsOf: url)
        #expect(throws: TestVolumeError.self) { try InVesaliusProject(data: data.prefix(data.count / 2)) }
        var flipped = data
        flipped[5000] ^= 0xFF
        flipped[5001] ^= 0x5A
        #expect(throws: TestVolumeError.self) { try InVesaliusProject(data: flipped) }
        #expect(throws: TestVolumeError.self) { try InVesaliusProject(data: Data("not an archive at all, not even gzip".utf8)) }
    }

    @Test("brainsmall.den: header, size and voxels agree with struct + numpy")
    func volpack() throws {
        guard let url = TestData.file("volpack/brainsmall.den") else { return }
        let den = try VolPackDen(contentsOf: url)
        let samples = Self.samplePositions(shape: [84, 128, 128], count: 200)
        let report = try Oracle.run("testvolume_oracle.py", "den", manifest: ["path": url.path, "samples": samples])
        let header = try #require(report["header"] as? [String: Any])
        func triple(_ key: String) -> SIMD3<Int>? {
            (header[key] as? [Int]).map { SIMD3($0[0], $0[1], $0[2]) }
        }
        #expect(den.header.isLittleEndian && header["little_endian"] as? Bool == true)
        #expect(den.header.originalMin == triple("orig_min") && den.header.originalMax == triple("orig_max"))
        #expect(den.header.originalLength == triple("orig_len") && den.header.originalLength == SIMD3(256, 256, 109))
        #expect(den.header.extractedMin == triple("extr_min") && den.header.extractedMax == triple("extr_max"))
        #expect(den.header.extractedLength == triple("extr_len"))
        #expect(den.header.mapMin == triple("map_min") && den.header.mapMax == triple("map_max"))
        #expect(den.header.mapLength == triple("map_len") && den.header.mapLength == SIMD3(128, 128, 84))
        #expect(den.header.mapWarps == header["map_warps"] as? Int && den.header.mapWarps == 3)
        #expect(den.header.voxelCount == header["map_length"] as? Int && den.header.voxelCount == 128 * 128 * 84)

        let volume = den.volume
        #expect(volume.size == SIMD3(128, 128, 84))
        #expect(volume.spacing == SIMD3(1, 1, 1))
        #expect(volume.direction.0 == SIMD3(0, 1, 0) && volume.direction.1 == SIMD3(0, 0, -1) && volume.direction.2 == SIMD3(-1, 0, 0))
        #expect(Self.length(volume.world((SIMD3<Double>(volume.size) - 1) / 2)) < 1e-9)

        let ours = Self.statistics(volume) { i, j, k in (i, j, k) }
        #expect(ours.min == Self.int(report["min"]) && ours.max == Self.int(report["max"]))
        #expect(ours.min == 0 && ours.max == 202)
        #expect(ours.sum == Self.int(report["sum"]))
        #expect(ours.x == Self.int(report["sum_x"]) && ours.y == Self.int(report["sum_y"]) && ours.z == Self.int(report["sum_z"]))
        let values = try #require(report["samples"] as? [Int])
        for (position, value) in zip(samples, values) {
            #expect(Int(volume[position[2], position[1], position[0]]) == value, "voxel at file [z, y, x] = \(position)")
        }

        // The spacing is the caller's (the header has none).
        let scaled = try VolPackDen(contentsOf: url, spacing: SIMD3(2, 2, 1.95))
        #expect(scaled.volume.spacing == SIMD3(2, 2, 1.95) && scaled.volume.voxels == volume.voxels)
    }

    @Test("A short or inconsistent .den file is an error")
    func volpackDamaged() throws {
        guard let url = TestData.file("volpack/brainsmall.den") else { return }
        let data = try Data(contentsOf: url)
        #expect(throws: TestVolumeError.self) { try VolPackDen(data: data.prefix(40)) }
        #expect(throws: TestVolumeError.self) { try VolPackDen(data: data.dropLast(1)) }
        var wrongVersion = data
        wrongVersion[0] = 7
        #expect(throws: TestVolumeError.self) { try VolPackDen(data: wrongVersion) }
        var wrongLength = data
        wrongLength[50] = 0x81  // map_len x = 129
        #expect(throws: TestVolumeError.self) { try VolPackDen(data: wrongLength) }
    }
}
