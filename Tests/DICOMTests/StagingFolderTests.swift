import DICOM
import Foundation
import Testing
import TestSupport

/// A staging folder's files are prepared ahead of time; what is written lands under its own
/// name with its own bytes, nothing prepared is left over, and the folder moves into place
/// whole or file by file.
@Suite("Staging folders")
struct StagingFolderTests {
    static func bytes(_ n: Int) -> [UInt8] { (0..<(1000 + 97 * n)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ n) } }

    static func write(_ count: Int, into staging: StagingFolder) throws -> [URL] {
        try (0..<count).map { n in
            try Self.bytes(n).withUnsafeBytes { try staging.write($0, named: "IM\(n).dcm") }
            return staging.url.appendingPathComponent("IM\(n).dcm")
        }
    }

    func listing(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("more files prepared than written, or fewer: each file holds its bytes and no prepared file is left")
    func preparedFiles() throws {
        let scratch = try TestData.scratchFolder("faceless-staging")
        defer { try? FileManager.default.removeItem(at: scratch) }
        for (expected, written) in [(8, 5), (3, 7), (0, 4), (6, 6)] {
            let staging = StagingFolder(beside: scratch.appendingPathComponent("out-\(expected)-\(written)"), expectedFiles: expected)
            // Give the preparing thread time to run ahead, so prepared files are taken.
            Thread.sleep(forTimeInterval: 0.05)
            let files = try Self.write(written, into: staging)
            staging.finishWriting()
            #expect(try listing(staging.url) == files.map(\.lastPathComponent).sorted(), "expected \(expected), wrote \(written)")
            for (n, file) in files.enumerated() { #expect(try Data(contentsOf: file) == Data(Self.bytes(n)), "\(file.lastPathComponent)") }
            staging.remove()
            #expect(!FileManager.default.fileExists(atPath: staging.url.path))
        }
    }

    @Test("moved into a destination that does not exist: the folder itself; into one that does: file by file, over namesakes")
    func moving() throws {
        let scratch = try TestData.scratchFolder("faceless-staging")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let fresh = scratch.appendingPathComponent("fresh")
        let first = StagingFolder(beside: fresh, expectedFiles: 3)
        let moved = try first.moveFiles(try Self.write(3, into: first), into: fresh)
        #expect(moved == (0..<3).map { fresh.appendingPathComponent("IM\($0).dcm") })
        #expect(try listing(fresh) == ["IM0.dcm", "IM1.dcm", "IM2.dcm"])
        #expect(!FileManager.default.fileExists(atPath: first.url.path))

        // An existing destination keeps its other files; the namesake is replaced.
        let existing = scratch.appendingPathComponent("existing")
        try FileManager.default.createDirectory(at: existing, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: existing.appendingPathComponent("other.txt"))
        try Data("old".utf8).write(to: existing.appendingPathComponent("IM1.dcm"))
        let second = StagingFolder(beside: existing, expectedFiles: 2)
        _ = try second.moveFiles(try Self.write(2, into: second), into: existing)
        second.remove()
        #expect(try listing(existing) == ["IM0.dcm", "IM1.dcm", "other.txt"])
        #expect(try Data(contentsOf: existing.appendingPathComponent("IM1.dcm")) == Data(Self.bytes(1)))
        #expect(try Data(contentsOf: existing.appendingPathComponent("other.txt")) == Data("keep".utf8))
        #expect(try listing(scratch).filter { $0.hasPrefix(".faceless-partial") }.isEmpty)
    }

    @Test("a staging folder that cannot be made fails its writes with the path, and leaves nothing")
    func unwritable() throws {
        let scratch = try TestData.scratchFolder("faceless-staging")
        defer { try? FileManager.default.removeItem(at: scratch) }
        // A file where the staging folder's parent should be.
        let blocker = scratch.appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        let staging = StagingFolder(beside: blocker.appendingPathComponent("out"), expectedFiles: 2)
        #expect(throws: DICOMError.self) { _ = try Self.write(1, into: staging) }
        staging.remove()
        #expect(try listing(scratch) == ["blocker"])
    }
}
