import DICOM
import Foundation
import Testing

/// Swift Testing also declares `Tag`; in these tests `Tag` is always the DICOM one.
typealias Tag = DICOM.Tag

/// Where the fetched test corpora live (Scripts/fetch-test-data.sh puts them there).
enum TestData {
    static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["FACELESS_TEST_DATA"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return FileManager.default.homeDirectoryForCurrentUser
            .appendingPathComponent(".cache/faceless/test-data")
    }()

    static let fetchHint = "run `bash Scripts/fetch-test-data.sh` (or Scripts/setup.sh) to fetch the test data into \(root.path)"

    /// A folder of the corpus; records a failure naming the fetch script when it is missing.
    static func folder(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        let url = root.appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            Issue.record("test data missing: \(url.path); \(fetchHint)", sourceLocation: sourceLocation)
            return nil
        }
        return url
    }

    /// One file of the corpus, or a recorded failure.
    static func file(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        let url = root.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("test data missing: \(url.path); \(fetchHint)", sourceLocation: sourceLocation)
            return nil
        }
        return url
    }

    /// The DICOM corpora of design.md §5: every regular file below these folders,
    /// DICOM or not (the non-DICOM ones must be rejected cleanly).
    static let corpusFolders = ["pydicom/test_files", "pydicom/charset_files", "pydicom-data", "deid-data"]

    static func corpusFiles(sourceLocation: SourceLocation = #_sourceLocation) -> [URL] {
        var files: [URL] = []
        for folder in corpusFolders {
            guard let base = self.folder(folder, sourceLocation: sourceLocation) else { continue }
            let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
            while let url = walker?.nextObject() as? URL {
                if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                    files.append(url)
                }
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}

/// Runs the Python oracle (Tests/Oracle/pydicom_oracle.py) on a manifest and returns its JSON report.
enum Oracle {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Oracle/pydicom_oracle.py")

    static func run(_ command: String, manifest: [String: Any]) throws -> [String: Any] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("faceless-oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let manifestURL = directory.appendingPathComponent("manifest.json")
        try JSONSerialization.data(withJSONObject: manifest).write(to: manifestURL)
        let outputURL = directory.appendingPathComponent("report.json")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, command, manifestURL.path]
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        let errorPipe = Pipe()
        process.standardError = errorPipe
        try process.run()
        let errorText = String(decoding: errorPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw OracleError(message: "oracle exited \(process.terminationStatus): \(errorText.suffix(2000)) (is pydicom 3.0.2 installed? run Scripts/setup.sh)")
        }
        let data = try Data(contentsOf: outputURL)
        guard let report = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw OracleError(message: "oracle printed no JSON object")
        }
        return report
    }

    struct OracleError: Error, CustomStringConvertible { let message: String; var description: String { message } }

    /// Compact JSON for failure messages.
    static func describe(_ value: Any?) -> String {
        guard let value, JSONSerialization.isValidJSONObject(value) || value is [Any] else { return String(describing: value) }
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])) ?? Data()
        return String(decoding: data.prefix(6000), as: UTF8.self)
    }
}
