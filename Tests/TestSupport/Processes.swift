import Foundation

/// Running other programs from tests: the Faceless executable and the Python oracles.
public enum Processes {
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// Runs `executable` with `arguments` and collects its output. Output goes through
    /// temporary files, not pipes: Foundation traps when a pipe read is interrupted (EINTR).
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws -> Result {
        let folder = try TestData.scratchFolder("faceless-process")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}

/// The Python oracles in Tests/Oracle, run on a manifest; each prints a JSON report.
public enum Oracle {
    public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Oracle")

    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public init(message: String) { self.message = message }
        public var description: String { message }
    }

    /// Runs `python3 Tests/Oracle/SCRIPT COMMAND MANIFEST` and returns its JSON report.
    public static func run(_ script: String, _ command: String, manifest: [String: Any]) throws -> [String: Any] {
        let scratch = try TestData.scratchFolder("faceless-oracle")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let manifestURL = scratch.appendingPathComponent("manifest.json")
        try JSONSerialization.data(withJSONObject: manifest).write(to: manifestURL)
        let result = try Processes.run(URL(fileURLWithPath: "/usr/bin/env"),
                                       ["python3", folder.appendingPathComponent(script).path, command, manifestURL.path])
        guard result.status == 0,
              let report = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            throw Failure(message: "\(script) exited \(result.status): \(result.stderr.suffix(2000)) (run Scripts/setup.sh for pydicom and pylibjpeg)")
        }
        return report
    }

    /// Compact JSON for failure messages.
    public static func describe(_ value: Any?) -> String {
        guard let value, JSONSerialization.isValidJSONObject(value) || value is [Any] else { return String(describing: value) }
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])) ?? Data()
        return String(decoding: data.prefix(6000), as: UTF8.self)
    }
}
