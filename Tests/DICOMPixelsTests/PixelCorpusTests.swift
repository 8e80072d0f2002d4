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
                var raw = Data(), rgb = Data()
                for index in 0..<frames.count {
                    let samples = try frames.frame(index).samples
                    raw.append(samples)
                    rgb.append(try frames.rgbFrame(index).samples)
                    // Decoding into a caller's buffer (volumes load that way) gives the same samples.
                    let target = UnsafeMutableRawBufferPointer.allocate(byteCount: frames.description.decodedFrameLength, alignment: 16)
                    defer { target.deallocate() }
                    try frames.decode(index, into: target)
                    #expect(Data(target) == samples, "\(url.lastPathComponent) frame \(index + 1): decode(_:into:) differs from frame(_:)")
                }
                let out = scratch.appendingPathComponent("\(n).raw")
                try raw.write(to: out)
                var entry: [String: Any] = ["path": url.path, "ours": out.path]
                // The colour conversion is checked where it ran and the decode was lossless.
                if rgb != raw, !PixelSyntax.lossy.contains(file.transferSyntax.uid) {
                    let rgbOut = scratch.appendingPathComponent("\(n).rgb")
                    try rgb.write(to: rgbOut)
                    entry["ours_rgb"] = rgbOut.path
                }
                entries.append(entry)
            } catch {
                entries.append(["path": url.path, "ours": NSNull(), "error": "\(error)"])
            }
        }
        let report = try Oracle.run("pixel_oracle.py", "compare", manifest: ["files": entries])
        let exact = (report["exact"] as? [Any])?.count ?? 0
        let withinOne = report["within_one"] as? [[String: Any]] ?? []
        let second = report["matches_second_oracle"] as? [[String: Any]] ?? []
        print("pixels: \(entries.count) pixel-bearing files; \(exact) exact, \(withinOne.count) lossy within 1 of pylibjpeg, \(second.count) lossy identical to Pillow (libjpeg-turbo); \(report["rgb_conversions_exact"] ?? 0) YBR→RGB conversions exact")
        for item in withinOne + second {
            let name = URL(fileURLWithPath: item["path"] as? String ?? "").lastPathComponent
            print("  lossy \(name): \(item["differing_samples"] ?? 0) of \(item["samples"] ?? 0) samples differ from pylibjpeg, by at most \(item["max_abs_difference"] ?? 0)")
        }
        for key in ["pydicom_cannot_decode", "faceless_decodes_pydicom_cannot"] {
            let files = report[key] as? [Any] ?? []
            if !files.isEmpty { print("\(key) (not compared): \(Oracle.describe(files))") }
        }
        for key in ["differs", "faceless_cannot_decode"] {
            let problems = report[key] as? [Any] ?? []
            #expect(problems.isEmpty, "\(key): \(problems.count) files: \(Oracle.describe(problems))")
        }
        #expect(second.count <= 1, "more lossy files than color3d_jpeg_baseline.dcm need the second oracle")
        #expect(exact + withinOne.count + second.count > 150)
    }
}
