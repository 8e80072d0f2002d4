import DICOM
import DICOMPixels
import Foundation
import Testing
import TestSupport
import Volume

/// Series written with known geometry are assembled back into the same volume; volumes are
/// written back into their instances, checked by pydicom (Tests/Oracle/volume_oracle.py diff).
@Suite("Series assembly and write-back")
struct SeriesAssemblyTests {
    /// A small CT whose every voxel value encodes its index, so any flip or swap shows.
    static func indexedCT() -> Volume<Int16> {
        let size = SIMD3(20, 14, 9)
        var voxels: [Int16] = []
        for k in 0..<size.z { for j in 0..<size.y { for i in 0..<size.x { voxels.append(Int16(i + 20 * j + 280 * k)) } } }
        return Volume(size: size, spacing: SIMD3(0.7, 0.9, 2.5), origin: SIMD3(-60, -40.5, 12),
                      voxels: voxels, rescale: (1, -1024))
    }

    static func scan(_ folder: URL) throws -> ImageSeries {
        let scan = SeriesScanner.scan([folder])
        #expect(scan.skipped.isEmpty, "skipped: \(scan.skipped)")
        return try #require(scan.series.count == 1 ? scan.series.first : nil, "expected one series, found \(scan.series.count)")
    }

    static func int16(_ volume: AnyVolume) throws -> Volume<Int16> {
        guard case .int16(let v) = volume else { throw Oracle.Failure(message: "expected an Int16 volume, got \(volume)") }
        return v
    }

    static func length(_ v: SIMD3<Double>) -> Double { (v * v).sum().squareRoot() }

    @Test("Reversed files, contradictory SliceLocation, oblique: assembled by position into the written volume",
          arguments: [SIMD3<Double>.zero, SIMD3(14, -9, 23)])
    func contradictorySliceLocation(rotation: SIMD3<Double>) throws {
        let scratch = try TestData.scratchFolder("faceless-assembly")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let original = Self.indexedCT()
        let written = try SeriesSynthesis.write(original, to: scratch, patient: .example, options: .init(
            reversedOrder: true, sliceLocation: .contradictory, obliqueRotationDegrees: rotation))
        let series = try Self.scan(scratch)
        #expect(series.findings.contains { $0.contains("SliceLocation disagrees") }, "findings: \(series.findings)")
        #expect(!series.isIrregular)
        let volume = try Self.int16(try series.loadVolume())
        #expect(volume.size == original.size)
        #expect(volume.voxels == original.voxels, "voxels differ: the slices were not ordered by position")
        #expect(volume.rescale == original.rescale)
        // DS values carry at most 16 characters, so positions round-trip to about 1e-5 mm.
        #expect(Self.length(volume.origin - written.origin) < 1e-4)
        #expect(Self.length(volume.spacing - original.spacing) < 1e-4)
        for (ours, expected) in [(volume.direction.0, written.direction.0), (volume.direction.1, written.direction.1),
                                 (volume.direction.2, written.direction.2)] {
            #expect(Self.length(ours - expected) < 1e-5)
        }
    }

