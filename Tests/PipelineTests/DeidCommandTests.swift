import Crypto
import DICOM
import Foundation
import Testing
import TestSupport

/// `faceless deid` run as a user runs it, on the example tree of three patients: the real head
/// CT with fake PHI (Explicit VR LE and JPEG Lossless), a phantom patient with two series of
/// one Frame of Reference, a localizer and a dose report, and junk files.
@Suite("faceless deid", .serialized)
struct DeidCommandTests {
    typealias Fixture = ExampleTreeFixture

    /// The output series folder of a patient's study: `OUT/<patient>/study-*/<series>`.
    static func seriesFolder(_ output: URL, patient: String, series: String) throws -> URL {
        let patientFolder = output.appendingPathComponent(patient)
        let study = try #require(try FileManager.default.contentsOfDirectory(atPath: patientFolder.path).first { $0.hasPrefix("study-") })
        return patientFolder.appendingPathComponent(study).appendingPathComponent(series)
    }

    @Test("Every study exported with the sheet's IDs; inputs untouched; junk listed, never copied")
    func layoutAndListing() throws {
        let fixture = try Fixture.fixture()
        #expect(fixture.run.status == 0, "\(fixture.run.stdout)\n\(fixture.run.stderr)")
        #expect(fixture.run.stdout.contains("studies: 3 exported, 0 quarantined, 0 failed"))
        #expect(fixture.run.stdout.contains("report: \(fixture.output.path)-report/index.html"))
        let patients = try FileManager.default.contentsOfDirectory(atPath: fixture.output.path).sorted()
        #expect(patients == ["SUBJ-001", "SUBJ-002", "SUBJ-003"])
        let outputs = OutputChecks.files(under: fixture.output)
        #expect(outputs.count == 108 + 108 + 120 + 60, "\(outputs.count) files written")
        #expect(outputs.allSatisfy { $0.pathExtension == "dcm" && !$0.path.contains(".faceless-partial") })
        for junk in fixture.tree.junk {
            #expect(fixture.run.stderr.contains("not used: \(junk.path)"), "\(junk.lastPathComponent) is not listed")
        }
        #expect(Fixture.digests(under: fixture.tree.root) == fixture.inputDigests, "the input folder changed")
    }

