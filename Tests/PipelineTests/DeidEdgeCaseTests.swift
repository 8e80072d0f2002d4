import Foundation
import Testing
import TestSupport

/// `faceless deid` on parts of the example tree: the dry run, refusals, a study without a row in
/// the mapping sheet, a study still showing a face (quarantined), a selected localizer.
@Suite("faceless deid: edge cases", .serialized)
struct DeidEdgeCaseTests {
    typealias Fixture = ExampleTreeFixture

    /// A copy of the patient folders `patients` of the example tree in a new scratch folder.
    static func partialTree(_ patients: [String]) throws -> URL {
        let fixture = try Fixture.fixture()
        let folder = try TestData.scratchFolder("faceless-deid-part")
        for patient in patients {
            try FileManager.default.copyItem(at: fixture.tree.root.appendingPathComponent(patient),
                                             to: folder.appendingPathComponent("tree/\(patient)"))
        }
        return folder
    }

    @Test("--dry-run lists studies, series, exclusions and junk, and writes nothing")
    func dryRun() throws {
        let fixture = try Fixture.fixture()
        let output = fixture.folder.appendingPathComponent("dry")
        let run = try FacelessTool.run(["deid", fixture.tree.root.path, output.path, "--key-file", fixture.keyFile.path,
                                        "--map", fixture.tree.mappingSheet.path, "--dry-run"])
        #expect(run.status == 0, "\(run.stderr)")
        for expected in ["/SUBJ-001/study-", "/SUBJ-002/study-", "/SUBJ-003/study-", "defaced (mask of series-2)",
                         "excluded: a localizer", "excluded: a secondary capture", "not used: "] {
            #expect(run.stdout.contains(expected), "dry run lacks \(expected): \(run.stdout)")
        }
        for folder in [output.path, output.path + "-report", output.path + "-quarantine"] {
            #expect(!FileManager.default.fileExists(atPath: folder), "the dry run wrote \(folder)")
        }
    }

