import Foundation
import Testing
import TestSupport
import Volume

/// `faceless verify` run as a user runs it: exit codes, JSON, bad input, no network.
@Suite("faceless verify")
struct VerifyCommandTests {
    /// The phantom as NIfTI and its defaced copy (by `faceless deface`), in `folder`.
    static func phantoms(in folder: URL) throws -> (original: String, defaced: String) {
        let original = folder.appendingPathComponent("phantom.nii.gz").path, defaced = folder.appendingPathComponent("defaced.nii.gz").path
        try NIfTI.write(.int16(HeadPhantom().volume), to: URL(fileURLWithPath: original))
        let deface = try FacelessTool.run(["deface", original, defaced])
        #expect(deface.status == 0, "\(deface.stderr)")
        return (original, defaced)
    }

    @Test("Exit codes: 0 no face, 1 a face (FAIL), 2 INCONCLUSIVE, 64 bad input; JSON has every render")
    func exitCodes() throws {
        let folder = try TestData.scratchFolder("faceless-verify-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (original, defaced) = try Self.phantoms(in: folder)

        // The phantom's front is no face to dlib, but its oblique views score weakly above 0.
        let undefaced = try FacelessTool.run(["verify", original, "--against", original])
        #expect(undefaced.status == 1, "\(undefaced.stdout) \(undefaced.stderr)")
        #expect(undefaced.stdout.contains("FAIL: a face in"))

        let alone = try FacelessTool.run(["verify", defaced])
        #expect(alone.status == 0, "\(alone.stdout) \(alone.stderr)")
        #expect(alone.stdout.contains("no face in 44 renders"))

        let against = try FacelessTool.run(["verify", defaced, "--against", original, "--json"])
        #expect(against.status == 2, "\(against.stdout) \(against.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(against.stdout.utf8)) as? [String: Any])
        #expect(report["verdict"] as? String == "INCONCLUSIVE")
        #expect((report["checks"] as? [Any])?.count == 44)
        #expect(report["thresholds"] as? [Double] == [-300, -100, 0, 60])

        let missing = try FacelessTool.run(["verify", folder.appendingPathComponent("nothing.nii").path])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("no such file or folder"))
    }

    @Test("Runs with the network off (unshare -n)")
    func offline() throws {
        let folder = try TestData.scratchFolder("faceless-verify-offline")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (original, defaced) = try Self.phantoms(in: folder)
        let result = try Processes.run(URL(fileURLWithPath: "/usr/bin/unshare"), ["-n", FacelessTool.executable.path, "verify", defaced, "--against", original])
        #expect(result.status == 2, "unshare -n faceless verify: \(result.status) \(result.stderr)")
        #expect(result.stdout.contains("INCONCLUSIVE"))
    }
}
