import DICOM
import DICOMPixels
import Foundation
import Testing
import TestSupport

/// Every pixel-bearing file of the corpus that pydicom (with the pylibjpeg plugins) decodes:
/// Faceless's frames equal pydicom's `pixel_array` exactly for lossless syntaxes, within 1
/// for lossy ones. A file Faceless cannot decode is a named failure.
@Suite("Pixel data agreement with pydicom")
struct PixelCorpusTests {
    @Test("decoded frames equal pydicom's pixel_array across the corpus")
    func corpusFramesAgree() throws {
        let scratch = try TestData.scratchFolder("faceless-pixels")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var entries: [[String: Any]] = []
        for (n, url) in TestData.corpusFiles().enumerated() {
            guard let file = try? DICOMFile(contentsOf: url) else { continue }
            guard [.pixelData, .floatPixelData, .doubleFloatPixelData].contains(where: { file.dataSet.contains($0) }) else { continue }
            do {
                let frames = try PixelFrames(file: file)
                var raw = Data()
                for index in 0..<frames.count { raw.append(try frames.rgbFrame(index).samples) }
                let out = scratch.appendingPathComponent("\(n).raw")
                try raw.write(to: out)
                entries.append(["path": url.path, "ours": out.path])
            } catch {
                entries.append(["path": url.path, "ours": NSNull(), "error": "\(error)"])
            }
        }
        let report = try Oracle.run("pixel_oracle.py", "compare", manifest: ["files": entries])
        let exact = (report["exact"] as? [Any])?.count ?? 0
        let withinOne = report["within_one"] as? [[String: Any]] ?? []
        print("pixels: \(entries.count) pixel-bearing files; \(exact) exact, \(withinOne.count) lossy within 1")
        for item in withinOne {
            print("  lossy \(URL(fileURLWithPath: item["path"] as? String ?? "").lastPathComponent): \(item["differing_samples"] ?? 0) of \(item["samples"] ?? 0) samples differ by 1")
        }
        let pydicomFails = report["pydicom_cannot_decode"] as? [Any] ?? []
        if !pydicomFails.isEmpty { print("pydicom cannot decode (not compared): \(Oracle.describe(pydicomFails))") }
        for key in ["differs", "faceless_cannot_decode", "faceless_decodes_pydicom_cannot"] {
            let problems = report[key] as? [Any] ?? []
            #expect(problems.isEmpty, "\(key): \(problems.count) files: \(Oracle.describe(problems))")
        }
        #expect(exact + withinOne.count > 100)
    }
}
