import Crypto
import DICOM
import Deidentify
import FaceCheck
import Foundation
import Logging
import Synchronization
import Volume

/// `faceless deid`: every patient's studies under the input, filtered, de-identified (headers,
/// burned-in text, face), verified and written with the report and audit log (design.md §2).
public struct DeidRun: Sendable {
    public let configuration: DeidConfiguration
    let logger: Logger

    public init(configuration: DeidConfiguration, logger: Logger = Logger(label: "faceless.deid")) {
        self.configuration = configuration
        self.logger = logger
    }

    /// The studies found and what would be done with each, for `--dry-run`: nothing is written.
    public func dryRun() throws(PipelineError) -> [String] {
        let (discovery, plans, _) = try prepare()
        var lines = ["\(discovery.fileCount) files under \(configuration.input.path)"]
        for (study, plan) in zip(discovery.studies, plans) {
            let inputFolder = Self.commonFolder(study.series.flatMap(\.files))
            switch plan {
            case .failure(let error):
                lines.append("study in \(inputFolder): NOT PROCESSED: \(error)")
            case .success(let plan):
                lines.append("study in \(inputFolder) → \(configuration.output.path)/\(plan.layout.relativePath)")
                for group in plan.groups {
                    for series in [group.reference] + group.others {
                        let how = series.seriesInstanceUID == group.reference.seriesInstanceUID && series.slices.count == group.reference.slices.count
                            ? "defaced (mask computed here)" : "defaced (mask of \(plan.folder(of: group.reference)))"
                        lines.append("  \(plan.folder(of: series)): \(series.slices.count) images, \(how)")
                    }
                }
                for images in plan.images {
                    lines.append("  \(plan.folder(of: images.series)): \(images.series.slices.count) images, text and headers only (not a volume)")
                }
                for (series, reason) in plan.excluded {
                    lines.append("  series \(series.attributes.seriesNumber.map(String.init) ?? "?") (\(series.attributes.modality), \(series.series.slices.count) images): excluded: \(reason)")
                }
            }
        }
        for file in discovery.unusable { lines.append("not used: \(file.url.path): \(file.reason)") }
        return lines
    }

