import Crypto
import ExampleStudies
import Foundation
import Testing
import TestSupport

/// The example tree of patients (`ExampleTree`), written once per test process and shared
/// read-only by the pipeline tests, with the key file and one uninterrupted run of
/// `faceless deid` over it that several tests inspect.
enum ExampleTreeFixture {
    struct Fixture: Sendable {
        let folder: URL
        let tree: ExampleTree.Written
        let keyFile: URL
        /// `faceless deid TREE OUT --key-file KEY --map SHEET --mapping-out IDS` and its result.
        let output: URL
        let mappingOut: URL
        let run: Processes.Result
        /// SHA-256 of every input file before the run, by path.
        let inputDigests: [String: String]
    }

    static let key = Data("faceless pipeline test key, 32 b".utf8)

    private static let shared: Result<Fixture, FixtureError> = {
        do {
            let folder = try TestData.scratchFolder("faceless-deid-fixture")
            let tree = try ExampleTree.write(to: folder.appendingPathComponent("tree"),
                                             invesalius: TestData.root.appendingPathComponent("invesalius/Cranium.inv3"),
                                             mappingSheet: folder.appendingPathComponent("ids.csv"))
            let keyFile = folder.appendingPathComponent("key")
            try key.write(to: keyFile)
            let digests = digests(under: tree.root)
            let output = folder.appendingPathComponent("out"), mappingOut = folder.appendingPathComponent("id-table.csv")
            let run = try FacelessTool.run(["deid", tree.root.path, output.path, "--key-file", keyFile.path, "--map", tree.mappingSheet.path,
                                            "--mapping-out", mappingOut.path])
            return .success(Fixture(folder: folder, tree: tree, keyFile: keyFile, output: output, mappingOut: mappingOut, run: run,
                                    inputDigests: digests))
        } catch {
            return .failure(FixtureError(message: "the example tree could not be written or run (\(TestData.fetchHint)): \(error)"))
        }
    }()

    struct FixtureError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    static func fixture() throws -> Fixture { try shared.get() }

    /// SHA-256 of every file under `folder`, by path.
    static func digests(under folder: URL) -> [String: String] {
        var result: [String: String] = [:]
        for file in OutputChecks.files(under: folder) {
            let data = (try? Data(contentsOf: file)) ?? Data()
            result[file.path] = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        }
        return result
    }

    /// The report of a run.
    static func report(_ output: URL) throws -> [String: Any] {
        let url = URL(fileURLWithPath: output.path + "-report/report.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// The studies of a report, by patient folder.
    static func studies(_ output: URL) throws -> [String: [String: Any]] {
        let studies = try #require(try report(output)["studies"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: studies.map { ($0["patient"] as? String ?? "", $0) })
    }
}
