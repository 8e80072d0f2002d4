import DICOM
import Foundation

/// A cohort's face survey and re-identification study, and the files that record them: CSV
/// tables for analysis elsewhere and the ROC and precision–recall plots.
public struct CohortReport: Sendable {
    public enum Side: String, Sendable, CaseIterable { case original, defaced }

    /// A volume that was paired but could not be read or checked.
    public struct Failure: Sendable {
        public var name: String
        public var side: Side
        public var volume: CohortVolume
        public var error: CohortVolumeError
    }

    public let pairing: CohortPairing
    /// Each paired volume's faces, by subject name.
    public let faces: [Side: [String: VolumeFaces]]
    /// Paired volumes that could not be read: their subjects are left out of the study.
    public let failures: [Failure]
    /// The study of every subject whose two volumes were checked; nil when there is none.
    public let evaluation: CohortEvaluation?

    /// The report of `pairing`, given the outcome for each pair's original and defaced volume
    /// (in `pairing.pairs` order).
    public init(pairing: CohortPairing, originals: [Result<VolumeFaces, CohortVolumeError>], defaced: [Result<VolumeFaces, CohortVolumeError>],
                seed: UInt64 = 0, calibrationFraction: Double = 0.7) {
        precondition(originals.count == pairing.pairs.count && defaced.count == pairing.pairs.count, "one outcome per pair and side")
        self.pairing = pairing
        var faces: [Side: [String: VolumeFaces]] = [.original: [:], .defaced: [:]]
        var failures: [Failure] = [], subjects: [CohortEvaluation.Subject] = []
        for (pair, outcomes) in zip(pairing.pairs, zip(originals, defaced)) {
            for (side, outcome, volume) in [(Side.original, outcomes.0, pair.original), (.defaced, outcomes.1, pair.defaced)] {
                switch outcome {
                case .success(let found): faces[side]![pair.name] = found
                case .failure(let error): failures.append(Failure(name: pair.name, side: side, volume: volume, error: error))
                }
            }
            if case .success(let original) = outcomes.0, case .success(let defacedFaces) = outcomes.1 {
                subjects.append(CohortEvaluation.Subject(name: pair.name, original: original, defaced: defacedFaces))
            }
        }
        self.faces = faces
        self.failures = failures
        evaluation = subjects.isEmpty ? nil : CohortEvaluation(subjects: subjects, seed: seed, calibrationFraction: calibrationFraction)
    }

    /// The names and contents of the report's files.
    public func files() throws(FaceCheckError) -> [(name: String, contents: Data)] {
        var files: [(String, Data)] = [("volumes.csv", Data(volumesTable().utf8)), ("renders.csv", Data(rendersTable().utf8))]
        if let evaluation {
            files += [
                ("rates.csv", Data(ratesTable(evaluation).utf8)),
                ("distances-defaced.csv", Data(distanceTable(evaluation.defaced, names: evaluation.names).utf8)),
                ("distances-control.csv", Data(distanceTable(evaluation.control, names: evaluation.names).utf8)),
                ("curves.csv", Data(curvesTable(evaluation).utf8)),
                ("results.csv", Data(resultsTable(evaluation).utf8)),
            ]
            let curves = [(name: "ORIGINALS RE-RENDERED (CONTROL)", comparison: evaluation.control, colour: CurvePlot.Colour.blue),
                          (name: "DEFACED", comparison: evaluation.defaced, colour: CurvePlot.Colour.orange)]
            let roc = CurvePlot.roc(curves.map { (String(format: "%@ AUC %.2f", $0.name, $0.comparison.areaUnderROC), $0.comparison.curve, $0.colour) },
                                    title: "ROC: ORIGINAL FACE VS PROBE, \(evaluation.names.count) SUBJECTS")
            let pr = CurvePlot.precisionRecall(curves.map { (String(format: "%@ AP %.2f", $0.name, $0.comparison.averagePrecision), $0.comparison.curve, $0.colour) },
                                               title: "PRECISION-RECALL, \(evaluation.names.count) SUBJECTS")
            do {
                files.append(("roc.png", try roc.image().encoded()))
                files.append(("precision-recall.png", try pr.image().encoded()))
            } catch {
                throw .invalidImage("the plots could not be encoded: \(error)")
            }
        }
        return files
    }

