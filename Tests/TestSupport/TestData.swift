import Foundation
import Testing

/// Where the fetched test corpora live (Scripts/fetch-test-data.sh puts them there).
public enum TestData {
    public static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["FACELESS_TEST_DATA"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/faceless/test-data")
    }()

    public static let fetchHint = "run `bash Scripts/fetch-test-data.sh` (or Scripts/setup.sh) to fetch the test data into \(root.path)"

    /// One file of the corpus, or a recorded failure naming the fetch script.
    public static func file(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        let url = root.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("test data missing: \(url.path); \(fetchHint)", sourceLocation: sourceLocation)
            return nil
        }
        return url
    }

    /// The DICOM corpora of design.md §5.
    public static let corpusFolders = ["pydicom/test_files", "pydicom/charset_files", "pydicom-data", "deid-data"]

    /// Every regular file below the corpus folders, DICOM or not (non-DICOM ones must be
    /// rejected cleanly). A missing folder is a recorded failure.
    public static func corpusFiles(sourceLocation: SourceLocation = #_sourceLocation) -> [URL] {
        var files: [URL] = []
        for folder in corpusFolders {
            let base = root.appendingPathComponent(folder)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                Issue.record("test data missing: \(base.path); \(fetchHint)", sourceLocation: sourceLocation)
                continue
            }
            let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
            while let url = walker?.nextObject() as? URL {
                if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { files.append(url) }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// A fresh folder under the temporary directory; remove it with `FileManager.removeItem`.
    public static func scratchFolder(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
