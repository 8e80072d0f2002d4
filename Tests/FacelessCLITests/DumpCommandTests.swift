import Foundation
import Testing
import TestSupport

/// `faceless dump` run as a user runs it: the built executable, real files, exit status and output.
@Suite("faceless dump")
struct DumpCommandTests {
    @Test("lists elements with tag, VR, value and keyword, sequences indented")
    func listing() throws {
        let run = try faceless(["dump", try corpusFile("pydicom/test_files/CT_small.dcm")])
        #expect(run.status == 0)
        #expect(run.stdout.contains("(0010,0010) PN [CompressedSamples^CT1]  # 22, 1 PatientName"))
        #expect(run.stdout.contains("(0028,0010) US 128  # 2, 1 Rows"))
        #expect(run.stdout.contains("(0002,0010) UI [1.2.840.10008.1.2.1]"))
        let nested = try faceless(["dump", try corpusFile("pydicom/test_files/rtplan.dcm")])
        #expect(nested.status == 0)
        #expect(nested.stdout.contains("(300A,0010) SQ (Sequence"))
        #expect(nested.stdout.contains("\n  (FFFE,E000) na (Item 1"))
        #expect(nested.stdout.contains("\n    (300A,0012) IS [1]"))
    }

    @Test("--json prints the DICOM JSON model")
    func json() throws {
        let run = try faceless(["dump", "--json", try corpusFile("pydicom/test_files/CT_small.dcm")])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let name = try #require(object["00100010"] as? [String: Any])
        #expect(name["vr"] as? String == "PN")
        #expect(((name["Value"] as? [[String: String]])?.first)?["Alphabetic"] == "CompressedSamples^CT1")
        let rows = try #require(object["00280010"] as? [String: Any])
        #expect(rows["Value"] as? [Int] == [128])
        #expect((object["7FE00010"] as? [String: Any])?["InlineBinary"] is String)
        #expect(object["00020010"] == nil, "the JSON model holds the data set, not the file meta")
    }

    @Test("bad input: one clear line each, exit status 1, no stack trace, nothing written")
    func badInput() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("faceless-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let empty = scratch.appendingPathComponent("empty.dcm")
        let text = scratch.appendingPathComponent("notes.txt")
        let folder = scratch.appendingPathComponent("a-folder")
        try Data().write(to: empty)
        try Data("Patient notes, not DICOM.\n".utf8).write(to: text)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let missing = scratch.appendingPathComponent("missing.dcm")
        let before = try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()

        let run = try faceless(["dump", empty.path, text.path, folder.path, missing.path], in: scratch)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 4, "expected one line per bad file, got: \(run.stderr)")
        #expect(lines.allSatisfy { $0.hasPrefix("faceless dump: ") })
        #expect(run.stderr.contains("empty.dcm: not a DICOM file at byte 0: the file is empty"))
        #expect(run.stderr.contains("notes.txt: not a DICOM file"))
        #expect(run.stderr.contains("a-folder: I/O error at byte 0: is a folder, not a file"))
        #expect(run.stderr.contains("missing.dcm: I/O error at byte 0: cannot open"))
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack dump"))
        #expect(run.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == before)

        // Good and bad files together: the good one is still printed, the status still 1.
        let mixed = try faceless(["dump", try corpusFile("pydicom/test_files/CT_small.dcm"), text.path])
        #expect(mixed.status == 1)
        #expect(mixed.stdout.contains("PatientName"))
    }

    @Test("--pixels prints shape, type and per-frame statistics")
    func pixelSummary() throws {
        let run = try faceless(["dump", "--pixels", try corpusFile("pydicom/test_files/CT_small.dcm"),
                                     try corpusFile("pydicom/test_files/SC_rgb_rle_2frame.dcm")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("# 1 frame, 128×128×1 int16 (16 bits stored), MONOCHROME2"))
        #expect(run.stdout.contains("frame 1: min 128 max 2191 mean 904.9261"))
        #expect(run.stdout.contains("# 2 frames, 100×100×3 uint8 (8 bits stored), RGB, RLE Lossless"))
        #expect(run.stdout.contains("frame 2: min 0 max 255"))
    }

    @Test("--png writes frame 1 as a PNG of the image's size; bad use is refused")
    func png() throws {
        let scratch = try TestData.scratchFolder("faceless-png")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("ct.png")
        let run = try faceless(["dump", "--png", out.path, try corpusFile("pydicom/test_files/CT_small.dcm")])
        #expect(run.status == 0, "\(run.stderr)")
        let png = try Data(contentsOf: out)
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // IHDR: width and height big-endian at bytes 16 and 20, bit depth 8, colour type 0 (grey).
        let header = [UInt8](png[16..<26])
        #expect(header[0..<8] == [0, 0, 0, 128, 0, 0, 0, 128])
        #expect(header[8] == 8 && header[9] == 0)

        let twoFiles = try faceless(["dump", "--png", out.path, try corpusFile("pydicom/test_files/CT_small.dcm"),
                                          try corpusFile("pydicom/test_files/MR_small.dcm")])
        #expect(twoFiles.status != 0)
        #expect(twoFiles.stderr.contains("--png takes exactly one input file"))
    }
}
