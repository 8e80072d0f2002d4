import Foundation
import Testing
import TestSupport
import Volume

/// NIfTI-1/-2 reading and writing, checked against nibabel 5.4.2 (Tests/Oracle/nifti_oracle.py).
@Suite("NIfTI")
struct NIfTITests {
    // MARK: Test volumes

    typealias Direction = (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>)

    static func rotation(x ax: Double, y ay: Double) -> Direction {
        // R = Ry · Rx, as columns.
        let (cx, sx, cy, sy) = (cos(ax), sin(ax), cos(ay), sin(ay))
        return (SIMD3(cy, 0, -sy), SIMD3(sy * sx, cx, cy * sx), SIMD3(sy * cx, -sx, cy * cx))
    }

    static let identity: Direction = (SIMD3(1, 0, 0), SIMD3(0, 1, 0), SIMD3(0, 0, 1))
    static let oblique = rotation(x: 20 * .pi / 180, y: -20 * .pi / 180)
    static let leftHanded: Direction = {
        let r = rotation(x: -15 * .pi / 180, y: 25 * .pi / 180)
        return (r.0, r.1, -r.2)
    }()
    static let directions: [(String, Direction)] = [("identity", identity), ("oblique", oblique), ("left", leftHanded)]

    static func volume<V: VoxelScalar>(_: V.Type, size: SIMD3<Int>, direction: Direction, rescale: (Double, Double),
                                       seed: UInt64, make: (UInt64) -> V) -> Volume<V> {
        var random = SplitMix64(state: seed)
        let voxels = (0..<(size.x * size.y * size.z)).map { _ in make(random.next()) }
        return Volume(size: size, spacing: SIMD3(0.75, 0.9, 2.5), origin: SIMD3(-118.5, 97.25, -42.0),
                      direction: direction, voxels: voxels, rescale: (rescale.0, rescale.1))
    }

    /// One volume per voxel type × direction × rescale.
    static func testVolumes(size: SIMD3<Int> = SIMD3(9, 7, 5)) -> [(name: String, volume: AnyVolume)] {
        var result: [(String, AnyVolume)] = []
        var seed: UInt64 = 1
        for (directionName, direction) in directions {
            for (rescaleName, rescale) in [("plain", (1.0, 0.0)), ("scaled", (0.25, -1024.0))] {
                seed += 1
                let tag = "\(directionName)_\(rescaleName)"
                result.append(("uint8_\(tag)", .uint8(volume(UInt8.self, size: size, direction: direction, rescale: rescale, seed: seed) { UInt8(truncatingIfNeeded: $0) })))
                result.append(("int16_\(tag)", .int16(volume(Int16.self, size: size, direction: direction, rescale: rescale, seed: seed) { Int16(truncatingIfNeeded: $0) })))
                result.append(("uint16_\(tag)", .uint16(volume(UInt16.self, size: size, direction: direction, rescale: rescale, seed: seed) { UInt16(truncatingIfNeeded: $0) })))
                result.append(("float32_\(tag)", .float32(volume(Float.self, size: size, direction: direction, rescale: rescale, seed: seed) { Float(Int64(bitPattern: $0) % 100_000) / 7 })))
            }
        }
        return result
    }

    // MARK: Helpers

    static func bytes(of volume: AnyVolume) -> Data {
        switch volume {
        case .uint8(let v): v.voxels.withUnsafeBytes { Data($0) }
        case .int16(let v): v.voxels.withUnsafeBytes { Data($0) }
        case .uint16(let v): v.voxels.withUnsafeBytes { Data($0) }
        case .float32(let v): v.voxels.withUnsafeBytes { Data($0) }
        }
    }

    static func typeName(_ volume: AnyVolume) -> String {
        switch volume {
        case .uint8: "uint8"
        case .int16: "int16"
        case .uint16: "uint16"
        case .float32: "float32"
        }
    }

