import DICOM
import Foundation

/// Checks on what a de-identifying command wrote, shared by the header and pipeline tests.
public enum OutputChecks {
    /// Every regular file under `folder`, sorted by path.
    public static func files(under folder: URL) -> [URL] {
        var found: [URL] = []
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { found.append(url) }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The tokens (case-insensitive ASCII) found anywhere in the bytes of `url`; with
    /// `skippingPixelData`, anywhere but in the value of Pixel Data (real images can hold any
    /// byte string: a gradient 0x31…0x36 reads "123456").
    public static func leakedTokens(_ tokens: [String], in url: URL, skippingPixelData: Bool = false) throws -> [String] {
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
        return tokens.filter { token in contains(haystack, Array(token.uppercased().utf8)) }
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
    public static func dciodvfyErrors(_ file: URL) throws -> [String] {
        let result = try Processes.run(URL(fileURLWithPath: "/usr/bin/dciodvfy"), [file.path])
        return (result.stdout + "\n" + result.stderr).split(separator: "\n").map(String.init).filter { $0.hasPrefix("Error") }
    }
}
