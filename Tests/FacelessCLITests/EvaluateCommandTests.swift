import Foundation
import Testing
import TestSupport
import Volume

/// `faceless evaluate` run as a user runs it: a cohort of the real CT, the real MRI and 20
/// phantom heads with their defaced copies; bad input; resumption; no network.
@Suite("faceless evaluate")
struct EvaluateCommandTests {
    /// The views the cohort test renders: every view that faces the camera (profiles, back and
    /// top never showed a face on these heads), 7 × 4 thresholds = 28 renders a volume, to keep
    /// the test within minutes on 2 cores.
    static let views = "right60,right30,front,left30,left60,above20,below20"

    @Test("Real CT, real MRI and 20 phantoms: tables, plots, the TP/FP/FN table, consistent with each other")
    func cohort() throws {
        let folder = try TestData.scratchFolder("faceless-evaluate")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (originals, defaced) = try EvaluationCohort.make(in: folder, phantoms: 20, real: true)
        // One original without a defaced copy, and a file that is no volume.
        try NIfTI.write(.int16(HeadPhantom(shape: HeadPhantom.variant(40), size: SIMD3(48, 48, 40), spacing: SIMD3(5, 5, 6)).volume),
                       to: originals.appendingPathComponent("lonely.nii.gz"))
        try Data("cohort notes".utf8).write(to: originals.appendingPathComponent("notes.txt"))
        let before = EvaluationCohort.listing(folder)
        let out = folder.appendingPathComponent("out")

        let run = try faceless(["evaluate", "--originals", originals.path, "--defaced", defaced.path, out.path, "--views", Self.views])
        print(run.stdout)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(EvaluationCohort.listing(folder).filter { !$0.hasPrefix(out.path) } == before, "evaluate wrote into an input folder")
        #expect(run.stdout.contains("cohort: 22 subjects (15 calibration, 7 held out, seed 0); not paired: 1 originals"))
        #expect(run.stderr.contains("not paired: original lonely"))
        #expect(run.stderr.contains("ignored 1 file(s) that are neither NIfTI nor DICOM"))
        // stderr is a file here, not a terminal: one plain line per volume, no bar.
        #expect(run.stderr.contains("faceless evaluate: [44/44 volumes] ") && !run.stderr.contains("\u{1B}["))

        let volumes = try EvaluationCohort.table(out.appendingPathComponent("volumes.csv"))
        #expect(volumes.filter { $0["status"] == "checked" }.count == 44)
        #expect(volumes.contains { $0["subject"] == "lonely" && $0["status"]?.hasPrefix("not paired") == true })
        #expect(volumes.contains { $0["subject"] == "ct" && $0["kind"] == "DICOM" })

        // The rates, counted again from the per-render table.
        let renders = try EvaluationCohort.table(out.appendingPathComponent("renders.csv"))
        let rates = try EvaluationCohort.table(out.appendingPathComponent("rates.csv"))
        for side in ["original", "defaced"] {
            let mine = renders.filter { $0["side"] == side }, row = try #require(rates.first { $0["side"] == side })
            #expect(mine.count == 22 * 7 * 4 && row["renders"] == "\(mine.count)")
            let placed = mine.filter { $0["landmarks_placed"] == "yes" }.count
            #expect(row["renders_with_landmarks"] == "\(placed)")
            #expect(abs(Double(row["landmark_placement_rate"]!)! - Double(placed) / Double(mine.count)) < 1e-6)
        }
        let originalRate = Double(try #require(rates.first { $0["side"] == "original" })["landmark_placement_rate"]!)!
        let defacedRate = Double(try #require(rates.first { $0["side"] == "defaced" })["landmark_placement_rate"]!)!
        // The real heads show faces before defacing (verify's tests: CT 10 of 44 renders, MRI several), none after.
        for subject in ["ct", "mri"] {
            #expect(renders.contains { $0["subject"] == subject && $0["side"] == "original" && $0["landmarks_placed"] == "yes" })
            #expect(!renders.contains { $0["subject"] == subject && $0["side"] == "defaced" && $0["faces"] != "0" })
        }
        #expect(originalRate > defacedRate)

        // A defaced volume without a face is infinitely far from every original.
        let defacedDistances = try EvaluationCohort.matrix(out.appendingPathComponent("distances-defaced.csv"))
        #expect(defacedDistances.count == 22 && defacedDistances.values.allSatisfy { $0.count == 22 })
        for row in volumes where row["side"] == "defaced" && row["faces_as_probe"] == "0" {
            let subject = try #require(row["subject"])
            #expect(defacedDistances.values.allSatisfy { $0[subject] == .infinity }, "\(subject)")
        }
        // The positive control: each real head, re-rendered, is nearer its own gallery face than
        // any other original's.
        let control = try EvaluationCohort.matrix(out.appendingPathComponent("distances-control.csv"))
        for subject in ["ct", "mri"] {
            let own = try #require(control[subject]?[subject])
            #expect(own.isFinite)
            for (other, row) in control where other != subject { #expect(try #require(row[subject]) > own, "\(other) vs \(subject)") }
        }

        // The TP/FP/FN table, recomputed from the matrices, the split and the chosen threshold.
        let results = try EvaluationCohort.table(out.appendingPathComponent("results.csv"))
        let heldOut = Set(volumes.filter { $0["split"] == "held-out" && $0["side"] == "original" }.compactMap { $0["subject"] })
        #expect(heldOut.count == 7)
        for (name, matrix) in [("control", control), ("defaced", defacedDistances)] {
            let row = try #require(results.first { $0["comparison"] == name })
            let threshold = row["threshold"] == "none" ? -Double.infinity : Double(row["threshold"]!)!
            var tp = 0, fp = 0, fn = 0
            for original in heldOut {
                for probe in heldOut {
                    let match = matrix[original]![probe]! <= threshold
                    if original == probe { if match { tp += 1 } else { fn += 1 } } else if match { fp += 1 }
                }
            }
            #expect([row["held_out_tp"], row["held_out_fp"], row["held_out_fn"]] == ["\(tp)", "\(fp)", "\(fn)"], "\(name): \(row)")
        }
        let defacedRow = try #require(results.first { $0["comparison"] == "defaced" })
        let controlRow = try #require(results.first { $0["comparison"] == "control" })
        #expect(Double(controlRow["auc_roc"]!)! > Double(defacedRow["auc_roc"]!)!)
        #expect(Int(controlRow["rank1_matches"]!)! >= 2)

        let curves = try EvaluationCohort.table(out.appendingPathComponent("curves.csv"))
        #expect(curves.filter { $0["comparison"] == "defaced" }.last?["true_positive_rate"] == "1")

        // Pillow reads the plots; both series' colours are in them.
        let report = try Oracle.run("png_oracle.py", "png", manifest: [
            "files": [out.appendingPathComponent("roc.png").path, out.appendingPathComponent("precision-recall.png").path],
            "samples": [], "colours": [[0, 90, 181], [220, 110, 0]],
        ])
        for file in try #require(report["files"] as? [[String: Any]]) {
            #expect(file["mode"] as? String == "RGB" && file["width"] as? Int == 720 && file["height"] as? Int == 720)
            #expect((file["colour_counts"] as? [Int])?.allSatisfy { $0 > 50 } == true, "\(file)")
        }
    }

    /// Two small phantoms and their defaced copies, plus a pair whose original is not a volume.
    static func smallCohort(in folder: URL) throws -> (originals: URL, defaced: URL) {
        let (originals, defaced) = try EvaluationCohort.make(in: folder, phantoms: 2, real: false)
        for side in [originals, defaced] { try Data("not a NIfTI file".utf8).write(to: side.appendingPathComponent("broken.nii.gz")) }
        return (originals, defaced)
    }

    @Test("Runs with the network off (unshare -n); a second run takes every volume from the cache; other settings do not")
    func offlineAndResumed() throws {
        let folder = try TestData.scratchFolder("faceless-evaluate-offline")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (originals, defaced) = try Self.smallCohort(in: folder)
        let out = folder.appendingPathComponent("out").path
        let arguments = ["evaluate", "--originals", originals.path, "--defaced", defaced.path, out, "--views", "right30,front,left30"]

        let offline = try Processes.run(URL(fileURLWithPath: "/usr/bin/unshare"), ["-n", FacelessTool.executable.path] + arguments)
        #expect(offline.status == 0, "unshare -n faceless evaluate: \(offline.status) \(offline.stderr)")
        #expect(offline.stdout.contains("cohort: 2 subjects"), "\(offline.stdout)")
        // The unreadable pair is reported and left out; the rest is evaluated.
        #expect(offline.stderr.contains("original broken left out:") && offline.stderr.contains("defaced broken left out:"), "\(offline.stderr)")
        #expect(offline.stdout.contains("unreadable: 2"))
        let volumes = try EvaluationCohort.table(URL(fileURLWithPath: out).appendingPathComponent("volumes.csv"))
        #expect(volumes.filter { $0["subject"] == "broken" }.allSatisfy { $0["status"]?.hasPrefix("unreadable: ") == true })
        let results = try String(contentsOfFile: out + "/results.csv", encoding: .utf8)

        let again = try faceless(arguments)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.components(separatedBy: "(cached)").count - 1 == 4, "\(again.stderr)")
        #expect(try String(contentsOfFile: out + "/results.csv", encoding: .utf8) == results)

        let changed = try faceless(arguments + ["--score=-0.2"])
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(!changed.stderr.contains("(cached)"))
    }

    @Test("Bad input: missing folders, OUT inside an input or around one, an empty cohort, one pair, bad options; inputs untouched")
    func badInput() throws {
        let folder = try TestData.scratchFolder("faceless-evaluate-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        let originals = folder.appendingPathComponent("originals"), defaced = folder.appendingPathComponent("defaced")
        for side in [originals, defaced] { try FileManager.default.createDirectory(at: side, withIntermediateDirectories: true) }
        try Data("x".utf8).write(to: originals.appendingPathComponent("a.nii.gz"))
        try Data("x".utf8).write(to: defaced.appendingPathComponent("b.nii.gz"))
        try FileManager.default.createDirectory(at: originals.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let before = EvaluationCohort.listing(folder)
        func evaluate(_ left: URL, _ right: URL, _ out: URL, _ extra: [String] = []) throws -> Processes.Result {
            try faceless(["evaluate", "--originals", left.path, "--defaced", right.path, out.path] + extra)
        }
        let out = folder.appendingPathComponent("out")

        let missing = try evaluate(folder.appendingPathComponent("nowhere"), defaced, out)
        #expect(missing.status == 64 && missing.stderr.contains("--originals") && missing.stderr.contains("no such folder"), "\(missing.stderr)")
        let inside = try evaluate(originals, defaced, originals.appendingPathComponent("results"))
        #expect(inside.status == 64 && inside.stderr.contains("inside --originals"), "\(inside.stderr)")
        let around = try evaluate(originals, defaced, folder)
        #expect(around.status == 64 && around.stderr.contains("is inside OUT"), "\(around.stderr)")
        let same = try evaluate(originals, originals, out)
        #expect(same.status == 64 && same.stderr.contains("the same folder"), "\(same.stderr)")
        let nested = try evaluate(originals, originals.appendingPathComponent("sub"), out)
        #expect(nested.status == 64 && nested.stderr.contains("inside one another"), "\(nested.stderr)")
        let empty = try evaluate(originals, defaced, out)
        #expect(empty.status == 64 && empty.stderr.contains("empty cohort: 1 volumes") && empty.stderr.contains("original a"), "\(empty.stderr)")
        let views = try evaluate(originals, defaced, out, ["--views", "sideways"])
        #expect(views.status == 64 && views.stderr.contains("--views sideways"), "\(views.stderr)")
        try Data("a file".utf8).write(to: folder.appendingPathComponent("file-out"))
        let fileOut = try evaluate(originals, defaced, folder.appendingPathComponent("file-out"))
        #expect(fileOut.status == 64 && fileOut.stderr.contains("is a file"), "\(fileOut.stderr)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("file-out"))
        let single = folder.appendingPathComponent("single")
        try FileManager.default.createDirectory(at: single, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: single.appendingPathComponent("a.nii.gz"))
        let onePair = try evaluate(originals, single, out)
        #expect(onePair.status == 64 && onePair.stderr.contains("one pair is no cohort"), "\(onePair.stderr)")
        try FileManager.default.removeItem(at: single)

        #expect(EvaluationCohort.listing(folder) == before)
        #expect(!FileManager.default.fileExists(atPath: originals.appendingPathComponent("results").path))
        #expect(!FileManager.default.fileExists(atPath: out.path), "a refused run left OUT behind")
    }
}
