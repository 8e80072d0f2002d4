import DICOM
import Deidentify
import Foundation
import Testing
import TestSupport

/// Shared helpers of the de-identification tests.
enum DeidTest {
    static let keyBytes = Data("faceless test key 0123456789abcdef".utf8)
    static let otherKeyBytes = Data("another faceless key, not the same".utf8)
    static func key() throws -> PseudonymKey { try PseudonymKey(bytes: keyBytes) }

    static func faceless(_ arguments: [String]) throws -> Processes.Result {
        try FacelessTool.run(arguments)
    }

    /// Writes the test key to a file in `folder` and returns its path.
    static func keyFile(in folder: URL, _ bytes: Data = keyBytes) throws -> String {
        let url = folder.appendingPathComponent("key-\(bytes.count)-\(bytes.first ?? 0)")
        try bytes.write(to: url)
        return url.path
    }

    /// The relative path of `url` under `folder`.
    static func relative(_ url: URL, to folder: URL) -> String {
        let base = folder.resolvingSymlinksInPath().path
        return String(url.resolvingSymlinksInPath().path.dropFirst(base.count + 1))
    }

    /// pydicom's view of each file (Tests/Oracle/deid_oracle.py read).
    static func pydicomRead(_ files: [URL]) throws -> [[String: Any]] {
        let report = try Oracle.run("deid_oracle.py", "read", manifest: ["files": files.map(\.path)])
        return try #require(report["files"] as? [[String: Any]])
    }
}