    static func rescale(_ volume: AnyVolume) -> (slope: Double, intercept: Double) {
        switch volume {
        case .uint8(let v): v.rescale
        case .int16(let v): v.rescale
        case .uint16(let v): v.rescale
        case .float32(let v): v.rescale
        }
    }

    static func rasAffine(_ volume: AnyVolume) -> [[Double]] {
        switch volume {
        case .uint8(let v): NIfTI.rasAffine(of: v)
        case .int16(let v): NIfTI.rasAffine(of: v)
        case .uint16(let v): NIfTI.rasAffine(of: v)
        case .float32(let v): NIfTI.rasAffine(of: v)
        }
    }

    static func maxDifference(_ a: [[Double]], _ b: [[Double]]) -> Double {
        zip(a.joined(), b.joined()).map { abs($0 - $1) }.max() ?? .infinity
    }

    static func number(_ value: Any?) -> Double { (value as? NSNumber)?.doubleValue ?? .nan }

    // MARK: Our files, nibabel reads

    @Test("nibabel reads the voxels, scaling and geometry we write")
    func nibabelReadsOurFiles() throws {
        let folder = try TestData.scratchFolder("faceless-nifti-write")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [[String: Any]] = []
        var expected: [String: (volume: AnyVolume, version: NIfTIVersion, left: Bool)] = [:]
        for (index, (name, volume)) in Self.testVolumes().enumerated() {
            // Every volume in both versions; gzip on alternate ones.
            for version in NIfTIVersion.allCases {
                let gz = (index + version.rawValue) % 2 == 0
                let url = folder.appendingPathComponent("\(name)_v\(version.rawValue).nii\(gz ? ".gz" : "")")
                try NIfTI.write(volume, to: url, version: version)
                let raw = url.appendingPathExtension("raw")
                try Self.bytes(of: volume).write(to: raw)
                let rescale = Self.rescale(volume)
                files.append(["path": url.path, "raw": raw.path, "dtype": Self.typeName(volume),
                              "affine": Self.rasAffine(volume), "slope": rescale.slope, "inter": rescale.intercept])
                expected[url.path] = (volume, version, name.contains("_left_"))
            }
        }
        #expect(files.count == 48)
        let report = try Oracle.run("nifti_oracle.py", "check", manifest: ["files": files])
        let results = try #require(report["files"] as? [[String: Any]])
        #expect(results.count == files.count)
        var worstAffine = 0.0, worstQS = 0.0, worstReal = 0.0
        for result in results {
            let path = result["path"] as? String ?? "?"
            guard result["error"] == nil, let (volume, version, left) = expected[path] else {
                Issue.record("nibabel failed on \(path): \(Oracle.describe(result))")
                continue
            }
            let context = Comment(rawValue: "\(URL(fileURLWithPath: path).lastPathComponent): \(Oracle.describe(result))")
            #expect(result["voxels_equal"] as? Bool == true, context)
            #expect(result["datatype"] as? String == Self.typeName(volume), context)
            #expect(Int(Self.number(result["version"])) == version.rawValue, context)
            #expect(result["shape"] as? [Int] == [9, 7, 5], context)
            let affine = Self.number(result["affine_max_diff"]), qs = Self.number(result["qform_sform_max_diff"])
            let real = Self.number(result["fdata_max_diff"])
            #expect(affine <= 1e-4, context)
            #expect(qs <= 1e-4, context)
            #expect(real <= 1e-3, context)
            worstAffine = max(worstAffine, affine); worstQS = max(worstQS, qs); worstReal = max(worstReal, real)
            #expect(Int(Self.number(result["qform_code"])) == 1 && Int(Self.number(result["sform_code"])) == 1, context)
            #expect(Self.number(result["qfac"]) == (left ? -1 : 1), context)
            #expect(Int(Self.number(result["xyzt_units"])) == 2, context)
            #expect(result["problems"] as? String == "", context)
            let slopeInter = result["slope_inter"] as? [Double] ?? []
            #expect(slopeInter == [Self.rescale(volume).slope, Self.rescale(volume).intercept], context)
        }
        print("NIfTI write → nibabel: \(results.count) files; max |affine − ours| \(worstAffine) mm, max |qform − sform| \(worstQS), max |get_fdata − ours| \(worstReal)")
    }

