import DICOM
import Foundation
import Testing

/// Read → write in the same transfer syntax: byte-identical for defect-free Explicit VR
/// Little Endian files; for every file, pydicom reads our output and finds the same data
/// set, and dcmdump (dcmtk) parses it without error.
@Suite("Round trip")
struct RoundTripTests {
    @Test("read then write: identical bytes when defect-free, same data set for pydicom and dcmdump always")
    func corpusRoundTrip() throws {
        let output = try TestData.scratchFolder("faceless-roundtrip")
        defer { try? FileManager.default.removeItem(at: output) }
        var pairs: [[String: String]] = []
        var byteIdentical = 0
        var identicalCandidates: [String] = []
        for (index, url) in TestData.corpusFiles().enumerated() {
            guard let file = try? DICOMFile(contentsOf: url) else { continue }
            let written = output.appendingPathComponent("\(index).dcm")
            try file.write(to: written)
            pairs.append(["original": url.path, "written": written.path])
            let isDefectFree = file.warnings.isEmpty && file.preamble != nil
                && file.transferSyntax == .explicitVRLittleEndian && file.meta.contains(Tag(0x0002, 0x0000))
                && file.meta.contains(Tag(0x0002, 0x0012))
            if isDefectFree {
                identicalCandidates.append(url.lastPathComponent)
                let original = try Data(contentsOf: url)
                let ours = try Data(contentsOf: written)
                #expect(original == ours, "\(url.path): not byte-identical (\(original.count) vs \(ours.count) bytes)")
                if original == ours { byteIdentical += 1 }
            }
        }
        print("round trip: \(pairs.count) files written; \(byteIdentical) of \(identicalCandidates.count) defect-free Explicit VR LE files byte-identical")
        #expect(identicalCandidates.count >= 20)
        let report = try Oracle.run("pydicom_oracle.py", "roundtrip", manifest: ["pairs": pairs])
        print("round trip oracle: \(report["same"] ?? 0) of \(report["pairs"] ?? 0) the same for pydicom")
        for key in ["differs", "pydicom_cannot_read_ours", "dcmdump_errors"] {
            let problems = report[key] as? [Any] ?? []
            #expect(problems.isEmpty, "\(key): \(problems.count) files: \(Oracle.describe(problems))")
        }
    }

    @Test("write any native file as Explicit VR Little Endian: pydicom and dcmdump find the same data set")
    func convertToExplicitLittleEndian() throws {
        let output = try TestData.scratchFolder("faceless-explicit")
        defer { try? FileManager.default.removeItem(at: output) }
        var pairs: [[String: String]] = []
        var converted: [TransferSyntax: Int] = [:]
        for (index, url) in TestData.corpusFiles().enumerated() {
            guard let file = try? DICOMFile(contentsOf: url), !file.transferSyntax.isEncapsulated,
                  file.transferSyntax != .explicitVRLittleEndian else { continue }
            let written = output.appendingPathComponent("\(index).dcm")
            try file.write(to: written, as: .explicitVRLittleEndian)
            let reread = try DICOMFile(contentsOf: written)
            #expect(reread.transferSyntax == .explicitVRLittleEndian)
            #expect(reread.warnings.isEmpty, "\(url.lastPathComponent): \(reread.warnings)")
            converted[file.transferSyntax, default: 0] += 1
            pairs.append(["original": url.path, "written": written.path])
        }
        print("explicit VR LE conversion: \(converted.map { "\($0.value) from \($0.key.uid)" }.sorted().joined(separator: ", "))")
        #expect(converted[.implicitVRLittleEndian, default: 0] >= 10)
        #expect(converted[.explicitVRBigEndian, default: 0] >= 5)
        #expect(converted[.deflatedExplicitVRLittleEndian, default: 0] >= 1)
        let report = try Oracle.run("pydicom_oracle.py", "roundtrip", manifest: ["pairs": pairs])
        for key in ["differs", "pydicom_cannot_read_ours", "dcmdump_errors"] {
            let problems = report[key] as? [Any] ?? []
            #expect(problems.isEmpty, "\(key): \(problems.count) files: \(Oracle.describe(problems))")
        }
    }
}
