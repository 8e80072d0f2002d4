import ArgumentParser
import FaceCheck
import Foundation
import Render

/// `faceless evaluate`: the re-identification study of a defaced cohort (design.md §2.7).
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure how well defacing stops face recognition on a cohort: distance matrix, ROC and precision-recall, TP/FP/FN.",
        discussion: """
            Every volume under --originals (a NIfTI file, or a folder holding DICOM files: a series or \
            a study, its largest series used) is paired with the volume of the same relative name under \
            --defaced (.nii and .nii.gz pair with each other); volumes that cannot be paired are listed. \
            Each volume is rendered from the views at the four thresholds of `faceless verify`, faces are \
            found by dlib's HOG detector, landmarks placed and 128-D embeddings computed. An original's \
            gallery face is its best-scoring face; a defaced volume is as far from an original as the \
            nearest of all its faces (infinitely far when it shows none: it cannot be matched). The \
            positive control probes each original with its own faces in its other renders (another \
            view or threshold). The best-F1 threshold is chosen on a seeded calibration split and tested on the \
            held-out subjects. OUT receives volumes.csv, renders.csv, rates.csv, distances-defaced.csv, \
            distances-control.csv, curves.csv, results.csv (the TP/FP/FN table), roc.png and \
            precision-recall.png, and a cache of each volume's faces (OUT/cache, keyed by a hash of its \
            files and the settings) so that a second run skips finished volumes. Nothing is written \
            into the input folders. Exit status: 0 done, 64 bad input.
            """
    )

    @Option(help: "The folder of original volumes.", completion: .directory)
    var originals: String

    @Option(help: "The folder of defaced volumes, named as their originals.", completion: .directory)
    var defaced: String

    @Argument(help: ArgumentHelp("The folder to write the tables, plots and cache into.", valueName: "OUT"), completion: .directory)
    var output: String

    @Option(help: ArgumentHelp("Views to render: all, or a comma-separated list of \(StandardViews.all.map(\.name).joined(separator: ", ")).", valueName: "views"))
    var views = "all"

    @Option(help: "Render width and height in pixels.")
    var size = 512

    @Option(help: "HOG detections must score above this (dlib's default is 0).")
    var score: Double = 0

    @Option(help: "Seed of the calibration / held-out split of the subjects.")
    var seed: UInt64 = 0

    @Option(help: "Share of the subjects the threshold is calibrated on; the rest are held out.")
    var calibration: Double = 0.7

    @Option(help: "Volumes checked at once (default: one per core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard Self.parseViews(views) != nil else { throw ValidationError("--views \(views): expected all or names from \(StandardViews.all.map(\.name).joined(separator: ", "))") }
        guard (64...4096).contains(size) else { throw ValidationError("--size must be 64…4096 pixels") }
        guard score.isFinite else { throw ValidationError("--score must be a finite number") }
        guard calibration > 0, calibration < 1 else { throw ValidationError("--calibration must lie between 0 and 1") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    static func parseViews(_ text: String) -> [ViewAngle]? {
        if text.lowercased() == "all" { return StandardViews.all }
        let names = text.lowercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let chosen = names.compactMap { name in StandardViews.all.first { $0.name == name } }
        return chosen.count == names.count && !chosen.isEmpty ? chosen : nil
    }

    func run() throws {
        let folders = try checkedFolders()
        let pairing: CohortPairing, ignored: [URL]
        do {
            let left = try CohortDiscovery.volumes(in: folders.originals), right = try CohortDiscovery.volumes(in: folders.defaced)
            pairing = CohortDiscovery.pair(originals: left.volumes, defaced: right.volumes)
            ignored = left.ignored + right.ignored
            if pairing.pairs.isEmpty {
                throw Self.badInput("empty cohort: \(left.volumes.count) volumes under \(originals) and \(right.volumes.count) under \(defaced), "
                    + "none paired by name" + Self.listing(pairing))
            }
            if pairing.pairs.count < 2 {
                throw Self.badInput("one pair is no cohort: matching needs other subjects to tell a face apart from (ROC and "
                    + "precision-recall need impostor pairs); give at least 2 paired volumes" + Self.listing(pairing))
            }
        } catch let error as FaceCheckError { throw Self.badInput("\(error)") }
        Self.reportUnpaired(pairing, ignored: ignored)
        let models: FaceModels
        do { models = try FaceModels.standard() } catch { throw Self.badInput("\(error)") }
        // Made only now: a run refused for bad input leaves no folder behind.
        do { try FileManager.default.createDirectory(at: folders.output, withIntermediateDirectories: true) } catch {
            throw Self.badInput("cannot create OUT \(output): \(error.localizedDescription)")
        }

        let settings = FaceSurveySettings(views: Self.parseViews(views)!, size: size, scoreThreshold: score, jobs: jobs)
        let survey = FaceSurvey(models: models, settings: settings, cacheFolder: folders.output.appendingPathComponent("cache")) { volume in
            do {
                let loaded = try VolumeInput.load(volume.url.path, series: nil)
                return LoadedVolume(volume: loaded.volume, modality: loaded.modality, notes: loaded.notes)
            } catch { throw CohortVolumeError("\(error)") }
        }
        let volumes = pairing.pairs.map(\.original) + pairing.pairs.map(\.defaced)
        let progress = ProgressBar(command: "evaluate", total: volumes.count, unit: "volumes")
        progress.begin("\(pairing.pairs.count) pairs: \(volumes.count) volumes, \(settings.views.count) views × 4 thresholds each, "
            + "\(min(jobs, volumes.count)) at a time")
        let outcomes: [Result<VolumeFaces, CohortVolumeError>]
        do {
            outcomes = try survey.run(volumes) { step in
                let side = step.index < pairing.pairs.count ? "original" : "defaced"
                let what: String
                switch step.outcome {
                case .success(let faces):
                    what = "\(faces.rendersWithFace) of \(faces.checks.count) renders with a face" + (step.fromCache ? " (cached)" : "")
                case .failure(let error): what = "unreadable: \(error)"
                }
                progress.update(done: step.done, reused: step.cached, failed: step.failed, item: "\(side) \(step.volume.name): \(what)")
            }
        } catch { throw Self.badInput("\(error)") }
        progress.finish()

        let count = pairing.pairs.count
        let report = CohortReport(pairing: pairing, originals: Array(outcomes.prefix(count)), defaced: Array(outcomes.suffix(count)),
                                  seed: seed, calibrationFraction: calibration)
        for failure in report.failures {
            printError("faceless evaluate: \(failure.side.rawValue) \(failure.name) left out: \(failure.error)")
        }
        let written: [URL]
        do { written = try report.write(to: folders.output) } catch { throw Self.badInput("\(error)") }
        guard let evaluation = report.evaluation else {
            throw Self.badInput("no subject has both volumes readable: nothing to evaluate (volumes.csv lists why)")
        }
        print(EvaluationSummary.text(report, evaluation, seed: seed))
        print("wrote \(folders.output.path): " + written.map(\.lastPathComponent).joined(separator: ", "))
    }

    /// The input folders and OUT, resolved; refuses what would write into an input or put an
    /// input inside OUT.
    private func checkedFolders() throws -> (originals: URL, defaced: URL, output: URL) {
        func resolved(_ path: String) -> URL { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath() }
        let inputs = [("--originals", originals), ("--defaced", defaced)]
        for (flag, path) in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw Self.badInput("\(flag) \(path): no such folder") }
            guard isDirectory.boolValue else { throw Self.badInput("\(flag) \(path): not a folder") }
        }
        let left = resolved(originals), right = resolved(defaced), out = resolved(output)
        if left == right { throw Self.badInput("--originals and --defaced are the same folder (\(left.path))") }
        func within(_ inner: URL, _ outer: URL) -> Bool { inner == outer || inner.path.hasPrefix(outer.path.hasSuffix("/") ? outer.path : outer.path + "/") }
        // Nested inputs would make the outer folder's volumes include the inner one's.
        if within(right, left) || within(left, right) { throw Self.badInput("--originals and --defaced must not be inside one another") }
        for (flag, folder) in [("--originals", left), ("--defaced", right)] {
            if within(out, folder) { throw Self.badInput("OUT \(output) is inside \(flag) \(folder.path): Faceless never writes into its input") }
            if within(folder, out) { throw Self.badInput("\(flag) \(folder.path) is inside OUT \(output): OUT must be a separate folder") }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw Self.badInput("OUT \(output) is a file, not a folder")
        }
        return (left, right, out)
    }

    private static func reportUnpaired(_ pairing: CohortPairing, ignored: [URL]) {
        for volume in pairing.originalsOnly { printError("faceless evaluate: not paired: original \(volume.name) (\(volume.url.path)) has no defaced volume of its name") }
        for volume in pairing.defacedOnly { printError("faceless evaluate: not paired: defaced \(volume.name) (\(volume.url.path)) has no original of its name") }
        for volume in pairing.ambiguous { printError("faceless evaluate: not paired: \(volume.url.path): the name \(volume.name) is held by two volumes in one folder") }
        if !ignored.isEmpty {
            printError("faceless evaluate: ignored \(ignored.count) file(s) that are neither NIfTI nor DICOM, e.g. \(ignored[0].path)")
        }
    }

    private static func listing(_ pairing: CohortPairing) -> String {
        let names = (pairing.originalsOnly.map { "original " + $0.name } + pairing.defacedOnly.map { "defaced " + $0.name }).prefix(6)
        return names.isEmpty ? "" : " (" + names.joined(separator: ", ") + ")"
    }

    /// Bad input exits with 64 (EX_USAGE), as `verify` does.
    static func badInput(_ message: String) -> ExitCode {
        printError("faceless evaluate: \(message)")
        return ExitCode(64)
    }
}