    /// Runs the job. Throws only for a misuse that stops the whole run; a study that fails is
    /// in the report, and nothing of it is in OUT. `progress` makes the display for the number
    /// of series selected.
    public func run(progress makeProgress: (_ series: Int) -> (any RunProgress)? = { _ in nil }) throws(PipelineError) -> RunReport {
        let start = ContinuousClock.now
        let (discovery, plans, context) = try prepare()
        try prepareFolders()
        for file in discovery.unusable { logger.notice("not used: \(file.url.path): \(file.reason)") }
        let progress = makeProgress(plans.reduce(0) { $0 + ((try? $1.get())?.selectedSeriesCount ?? 0) })
        let studyCount = plans.count
        let records = ResultSlots<StudyRecord>(count: studyCount)
        let next = Atomic<Int>(0)
        let workers = max(1, min(configuration.jobs, studyCount))
        // Workers share the cores: one detection thread per two cores among all of them.
        let detectionThreads = max(1, ProcessInfo.processInfo.activeProcessorCount / (2 * workers))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            // dlib's detectors serve one thread at a time: one verifier per worker.
            let verifier = FaceVerifier(models: configuration.faceModels, scoreThreshold: configuration.faceScoreThreshold,
                                             detectionThreads: detectionThreads)
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < studyCount else { break }
                let record = process(discovery.studies[index], plan: plans[index], context: context, verifier: verifier, progress: progress)
                records.set(index, record)
            }
        }
        progress?.finish()
        var report = RunReport(facelessVersion: Provenance.facelessVersion, settings: context.configuration.settings(sheetRows: nil))
        report.filesConsidered = discovery.fileCount
        var audit: [AuditEntry] = []
        for record in records.values.compactMap({ $0 }) {
            report.studies.append(record.report)
            audit += record.audit
        }
        let unusableHashes = FileHashes.sha256(of: discovery.unusable.map(\.url))
        for (file, hash) in zip(discovery.unusable, unusableHashes) {
            let reason = Self.reasonCategory(file.reason)
            report.unusableFiles[reason, default: 0] += 1
            audit.append(AuditEntry(inputSHA256: hash ?? "unreadable", status: "not used", reason: reason, settings: context.settingsFingerprint))
        }
        if let mappingOut = configuration.mappingOut {
            var table = MappingTable(extraColumns: ["Status", "Output_Folder"],
                                     showsDateShift: configuration.headers.options.contains(.retainLongitudinalModifiedDates))
            for (plan, record) in zip(plans, records.values) {
                guard let plan = try? plan.get(), let status = record?.report.status else { continue }
                let folder = status == .exported ? configuration.output : status == .quarantined ? configuration.quarantineFolder : nil
                table.rows.append(MappingTable.Row(identity: plan.identity, newStudyInstanceUID: plan.newStudyUID,
                                                   extra: [status.rawValue, folder?.appendingPathComponent(plan.layout.relativePath).path ?? ""]))
            }
            do { try table.write(to: mappingOut) } catch { throw .unwritable(error.description) }
        }
        report.seconds = (ContinuousClock.now - start) / .seconds(1)
        try ReportWriter(folder: configuration.reportFolder).write(report, audit: audit)
        return report
    }

    /// Discovery, the sheet and recipe, and a plan (or the reason there is none) per study.
    private func prepare() throws(PipelineError) -> (Discovery, [Result<StudyPlan, PipelineError>], RunContext) {
        try checkFolders()
        let deidentifiers: Deidentifiers
        do {
            let sheet = try configuration.mappingSheet.map { (url) throws(DeidentificationError) in try MappingSheet(contentsOf: url) }
            let recipe = try configuration.recipe.map { (url) throws(DeidentificationError) in try Recipe(contentsOf: url) }
            deidentifiers = try Deidentifiers(key: configuration.key, configuration: configuration.headers, sheet: sheet,
                                              allowUnmapped: configuration.allowUnmapped, recipe: recipe)
        } catch {
            throw .badRun(error.description)
        }
        let discovery = try Discovery.scan(configuration.input)
        let plans = discovery.studies.map { study in
            Result { () throws(PipelineError) in
                try StudyPlan(study, selection: configuration.selection, deidentifier: deidentifiers[[]], input: configuration.input)
            }
        }
        return (discovery, plans, RunContext(configuration: configuration, deidentifiers: deidentifiers, settingsFingerprint: configuration.fingerprint()))
    }

    /// One study: skipped when its resume marker matches, else processed and its marker written.
    private func process(_ study: DiscoveredStudy, plan planned: Result<StudyPlan, PipelineError>, context: RunContext,
                         verifier: FaceVerifier, progress: (any RunProgress)?) -> StudyRecord {
        let files = study.series.flatMap(\.files)
        // The inputs' hashes name them in the audit log and the resume marker: computed beside
        // the study's work, which waits for them only to check a marker or to write the audit.
        let hashing = BackgroundWork { Dictionary(uniqueKeysWithValues: zip(files, FileHashes.sha256(of: files).map { $0 ?? "unreadable" })) }
        let plan: StudyPlan
        switch planned {
        case .success(let found): plan = found
        case .failure(let error):
            let label = "study-" + StudyLayout.shortHash(configuration.key.pseudonymUID(for: study.studyInstanceUID), length: 8)
            var report = StudyReport(patient: "not-de-identified", study: label, status: .failed)
            report.reasons = [error.description]
            progress?.note("\(label): FAILED: \(error)")
            let hashes = hashing.wait()
            let audit = files.map { AuditEntry(inputSHA256: hashes[$0]!, status: "failed", reason: error.description, settings: context.settingsFingerprint) }
            return StudyRecord(report: report, audit: audit)
        }
        let markers = ResumeMarkers(folder: configuration.reportFolder.appendingPathComponent("resume"))
        let key = { ResumeMarkers.key(settings: context.settingsFingerprint, inputs: hashing.wait().values.sorted()) }
        if configuration.resume, let record = markers.finished(plan.layout, key: key(), output: configuration.output, quarantine: configuration.quarantineFolder) {
            progress?.note("\(plan.layout.relativePath): finished by an earlier run (\(record.report.status.rawValue))")
            progress?.advance(by: plan.selectedSeriesCount)
            return record
        }
        let record = StudyJob(plan: plan, context: context, verifier: verifier, inputHashes: hashing, progress: progress).run()
        markers.save(record, layout: plan.layout, key: key())
        let summary = record.report.status == .exported ? "exported" : record.report.status.rawValue.uppercased()
        progress?.note("\(plan.layout.relativePath): \(summary)" + (record.report.reasons.isEmpty ? "" : ": " + record.report.reasons.joined(separator: "; ")))
        logger.debug("\(Self.commonFolder(files)) → \(plan.layout.relativePath): \(summary)")
        return record
    }

    /// Refuses overlapping folders: nothing is ever written into the input, and the report
    /// (which holds renders of the original faces) never goes into OUT.
    private func checkFolders() throws(PipelineError) {
        let input = configuration.input, output = configuration.output
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .badRun("the input \(input.path) is not a folder")
        }
        let named = [("OUT", output), ("the report folder", configuration.reportFolder), ("the quarantine folder", configuration.quarantineFolder)]
            + (configuration.mappingOut.map { [("--mapping-out", $0)] } ?? [])
        for (name, folder) in named where FolderPaths.isInside(folder, input) {
            throw .badRun("\(name) \(folder.path) is inside the input \(input.path): Faceless never writes into its input")
        }
        if FolderPaths.isInside(input, output) { throw .badRun("the input \(input.path) is inside OUT \(output.path)") }
        for (name, folder) in named.dropFirst() where FolderPaths.isInside(folder, output) || FolderPaths.isInside(output, folder) {
            throw .badRun("\(name) \(folder.path) overlaps OUT: reports, quarantined studies and the ID table must stay apart from the data to share")
        }
        if let mappingOut = configuration.mappingOut, FolderPaths.isInside(mappingOut, configuration.reportFolder) {
            throw .badRun("--mapping-out \(mappingOut.path) is inside the report folder, which must name no patient")
        }
    }

    /// Creates OUT and the report folder; refuses an OUT holding anything but an earlier run's
    /// output unless resuming, and removes what an interrupted run left half-written.
    private func prepareFolders() throws(PipelineError) {
        let manager = FileManager.default
        let output = configuration.output
        let leftovers = ((try? manager.contentsOfDirectory(atPath: output.path)) ?? []).filter { $0.hasPrefix(".faceless-partial-") }
        let contents = ((try? manager.contentsOfDirectory(atPath: output.path)) ?? []).filter { !$0.hasPrefix(".faceless-partial-") }
        if !contents.isEmpty && !configuration.resume {
            throw .badRun("OUT \(output.path) is not empty; pass --resume to continue an earlier run into it, or choose a new folder")
        }
        do {
            for name in leftovers { try manager.removeItem(at: output.appendingPathComponent(name)) }
            try manager.createDirectory(at: output, withIntermediateDirectories: true)
            try manager.createDirectory(at: configuration.reportFolder, withIntermediateDirectories: true)
        } catch {
            throw .unwritable("\(output.path): \(error.localizedDescription)")
        }
    }

    /// The deepest folder holding all of `files` (for messages on the terminal only).
    static func commonFolder(_ files: [URL]) -> String {
        guard var common = files.first?.deletingLastPathComponent().pathComponents else { return "" }
        for file in files.dropFirst() {
            let parts = file.deletingLastPathComponent().pathComponents
            common = Array(zip(common, parts).prefix { $0 == $1 }.map(\.0))
        }
        return NSString.path(withComponents: common)
    }

    /// The kind of reason, before any detail (details may name files or UIDs).
    static func reasonCategory(_ reason: String) -> String {
        String(reason.prefix { $0 != ":" && $0 != "(" }).trimmingCharacters(in: .whitespaces)
    }
}
