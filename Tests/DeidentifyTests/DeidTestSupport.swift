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

    /// Every regular file under `folder`, sorted by relative path.
    static func files(under folder: URL) -> [URL] {
        var found: [URL] = []
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { found.append(url) }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The relative path of `url` under `folder`.
    static func relative(_ url: URL, to folder: URL) -> String {
        let base = folder.resolvingSymlinksInPath().path
        return String(url.resolvingSymlinksInPath().path.dropFirst(base.count + 1))
    }

    /// The tokens (case-insensitive ASCII) found anywhere in the bytes of `url`; with
    /// `skippingPixelData`, anywhere but in the value of Pixel Data (real images can hold any
    /// byte string: a gradient 0x31…0x36 reads "123456").
    static func leakedTokens(_ tokens: [String], in url: URL, skippingPixelData: Bool = false) throws -> [String] {
        var bytes = try Data(contentsOf: url)
        if skippingPixelData {
            let file = try DICOMFile(data: bytes)
            if let pixels = file.dataSet[.pixelData]?.bytes, !file.transferSyntax.isDeflated,
               pixels.startIndex >= bytes.startIndex, pixels.endIndex <= bytes.endIndex,
               bytes[pixels.startIndex ..< pixels.endIndex] == pixels {
                bytes = bytes[..<pixels.startIndex] + bytes[pixels.endIndex...]
            }
        }
        let haystack = bytes.map { ($0 >= 0x61 && $0 <= 0x7A) ? $0 - 32 : $0 }
        return tokens.filter { token in
            let needle = Array(token.uppercased().utf8)
            return Self.contains(haystack, needle)
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, Array(haystack[i ..< i + needle.count]) == needle { return true }
            i += 1
        }
        return false
    }

    /// dciodvfy's Error lines for one file.
    static func dciodvfyErrors(_ file: URL) throws -> [String] {
        let result = try Processes.run(URL(fileURLWithPath: "/usr/bin/dciodvfy"), [file.path])
        return (result.stdout + "\n" + result.stderr).split(separator: "\n").map(String.init).filter { $0.hasPrefix("Error") }
    }

    /// pydicom's view of each file (Tests/Oracle/deid_oracle.py read).
    static func pydicomRead(_ files: [URL]) throws -> [[String: Any]] {
        let report = try Oracle.run("deid_oracle.py", "read", manifest: ["files": files.map(\.path)])
        return try #require(report["files"] as? [[String: Any]])
    }
}