/// The few lines `faceless evaluate` prints; the tables hold everything else.
enum EvaluationSummary {
    static func text(_ report: CohortReport, _ evaluation: CohortEvaluation, seed: UInt64) -> String {
        let pairing = report.pairing
        var lines = ["cohort: \(evaluation.names.count) subjects (\(evaluation.calibrationSubjects.count) calibration, "
            + "\(evaluation.heldOutSubjects.count) held out, seed \(seed)); not paired: \(pairing.originalsOnly.count) originals, "
            + "\(pairing.defacedOnly.count) defaced, \(pairing.ambiguous.count) ambiguous; unreadable: \(report.failures.count)"]
        lines.append("faces (renders with a face / with landmarks placed, of all renders; volumes with a face):")
        for (side, rates) in [("originals", evaluation.originalRates), ("defaced", evaluation.defacedRates)] {
            lines.append("  " + side.padding(toLength: 10, withPad: " ", startingAt: 0)
                + String(format: "%d / %d of %d renders (detection %.1f%%, landmark placement %.1f%%); %d of %d volumes",
                         rates.rendersWithFace, rates.rendersWithLandmarks, rates.renders, 100 * rates.detectionRate,
                         100 * rates.landmarkPlacementRate, rates.volumesWithFace, rates.volumes))
        }
        let missing = evaluation.originalsWithoutGalleryFace
        lines.append("gallery: \(evaluation.names.count - missing.count) of \(evaluation.names.count) originals show a face with landmarks"
            + (missing.isEmpty ? "" : " (none in: " + missing.prefix(8).joined(separator: ", ") + (missing.count > 8 ? ", …" : "") + ")"))
        func row(_ title: String, _ value: (CohortEvaluation.Comparison) -> String) -> String {
            title.padding(toLength: 30, withPad: " ", startingAt: 0) + value(evaluation.control).padding(toLength: 34, withPad: " ", startingAt: 0)
                + value(evaluation.defaced)
        }
        let subjects = evaluation.names.count, heldOut = evaluation.heldOutSubjects.count
        lines.append("".padding(toLength: 30, withPad: " ", startingAt: 0) + "control (originals re-rendered)".padding(toLength: 34, withPad: " ", startingAt: 0) + "defaced")
        lines += [
            row("ROC AUC, all pairs") { String(format: "%.3f", $0.areaUnderROC) },
            row("average precision, all pairs") { String(format: "%.3f", $0.averagePrecision) },
            row("threshold (calibration F1)") { c in c.calibration.map { String(format: "%.3f (%.2f)", $0.threshold, $0.f1) } ?? "none: no face to match" },
            row("held out TP / FP / FN") { "\($0.heldOut.truePositives) / \($0.heldOut.falsePositives) / \($0.heldOut.falseNegatives)" },
            row("held out precision / recall") { String(format: "%.2f / %.2f", $0.heldOut.precision, $0.heldOut.recall) },
            row("held out AU-PRC") { String(format: "%.3f", $0.heldOutAveragePrecision) },
            row("rank-1 re-identified") { "\($0.rankOne) of \(subjects)" },
            row("probes with no face") { "\($0.probesWithoutFace.count) of \(subjects)" },
        ]
        if !evaluation.defaced.probesWithoutFace.isEmpty {
            lines.append("\(evaluation.defaced.probesWithoutFace.count) defaced volumes show no face: infinitely far from every original, never matched")
        }
        let withGallery = subjects - missing.count
        if evaluation.control.areaUnderROC < 0.8 || evaluation.control.rankOne * 2 < withGallery {
            lines.append(String(format: "note: the positive control tells subjects apart poorly (AUC %.2f; %d of %d originals with a face "
                + "re-identified at rank 1): recognition is weak on these renders, so the matching figures say more about detection "
                + "than about recognition", evaluation.control.areaUnderROC, evaluation.control.rankOne, withGallery))
        }
        if heldOut < 2 { lines.append("note: \(heldOut) held-out subject(s): the held-out figures say little; evaluate a larger cohort") }
        return lines.joined(separator: "\n")
    }
}
