import DICOM
import Deidentify
import Foundation
import Testing
import TestSupport

/// Every file of deid-data and of pydicom's corpora goes through `headers`; the files our reader
/// rejects are exactly the known non-DICOM ones, with a typed error; pydicom and dcmdump read
/// every output; deid-data's fake names and IDs (as pydicom reads them) are gone.
@Suite("Corpus de-identification")
struct CorpusTests {
    /// Files of the corpora that are not DICOM (or, no_meta.dcm, a bare data set without the
    /// group 0002 that our reader does not guess at): each must fail with `.unreadable(.notDICOM)`.
    static let expectedFailures: [String: [String]] = [
        "deid-data": ["ultrasounds/GREYSCALE_CINE.zip", "ultrasounds/RGB_CINE.zip"],
        "pydicom/test_files": ["README.txt", "dicomdirtests/README.txt", "dicomdirtests/TINY_ALPHA/README", "no_meta.dcm",
                               "rtplan.dump", "rtstruct.dump", "test1.json", "test_PN.json", "zipMR.gz"],
        "pydicom/charset_files": ["FileInfo.txt"],
        "pydicom-data": [],
    ]

    static func run(_ corpus: String, options: Set<ProfileOption> = []) throws -> (input: URL, output: URL, summary: BatchSummary, scratch: URL)? {
        guard let input = TestData.file(corpus) else { return nil }
        let scratch = try TestData.scratchFolder("faceless-deid-corpus")
        let output = scratch.appendingPathComponent("out")
        let deidentifier = try Deidentifier(key: try DeidTest.key(), configuration: .init(options: options))
        let summary = try BatchRun(deidentifier: deidentifier, input: input, output: output).run()
        return (input, output, summary, scratch)
    }

    @Test("every corpus file is de-identified or rejected as not DICOM; pydicom and dcmdump read every output",
          arguments: ["deid-data", "pydicom/test_files", "pydicom/charset_files", "pydicom-data"])
    func corpus(_ corpus: String) throws {
        guard let (_, output, summary, scratch) = try Self.run(corpus) else { return }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let failed = summary.failures.map(\.relativePath).sorted()
        #expect(failed == Self.expectedFailures[corpus]!.sorted(), "\(summary.failures)")
        for failure in summary.failures {
            #expect(failure.message.hasPrefix("not readable as DICOM: not a DICOM file"), "\(failure)")
        }
        let outputs = OutputChecks.files(under: output)
        #expect(outputs.count == summary.filesWritten && summary.filesWritten > 0)
        let read = try DeidTest.pydicomRead(outputs)
        let unreadable = read.filter { $0["error"] != nil }
        #expect(unreadable.isEmpty, "pydicom cannot read: \(Oracle.describe(unreadable))")
        for file in read where file["error"] == nil {
            #expect(file["identity_removed"] as? String == "YES", "\(file["path"] ?? "")")
            #expect(file["preamble_zero"] as? Bool == true)
            #expect((file["source_ae"] as? String ?? "x").isEmpty)
            if let sop = file["sop"] as? String, !sop.isEmpty { #expect(sop == file["media_sop"] as? String) }
        }
        // dcmdump parses every output (in batches to keep the command line short).
        for start in stride(from: 0, to: outputs.count, by: 50) {
            let batch = outputs[start ..< min(start + 50, outputs.count)]
            let dump = try Processes.run(URL(fileURLWithPath: "/usr/bin/dcmdump"), ["-q", "-dc"] + batch.map(\.path))
            #expect(dump.status == 0, "dcmdump: \(dump.stderr.prefix(3000))")
        }
    }

    @Test("deid-data: the fake patient names, IDs, physicians and institutions pydicom reads are in no output byte")
    func deidDataIdentitiesGone() throws {
        guard let (input, output, summary, scratch) = try Self.run("deid-data") else { return }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let originals = OutputChecks.files(under: input)
        let report = try Oracle.run("deid_oracle.py", "identities", manifest: ["files": originals.map(\.path)])
        let files = try #require(report["files"] as? [[String: Any]])
        var checked = 0
        for file in files {
            guard let values = file["values"] as? [[String: String]], let path = file["path"] as? String else { continue }
            let relative = DeidTest.relative(URL(fileURLWithPath: path), to: input)
            let out = output.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: out.path) else {
                Issue.record("no output for \(relative)")
                continue
            }
            // Whole values and name components of five or more characters ("AC", "1", "US" are
            // too short to mean anything when found).
            var tokens = Set<String>()
            for value in values {
                let text = value["value"] ?? ""
                if text.count >= 5 { tokens.insert(text) }
                if value["vr"] == "PN" {
                    for part in text.split(whereSeparator: { "^=".contains($0) }) where part.count >= 5 { tokens.insert(String(part)) }
                }
            }
            let leaked = try OutputChecks.leakedTokens(Array(tokens), in: out, skippingPixelData: true)
            #expect(leaked.isEmpty, "\(relative) still holds \(leaked)")
            checked += tokens.count
        }
        #expect(checked >= 60, "only \(checked) identifying values were found in deid-data")
        #expect(summary.filesWritten == 13)
    }
}