    @Test("--mapping-out links each study to its original IDs and its output folder, outside OUT and the report")
    func mappingTable() throws {
        let fixture = try Fixture.fixture()
        let lines = try String(contentsOf: fixture.mappingOut, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Original_PatientID,Original_AccessionNumber,Original_StudyInstanceUID,New_ID,") == true)
        #expect(lines.count == 4, "\(lines)")
        for (id, newID) in [("FAKE-MRN-0077", "SUBJ-002"), ("FAKE-MRN-0099", "SUBJ-003")] {
            let row = try #require(lines.first { $0.hasPrefix("\"\(id)\"") }, "no row for \(id)")
            let cells = row.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            #expect(cells[3] == newID && cells[7] == "exported", "\(row)")
            #expect(cells[8].hasPrefix(fixture.output.path + "/\(newID)/study-") && FileManager.default.fileExists(atPath: cells[8]), "\(row)")
        }
        #expect(fixture.run.stdout.contains("ID table (names patients; keep it private): \(fixture.mappingOut.path)"))
    }

    @Test("No PHI token in any output byte, file name or report file")
    func noPHI() throws {
        let fixture = try Fixture.fixture()
        let report = URL(fileURLWithPath: fixture.output.path + "-report")
        let tokens = fixture.tree.phiTokens
        var leaks: [String] = []
        for file in OutputChecks.files(under: fixture.output) {
            let relative = String(file.path.dropFirst(fixture.output.path.count))
            leaks += tokens.filter { relative.uppercased().contains($0.uppercased()) }.map { "\(relative) names \($0)" }
            leaks += try OutputChecks.leakedTokens(tokens, in: file, skippingPixelData: true).map { "\(relative): \($0)" }
        }
        let reportFiles = OutputChecks.files(under: report)
        #expect(reportFiles.contains { $0.lastPathComponent == "index.html" } && reportFiles.contains { $0.lastPathComponent == "audit.jsonl" })
        for file in reportFiles {
            leaks += try OutputChecks.leakedTokens(tokens, in: file).map { "report \(file.lastPathComponent): \($0)" }
        }
        #expect(leaks.isEmpty, "\(leaks.prefix(20))")
    }

    @Test("pydicom: skull and brain unchanged, face drowned, text gone, IDs from the sheet, syntax kept")
    func pixelsAndHeaders() throws {
        let fixture = try Fixture.fixture()
        let tree = fixture.tree.root
        let pairs: [[String: Any]] = [
            ["input": tree.appendingPathComponent("Doe_Jane/CT_HEAD_20240611/AXIAL").path,
             "output": try Self.seriesFolder(fixture.output, patient: "SUBJ-001", series: "series-2").path],
            ["input": tree.appendingPathComponent("Roe_Richard/20240702/series2").path,
             "output": try Self.seriesFolder(fixture.output, patient: "SUBJ-002", series: "series-2").path],
            ["input": tree.appendingPathComponent("Poe_Edgar/CT_20240815/AXIAL_2MM").path,
             "output": try Self.seriesFolder(fixture.output, patient: "SUBJ-003", series: "series-2").path, "text_box": [0, 0, 160, 20]],
            ["input": tree.appendingPathComponent("Poe_Edgar/CT_20240815/AXIAL_4MM").path,
             "output": try Self.seriesFolder(fixture.output, patient: "SUBJ-003", series: "series-3").path, "text_box": [0, 0, 160, 20]],
        ]
        let result = try Oracle.run("pipeline_oracle.py", "compare", manifest: ["pairs": pairs])
        let compared = try #require(result["pairs"] as? [[String: Any]])
        #expect(compared.count == 4)
        for (index, (pair, expectedID)) in zip(compared, ["SUBJ-001", "SUBJ-002", "SUBJ-003", "SUBJ-003"]).enumerated() {
            let context = "pair \(index): \(Oracle.describe(pair))"
            #expect(pair["input_slices"] as? Int == pair["output_slices"] as? Int, "\(context)")
            #expect(pair["geometry_equal"] as? Bool == true, "\(context)")
            #expect((pair["bone_voxels"] as? Int ?? 0) > 10_000 && pair["bone_changed"] as? Int == 0, "\(context)")
            #expect((pair["inside_skull_voxels"] as? Int ?? 0) > 10_000 && pair["inside_skull_changed"] as? Int == 0, "\(context)")
            #expect((pair["changed"] as? Int ?? 0) > 100_000, "\(context)")
            #expect(pair["patient_ids"] as? [String] == [expectedID] && pair["patient_names"] as? [String] == [expectedID], "\(context)")
            #expect(pair["burned_in_annotation"] as? [String] == ["NO"], "\(context)")
            #expect(pair["recognizable_visual_features"] as? [String] == ["NO"], "\(context)")
        }
        #expect(compared[1]["transfer_syntaxes"] as? [String] == [UIDRegistry.jpegLosslessSV1], "JPEG Lossless stays JPEG Lossless")
        #expect(compared[0]["transfer_syntaxes"] as? [String] == [UIDRegistry.explicitVRLittleEndian])
        for pair in compared[2...] {
            // The name was burned in at 3071 HU; the face fill stays at soft tissue.
            #expect((pair["text_box_max_before"] as? Double ?? 0) > 3000 && (pair["text_box_max"] as? Double ?? 9999) < 300, "\(Oracle.describe(pair))")
        }
    }

    @Test("No new dciodvfy errors; dcmdump reads the outputs")
    func validDICOM() throws {
        let fixture = try Fixture.fixture()
        let tree = fixture.tree.root
        let inputs = ["Doe_Jane/CT_HEAD_20240611/AXIAL", "Roe_Richard/20240702/series2", "Poe_Edgar/CT_20240815/AXIAL_2MM"]
        for (input, patient) in zip(inputs, ["SUBJ-001", "SUBJ-002", "SUBJ-003"]) {
            let output = try Self.seriesFolder(fixture.output, patient: patient, series: "series-2")
            let inputFile = try #require(OutputChecks.files(under: tree.appendingPathComponent(input)).first)
            let outputFile = output.appendingPathComponent("0001.dcm")
            let before = Set(try OutputChecks.dciodvfyErrors(inputFile)), after = try OutputChecks.dciodvfyErrors(outputFile)
            #expect(after.filter { !before.contains($0) }.isEmpty, "new dciodvfy errors in \(patient): \(after)")
            let dump = try Processes.run(URL(fileURLWithPath: "/usr/bin/dcmdump"), [outputFile.path])
            #expect(dump.status == 0, "dcmdump \(outputFile.path): \(dump.stderr)")
        }
    }

    @Test("Report: verdicts, exclusions with reasons, unused files counted, audit lines with true output hashes")
    func reportAndAudit() throws {
        let fixture = try Fixture.fixture()
        let report = try Fixture.report(fixture.output)
        let studies = try Fixture.studies(fixture.output)
        let verdicts = studies.mapValues { (($0["series"] as? [[String: Any]]) ?? []).compactMap { ($0["verification"] as? [String: Any])?["verdict"] as? String } }
        #expect(verdicts == ["SUBJ-001": ["PASS"], "SUBJ-002": ["PASS"], "SUBJ-003": ["INCONCLUSIVE", "INCONCLUSIVE"]])
        let poe = try #require(studies["SUBJ-003"])
        let excluded = try #require(poe["excluded"] as? [[String: Any]]).compactMap { $0["reason"] as? String }
        #expect(excluded.count == 2 && excluded.contains { $0.contains("localizer") } && excluded.contains { $0.contains("secondary capture") }, "\(excluded)")
        let masks = try #require(poe["series"] as? [[String: Any]]).compactMap { $0["maskSource"] as? String }
        #expect(masks == ["segmented on this series", "mask of series-2"])
        let regions = try #require(poe["series"] as? [[String: Any]]).map { ($0["textRegions"] as? [Any])?.count ?? 0 }
        #expect(regions.allSatisfy { $0 > 0 }, "text regions per series: \(regions)")
        for patient in ["SUBJ-001", "SUBJ-002"] {
            let series = try #require((studies[patient]?["series"] as? [[String: Any]])?.first)
            #expect((series["textRegions"] as? [Any])?.isEmpty == true, "no text in the real CT, yet regions were removed in \(patient)")
        }
        let unusable = try #require(report["unusableFiles"] as? [String: Int])
        #expect(unusable.values.reduce(0, +) == fixture.tree.junk.count, "\(unusable)")

        let reportFolder = URL(fileURLWithPath: fixture.output.path + "-report")
        for study in studies.values {
            let page = "studies/\(study["patient"] ?? "")/\(study["study"] ?? "").html"
            #expect(FileManager.default.fileExists(atPath: reportFolder.appendingPathComponent(page).path), "\(page)")
        }
        let lines = try String(contentsOf: reportFolder.appendingPathComponent("audit.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == fixture.inputDigests.count, "one audit line per input file")
        let entries = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(Set(entries.compactMap { $0["input_sha256"] as? String }) == Set(fixture.inputDigests.values))
        let written = entries.filter { $0["status"] as? String == "written" }
        #expect(written.count == OutputChecks.files(under: fixture.output).count)
        for entry in written {
            let output = fixture.output.appendingPathComponent(try #require(entry["output"] as? String))
            let digest = SHA256.hash(data: try Data(contentsOf: output)).map { String(format: "%02x", $0) }.joined()
            #expect(entry["output_sha256"] as? String == digest)
        }
    }

    @Test("faceless verify finds no face in the written series, against the original's face")
    func verifyWritten() throws {
        let fixture = try Fixture.fixture()
        let output = try Self.seriesFolder(fixture.output, patient: "SUBJ-001", series: "series-2")
        let original = fixture.tree.root.appendingPathComponent("Doe_Jane/CT_HEAD_20240611/AXIAL")
        let verify = try FacelessTool.run(["verify", output.path, "--against", original.path])
        #expect(verify.status == 0, "\(verify.stdout) \(verify.stderr)")
        #expect(verify.stdout.contains("PASS: no face in 44 renders"))
    }

    @Test("Interrupted midway, rerun with --resume (two jobs at once): OUT equals the uninterrupted run")
    func resume() throws {
        let fixture = try Fixture.fixture()
        let output = fixture.folder.appendingPathComponent("out-interrupted")
        let arguments = ["deid", fixture.tree.root.path, output.path, "--key-file", fixture.keyFile.path, "--map", fixture.tree.mappingSheet.path]
        let process = Process()
        process.executableURL = FacelessTool.executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once the first study is finished and the second is under way.
        let markers = URL(fileURLWithPath: output.path + "-report/resume")
        let deadline = Date().addingTimeInterval(600)
        while process.isRunning, OutputChecks.files(under: markers).isEmpty, Date() < deadline { usleep(50_000) }
        usleep(300_000)
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(wasRunning && process.terminationReason == .uncaughtSignal, "the run ended before it could be interrupted")
        #expect(OutputChecks.files(under: markers).count < 3)

        let refused = try FacelessTool.run(arguments)
        #expect(refused.status == 2 && refused.stderr.contains("pass --resume"), "\(refused.stderr)")

        // The rest in two jobs at once: concurrency must not change a byte either.
        let resumed = try FacelessTool.run(arguments + ["--resume", "--jobs", "2"])
        #expect(resumed.status == 0, "\(resumed.stdout) \(resumed.stderr)")
        #expect(resumed.stderr.contains("finished by an earlier run"))
        let expected = Self.contents(of: fixture.output), actual = Self.contents(of: output)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        #expect(actual == expected, "\(actual.filter { expected[$0.key] != $0.value }.keys.sorted().prefix(5)) differ")
    }

    /// Every file under `folder` by relative path, as SHA-256.
    static func contents(of folder: URL) -> [String: String] {
        Dictionary(uniqueKeysWithValues: ExampleTreeFixture.digests(under: folder).map { (String($0.key.dropFirst(folder.path.count)), $0.value) })
    }
}
