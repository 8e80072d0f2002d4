import DICOM
import Deidentify
import Foundation
import Testing
import TestSupport

/// One key gives the same bytes on every run and in every shard; another key gives other UIDs.
@Suite("Determinism and sharding")
struct DeterminismTests {
    static func contents(of folder: URL) throws -> [String: Data] {
        var map: [String: Data] = [:]
        for file in OutputChecks.files(under: folder) { map[DeidTest.relative(file, to: folder)] = try Data(contentsOf: file) }
        return map
    }

    /// A study in two series folders plus deid-data's humans, so shards split real layouts.
    static func makeInput(_ scratch: URL) throws -> URL {
        let input = scratch.appendingPathComponent("in")
        try SyntheticPHIStudy.write(to: input.appendingPathComponent("patient1/series2"), slices: 12, size: 32)
        try SyntheticPHIStudy.write(to: input.appendingPathComponent("patient2/series5"), slices: 9, size: 32, uidSeed: "2")
        if let humans = TestData.file("deid-data/humans") {
            try FileManager.default.copyItem(at: humans, to: input.appendingPathComponent("humans"))
        }
        return input
    }

    @Test("two runs with one key are byte-identical; another key gives other UIDs and IDs")
    func sameKeySameBytes() throws {
        let scratch = try TestData.scratchFolder("faceless-deid-determinism")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = try Self.makeInput(scratch)
        let first = scratch.appendingPathComponent("a"), second = scratch.appendingPathComponent("b"), other = scratch.appendingPathComponent("c")
        let options: Set<ProfileOption> = [.retainLongitudinalModifiedDates, .cleanDescriptors]
        for (folder, key) in [(first, DeidTest.keyBytes), (second, DeidTest.keyBytes), (other, DeidTest.otherKeyBytes)] {
            let deidentifier = try Deidentifier(key: try PseudonymKey(bytes: key), configuration: .init(options: options))
            let summary = try BatchRun(deidentifier: deidentifier, input: input, output: folder).run()
            #expect(summary.failures.isEmpty && summary.filesWritten >= 21)
        }
        let a = try Self.contents(of: first), b = try Self.contents(of: second), c = try Self.contents(of: other)
        #expect(a.count >= 21 && a.keys.sorted() == b.keys.sorted())
        #expect(a == b, "files differ: \(a.keys.filter { a[$0] != b[$0] }.sorted())")
        let readA = try DeidTest.pydicomRead(OutputChecks.files(under: first))
        let readC = try DeidTest.pydicomRead(OutputChecks.files(under: other))
        let studiesA = Set(readA.compactMap { $0["study"] as? String }), studiesC = Set(readC.compactMap { $0["study"] as? String })
        #expect(studiesA.count >= 3 && studiesA.isDisjoint(with: studiesC))
        #expect(Set(readA.compactMap { $0["sop"] as? String }).isDisjoint(with: Set(readC.compactMap { $0["sop"] as? String })))
        #expect(Set(readA.compactMap { $0["patient_id"] as? String }).isDisjoint(with: Set(readC.compactMap { $0["patient_id"] as? String })))
        #expect(c.keys.contains { a[$0] != c[$0] })
    }

    @Test("--shard 1/2 and 2/2 in two processes give the same files as one run")
    func shardsAgree() throws {
        let scratch = try TestData.scratchFolder("faceless-deid-shards")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = try Self.makeInput(scratch)
        let keyFile = try DeidTest.keyFile(in: scratch)
        let whole = scratch.appendingPathComponent("whole"), sharded = scratch.appendingPathComponent("sharded")
        let one = try DeidTest.faceless(["headers", input.path, whole.path, "--key-file", keyFile])
        #expect(one.status == 0, "\(one.stderr)")
        let part1 = try DeidTest.faceless(["headers", input.path, sharded.path, "--key-file", keyFile, "--shard", "1/2"])
        let part2 = try DeidTest.faceless(["headers", input.path, sharded.path, "--key-file", keyFile, "--shard", "2/2"])
        #expect(part1.status == 0 && part2.status == 0, "\(part1.stderr) \(part2.stderr)")
        #expect(part1.stdout.contains("in shard 1/2") && part2.stdout.contains("in shard 2/2"))
        let a = try Self.contents(of: whole), b = try Self.contents(of: sharded)
        #expect(a.count >= 21 && a == b)
        // Each shard did part of the work.
        let written1 = part1.stdout.split(separator: "\n").first ?? "", written2 = part2.stdout.split(separator: "\n").first ?? ""
        #expect(!written1.hasPrefix("files: 0 ") && !written2.hasPrefix("files: 0 "), "\(written1) / \(written2)")
        let bad = try DeidTest.faceless(["headers", input.path, scratch.appendingPathComponent("x").path, "--key-file", keyFile, "--shard", "3/2"])
        #expect(bad.status != 0 && bad.stderr.contains("--shard"))
    }
}