    @Test("Missing and duplicate slices are reported by name; an irregular series loads only when allowed")
    func missingAndDuplicate() throws {
        let scratch = try TestData.scratchFolder("faceless-assembly")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let written = try SeriesSynthesis.write(Self.indexedCT(), to: scratch, patient: .example)
        try FileManager.default.removeItem(at: written.files[4])
        try FileManager.default.copyItem(at: written.files[6], to: scratch.appendingPathComponent("copy-of-slice-7.dcm"))
        let series = try Self.scan(scratch)
        #expect(series.slices.count == 8)
        #expect(series.findings.contains { $0.hasPrefix("missing 1 slice(s) between \(written.files[3].lastPathComponent) and \(written.files[5].lastPathComponent)") },
                "findings: \(series.findings)")
        #expect(series.findings.contains { $0.hasPrefix("duplicate position") && $0.contains("copy-of-slice-7.dcm") }, "findings: \(series.findings)")
        #expect(series.isIrregular)
        #expect(throws: VolumeError.self) { try series.loadVolume() }
        #expect(try series.loadVolume(allowIrregular: true).size == SIMD3(20, 14, 8))
    }

    @Test("Two series and non-image files in nested folders: each series assembled, every other file named with its reason; hidden files and folders and symbolic links left out")
    func mixedFolder() throws {
        let scratch = try TestData.scratchFolder("faceless-assembly")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let nested = scratch.appendingPathComponent("patient/study")
        let a = try SeriesSynthesis.write(Self.indexedCT(), to: scratch, patient: .example, options: .init(seriesNumber: 2, fileNamePrefix: "A"))
        try SeriesSynthesis.write(Self.indexedCT(), to: nested, patient: .example, options: .init(seriesNumber: 3, fileNamePrefix: "B"))
        try Data("not DICOM".utf8).write(to: scratch.appendingPathComponent("notes.txt"))
        // Copies of a slice where a walk must not look: a hidden file, a hidden folder, a link.
        try FileManager.default.copyItem(at: a.files[0], to: scratch.appendingPathComponent(".copy.dcm"))
        try FileManager.default.createDirectory(at: nested.appendingPathComponent(".cache"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: a.files[0], to: nested.appendingPathComponent(".cache/copy.dcm"))
        try FileManager.default.createSymbolicLink(at: nested.appendingPathComponent("link.dcm"), withDestinationURL: a.files[0])
        let plan = try #require(TestData.file("pydicom/test_files/rtplan.dcm"))
        try FileManager.default.copyItem(at: plan, to: scratch.appendingPathComponent("rtplan.dcm"))
        let scan = SeriesScanner.scan([scratch])
        #expect(scan.series.count == 2)
        #expect(scan.series.allSatisfy { $0.slices.count == 9 && $0.findings.isEmpty })
        let skipped = Dictionary(uniqueKeysWithValues: scan.skipped.map { ($0.url.lastPathComponent, $0.reason) })
        #expect(skipped.count == 2, "skipped: \(skipped)")
        #expect(skipped["notes.txt"]?.hasPrefix("not readable as DICOM") == true)
        #expect(skipped["rtplan.dcm"]?.contains("no pixel data (RT Plan Storage)") == true, "\(skipped)")
    }

    /// pydicom's comparison of each original file with its written-back copy.
    static func pydicomDiff(originals: [URL], folder: URL) throws -> [[String: Any]] {
        let pairs = originals.map { ["original": $0.path, "written": folder.appendingPathComponent($0.lastPathComponent).path] }
        let report = try Oracle.run("volume_oracle.py", "diff", manifest: ["pairs": pairs])
        return try #require(report["results"] as? [[String: Any]])
    }

    /// The Cranium CT as a series, optionally re-encoded in `syntax`.
    static func craniumSeries(in folder: URL, syntax: TransferSyntax? = nil) throws -> SeriesSynthesis.WrittenSeries {
        let url = try #require(TestData.file("invesalius/Cranium.inv3"))
        let written = try SeriesSynthesis.write(try InVesaliusProject(contentsOf: url).volume, to: folder, patient: .example)
        if let syntax {
            for file in written.files {
                var dicom = try DICOMFile(contentsOf: file)
                let frames = try PixelFrames(file: dicom)
                let frame = try frames.frame(0)
                try dicom.replacePixelData(with: [frame.samples], description: frames.description,
                                           photometricInterpretation: frame.photometricInterpretation, as: syntax)
                try dicom.write(to: file)
            }
        }
        return written
    }

    @Test("Unmodified write-back: every slice's pixels and every other attribute identical, syntax kept",
          arguments: [TransferSyntax.explicitVRLittleEndian, TransferSyntax(uid: PixelSyntax.jpegLosslessSV1)])
    func unmodifiedWriteBack(syntax: TransferSyntax) throws {
        let scratch = try TestData.scratchFolder("faceless-writeback")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("in"), output = scratch.appendingPathComponent("out")
        let written = try Self.craniumSeries(in: input, syntax: syntax)
        let series = try Self.scan(input)
        try series.writeBack(try series.loadVolume(), to: output)
        let results = try Self.pydicomDiff(originals: written.files, folder: output)
        #expect(results.count == 108)
        for result in results {
            #expect(result["headers_equal"] as? Bool == true, "\(result["written"] ?? "")")
            #expect((result["changed"] as? [Int])?.isEmpty == true, "\(result["written"] ?? ""): pixels changed")
            #expect(result["syntax"] as? String == syntax.uid)
        }
    }

    @Test("Modified write-back: exactly the changed voxels differ, through the inverse rescale, rounded and clamped")
    func modifiedWriteBack() throws {
        let scratch = try TestData.scratchFolder("faceless-writeback")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("in"), output = scratch.appendingPathComponent("out")
        let written = try Self.craniumSeries(in: input)
        let series = try Self.scan(input)
        let stored = try Self.int16(try series.loadVolume())
        // Work in HU as Float32, as the defacer does: a box set to 40.6 HU, stored as
        // (40.6 − intercept) / slope rounded half away from zero, and one voxel far beyond
        // the stored range, clamped to 32767.
        var hounsfield = stored.mapRealValues()
        let rescale = series.slices[0].rescale
        #expect(series.slices.allSatisfy { $0.rescale == rescale })
        let boxValue = Int(((40.6 - rescale.intercept) / rescale.slope).rounded())
        let box = (x: 100..<110, y: 30..<36, z: 50..<53)
        var expected: [Int: [Int: Int]] = [:]  // slice → flat pixel index → stored value
        for k in box.z { for j in box.y { for i in box.x {
            hounsfield.voxels[i + stored.size.x * (j + stored.size.y * k)] = 40.6
            expected[k, default: [:]][i + stored.size.x * j] = boxValue
        } } }
        hounsfield.voxels[7 + stored.size.x * (9 + stored.size.y * 80)] = 1e6
        expected[80, default: [:]][7 + stored.size.x * 9] = 32767
        try series.writeBack(hounsfield, to: output)

        let results = try Self.pydicomDiff(originals: written.files, folder: output)
        for (k, result) in results.enumerated() {
            let changed = try #require(result["changed"] as? [Int]), after = try #require(result["after"] as? [Int])
            let want = expected[k] ?? [:]
            // A voxel that already held the new value does not change.
            let wantChanged = want.filter { Int(stored.voxels[$0.key + stored.size.x * stored.size.y * k]) != $0.value }
            #expect(Dictionary(uniqueKeysWithValues: zip(changed, after)) == wantChanged, "slice \(k)")
            #expect(result["headers_equal"] as? Bool == true)
        }
    }

    @Test("Write-back refuses a volume of another size")
    func wrongSize() throws {
        let scratch = try TestData.scratchFolder("faceless-writeback")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try SeriesSynthesis.write(Self.indexedCT(), to: scratch.appendingPathComponent("in"), patient: .example)
        let series = try Self.scan(scratch.appendingPathComponent("in"))
        let other = Volume<Int16>(size: SIMD3(20, 14, 8), spacing: SIMD3(1, 1, 1), voxels: Array(repeating: 0, count: 20 * 14 * 8))
        #expect(throws: VolumeError.self) { try series.writeBack(other, to: scratch.appendingPathComponent("out")) }
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("out").path))
    }
}
