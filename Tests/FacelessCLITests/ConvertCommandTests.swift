import Foundation
import Testing
import TestSupport
import Volume

/// `faceless convert` against dcm2niix (PyPI) and nibabel (Tests/Oracle/volume_oracle.py).
@Suite("faceless convert")
struct ConvertCommandTests {
    /// A small CT whose voxel values encode their index, so flips and swaps show.
    static func indexedCT() -> Volume<Int16> {
        let size = SIMD3(22, 15, 11)
        var voxels: [Int16] = []
        for k in 0..<size.z { for j in 0..<size.y { for i in 0..<size.x { voxels.append(Int16(i + 22 * j + 330 * k)) } } }
        return Volume(size: size, spacing: SIMD3(0.75, 0.6, 2), origin: SIMD3(-80, -70.5, 20),
                      voxels: voxels, rescale: (1, -1024))
    }

    struct Case: Sendable, CustomStringConvertible {
        let description: String
        let options: SeriesSynthesis.Options
        let data: String?  // a fetched test volume instead of the indexed phantom
    }

    static let cases: [Case] = [
        Case(description: "Cranium CT", options: .init(), data: "invesalius/Cranium.inv3"),
        Case(description: "brainsmall MR", options: .init(), data: "volpack/brainsmall.den"),
        Case(description: "reversed order, lying SliceLocation", options: .init(reversedOrder: true, sliceLocation: .contradictory), data: nil),
        Case(description: "oblique, reversed", options: .init(reversedOrder: true, obliqueRotationDegrees: SIMD3(17, -11, 28)), data: nil),
        Case(description: "oblique, no SliceLocation", options: .init(sliceLocation: .omitted, obliqueRotationDegrees: SIMD3(-25, 8, 0)), data: nil),
    ]

    static func writeSeries(_ testCase: Case, to folder: URL) throws {
        switch testCase.data {
        case "invesalius/Cranium.inv3":
            let url = try #require(TestData.file("invesalius/Cranium.inv3"))
            try SeriesSynthesis.write(try InVesaliusProject(contentsOf: url).volume, to: folder, patient: .example, options: testCase.options)
        case "volpack/brainsmall.den":
            let url = try #require(TestData.file("volpack/brainsmall.den"))
            try SeriesSynthesis.write(try VolPackDen(contentsOf: url).volume, to: folder, patient: .example, options: testCase.options)
        default:
            try SeriesSynthesis.write(indexedCT(), to: folder, patient: .example, options: testCase.options)
        }
    }

    @Test("DICOM series → NIfTI: voxels equal to dcm2niix's, affine within 1e-3 mm; NIfTI → NIfTI-2 unchanged",
          arguments: cases)
    func matchesDcm2niix(_ testCase: Case) throws {
        let scratch = try TestData.scratchFolder("faceless-convert")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let series = scratch.appendingPathComponent("series")
        try Self.writeSeries(testCase, to: series)
        let nifti = scratch.appendingPathComponent("ours.nii.gz"), nifti2 = scratch.appendingPathComponent("ours2.nii")
        let run = try faceless(["convert", series.path, nifti.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("wrote \(nifti.path)"))
        let again = try faceless(["convert", nifti.path, nifti2.path, "--nifti2"])
        #expect(again.status == 0, "\(again.stderr)")

        let report = try Oracle.run("volume_oracle.py", "compare", manifest: ["pairs": [
            ["ours": nifti.path, "dicom": series.path],
            ["ours": nifti2.path, "reference": nifti.path],
        ]])
        let results = try #require(report["results"] as? [[String: Any]])
        #expect(results.count == 2)
        #expect((report["problems"] as? [Any])?.isEmpty == true, "\(Oracle.describe(report["problems"]))")
        for result in results {
            #expect(result["differing_voxels"] as? Int == 0)
            #expect(((result["max_affine_difference"] as? Double) ?? 1) <= 1e-3)
        }
    }

    @Test("A folder with two series is refused with both listed; --series picks one; other files are named")
    func severalSeries() throws {
        let scratch = try TestData.scratchFolder("faceless-convert")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("in")
        let first = try SeriesSynthesis.write(Self.indexedCT(), to: input, patient: .example, options: .init(seriesNumber: 2, fileNamePrefix: "A"))
        let second = try SeriesSynthesis.write(Self.indexedCT(), to: input, patient: .example, options: .init(seriesNumber: 3, fileNamePrefix: "B"))
        try Data("hello".utf8).write(to: input.appendingPathComponent("README.txt"))
        let output = scratch.appendingPathComponent("out.nii")

        let refused = try faceless(["convert", input.path, output.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("holds 2 image series; choose one with --series"))
        #expect(refused.stderr.contains(first.seriesInstanceUID) && refused.stderr.contains(second.seriesInstanceUID))
        #expect(refused.stderr.contains("skipped \(input.appendingPathComponent("README.txt").path): not readable as DICOM"))
        #expect(!FileManager.default.fileExists(atPath: output.path))

        let chosen = try faceless(["convert", input.path, output.path, "--series", second.seriesInstanceUID])
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.path))
    }

    @Test("Missing slices: refused with the gap named unless --allow-irregular")
    func missingSlices() throws {
        let scratch = try TestData.scratchFolder("faceless-convert")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("in")
        let written = try SeriesSynthesis.write(Self.indexedCT(), to: input, patient: .example)
        try FileManager.default.removeItem(at: written.files[5])
        let output = scratch.appendingPathComponent("out.nii.gz")

        let refused = try faceless(["convert", input.path, output.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("missing 1 slice(s) between \(written.files[4].lastPathComponent) and \(written.files[6].lastPathComponent)"))
        #expect(refused.stderr.contains("--allow-irregular"))
        #expect(!FileManager.default.fileExists(atPath: output.path))

        let allowed = try faceless(["convert", input.path, output.path, "--allow-irregular"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.path))
    }

    @Test("Bad input: clear one-line errors, nothing written", arguments: [
        (["convert", "/nonexistent/folder", "OUT.nii"], "no such file or folder"),
        (["convert", "IN", "OUT.png"], "OUT must end in .nii or .nii.gz"),
        (["convert", "EMPTY", "OUT.nii"], "no image series in"),
        (["convert", "GARBAGE.nii", "OUT.nii"], "GARBAGE.nii: "),
    ])
    func badInput(arguments: [String], message: String) throws {
        let scratch = try TestData.scratchFolder("faceless-convert")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("EMPTY"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("IN"), withIntermediateDirectories: true)
        try Data(repeating: 7, count: 400).write(to: scratch.appendingPathComponent("GARBAGE.nii"))
        let run = try faceless(arguments, in: scratch)
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"))
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("OUT.nii").path))
    }
}
