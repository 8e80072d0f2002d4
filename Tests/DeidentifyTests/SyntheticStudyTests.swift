import DICOM
import Deidentify
import Foundation
import Testing
import TestSupport

/// The acceptance test of issue 4 on a realistic 20-slice CT study full of invented PHI:
/// through the engine and through the `faceless headers` executable.
@Suite("Synthetic PHI study")
struct SyntheticStudyTests {
    /// Checks one de-identified copy of the study against the original.
    static func checkOutput(_ written: SyntheticPHIStudy.Written, input: URL, output: URL) throws {
        let outputs = OutputChecks.files(under: output)
        #expect(outputs.count == written.files.count)
        #expect(written.phiTokens.count >= 30)

        // 1. No token in any output byte (case-insensitive ASCII); and each token was in the input.
        for file in written.files {
            #expect(try OutputChecks.leakedTokens(written.phiTokens, in: file).count >= 28, "the input must hold the tokens")
        }
        for file in outputs {
            let leaked = try OutputChecks.leakedTokens(written.phiTokens, in: file)
            #expect(leaked.isEmpty, "\(file.lastPathComponent) still holds \(leaked)")
        }

        // 2. pydicom reads every output: UIDs new and consistent, SOP instances unique, references
        //    resolve, meta in sync, preamble zero, provenance set, pixel data bytes unchanged.
        let before = try DeidTest.pydicomRead(written.files)
        let after = try DeidTest.pydicomRead(outputs)
        #expect(after.allSatisfy { $0["error"] == nil }, "pydicom: \(Oracle.describe(after.filter { $0["error"] != nil }))")
        let studies = Set(after.compactMap { $0["study"] as? String })
        let series = Set(after.compactMap { $0["series"] as? String })
        let frames = Set(after.compactMap { $0["frame"] as? String })
        #expect(studies.count == 1 && series.count == 1 && frames.count == 1)
        #expect(!studies.contains(written.studyInstanceUID) && !series.contains(written.seriesInstanceUID)
                && !frames.contains(written.frameOfReferenceUID))
        #expect(studies.allSatisfy { $0.hasPrefix("2.25.") && $0.count <= 64 })
        let sops = after.compactMap { $0["sop"] as? String }
        #expect(Set(sops).count == written.files.count)
        #expect(Set(sops).isDisjoint(with: written.sopInstanceUIDs))
        for file in after {
            #expect(file["sop"] as? String == file["media_sop"] as? String)
            #expect((file["source_ae"] as? String ?? "x").isEmpty)
            #expect(file["preamble_zero"] as? Bool == true)
            #expect(file["identity_removed"] as? String == "YES")
            #expect((file["method_codes"] as? [String])?.first == "113100")
            #expect(file["longitudinal"] as? String == "REMOVED")
            for reference in file["references"] as? [String] ?? [] {
                #expect(sops.contains(reference), "reference \(reference) resolves to no output instance")
            }
        }
        #expect(after.contains { !($0["references"] as? [String] ?? []).isEmpty }, "the references were kept")
        let pixelsBefore = before.map { $0["pixel_sha256"] as? String ?? "" }
        let pixelsAfter = after.map { $0["pixel_sha256"] as? String ?? "" }
        #expect(pixelsBefore == pixelsAfter && !pixelsBefore.contains(""))

        // 3. dciodvfy: no error the input did not have (first, a middle and the last slice).
        for index in [0, written.files.count / 2, written.files.count - 1] {
            let name = written.files[index].lastPathComponent
            let old = Set(try OutputChecks.dciodvfyErrors(written.files[index]))
            let new = try OutputChecks.dciodvfyErrors(output.appendingPathComponent(name))
            let added = new.filter { !old.contains($0) }
            #expect(added.isEmpty, "dciodvfy errors added in \(name): \(added)")
        }
        // 4. dcmdump parses every output.
        let dump = try Processes.run(URL(fileURLWithPath: "/usr/bin/dcmdump"), ["-q"] + outputs.map(\.path))
        #expect(dump.status == 0, "dcmdump: \(dump.stderr.prefix(2000))")
    }

    @Test("engine: no PHI token left, UIDs consistent, references resolve, dciodvfy and pixels unchanged")
    func engine() throws {
        let scratch = try TestData.scratchFolder("faceless-deid")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("in"), output = scratch.appendingPathComponent("out")
        let written = try SyntheticPHIStudy.write(to: input, slices: 20, size: 64)
        let summary = try BatchRun(deidentifier: try Deidentifier(key: try DeidTest.key()), input: input, output: output).run()
        #expect(summary.filesWritten == 20 && summary.failures.isEmpty)
        #expect(summary.tally.count(of: .patientName, .replaced) == 20)
        #expect(summary.tally.count(of: Tag(0x0009, 0), .privateRemoved) == 40)
        try Self.checkOutput(written, input: input, output: output)
        // The engine never wrote into its input.
        #expect(OutputChecks.files(under: input).count == 20)
    }

    @Test("CLI: faceless headers gives the same result; refuses OUT inside IN and runs without a key")
    func commandLine() throws {
        let scratch = try TestData.scratchFolder("faceless-deid-cli")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("in"), output = scratch.appendingPathComponent("out")
        let written = try SyntheticPHIStudy.write(to: input, slices: 20, size: 64)
        let keyFile = try DeidTest.keyFile(in: scratch)
        let mappingOut = scratch.appendingPathComponent("ids.csv")
        let run = try DeidTest.faceless(["headers", input.path, output.path, "--key-file", keyFile, "--mapping-out", mappingOut.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("files: 20 written, 0 failed"))
        #expect(run.stdout.contains("(0010,0010) PatientName new ID 20"))
        try Self.checkOutput(written, input: input, output: output)
        let table = try String(contentsOf: mappingOut, encoding: .utf8)
        #expect(table.contains("\"MRN8837261\"") && table.split(separator: "\n").count == 2)

        // Same key through the engine: byte-identical files.
        let engineOut = scratch.appendingPathComponent("engine")
        _ = try BatchRun(deidentifier: try Deidentifier(key: try DeidTest.key()), input: input, output: engineOut).run()
        for file in OutputChecks.files(under: output) {
            #expect(try Data(contentsOf: file) == Data(contentsOf: engineOut.appendingPathComponent(file.lastPathComponent)))
        }

        let inside = try DeidTest.faceless(["headers", input.path, input.appendingPathComponent("out").path, "--key-file", keyFile])
        #expect(inside.status != 0 && inside.stderr.contains("inside the input"))
        let mappingInside = try DeidTest.faceless(["headers", input.path, scratch.appendingPathComponent("o2").path, "--key-file", keyFile,
                                                   "--mapping-out", scratch.appendingPathComponent("o2/ids.csv").path])
        #expect(mappingInside.status != 0 && mappingInside.stderr.contains("inside the output"))
        let noKey = try DeidTest.faceless(["headers", input.path, scratch.appendingPathComponent("o3").path])
        #expect(noKey.status != 0 && noKey.stderr.contains("--key-file"))
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("o3").path))
        let random = try DeidTest.faceless(["headers", input.path, scratch.appendingPathComponent("o4").path, "--random-key"])
        #expect(random.status == 0 && random.stderr.contains("RANDOM key"))
        #expect(OutputChecks.files(under: input).count == 20)
    }
}
