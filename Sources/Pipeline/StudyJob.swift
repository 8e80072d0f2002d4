import DICOM
import Deidentify
import FaceCheck
import Foundation
import Volume

/// One line of the audit log: what happened to one input file. Inputs are named by their
/// SHA-256 (their paths name patients); outputs by their path under OUT or the quarantine.
public struct AuditEntry: Sendable, Codable, Equatable {
    public var inputSHA256: String
    /// written, quarantined, excluded, failed, or not used.
    public var status: String
    public var output: String?
    public var outputSHA256: String?
    /// What was done: headers, text, deface (with the mode).
    public var actions: [String] = []
    public var reason: String?
    public var facelessVersion = Provenance.facelessVersion
    /// SHA-256 of the run's settings (`DeidConfiguration.fingerprint()`).
    public var settings: String

    enum CodingKeys: String, CodingKey {
        case inputSHA256 = "input_sha256", status, output, outputSHA256 = "output_sha256", actions, reason
        case facelessVersion = "faceless_version", settings = "settings_sha256"
    }
}

/// A finished study: its report and the audit lines of its files.
struct StudyRecord: Sendable, Codable {
    var report: StudyReport
    var audit: [AuditEntry]
}

/// The parts of a run that every study job shares.
struct RunContext: Sendable {
    let configuration: DeidConfiguration
    let deidentifiers: Deidentifiers
    /// `DeidConfiguration.fingerprint()`, computed once.
    let settingsFingerprint: String
}

/// One study, start to finish: every selected series into a staging folder inside OUT, then
/// the whole study moved into place, to the quarantine when a face was found, or deleted
/// when any series failed (a study that cannot be fully de-identified is not exported).
struct StudyJob {
    let plan: StudyPlan
    let context: RunContext
    let verifier: FaceVerifier
    /// SHA-256 of every input file of the study, being computed.
    let inputHashes: BackgroundWork<[URL: String]>
    let progress: (any RunProgress)?

    func run() -> StudyRecord {
        let start = ContinuousClock.now
        let configuration = context.configuration
        let layout = plan.layout
        var report = StudyReport(patient: layout.patientFolder, study: layout.studyFolder, status: .exported)
        report.excluded = plan.excluded.map {
            ExcludedSeries(seriesNumber: $0.series.attributes.seriesNumber, modality: $0.series.attributes.modality,
                           images: $0.series.series.slices.count, reason: $0.reason)
        }
        guard plan.selectedSeriesCount > 0 else {
            report.status = .nothingSelected
            return StudyRecord(report: report, audit: audit(report, ledger: WriteLedger()))
        }
        let staging = configuration.output.appendingPathComponent(".faceless-partial-\(layout.patientFolder)-\(layout.studyFolder)-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: staging) }
        let cleaning = SeriesCleaning(plan: plan, staging: staging, reportFolder: configuration.reportFolder,
                                      deidentifiers: context.deidentifiers, options: configuration.deface, verifier: verifier)
        var seriesDone = 0
        do throws(SeriesCleaning.Failure) {
            for group in plan.groups {
                report.series += try cleaning.deface(group)
                seriesDone += 1 + group.others.count
                progress?.advance(by: 1 + group.others.count)
            }
            for images in plan.images {
                report.series.append(try cleaning.clean(images: images))
                seriesDone += 1
                progress?.advance(by: 1)
            }
        } catch {
            report.status = .failed
            report.reasons.append(error.message)
            progress?.advance(by: plan.selectedSeriesCount - seriesDone)
        }
        let faces = report.series.filter { $0.verification?.verdict == FaceVerdict.fail.rawValue }
        if report.status == .exported && !faces.isEmpty {
            report.status = .quarantined
            report.reasons += faces.map { "\($0.folder): \($0.verification!.reason)" }
        }
        if report.status != .failed {
            let root = report.status == .exported ? configuration.output : configuration.quarantineFolder
            do {
                try Self.move(staging, to: root.appendingPathComponent(layout.relativePath))
                if report.status == .quarantined {
                    let note = "Not exported: a face was still found after defacing.\n" + report.reasons.joined(separator: "\n") + "\n"
                    try AtomicFile.write(Data(note.utf8), to: root.appendingPathComponent(layout.relativePath + "/QUARANTINED.txt"))
                }
            } catch {
                report.status = .failed
                report.reasons.append(plan.scrubber.scrub("cannot move the study into place: \(error)"))
            }
        }
        report.headerActions = cleaning.ledger.tally.rows.map {
            HeaderActionCount(tag: $0.tag.isPrivate ? String(format: "(%04X,xxxx)", $0.tag.group) : $0.tag.description,
                              keyword: $0.tag.isPrivate ? "private" : DataDictionary.entry(for: $0.tag)?.keyword ?? "",
                              action: $0.kind.rawValue, count: $0.count)
        }
        report.filesWritten = report.status == .failed ? 0 : cleaning.ledger.outputs.count
        report.seconds = (ContinuousClock.now - start) / .seconds(1)
        return StudyRecord(report: report, audit: audit(report, ledger: cleaning.ledger))
    }

    /// Renames the staged study to `target`, replacing what an earlier run left there.
    static func move(_ staging: URL, to target: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
        try manager.moveItem(at: staging, to: target)
    }

    /// The audit lines of every input file of the study.
    private func audit(_ report: StudyReport, ledger: WriteLedger) -> [AuditEntry] {
        let root = report.status == .quarantined ? context.configuration.quarantineFolder : context.configuration.output
        let prefix = report.status == .quarantined ? "quarantine/" : ""
        let excluded = Dictionary(plan.excluded.flatMap { item in item.series.files.map { ($0, item.reason) } }, uniquingKeysWith: { a, _ in a })
        let inputHashes = self.inputHashes.wait()
        let outputs = ledger.outputs
        // Outputs not hashed as they were written (the 2-D series) are hashed now.
        let unhashed = outputs.values.filter { ledger.outputHashes[$0] == nil }.sorted()
        let hashes = FileHashes.sha256(of: unhashed.map { root.appendingPathComponent($0) })
        let outputHash = ledger.outputHashes.merging(zip(unhashed, hashes).compactMap { output, hash in hash.map { (output, $0) } }) { a, _ in a }
        let mode = context.configuration.deface.mode.description
        var entries: [AuditEntry] = []
        for series in plan.study.series {
            let actions = ["headers"] + (series.attributes.modality == "CT" ? ["text"] : []) + (StudyPlan.isVolume(series) ? ["deface \(mode)"] : [])
            for file in series.files {
                var entry = AuditEntry(inputSHA256: inputHashes[file] ?? "", status: "", settings: context.settingsFingerprint)
                if let reason = excluded[file] {
                    entry.status = "excluded"
                    entry.reason = reason
                } else if report.status == .failed {
                    entry.status = "failed"
                    entry.reason = report.reasons.first
                } else if let output = outputs[file] {
                    entry.status = report.status == .quarantined ? "quarantined" : "written"
                    entry.output = prefix + output
                    entry.outputSHA256 = outputHash[output] ?? nil
                    entry.actions = actions
                }
                entries.append(entry)
            }
        }
        return entries
    }
}