    /// Writes every file into `folder` (each atomically: a reader sees the old file or the
    /// new one, never a part); returns their URLs.
    @discardableResult
    public func write(to folder: URL) throws(FaceCheckError) -> [URL] {
        try files().map { (file) throws(FaceCheckError) -> URL in
            let url = folder.appendingPathComponent(file.name)
            do throws(DICOMError) { try AtomicFile.write(file.contents, to: url) } catch { throw .unreadableInput("cannot write \(url.path): \(error.message)") }
            return url
        }
    }

    // MARK: Tables

    /// One row per volume found in either folder: paired or not, read or not, and its faces.
    func volumesTable() -> String {
        var rows = [["subject", "side", "kind", "path", "status", "split", "thresholds", "renders", "renders_with_face",
                     "renders_with_landmarks", "best_score", "best_view", "best_threshold", "gallery_face", "faces_as_probe", "notes"]]
        let split = evaluation.map { e in Dictionary(uniqueKeysWithValues: e.calibrationSubjects.map { ($0, "calibration") } + e.heldOutSubjects.map { ($0, "held-out") }) } ?? [:]
        let failed = Dictionary(failures.map { ("\($0.side.rawValue)/\($0.name)", $0.error.description) }, uniquingKeysWith: { a, _ in a })
        for pair in pairing.pairs {
            for (side, volume) in [(Side.original, pair.original), (.defaced, pair.defaced)] {
                guard let found = faces[side]?[pair.name] else {
                    rows.append([pair.name, side.rawValue, volume.kind.rawValue, volume.url.path, "unreadable: " + (failed["\(side.rawValue)/\(pair.name)"] ?? "?")]
                        + Array(repeating: "", count: 11))
                    continue
                }
                let best = found.bestFace
                let probes = side == .original ? found.embeddings(excludingView: best?.check.view, threshold: best?.check.threshold).count
                    : found.embeddings().count
                let gallery = side == .original ? (best == nil ? "no" : "yes") : ""
                rows.append([pair.name, side.rawValue, volume.kind.rawValue, volume.url.path, "checked", split[pair.name] ?? "",
                             found.thresholds.map { Self.number($0) }.joined(separator: " "), "\(found.checks.count)", "\(found.rendersWithFace)",
                             "\(found.rendersWithLandmarks)", best.map { Self.number($0.face.score) } ?? "", best?.check.view ?? "",
                             best.map { Self.number($0.check.threshold) } ?? "", gallery, "\(probes)", found.notes.joined(separator: "; ")])
            }
        }
        let unpaired: [(CohortVolume, Side, String)] = pairing.originalsOnly.map { ($0, .original, "not paired: no defaced volume of this name") }
            + pairing.defacedOnly.map { ($0, .defaced, "not paired: no original of this name") }
        for (volume, side, status) in unpaired {
            rows.append([volume.name, side.rawValue, volume.kind.rawValue, volume.url.path, status] + Array(repeating: "", count: 11))
        }
        for volume in pairing.ambiguous {
            rows.append([volume.name, "", volume.kind.rawValue, volume.url.path, "not paired: two volumes in one folder hold this name"]
                + Array(repeating: "", count: 11))
        }
        return Self.csv(rows)
    }

    /// One row per render of every checked volume.
    func rendersTable() -> String {
        var rows = [["subject", "side", "view", "threshold", "coverage", "faces", "best_score", "filter", "box", "landmarks_placed"]]
        for side in Side.allCases {
            for (name, found) in (faces[side] ?? [:]).sorted(by: { $0.key < $1.key }) {
                for check in found.checks {
                    let best = check.faces.max { $0.score < $1.score }
                    rows.append([name, side.rawValue, check.view, Self.number(check.threshold), String(format: "%.4f", check.coverage), "\(check.faces.count)",
                                 best.map { Self.number($0.score) } ?? "", best?.filter.map { "\($0)" } ?? "",
                                 best.map { "\($0.x) \($0.y) \($0.width) \($0.height)" } ?? "", best.map { $0.landmarksPlaced ? "yes" : "no" } ?? ""])
                }
            }
        }
        return Self.csv(rows)
    }

