import FaceCheck
import Foundation
import Testing
import TestSupport

/// Finding a cohort's volumes and pairing originals with defaced volumes by relative name.
@Suite("Cohort discovery")
struct CohortDiscoveryTests {
    /// A file holding a Part 10 preamble and "DICM" (enough to be taken for DICOM; never loaded here).
    static func dicomFile(_ url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try (Data(count: 128) + Data("DICM".utf8) + Data(count: 16)).write(to: url)
    }

    static func file(_ url: URL, _ text: String = "x") throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test("NIfTI files and DICOM folders at any depth; .nii pairs with .nii.gz; unpaired, ambiguous and stray files are listed")
    func pairing() throws {
        let root = try TestData.scratchFolder("faceless-cohort-discovery")
        defer { try? FileManager.default.removeItem(at: root) }
        let originals = root.appendingPathComponent("originals"), defaced = root.appendingPathComponent("defaced")
        try Self.file(originals.appendingPathComponent("a.nii.gz"))
        try Self.file(originals.appendingPathComponent("site/b.nii"))
        // A study: its series folders and a DICOMDIR-like file directly inside make one volume.
        try Self.dicomFile(originals.appendingPathComponent("site/study/DICOMDIR"))
        try Self.dicomFile(originals.appendingPathComponent("site/study/series1/IM1"))
        try Self.file(originals.appendingPathComponent("site/study/series1/readme.txt"))
        try Self.file(originals.appendingPathComponent("d.nii"))
        try Self.file(originals.appendingPathComponent("d.nii.gz"))
        try Self.file(originals.appendingPathComponent("notes.txt"))
        try Self.file(originals.appendingPathComponent(".hidden/x.nii"))
        try Self.file(defaced.appendingPathComponent("a.nii"))
        try Self.file(defaced.appendingPathComponent("site/b.nii.gz"))
        try Self.dicomFile(defaced.appendingPathComponent("site/study/DICOMDIR"))
        try Self.file(defaced.appendingPathComponent("d.nii.gz"))
        try Self.file(defaced.appendingPathComponent("e.nii.gz"))

        let left = try CohortDiscovery.volumes(in: originals), right = try CohortDiscovery.volumes(in: defaced)
        #expect(left.volumes.map(\.name) == ["a", "d", "d", "site/b", "site/study"])
        #expect(left.ignored.map(\.lastPathComponent) == ["notes.txt"])
        let study = try #require(left.volumes.first { $0.name == "site/study" })
        #expect(study.kind == .dicom)
        #expect(study.files.map(\.lastPathComponent) == ["DICOMDIR", "IM1", "readme.txt"])

        let pairing = CohortDiscovery.pair(originals: left.volumes, defaced: right.volumes)
        #expect(pairing.pairs.map(\.name) == ["a", "site/b", "site/study"])
        #expect(pairing.pairs[0].original.url.lastPathComponent == "a.nii.gz" && pairing.pairs[0].defaced.url.lastPathComponent == "a.nii")
        #expect(pairing.originalsOnly.isEmpty)
        #expect(pairing.defacedOnly.map(\.name) == ["e"])
        // Two originals are named d, so neither they nor the defaced d is paired.
        #expect(pairing.ambiguous.map(\.url.lastPathComponent).sorted() == ["d.nii", "d.nii.gz", "d.nii.gz"])
    }

    @Test("A missing folder or a file instead of a folder is a clear error")
    func missing() throws {
        let root = try TestData.scratchFolder("faceless-cohort-missing")
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = root.appendingPathComponent("nothing")
        #expect(throws: FaceCheckError.unreadableInput("\(missing.path): no such folder")) { try CohortDiscovery.volumes(in: missing) }
        let file = root.appendingPathComponent("file.nii")
        try Self.file(file)
        #expect(throws: FaceCheckError.unreadableInput("\(file.path): not a folder")) { try CohortDiscovery.volumes(in: file) }
    }
}