    @Test("Our own round trip keeps voxels, rescale and geometry")
    func roundTrip() throws {
        let folder = try TestData.scratchFolder("faceless-nifti-roundtrip")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, volume) in Self.testVolumes() {
            for version in NIfTIVersion.allCases {
                for gz in [false, true] {
                    let url = folder.appendingPathComponent("\(name)_\(version.rawValue).nii\(gz ? ".gz" : "")")
                    try NIfTI.write(volume, to: url, version: version)
                    let image = try NIfTI.readImage(contentsOf: url)
                    #expect(Self.bytes(of: image.volume) == Self.bytes(of: volume), "\(url.lastPathComponent)")
                    #expect(Self.typeName(image.volume) == Self.typeName(volume))
                    #expect(image.geometrySource == .sform(code: 1) && image.version == version && image.notes.isEmpty)
                    #expect(image.headerDescription == "Faceless" && !image.bigEndian && image.datatypeCode > 0)
                    let encoded = try NIfTI.encode(volume, version: version, gzip: gz)
                    #expect(Self.bytes(of: try NIfTI.decode(encoded).volume) == Self.bytes(of: volume))
                    let r = Self.rescale(image.volume)
                    #expect(r.slope == Self.rescale(volume).slope && r.intercept == Self.rescale(volume).intercept)
                    // NIfTI-1 stores float32 geometry; NIfTI-2 float64.
                    let tolerance = version == .nifti1 ? 2e-5 : 1e-9
                    #expect(Self.maxDifference(Self.rasAffine(image.volume), Self.rasAffine(volume)) <= tolerance, "\(url.lastPathComponent)")
                }
            }
        }
        // Writing over an existing file replaces it and leaves no temporary file behind.
        let url = folder.appendingPathComponent("again.nii")
        try NIfTI.write(Self.testVolumes()[0].volume, to: url)
        try NIfTI.write(Self.testVolumes()[1].volume, to: url)
        #expect(Self.typeName(try NIfTI.read(contentsOf: url)) == "int16")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    // MARK: nibabel's files, we read