    @Test("Refused with a clear message and exit 2: OUT in IN, no key, a bad rule, a missing input, a bad sheet")
    func refusals() throws {
        let fixture = try Fixture.fixture()
        let tree = fixture.tree.root.path, key = fixture.keyFile.path
        let scratch = try TestData.scratchFolder("faceless-deid-refused")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out").path
        let cases: [([String], String)] = [
            (["deid", tree, tree + "/Doe_Jane/out", "--key-file", key], "inside the input"),
            (["deid", tree, out], "give --key-file KEY"),
            (["deid", tree, out, "--key-file", key, "--include", "PatientName=*"], "cannot be selected on"),
            (["deid", scratch.appendingPathComponent("missing").path, out, "--key-file", key], "is not a folder"),
            (["deid", tree, out, "--key-file", key, "--map", scratch.appendingPathComponent("none.xlsx").path], "mapping sheet"),
            (["deid", tree, out, "--key-file", key, "--report", tree + "/report"], "inside the input"),
            (["deid", tree, out, "--key-file", key, "--report", out + "/report"], "overlaps OUT"),
            (["deid", tree, out, "--key-file", key, "--mapping-out", out + "/ids.csv"], "overlaps OUT"),
            (["deid", tree, out, "--key-file", key, "--mapping-out", out + "-report/ids.csv"], "inside the report folder"),
        ]
        for (arguments, message) in cases {
            let run = try FacelessTool.run(arguments)
            #expect(run.status == 2 && run.stderr.contains(message), "\(arguments.dropFirst(2)): \(run.status) \(run.stderr)")
        }
        #expect(Fixture.digests(under: fixture.tree.root) == fixture.inputDigests, "a refused run touched the input")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("A study without a row in the mapping sheet fails, is not written, and the report names no identifier")
    func unmapped() throws {
        let fixture = try Fixture.fixture()
        let folder = try Self.partialTree(["Roe_Richard", "Poe_Edgar"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = folder.appendingPathComponent("ids.csv")
        try Data("PatientID,New_ID\nFAKE-MRN-0099,SUBJ-003\n".utf8).write(to: sheet)
        let output = folder.appendingPathComponent("out")
        let run = try FacelessTool.run(["deid", folder.appendingPathComponent("tree").path, output.path, "--key-file", fixture.keyFile.path,
                                        "--map", sheet.path, "--include", "ImageType=*LOCALIZER*"])
        #expect(run.status == 1, "\(run.stdout) \(run.stderr)")
        #expect(run.stdout.contains("1 exported, 0 quarantined, 1 failed"), "\(run.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["SUBJ-003"])
        let failed = try #require(try Fixture.studies(output)["not-de-identified"])
        #expect((failed["reasons"] as? [String])?.first?.contains("no row in the mapping sheet") == true, "\(failed)")
        let report = URL(fileURLWithPath: output.path + "-report")
        for file in OutputChecks.files(under: report) {
            #expect(try OutputChecks.leakedTokens(fixture.tree.phiTokens, in: file).isEmpty, "\(file.lastPathComponent)")
        }

        // The selected localizer went out with its burned-in name removed.
        let poe = try #require(try Fixture.studies(output)["SUBJ-003"])
        let localizer = try #require((poe["series"] as? [[String: Any]])?.first { $0["defaced"] as? Bool == false })
        // POE^EDGAR over POE EDGAR 0099: touching letters merge, so count words' worth, not letters.
        #expect(((localizer["textRegions"] as? [Any])?.count ?? 0) >= 5, "\(localizer)")
        let scout = try DeidCommandTests.seriesFolder(output, patient: "SUBJ-003", series: "series-1")
        let compared = try Oracle.run("pipeline_oracle.py", "compare", manifest: ["pairs": [
            ["input": folder.appendingPathComponent("tree/Poe_Edgar/CT_20240815/SCOUT").path, "output": scout.path, "text_box": [0, 0, 160, 20]],
        ]])
        let pair = try #require((compared["pairs"] as? [[String: Any]])?.first)
        #expect((pair["text_box_max_before"] as? Double ?? 0) > 3000 && (pair["text_box_max"] as? Double ?? 9999) < 300, "\(Oracle.describe(pair))")
        #expect(pair["burned_in_annotation"] as? [String] == ["NO"] && pair["recognizable_visual_features"] as? [String] == [""])
    }

    @Test("Air mode bares the real CT's skull, which dlib scores as a face: the study is quarantined, not exported")
    func quarantine() throws {
        let fixture = try Fixture.fixture()
        let folder = try Self.partialTree(["Doe_Jane"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let run = try FacelessTool.run(["deid", folder.appendingPathComponent("tree").path, output.path, "--key-file", fixture.keyFile.path,
                                        "--map", fixture.tree.mappingSheet.path, "--mode", "air"])
        #expect(run.status == 1, "\(run.stdout) \(run.stderr)")
        #expect(run.stdout.contains("0 exported, 1 quarantined"), "\(run.stdout)")
        #expect(OutputChecks.files(under: output).isEmpty, "a quarantined study reached OUT")
        let quarantined = OutputChecks.files(under: URL(fileURLWithPath: output.path + "-quarantine"))
        #expect(quarantined.filter { $0.pathExtension == "dcm" }.count == 108)
        #expect(quarantined.contains { $0.lastPathComponent == "QUARANTINED.txt" })
        let study = try #require(try Fixture.studies(output)["SUBJ-001"])
        #expect(study["status"] as? String == "quarantined")
        #expect((study["reasons"] as? [String])?.first?.contains("a face in") == true, "\(study)")
        // The series was written while the check ran, as a pass would declare it, then again
        // once the check failed: the files do not claim the face removed, and every header
        // action is counted once per file.
        let sopRow = (study["headerActions"] as? [[String: Any]])?.first { $0["keyword"] as? String == "SOPInstanceUID" }
        #expect(sopRow?["count"] as? Int == 108 && study["filesWritten"] as? Int == 108, "\(study)")
        let input = try #require(OutputChecks.files(under: folder.appendingPathComponent("tree/Doe_Jane")).first { $0.pathExtension == "dcm" })
        let written = try #require(quarantined.first { $0.pathExtension == "dcm" })
        let compared = try Oracle.run("pipeline_oracle.py", "compare", manifest: ["pairs": [
            ["input": input.deletingLastPathComponent().path, "output": written.deletingLastPathComponent().path],
        ]])
        let pair = try #require((compared["pairs"] as? [[String: Any]])?.first)
        #expect(pair["recognizable_visual_features"] as? [String] == [""], "\(Oracle.describe(pair))")
        #expect(pair["burned_in_annotation"] as? [String] == ["NO"], "\(Oracle.describe(pair))")
    }
}
