import Foundation
import Testing
import TestSupport
import Volume

/// `faceless deface` on DICOM studies and NIfTI, as a user runs it.
@Suite("faceless deface")
struct DefaceCommandTests {
    /// Every other slice of `volume`: a thicker series on the same frame of reference.
    static func thickSlices(_ volume: Volume<Int16>) -> Volume<Int16> {
        let plane = volume.size.x * volume.size.y
        var voxels: [Int16] = []
        for k in stride(from: 0, to: volume.size.z, by: 2) { voxels += volume.voxels[k * plane ..< (k + 1) * plane] }
        return Volume(size: SIMD3(volume.size.x, volume.size.y, voxels.count / plane), spacing: volume.spacing * SIMD3(1, 1, 2),
                      origin: volume.origin, direction: volume.direction, voxels: voxels, rescale: volume.rescale)
    }

    @Test("A study: two series share one mask, headers untouched, brain unchanged, nose and ears drowned; the rest is listed")
    func study() throws {
        let scratch = try TestData.scratchFolder("faceless-deface")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("in"), output = scratch.appendingPathComponent("out")
        let phantom = HeadPhantom()
        let thin = try SeriesSynthesis.write(phantom.volume, to: input.appendingPathComponent("thin"), patient: .example,
                                             options: .init(seriesNumber: 2))
        let thick = try SeriesSynthesis.write(Self.thickSlices(phantom.volume), to: input.appendingPathComponent("thick"), patient: .example,
                                              options: .init(seriesNumber: 3, studyInstanceUID: thin.studyInstanceUID,
                                                             frameOfReferenceUID: thin.frameOfReferenceUID))
        // A one-slice "localizer" and a file that is not DICOM.
        let slice = Volume(size: SIMD3(phantom.volume.size.x, phantom.volume.size.y, 1), spacing: phantom.volume.spacing,
                           origin: phantom.volume.origin, voxels: Array(phantom.volume.voxels.prefix(phantom.volume.size.x * phantom.volume.size.y)),
                           rescale: phantom.volume.rescale)
        try SeriesSynthesis.write(slice, to: input.appendingPathComponent("scout"), patient: .example, options: .init(seriesNumber: 1))
        try Data("notes".utf8).write(to: input.appendingPathComponent("notes.txt"))

        let run = try faceless(["deface", input.path, output.path, "--seed", "4"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\(thin.seriesInstanceUID) (") && run.stdout.contains("segmented here"), "\(run.stdout)")
        #expect(run.stdout.contains("mask from \(thin.seriesInstanceUID)"), "\(run.stdout)")
        #expect(run.stderr.contains("notes.txt: not readable as DICOM"))
        #expect(run.stderr.contains("1 slice(s): not a volume"))

        // pydicom: every header element equal, pixels changed; our reader: the anatomy.
        for written in [thin, thick] {
            let folder = written.files[0].deletingLastPathComponent().lastPathComponent
            let pairs = written.files.map { ["original": $0.path, "written": output.appendingPathComponent(folder).appendingPathComponent($0.lastPathComponent).path] }
            let report = try Oracle.run("volume_oracle.py", "diff", manifest: ["pairs": pairs])
            let results = try #require(report["results"] as? [[String: Any]])
            #expect(results.count == written.files.count)
            #expect(results.allSatisfy { $0["headers_equal"] as? Bool == true })
            #expect(results.reduce(0) { $0 + (($1["changed"] as? [Int])?.count ?? 0) } > 10_000)
        }
        let scan = SeriesScanner.scan([output.appendingPathComponent("thin")])
        guard case .int16(let after) = try #require(scan.series.first).loadVolume() else { Issue.record("not Int16"); return }
        var brainChanged = 0, noseKept = 0
        for n in 0..<phantom.parts.count {
            if phantom.contains(.brain, voxel: n), after.voxels[n] != phantom.volume.voxels[n] { brainChanged += 1 }
            if phantom.contains(.nose, voxel: n), !(-125...100).contains(Int(after.voxels[n]) - 1024) { noseKept += 1 }
        }
        #expect(brainChanged == 0)
        #expect(noseKept == 0)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("scout").path))
    }

    @Test("NIfTI in, NIfTI out: nibabel reads it; air mode writes −1000 HU")
    func nifti() throws {
        let scratch = try TestData.scratchFolder("faceless-deface")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("head.nii.gz"), output = scratch.appendingPathComponent("defaced.nii.gz")
        try NIfTI.write(HeadPhantom(shape: HeadPhantom.variant(2)).volume, to: input)
        let run = try faceless(["deface", input.path, output.path, "--mode", "air"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("CT: "), "\(run.stdout)")
        // nibabel finds as many voxels at −1000 HU as were drowned, plus the air the phantom had.
        let drowned = try #require(Int(run.stdout.split(separator: " ").dropFirst().first ?? ""), "\(run.stdout)")
        let report = try Oracle.run("volume_oracle.py", "count", manifest: ["file": output.path, "value": -1000])
        let before = try Oracle.run("volume_oracle.py", "count", manifest: ["file": input.path, "value": -1000])
        #expect(report["shape"] as? [Int] == [160, 160, 120])
        let after = try #require(report["count"] as? Int), original = try #require(before["count"] as? Int)
        #expect(after >= drowned && after > original, "\(after) voxels at −1000 HU after, \(original) before, \(drowned) drowned")
    }

    @Test("Refusals: OUT inside IN, a bad mode, a volume without a head", arguments: [
        (["deface", "IN", "IN/out"], "must not be IN or inside it"),
        (["deface", "IN", "OUT", "--mode", "fog"], "--mode must be face, air or a number"),
        (["deface", "flat.nii", "OUT.nii"], "no body to find"),
    ])
    func refusals(arguments: [String], message: String) throws {
        let scratch = try TestData.scratchFolder("faceless-deface")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("IN"), withIntermediateDirectories: true)
        let flat = Volume<Int16>(size: SIMD3(32, 32, 16), spacing: SIMD3(1, 1, 1), voxels: [Int16](repeating: 1000, count: 32 * 32 * 16))
        try NIfTI.write(flat, to: scratch.appendingPathComponent("flat.nii"))
        let run = try faceless(arguments, in: scratch)
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("OUT.nii").path))
    }
}
