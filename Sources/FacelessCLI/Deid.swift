import ArgumentParser
import Deidentify
import FaceCheck
import Foundation
import Logging
import Pipeline

/// `faceless deid`: the whole job on a folder of patients.
struct Deid: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "De-identify a folder of patients' head CT studies: headers, burned-in text, face; verify; report.",
        discussion: """
            Every DICOM file under IN is read (headers first); files that are not images are listed, \
            never copied. By default original primary axial head CT series are processed (--include \
            and --exclude change that; every series left out is listed with the reason). Each study \
            is de-identified whole: headers by PS3.15 (keyed pseudonyms, --map for new IDs), burned-in \
            text removed from CT images, the face drowned (one mask per Frame of Reference; skull and \
            brain proved unchanged in the written files), and every defaced series rendered from 11 \
            views at 4 thresholds through a face detector. A study is written to \
            OUT/<new ID>/study-<hash>/series-<number>/ only when all of it succeeded; a study in \
            which a face is still found goes to the quarantine folder instead, and one that fails \
            is not written at all. The report (index.html, report.json, audit.jsonl, renders of \
            the original faces) goes to <OUT>-report: keep it apart from the data you share.

            Rules for --include/--exclude are KEYWORD=PATTERN, * matching any text, on Modality, \
            ImageType, SOPClassUID, StudyDescription, SeriesDescription, BodyPartExamined, \
            ProtocolName or SeriesNumber: e.g. --include 'ImageType=*LOCALIZER*' --exclude \
            'SeriesDescription=*BONE*'. Exit status: 0 when every selected study was exported, 1 \
            when any was quarantined or failed or nothing was found, 2 for bad input.
            """
    )

    @Argument(help: "Input folder: patients' studies at any depth (never written to).", completion: .directory)
    var input: String

    @Argument(help: "Output folder (new, or an earlier run's with --resume).", completion: .directory)
    var output: String

    @OptionGroup var key: KeyOptions

    @OptionGroup var profile: ProfileOptions

    @OptionGroup var face: FaceOptions

    @Option(help: ArgumentHelp("Also process series matching this rule (repeatable).", valueName: "KEYWORD=PATTERN"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Leave out series matching this rule (repeatable).", valueName: "KEYWORD=PATTERN"))
    var exclude: [String] = []

    @Option(help: "Studies processed at once (each also uses every core).")
    var jobs = 1

    @Flag(help: "Continue an earlier run into OUT: skip studies finished with the same inputs and settings.")
    var resume = false

    @Option(help: ArgumentHelp("Report folder (default: <OUT>-report).", valueName: "DIR"), completion: .directory)
    var report: String?

    @Option(help: ArgumentHelp("Quarantine folder (default: <OUT>-quarantine).", valueName: "DIR"), completion: .directory)
    var quarantine: String?

    @Option(name: .customLong("face-score"), help: "Face detections must score above this (dlib HOG; 0 is dlib's default).")
    var faceScore = 0.0

    @Option(help: ArgumentHelp("Write the table of original → new IDs, UIDs and output folders (CSV) here; it names patients, so it may not lie in OUT, the report or the input.", valueName: "FILE"), completion: .file())
    var mappingOut: String?

    @Flag(help: "Print what would be processed and why; write nothing.")
    var dryRun = false

    @Flag(help: "Log each study's input folder and more detail on standard error.")
    var verbose = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let configuration: DeidConfiguration
        do {
            configuration = try makeConfiguration()
        } catch let error as DeidentificationError {
            throw Self.badInput("\(error)")
        } catch let error as PipelineError {
            throw Self.badInput("\(error)")
        }
        let logger = Logger(label: "faceless.deid") { _ in TerminalLogHandler(command: "deid", logLevel: verbose ? .debug : .notice) }
        let run = DeidRun(configuration: configuration, logger: logger)
        if dryRun {
            do { for line in try run.dryRun() { print(line) } } catch { throw Self.badInput("\(error)") }
            return
        }
        let result: RunReport
        do {
            result = try run.run { ProgressBar(command: "deid", total: $0, unit: "series") }
        } catch {
            throw Self.badInput("\(error)")
        }
        print(Self.summary(result, configuration: configuration))
        if result.studies.isEmpty {
            printError("faceless deid: no DICOM image series under \(configuration.input.path)")
            throw ExitCode(1)
        }
        if result.studies.contains(where: { $0.status == .failed || $0.status == .quarantined }) { throw ExitCode(1) }
    }

    func makeConfiguration() throws -> DeidConfiguration {
        var configuration = DeidConfiguration(input: URL(fileURLWithPath: input), output: URL(fileURLWithPath: output),
                                              key: try key.load(command: "deid"),
                                              reportFolder: report.map { URL(fileURLWithPath: $0) },
                                              quarantineFolder: quarantine.map { URL(fileURLWithPath: $0) })
        configuration.headers = try profile.configuration()
        configuration.mappingSheet = profile.mapPath.map { URL(fileURLWithPath: $0) }
        configuration.allowUnmapped = profile.allowUnmapped
        configuration.recipe = profile.recipe.map { URL(fileURLWithPath: $0) }
        configuration.deface = face.defaceOptions
        configuration.selection = SeriesSelection(include: try include.map { (rule) throws(PipelineError) in try SelectionRule(parsing: rule) },
                                                  exclude: try exclude.map { (rule) throws(PipelineError) in try SelectionRule(parsing: rule) })
        configuration.mappingOut = mappingOut.map { URL(fileURLWithPath: $0) }
        configuration.jobs = jobs
        configuration.resume = resume
        configuration.faceScoreThreshold = faceScore
        configuration.faceModels = try? FaceModels.standard()
        return configuration
    }

    static func summary(_ report: RunReport, configuration: DeidConfiguration) -> String {
        var lines = ["studies: \(report.count(.exported)) exported, \(report.count(.quarantined)) quarantined, "
            + "\(report.count(.failed)) failed, \(report.count(.nothingSelected)) with nothing selected; "
            + "\(report.studies.reduce(0) { $0 + $1.filesWritten }) files written"
            + String(format: " in %.1f s", report.seconds)]
        for study in report.studies where study.status == .failed || study.status == .quarantined {
            lines.append("  \(study.patient)/\(study.study): \(study.status.rawValue): \(study.reasons.joined(separator: "; "))")
        }
        lines.append("output: \(configuration.output.path)")
        if report.count(.quarantined) > 0 { lines.append("quarantine: \(configuration.quarantineFolder.path)") }
        lines.append("report: \(configuration.reportFolder.appendingPathComponent("index.html").path)")
        if let mappingOut = configuration.mappingOut { lines.append("ID table (names patients; keep it private): \(mappingOut.path)") }
        return lines.joined(separator: "\n")
    }

    /// Bad input exits with 2, apart from the run's own 0 and 1.
    static func badInput(_ message: String) -> ExitCode {
        printError("faceless deid: \(message)")
        return ExitCode(2)
    }
}