    @Test("We read the voxels, scaling and geometry of files nibabel writes")
    func weReadNibabelFiles() throws {
        let folder = try TestData.scratchFolder("faceless-nifti-read")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Oracle.run("nifti_oracle.py", "make", manifest: ["folder": folder.path])
        let cases = try #require(report["files"] as? [[String: Any]])
        #expect(cases.count >= 27)
        let sources: [String: NIfTI.GeometrySource] = [
            "sform_only.nii": .sform(code: 2), "qform_only_left.nii": .qform(code: 1), "both_codes.nii": .sform(code: 4),
            "nifti2_big_qform.nii": .qform(code: 1), "no_transform.nii": .pixdim,
        ]
        var worstAffine = 0.0, compared = 0
        for entry in cases {
            let name = entry["name"] as? String ?? "?"
            let url = URL(fileURLWithPath: entry["path"] as? String ?? "")
            if let kind = entry["error"] as? String {
                #expect(throws: NIfTIError.self, "\(name)") { try NIfTI.read(contentsOf: url) }
                do { _ = try NIfTI.read(contentsOf: url) } catch { #expect("\(error.kind)" == kind, "\(name): \(error)") }
                continue
            }
            let image: NIfTI.Image
            do { image = try NIfTI.readImage(contentsOf: url) } catch {
                Issue.record("\(name): \(error)")
                continue
            }
            let context = Comment(rawValue: "\(name): \(Oracle.describe(entry))")
            #expect(Self.typeName(image.volume) == entry["dtype"] as? String, context)
            #expect(image.volume.size == SIMD3(7, 5, 4), context)
            let raw = try Data(contentsOf: URL(fileURLWithPath: entry["raw"] as? String ?? ""))
            #expect(Self.bytes(of: image.volume) == raw, context)
            let rescale = Self.rescale(image.volume)
            // JSON carries nibabel's float64 view of the float32 fields; allow for its last-digit rounding.
            #expect(abs(rescale.slope - Self.number(entry["slope"])) <= 1e-12 * abs(rescale.slope), context)
            #expect(abs(rescale.intercept - Self.number(entry["inter"])) <= 1e-12 * max(1, abs(rescale.intercept)), context)
            let affine = try #require(entry["affine"] as? [[Double]])
            let difference = Self.maxDifference(Self.rasAffine(image.volume), affine)
            #expect(difference <= 1e-4, context)
            worstAffine = max(worstAffine, difference)
            #expect(image.version.rawValue == Int(Self.number(entry["version"])), context)
            #expect(image.bigEndian == (entry["big_endian"] as? Bool), context)
            if let source = sources[name] { #expect(image.geometrySource == source, context) }
            let stored = entry["stored_dtype"] as? String ?? ""
            #expect(image.notes.contains { $0.contains(stored) } == !["uint8", "int16", "uint16", "float32"].contains(stored), context)
            compared += 1
        }
        #expect(compared == 25)
        print("nibabel write → NIfTI read: \(compared) files identical voxels and scaling; max |affine − nibabel| \(worstAffine) mm")
    }

    // MARK: Robustness

    static func smallFile(_ version: NIfTIVersion, gzip: Bool = false) throws -> Data {
        let volume = volume(Int16.self, size: SIMD3(3, 2, 2), direction: oblique, rescale: (1, 0), seed: 9) { Int16(truncatingIfNeeded: $0) }
        return try NIfTI.encode(volume, version: version, gzip: gzip)
    }

    static func kind(_ data: Data) -> NIfTIError.Kind? {
        do { _ = try NIfTI.decode(data); return nil } catch { return error.kind }
    }

    static func patched(_ data: Data, at offset: Int, _ bytes: [UInt8]) -> Data {
        var copy = data
        copy.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
        return copy
    }

    static func le<T: FixedWidthInteger>(_ value: T) -> [UInt8] { withUnsafeBytes(of: value.littleEndian) { Array($0) } }

    @Test("Truncated, damaged and garbage input throws NIfTIError")
    func robustness() throws {
        var cases = 0
        for version in NIfTIVersion.allCases {
            let file = try Self.smallFile(version)
            #expect(Self.kind(file) == nil)
            for length in 0..<file.count {  // every truncation
                #expect(Self.kind(file.prefix(length)) == .truncated, "\(version) cut to \(length)")
                cases += 1
            }
            let gz = try Self.smallFile(version, gzip: true)
            #expect(Self.kind(gz) == nil)
            for length in 0..<gz.count {
                #expect(Self.kind(gz.prefix(length)) != nil, "\(version) gz cut to \(length)")
                cases += 1
            }
            var random = SplitMix64(state: UInt64(version.rawValue) * 77)
            for _ in 0..<300 {  // random damage: any outcome but a crash
                var damaged = file
                for _ in 0..<(1 + Int(random.next() % 4)) {
                    damaged[Int(random.next() % UInt64(version == .nifti1 ? 352 : 544))] = UInt8(truncatingIfNeeded: random.next())
                }
                _ = Self.kind(damaged)
                var damagedGz = gz
                damagedGz[10 + Int(random.next() % UInt64(gz.count - 10))] ^= UInt8(truncatingIfNeeded: random.next() | 1)
                #expect(Self.kind(damagedGz) != nil)  // the CRC-32 or inflate catches every change
                cases += 2
            }
            // Multi-member gzip: two members holding halves of the file.
            let half = file.count / 2
            let twoMembers = try Self.gzipMembers([file.prefix(half), file.suffix(from: half)])
            #expect(Self.kind(twoMembers) == nil)
        }
        var random = SplitMix64(state: 4242)
        for n in 0..<150 {  // garbage
            let count = Int(random.next() % 2000)
            var garbage = Data((0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) })
            if n % 3 == 0 && count >= 2 { garbage[0] = 0x1F; garbage[1] = 0x8B }
            #expect(Self.kind(garbage) != nil)
            cases += 1
        }
        let v1 = try Self.smallFile(.nifti1), v2 = try Self.smallFile(.nifti2)
        let expectations: [(String, Data, NIfTIError.Kind)] = [
            ("sizeof_hdr 349", Self.patched(v1, at: 0, Self.le(Int32(349))), .notNIfTI),
            ("sizeof_hdr 0", Self.patched(v1, at: 0, Self.le(Int32(0))), .notNIfTI),
            ("sizeof_hdr -348", Self.patched(v1, at: 0, Self.le(Int32(-348))), .notNIfTI),
            ("sizeof_hdr 540 on a NIfTI-1", Self.patched(v1, at: 0, Self.le(Int32(540))), .truncated),
            ("sizeof_hdr 540 on a longer NIfTI-1", Self.patched(v1 + Data(count: 200), at: 0, Self.le(Int32(540))), .notNIfTI),
            ("Analyze magic", Self.patched(v1, at: 344, [0, 0, 0, 0]), .notNIfTI),
            ("pair magic", Self.patched(v1, at: 344, Array("ni1\0".utf8)), .notNIfTI),
            ("NIfTI-2 eol damaged", Self.patched(v2, at: 8, [10, 10, 26, 10]), .badHeader),
            ("dim[0] 0", Self.patched(v1, at: 40, Self.le(Int16(0))), .badDimensions),
            ("dim[0] 8", Self.patched(v1, at: 40, Self.le(Int16(8))), .badDimensions),
            ("dim[2] 0", Self.patched(v1, at: 44, Self.le(Int16(0))), .badDimensions),
            ("dim[1] -3", Self.patched(v1, at: 42, Self.le(Int16(-3))), .badDimensions),
            ("4-D, 2 time points", Self.patched(Self.patched(v1, at: 40, Self.le(Int16(4))), at: 48, Self.le(Int16(2))), .badDimensions),
            ("huge dims", Self.patched(v1, at: 42, Self.le(Int16(32767)) + Self.le(Int16(32767)) + Self.le(Int16(32767))), .truncated),
            ("NIfTI-2 overflowing dims", Self.patched(v2, at: 24, Self.le(Int64.max) + Self.le(Int64.max)), .badDimensions),
            ("RGB24", Self.patched(v1, at: 70, Self.le(Int16(128))), .unsupportedDatatype),
            ("datatype 9999", Self.patched(v1, at: 70, Self.le(Int16(9999))), .unsupportedDatatype),
            ("vox_offset 100", Self.patched(v1, at: 108, Self.le(Float(100).bitPattern)), .badHeader),
            ("vox_offset NaN", Self.patched(v1, at: 108, Self.le(Float.nan.bitPattern)), .badHeader),
            ("vox_offset 1e9", Self.patched(v1, at: 108, Self.le(Float(1e9).bitPattern)), .truncated),
            ("NIfTI-2 vox_offset -1", Self.patched(v2, at: 168, Self.le(Int64(-1))), .badHeader),
            ("gzip garbage", Data([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + Array(repeating: 0xFF, count: 64)), .gzip),
            ("gzip header only", Data([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]), .truncated),
        ]
        for (name, data, kind) in expectations {
            #expect(Self.kind(data) == kind, "\(name)")
            cases += 1
        }
        #expect(cases > 1500)
        print("NIfTI robustness: \(cases) damaged inputs, none crashed")
    }

    /// Concatenated gzip members (what `cat a.gz b.gz` gives), each made by gzip(1).
    static func gzipMembers(_ parts: [Data]) throws -> Data {
        let folder = try TestData.scratchFolder("faceless-nifti-gzip")
        defer { try? FileManager.default.removeItem(at: folder) }
        var joined = Data()
        for (n, part) in parts.enumerated() {
            let url = folder.appendingPathComponent("part\(n)")
            try part.write(to: url)
            let result = try Processes.run(URL(fileURLWithPath: "/usr/bin/env"), ["gzip", "-f", url.path])
            try #require(result.status == 0, "gzip: \(result.stderr)")
            joined += try Data(contentsOf: url.appendingPathExtension("gz"))
        }
        return joined
    }

    @Test("Writer errors: NIfTI-1 size limit, singular direction, slope 0")
    func writerErrors() throws {
        let folder = try TestData.scratchFolder("faceless-nifti-errors")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("x.nii")
        let long = Volume<UInt8>(size: SIMD3(40000, 1, 1), spacing: SIMD3(1, 1, 1), voxels: [UInt8](repeating: 1, count: 40000))
        #expect(throws: NIfTIError(.badDimensions, "size SIMD3<Int>(40000, 1, 1) exceeds NIfTI-1's 32767 per dimension; write NIfTI-2")) {
            try NIfTI.write(long, to: url)
        }
        try NIfTI.write(long, to: url, version: .nifti2)
        #expect(try NIfTI.read(contentsOf: url).size == SIMD3(40000, 1, 1))
        var flat = Volume<Int16>(size: SIMD3(2, 2, 2), spacing: SIMD3(1, 1, 1), voxels: [Int16](repeating: 0, count: 8))
        flat.direction = (SIMD3(1, 0, 0), SIMD3(0, 1, 0), SIMD3(1, 0, 0))
        #expect { try NIfTI.write(flat, to: url) } throws: { ($0 as? NIfTIError)?.kind == .badGeometry }
        var zeroSlope = Volume<Int16>(size: SIMD3(2, 2, 2), spacing: SIMD3(1, 1, 1), voxels: [Int16](repeating: 0, count: 8))
        zeroSlope.rescale = (0, 5)
        #expect { try NIfTI.write(zeroSlope, to: url) } throws: { ($0 as? NIfTIError)?.kind == .badHeader }
        #expect { try NIfTI.read(contentsOf: folder.appendingPathComponent("missing.nii")) } throws: { ($0 as? NIfTIError)?.kind == .io }
    }

    // MARK: Performance

    @Test("A 512×512×300 int16 volume writes and reads in well under a second")
    func largeVolumeSpeed() throws {
        let folder = try TestData.scratchFolder("faceless-nifti-speed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let size = SIMD3(512, 512, 300)
        var voxels = [Int16](repeating: -1000, count: size.x * size.y * size.z)
        voxels.withUnsafeMutableBufferPointer { buffer in
            for i in stride(from: 0, to: buffer.count, by: 4099) { buffer[i] = Int16(truncatingIfNeeded: i) }
        }
        let volume = Volume(size: size, spacing: SIMD3(0.5, 0.5, 1), direction: Self.oblique, voxels: voxels, rescale: (1, -1024))
        let url = folder.appendingPathComponent("big.nii")
        let clock = ContinuousClock()
        let writeTime = try clock.measure { try NIfTI.write(volume, to: url) }
        var read: AnyVolume?
        let readTime = try clock.measure { read = try NIfTI.read(contentsOf: url) }
        guard case .int16(let back) = read else { Issue.record("not int16"); return }
        let same = back.voxels.withUnsafeBytes { a in voxels.withUnsafeBytes { b in memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
        #expect(same)
        print("NIfTI 512×512×300 int16 (150 MiB): write \(writeTime), read \(readTime)")
        #expect(writeTime < .seconds(2) && readTime < .seconds(2))
    }
}
