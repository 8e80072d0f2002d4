import Foundation
import Testing
import TestSupport
import Volume

/// Cohorts for `faceless evaluate`, written at test time into a temporary folder (no volume is
/// committed): originals and their copies defaced by `faceless deface --mode face`, with the
/// layout a user has, one name per subject in both folders.
enum EvaluationCohort {
    /// The phantoms' grid: 2 × 2 × 2.5 mm over 256 × 256 × 240 mm, room for the widest head and
    /// longest nose of `HeadPhantom.variant` with air around them, at a sixth of the default
    /// phantom's voxels per millimetre of height (the renders, not the grid, cost the time).
    static let phantomSize = SIMD3(128, 128, 96), phantomSpacing = SIMD3(2.0, 2.0, 2.5)

    /// Writes `originals/` and `defaced/` under `folder`: with `real`, the real head CT as a DICOM
    /// series folder `ct/` and the real MRI as `mri.nii.gz`; then `phantoms` phantom heads of
    /// varied shape (`HeadPhantom.variant`) as `phantom-NN.nii.gz`.
    static func make(in folder: URL, phantoms: Int, real: Bool) throws -> (originals: URL, defaced: URL) {
        let originals = folder.appendingPathComponent("originals"), defaced = folder.appendingPathComponent("defaced")
        try FileManager.default.createDirectory(at: originals, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: defaced, withIntermediateDirectories: true)
        var names: [String] = []
        if real {
            let cranium = try #require(TestData.file("invesalius/Cranium.inv3"))
            try SeriesSynthesis.write(try InVesaliusProject(contentsOf: cranium).volume, to: originals.appendingPathComponent("ct"), patient: .example)
            names.append("ct")
            let brain = try #require(TestData.file("volpack/brainsmall.den"))
            try NIfTI.write(.uint8(try VolPackDen(contentsOf: brain, spacing: SIMD3(2, 2, 2)).volume), to: originals.appendingPathComponent("mri.nii.gz"))
            names.append("mri.nii.gz")
        }
        for n in 0..<phantoms {
            let name = String(format: "phantom-%02d.nii.gz", n + 1)
            let phantom = HeadPhantom(shape: HeadPhantom.variant(n), size: phantomSize, spacing: phantomSpacing)
            try NIfTI.write(.int16(phantom.volume), to: originals.appendingPathComponent(name))
            names.append(name)
        }
        for name in names {
            let run = try faceless(["deface", originals.appendingPathComponent(name).path, defaced.appendingPathComponent(name).path, "--mode", "face"])
            guard run.status == 0 else { throw CohortError("faceless deface \(name) exited \(run.status): \(run.stderr)") }
        }
        return (originals, defaced)
    }

    /// Every file below `folder` with its size and modification date: equal before and after
    /// a run when nothing was written into the folder.
    static func listing(_ folder: URL) -> [String] {
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey]
        var entries: [String] = []
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys)
        while let url = walker?.nextObject() as? URL {
            let values = try? url.resourceValues(forKeys: Set(keys))
            entries.append("\(url.path) \(values?.fileSize ?? -1) \(values?.contentModificationDate?.timeIntervalSince1970 ?? 0)")
        }
        return entries.sorted()
    }

    /// Rows of a CSV file written by `evaluate`, by column name.
    static func table(_ url: URL) throws -> [[String: String]] {
        let lines = records(try String(contentsOf: url, encoding: .utf8))
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = [], fields: [String] = [], field = "", quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else if c == "\n" {
                records.append(fields + [field])
                fields = []
                field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !fields.isEmpty { records.append(fields + [field]) }
        return records
    }

    /// The distance matrix CSV as [original: [probe: distance]].
    static func matrix(_ url: URL) throws -> [String: [String: Double]] {
        let lines = records(try String(contentsOf: url, encoding: .utf8))
        let probes = Array(lines[0].dropFirst())
        var result: [String: [String: Double]] = [:]
        for line in lines.dropFirst() {
            result[line[0]] = Dictionary(uniqueKeysWithValues: zip(probes, line.dropFirst().map { $0 == "inf" ? Double.infinity : Double($0)! }))
        }
        return result
    }
}

struct CohortError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
