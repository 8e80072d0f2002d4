import DICOM
import Foundation
import Testing
import TestSupport
import Volume

/// Synthesized series read back by pydicom (Tests/Oracle/testvolume_oracle.py) and checked
/// by dciodvfy (dicom3tools).
@Suite("Series synthesis")
struct SeriesSynthesisTests {
    /// The volume's voxels as a little-endian raw file for the oracle.
    static func dumpRaw<V: VoxelScalar & FixedWidthInteger>(_ volume: Volume<V>, to url: URL) throws {
        var data = Data(capacity: volume.count * MemoryLayout<V>.size)
        for v in volume.voxels { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
        try data.write(to: url)
    }

    static func readBack<V: VoxelScalar & FixedWidthInteger>(_ volume: Volume<V>, folder: URL, scratch: URL, dtype: String) throws -> [String: Any] {
        let raw = scratch.appendingPathComponent("volume.raw")
        try dumpRaw(volume, to: raw)
        return try Oracle.run("testvolume_oracle.py", "series", manifest: [
            "folder": folder.path, "raw": raw.path, "dtype": dtype,
            "size": [volume.size.x, volume.size.y, volume.size.z],
        ])
    }

    /// dciodvfy's Error lines for one file (its output goes to standard error).
    static func dciodvfyErrors(_ file: URL) throws -> (errors: [String], warnings: [String]) {
        let result = try Processes.run(URL(fileURLWithPath: "/usr/bin/dciodvfy"), [file.path])
        let lines = (result.stdout + "\n" + result.stderr).split(separator: "\n").map(String.init)
        return (lines.filter { $0.hasPrefix("Error") }, lines.filter { $0.hasPrefix("Warning") })
    }

    static func close(_ a: [Double], _ b: SIMD3<Double>, _ tolerance: Double = 1e-6) -> Bool {
        a.count == 3 && (0..<3).allSatisfy { abs(a[$0] - b[$0]) <= tolerance * max(1, abs(b[$0])) }
    }

    /// A small CT with anisotropic in-plane spacing (so Pixel Spacing's row\column order matters),
    /// a non-trivial rescale and values from −1024 to a few thousand.
    static func smallCT() -> Volume<Int16> {
        let size = SIMD3(24, 16, 10)
        var voxels: [Int16] = []
        for k in 0..<size.z { for j in 0..<size.y { for i in 0..<size.x { voxels.append(Int16(-1024 + i * 7 + j * 131 + k * 401)) } } }
        return Volume(size: size, spacing: SIMD3(0.8, 0.55, 2.5), origin: SIMD3(-100, -80.25, 30),
                      voxels: voxels, rescale: (1, -1024))
    }

    static func files(_ report: [String: Any]) throws -> [[String: Any]] {
        try #require(report["files"] as? [[String: Any]])
    }

    @Test("Cranium as a CT series: geometry, pixels and PHI as pydicom reads them; dciodvfy finds no errors")
    func craniumSeries() throws {
        guard let url = TestData.file("invesalius/Cranium.inv3") else { return }
        let volume = try InVesaliusProject(contentsOf: url).volume
        let scratch = try TestData.scratchFolder("faceless-synthesis")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("series")
        let written = try SeriesSynthesis.write(volume, to: folder, patient: .example)
        #expect(written.files.count == 108 && written.modality == .ct)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 108)  // no temporary files left

        let report = try Self.readBack(volume, folder: folder, scratch: scratch, dtype: "int16")
        #expect(report["mismatches"] as? Int == 0, "pixel values differ: \(Oracle.describe(report["stack_shape"]))")
        #expect(report["pixel_dtype"] as? String == "int16")
        let files = try Self.files(report)
        #expect(files.count == 108)
        let studies = Set(files.compactMap { $0["study_uid"] as? String })
        let sops = Set(files.compactMap { $0["sop_uid"] as? String })
        #expect(studies == [written.studyInstanceUID] && sops.count == 108)
        for entry in files {
            let instance = try #require(entry["instance"] as? Int)
            let k = instance - 1
            #expect(entry["file"] as? String == written.files[k].lastPathComponent)
            #expect(entry["transfer_syntax"] as? String == "1.2.840.10008.1.2.1")
            #expect(entry["sop_class"] as? String == UIDRegistry.ctImageStorage)
            #expect(Self.close(try #require(entry["ipp"] as? [Double]), volume.world(SIMD3(0, 0, Double(k)))), "IPP of slice \(k)")
            #expect(entry["iop"] as? [Double] == [1, 0, 0, 0, 1, 0])
            let pixelSpacing = try #require(entry["pixel_spacing"] as? [Double])
            #expect(abs(pixelSpacing[0] - volume.spacing.y) < 1e-9 && abs(pixelSpacing[1] - volume.spacing.x) < 1e-9)
            #expect(entry["slice_thickness"] as? Double == 1.5)
            #expect(entry["rescale"] as? [Double] == [1, 0])
            #expect(entry["window"] as? [Double] == [40, 400])
            let location = try #require(entry["slice_location"] as? Double)
            #expect(abs(location - volume.world(SIMD3(0, 0, Double(k))).z) < 1e-6)
            #expect(entry["patient_name"] as? String == "Doe^Jane^Q" && entry["patient_id"] as? String == "FAKE-MRN-0042")
            #expect(entry["birth_date"] as? String == "19770315" && entry["accession"] as? String == "ACC20240611001")
            #expect(entry["institution"] as? String == "Springfield General Hospital")
            #expect(entry["rows"] as? Int == 256 && entry["columns"] as? Int == 256)
        }
        for uid in [written.studyInstanceUID, written.seriesInstanceUID, written.frameOfReferenceUID] + written.sopInstanceUIDs {
            #expect(uid.hasPrefix("2.25.") && uid.count <= 64 && !uid.hasPrefix("2.25.0"))
        }

        // Our own reader agrees on a few values.
        let first = try DICOMFile(contentsOf: written.files[0])
        #expect(first.dataSet.string(.patientName) == "Doe^Jane^Q")
        #expect(first.dataSet.doubles(.imagePositionPatient).map { Self.close($0, volume.origin) } == true)

        // dciodvfy: no errors on the first, a middle and the last slice.
        for file in [written.files[0], written.files[54], written.files[107]] {
            let verdict = try Self.dciodvfyErrors(file)
            #expect(verdict.errors.isEmpty, "dciodvfy \(file.lastPathComponent): \(verdict.errors)")
        }
    }

    @Test("Reversed instance order and contradictory Slice Location are in the files")
    func reversedAndLying() throws {
        let volume = Self.smallCT()
        let scratch = try TestData.scratchFolder("faceless-synthesis")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("series")
        let written = try SeriesSynthesis.write(volume, to: folder, patient: .example,
                                                options: .init(reversedOrder: true, sliceLocation: .contradictory))
        #expect(written.instanceNumbers == Array((1...10).reversed()))
        let report = try Self.readBack(volume, folder: folder, scratch: scratch, dtype: "int16")
        #expect(report["mismatches"] as? Int == 0)
        let files = try Self.files(report)  // sorted by file name = by instance number
        #expect(files.map { $0["instance"] as? Int } == Array(1...10))
        // Instance 1 (the first file) is the last slice; geometry order is the reverse of file order.
        #expect(Self.close(try #require(files[0]["ipp"] as? [Double]), volume.world(SIMD3(0, 0, 9))))
        #expect(Self.close(try #require(files[9]["ipp"] as? [Double]), volume.origin))
        #expect(report["geometry_order"] as? [String] == files.map { $0["file"] as! String }.reversed())
        // Files were written last slice first: modification times do not decrease with instance number.
        let times = files.compactMap { $0["mtime_ns"] as? Int64 ?? ($0["mtime_ns"] as? NSNumber)?.int64Value }
        #expect(times.count == 10 && zip(times, times.dropFirst()).allSatisfy { $0 <= $1 })

        // Slice Location contradicts Image Position: opposite order and twice the spacing.
        var locations: [Double] = [], along: [Double] = []
        for entry in files {
            locations.append(try #require(entry["slice_location"] as? Double))
            along.append(try #require(entry["ipp"] as? [Double])[2])
        }
        for (location, z) in zip(locations, along) {
            #expect(abs(location - (500 - 2 * z)) < 1e-6)
            #expect(abs(location - z) > 1)
        }
        #expect(zip(along, along.dropFirst()).allSatisfy { $0 > $1 })        // IPP falls with instance number
        #expect(zip(locations, locations.dropFirst()).allSatisfy { $0 < $1 })  // Slice Location rises

        // Anisotropic spacing: Pixel Spacing is row spacing (0.55) then column spacing (0.8).
        #expect(files[0]["pixel_spacing"] as? [Double] == [0.55, 0.8])
        #expect(files[0]["rescale"] as? [Double] == [1, -1024])

        let omitted = try SeriesSynthesis.write(volume, to: scratch.appendingPathComponent("omitted"), patient: .example,
                                                options: .init(sliceLocation: .omitted))
        let omittedFile = try DICOMFile(contentsOf: omitted.files[3])
        #expect(!omittedFile.dataSet.contains(.sliceLocation))
    }

    @Test("An oblique series: IOP and IPP follow the rotated geometry; pixels unchanged")
    func oblique() throws {
        let volume = Self.smallCT()
        let scratch = try TestData.scratchFolder("faceless-synthesis")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("series")
        let written = try SeriesSynthesis.write(volume, to: folder, patient: .example,
                                                options: .init(obliqueRotationDegrees: SIMD3(15, -10, 20)))
        let (row, column) = written.orientation
        #expect(abs((row * row).sum() - 1) < 1e-12 && abs((column * column).sum() - 1) < 1e-12 && abs((row * column).sum()) < 1e-12)
        #expect(abs(row.x - 1) > 0.01 && abs(column.z) > 0.1)  // really oblique
        // The centre stays where it was.
        var rotated = volume
        rotated.direction = written.direction
        rotated.origin = written.origin
        let middle = (SIMD3<Double>(volume.size) - 1) / 2
        #expect(LoaderTests.length(rotated.world(middle) - volume.world(middle)) < 1e-9)

        let report = try Self.readBack(volume, folder: folder, scratch: scratch, dtype: "int16")
        #expect(report["mismatches"] as? Int == 0)
        for entry in try Self.files(report) {
            let k = try #require(entry["instance"] as? Int) - 1
            let iop = try #require(entry["iop"] as? [Double])
            #expect(Self.close(Array(iop[0..<3]), row, 1e-9) && Self.close(Array(iop[3..<6]), column, 1e-9))
            #expect(Self.close(try #require(entry["ipp"] as? [Double]), rotated.world(SIMD3(0, 0, Double(k)))))
            #expect(Self.close(try #require(entry["ipp"] as? [Double]), written.positions[k]))
        }
        let verdict = try Self.dciodvfyErrors(written.files[4])
        #expect(verdict.errors.isEmpty, "dciodvfy: \(verdict.errors)")
    }

    @Test("brainsmall as an MR series: MR Image Storage, sagittal geometry, pixels equal; dciodvfy finds no errors")
    func brainsmallSeries() throws {
        guard let url = TestData.file("volpack/brainsmall.den") else { return }
        let volume = try VolPackDen(contentsOf: url).volume
        let scratch = try TestData.scratchFolder("faceless-synthesis")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("series")
        let written = try SeriesSynthesis.write(volume, to: folder, patient: .example)
        #expect(written.modality == .mr && written.files.count == 84)
        let report = try Self.readBack(volume, folder: folder, scratch: scratch, dtype: "uint8")
        #expect(report["mismatches"] as? Int == 0)
        for entry in try Self.files(report) {
            let k = try #require(entry["instance"] as? Int) - 1
            #expect(entry["sop_class"] as? String == UIDRegistry.mrImageStorage)
            #expect(entry["iop"] as? [Double] == [0, 1, 0, 0, 0, -1])
            #expect(Self.close(try #require(entry["ipp"] as? [Double]), volume.world(SIMD3(0, 0, Double(k)))))
            #expect(entry["rescale"] == nil || entry["rescale"] is NSNull)
        }
        let verdict = try Self.dciodvfyErrors(written.files[40])
        #expect(verdict.errors.isEmpty, "dciodvfy: \(verdict.errors)")
    }

    @Test("Refused volumes: Float voxels; an MR volume with a rescale")
    func refusals() throws {
        let scratch = try TestData.scratchFolder("faceless-synthesis")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let floats = Volume<Float>(size: SIMD3(2, 2, 2), spacing: SIMD3(1, 1, 1), voxels: Array(repeating: 0, count: 8))
        #expect(throws: SeriesSynthesis.Failure.self) { try SeriesSynthesis.write(floats, to: scratch, patient: .example) }
        let scaled = Volume<UInt16>(size: SIMD3(2, 2, 2), spacing: SIMD3(1, 1, 1), voxels: Array(repeating: 0, count: 8), rescale: (2, 0))
        #expect(throws: SeriesSynthesis.Failure.self) { try SeriesSynthesis.write(scaled, to: scratch, patient: .example) }
    }

    @Test("Fresh UIDs are 2.25 UUID-derived, valid and distinct")
    func uids() {
        let uids = (0..<200).map { _ in SeriesSynthesis.newUID() }
        #expect(Set(uids).count == 200)
        for uid in uids {
            #expect(uid.hasPrefix("2.25.") && uid.count <= 64)
            let number = uid.dropFirst(5)
            #expect(!number.isEmpty && number.allSatisfy(\.isNumber) && (number == "0" || !number.hasPrefix("0")))
        }
    }
}