    func ratesTable(_ evaluation: CohortEvaluation) -> String {
        var rows = [["side", "volumes", "volumes_with_face", "volumes_with_landmarks", "renders", "renders_with_face", "renders_with_landmarks",
                     "detection_rate", "landmark_placement_rate"]]
        for (side, rates) in [("original", evaluation.originalRates), ("defaced", evaluation.defacedRates)] {
            rows.append([side, "\(rates.volumes)", "\(rates.volumesWithFace)", "\(rates.volumesWithLandmarks)", "\(rates.renders)", "\(rates.rendersWithFace)",
                         "\(rates.rendersWithLandmarks)", Self.number(rates.detectionRate), Self.number(rates.landmarkPlacementRate)])
        }
        return Self.csv(rows)
    }

    /// Rows are originals (gallery faces), columns probes; `inf` where a side had no face.
    func distanceTable(_ comparison: CohortEvaluation.Comparison, names: [String]) -> String {
        Self.csv([["original \\ probe"] + names] + zip(names, comparison.distances).map { [$0.0] + $0.1.map(Self.number) })
    }

    func curvesTable(_ evaluation: CohortEvaluation) -> String {
        var rows = [["comparison", "threshold", "tp", "fp", "fn", "tn", "true_positive_rate", "false_positive_rate", "precision", "recall"]]
        for (name, comparison) in [("control", evaluation.control), ("defaced", evaluation.defaced)] {
            for point in comparison.curve {
                rows.append([name, Self.number(point.threshold), "\(point.truePositives)", "\(point.falsePositives)", "\(point.falseNegatives)",
                             "\(point.trueNegatives)", Self.number(point.truePositiveRate), Self.number(point.falsePositiveRate),
                             Self.number(point.precision), Self.number(point.recall)])
            }
        }
        return Self.csv(rows)
    }

    /// The TP/FP/FN table: the threshold chosen on the calibration subjects and what it does
    /// on the held-out ones, beside the whole cohort's areas.
    func resultsTable(_ evaluation: CohortEvaluation) -> String {
        var rows = [["comparison", "subjects", "calibration_subjects", "held_out_subjects", "threshold", "calibration_tp", "calibration_fp",
                     "calibration_fn", "calibration_f1", "held_out_tp", "held_out_fp", "held_out_fn", "held_out_tn", "held_out_precision",
                     "held_out_recall", "held_out_au_prc", "auc_roc", "average_precision", "rank1_matches", "probes_without_face"]]
        for (name, c) in [("control", evaluation.control), ("defaced", evaluation.defaced)] {
            let calibration = c.calibration
            rows.append([name, "\(evaluation.names.count)", "\(evaluation.calibrationSubjects.count)", "\(evaluation.heldOutSubjects.count)",
                         calibration.map { Self.number($0.threshold) } ?? "none",
                         calibration.map { "\($0.truePositives)" } ?? "0", calibration.map { "\($0.falsePositives)" } ?? "0",
                         calibration.map { "\($0.falseNegatives)" } ?? "\(evaluation.calibrationSubjects.count)",
                         calibration.map { Self.number($0.f1) } ?? "0",
                         "\(c.heldOut.truePositives)", "\(c.heldOut.falsePositives)", "\(c.heldOut.falseNegatives)", "\(c.heldOut.trueNegatives)",
                         Self.number(c.heldOut.precision), Self.number(c.heldOut.recall), Self.number(c.heldOutAveragePrecision),
                         Self.number(c.areaUnderROC), Self.number(c.averagePrecision), "\(c.rankOne)", "\(c.probesWithoutFace.count)"])
        }
        return Self.csv(rows)
    }

    /// A number as CSV readers take it: `inf`/`-inf` for infinities, else up to 6 decimals.
    static func number(_ value: Double) -> String {
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.
    static func csv(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { field in
                field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }
}
