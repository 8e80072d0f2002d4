import DICOM
import Deface
import Deidentify
import FaceCheck
import Foundation
import Imaging
import Render
import TextRedaction
import Volume

/// The per-series work of a study job: text, face, verification and the write, each series
/// written into the study's staging folder with its headers cleaned on the way out.
struct SeriesCleaning {
    let plan: StudyPlan
    let staging: URL
    let reportFolder: URL
    let deidentifiers: Deidentifiers
    let options: DefaceOptions
    let verifier: FaceVerifier
    /// Header actions and input → output names, gathered from the write threads.
    let ledger = WriteLedger()

    /// A series that failed: the study is not exported.
    struct Failure: Error { let message: String }

    /// The views of the report's before/after sheet: the face and both profiles at 60°.
    static let reportViews = [StandardViews.right60, StandardViews.front, StandardViews.left60]

    /// Text search, face evidence, defacing, verification and write of every series of `group`;
    /// the reference first, whose masks the others reuse.
    func deface(_ group: FrameGroup) throws(Failure) -> [SeriesReport] {
        var reports: [SeriesReport] = []
        var referenceMasks: HeadMasks?
        for (series, isReference) in [(group.reference, true)] + group.others.map({ ($0, false) }) {
            var clock = StageClock()
            let attributes = plan.discovered(series).attributes
            let folder = plan.folder(of: series)
            var report = SeriesReport(folder: folder, seriesNumber: attributes.seriesNumber, modality: attributes.modality,
                                      images: series.slices.count, defaced: true, textSearched: attributes.modality == "CT")
            var volume = try step { () throws(DefaceError) in try StudyDefacing.load(series) }
            clock.lap("load")
            if report.textSearched { (volume, report.textRegions) = BurnedInTextRemover().removing(from: consume volume) }
            clock.lap("text")
            // The original's renderer goes out of scope before defacing: it holds the volume, which
            // would otherwise be copied rather than drowned in place.
            let evidence: FaceVerifier.OriginalEvidence, before: [SurfaceRender]
            do {
                let thresholds = FaceVerifier.thresholds(for: volume, modality: attributes.modality)
                let renderer = IsosurfaceRenderer(volume: volume, threshold: thresholds[0])
                evidence = verifier.evidence(thresholds: thresholds, front: renderer)
                before = renderer.render(Self.reportViews, size: Self.reportSize)
            }
            clock.lap("verify")
            let modality = options.modality ?? DefaceModality(rawValue: attributes.modality) ?? .ct
            let result: DefaceResult
            do {
                // The volume is handed over, not captured, so it is drowned in place rather than copied.
                if isReference {
                    result = try Defacer.deface(consume volume, modality: modality, options: options, proof: .onWrittenOutput)
                    referenceMasks = result.masks
                    report.maskSource = "segmented on this series"
                } else {
                    guard let referenceMasks else { throw Failure(message: "the reference series was not defaced") }
                    let masks = referenceMasks.resampled(onto: try Grid(of: volume))
                    result = try Defacer.drown(consume volume, masks: masks, modality: modality, options: options, proof: .onWrittenOutput)
                    report.maskSource = "mask of " + plan.folder(of: group.reference)
                }
            } catch let failure as Failure {
                throw failure
            } catch {
                throw Failure(message: plan.scrubber.scrub("\(error)"))
            }
            report.drownedVoxels = result.report.replacedVoxels
            report.guardVoxelsUnchanged = result.masks.counts.guardRegion
            report.drownedValues = result.report.writtenRange.map {
                $0.lowerBound == $0.upperBound ? String(format: "%g", $0.lowerBound) : String(format: "%g…%g", $0.lowerBound, $0.upperBound)
            }
            clock.lap("deface")
            // The series is written while the face check runs, declared as the check passing
            // would declare it; if the check fails, it is written again with the other declaration.
            let textCleaned: PixelCleaningDeclaration = report.textSearched ? [.cleanPixelData] : []
            let target = staging.appendingPathComponent(folder)
            let outputFolder = plan.layout.relativePath + "/" + folder
            func writer(declaring declared: PixelCleaningDeclaration) -> @Sendable () -> (SeriesOutcome, WriteLedger) {
                let ledger = WriteLedger(), rewrite = rewrite(for: series, declaring: declared, into: ledger)
                return {
                    let outcome = StudyDefacing.write(result, of: series, to: target, isReference: isReference, rewrite: rewrite)
                    // Hashed here, beside the check, rather than when the audit is written.
                    ledger.record(hashes: zip(outcome.files, FileHashes.sha256(of: outcome.files)).compactMap { file, hash in
                        hash.map { (outputFolder + "/" + file.lastPathComponent, $0) }
                    })
                    return (outcome, ledger)
                }
            }
            let writing = BackgroundWork(writer(declaring: textCleaned.union(.cleanRecognizableVisualFeatures)))
            // Whatever happens to the check, the write is over before this series is left.
            var written: (SeriesOutcome, WriteLedger)?
            defer { if written == nil { _ = writing.wait() } }
            let (verification, after) = try step { () throws(FaceCheckError) in
                let renderers = IsosurfaceRenderer.renderers(volume: result.volume, thresholds: evidence.thresholds)
                return (try verifier.verify(renderers, against: evidence), renderers[0].render(Self.reportViews, size: Self.reportSize))
            }
            report.verification = VerificationSummary(verdict: verification.verdict?.rawValue ?? "", renders: verification.checks.count,
                                                      detections: verification.detections, maximumScore: verification.maximumScore,
                                                      originalFrontScore: verification.originalFrontScore ?? nil, reason: verification.reason)
            report.renders = try saveSheet(before: before, after: after, folder: folder)
            clock.lap("verify")
            written = writing.wait()
            if verification.verdict == .fail {
                try? FileManager.default.removeItem(at: target)
                written = writer(declaring: textCleaned)()
            }
            let (outcome, writeLedger) = written!
            if let error = outcome.error { throw Failure(message: "\(folder): \(error.message)") }
            ledger.merge(writeLedger)
            clock.lap("write")
            report.seconds = clock.seconds
            reports.append(report)
        }
        return reports
    }

    /// Text search and headers of a selected 2-D series (no face to remove in a projection).
    func clean(images series: DiscoveredSeries) throws(Failure) -> SeriesReport {
        var clock = StageClock()
        let folder = plan.folder(of: series.series)
        var report = SeriesReport(folder: folder, seriesNumber: series.attributes.seriesNumber, modality: series.attributes.modality,
                                  images: series.series.slices.count, defaced: false, textSearched: series.attributes.modality == "CT")
        var volume = try step { () throws(VolumeError) in try series.series.loadVolume(allowIrregular: true) }
        clock.lap("load")
        if report.textSearched { (volume, report.textRegions) = BurnedInTextRemover().removing(from: consume volume) }
        clock.lap("text")
        let declared: PixelCleaningDeclaration = report.textSearched ? [.cleanPixelData] : []
        _ = try step { () throws(VolumeError) in
            try series.series.writeBack(volume, to: staging.appendingPathComponent(folder),
                                        rewrite: rewrite(for: series.series, declaring: declared, into: ledger))
        }
        clock.lap("write")
        report.seconds = clock.seconds
        return report
    }

    /// Cleans each instance's header as it is written, and names it by its place in the series;
    /// what was done goes into `ledger`.
    private func rewrite(for series: ImageSeries, declaring declared: PixelCleaningDeclaration, into ledger: WriteLedger) -> InstanceRewrite {
        let deidentifier = deidentifiers[declared]
        var seen = Set<URL>()
        let positions = Dictionary(uniqueKeysWithValues: series.slices.map(\.url).filter { seen.insert($0).inserted }.enumerated().map { ($1, $0) })
        let folder = plan.folder(of: series), study = plan.layout.relativePath
        return { file, source in
            let result = try deidentifier.deidentify(file)
            let name = StudyLayout.fileName(positions[source] ?? 0)
            ledger.record(input: source, output: "\(study)/\(folder)/\(name)", tally: result.tally)
            return (result.file, name)
        }
    }

    /// The side of the report's renders in pixels.
    static let reportSize = 256

    /// Writes the before/after sheet into the report; returns its path relative to the report.
    private func saveSheet(before: [SurfaceRender], after: [SurfaceRender], folder: String) throws(Failure) -> String {
        let relative = "studies/\(plan.layout.patientFolder)/\(plan.layout.studyFolder)-\(folder).png"
        let sheet = ContactSheet.pairs(before: before, after: after, names: ("original", "defaced"), pairsPerRow: 3, labelScale: 1)
        do {
            try AtomicFile.write(try sheet.encoded(), to: reportFolder.appendingPathComponent(relative))
        } catch {
            throw Failure(message: "cannot write the report's renders: \(error)")
        }
        return relative
    }

    /// Runs one step; its error becomes the series' failure, with the study's identifiers scrubbed.
    private func step<T, E: Error>(_ body: () throws(E) -> T) throws(Failure) -> T {
        do { return try body() } catch { throw Failure(message: plan.scrubber.scrub("\(error)")) }
    }
}

/// One de-identifier per pixel-cleaning declaration (the provenance differs, nothing else).
struct Deidentifiers: Sendable {
    private let byDeclaration: [Int: Deidentifier]

    init(key: PseudonymKey, configuration: DeidentificationConfiguration, sheet: MappingSheet?, allowUnmapped: Bool, recipe: Recipe?) throws(DeidentificationError) {
        var all: [Int: Deidentifier] = [:]
        for raw in 0...3 {
            var declared = configuration
            declared.declaredPixelCleaning = PixelCleaningDeclaration(rawValue: raw)
            all[raw] = try Deidentifier(key: key, configuration: declared, sheet: sheet, allowUnmapped: allowUnmapped, recipe: recipe)
        }
        byDeclaration = all
    }

    subscript(declared: PixelCleaningDeclaration) -> Deidentifier { byDeclaration[declared.rawValue]! }
}

/// What the write threads of a study did: the header actions and each input's output path.
final class WriteLedger: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var tally = ActionTally()
    private(set) var outputs: [URL: String] = [:]
    /// SHA-256 of outputs hashed as they were written, by output path.
    private(set) var outputHashes: [String: String] = [:]

    func record(input: URL, output: String, tally more: ActionTally) {
        lock.lock()
        defer { lock.unlock() }
        tally.merge(more)
        outputs[input] = output
    }

    func record(hashes: [(output: String, sha256: String)]) {
        lock.withLock { for (output, hash) in hashes { outputHashes[output] = hash } }
    }

    /// Takes in what another ledger recorded (a write that was kept).
    func merge(_ other: WriteLedger) {
        let (otherTally, otherOutputs, otherHashes) = other.lock.withLock { (other.tally, other.outputs, other.outputHashes) }
        lock.withLock {
            tally.merge(otherTally)
            outputs.merge(otherOutputs) { $1 }
            outputHashes.merge(otherHashes) { $1 }
        }
    }
}

/// Seconds spent per stage of one series.
struct StageClock {
    private var last = ContinuousClock.now
    private(set) var seconds: [String: Double] = [:]

    mutating func lap(_ stage: String) {
        let now = ContinuousClock.now
        seconds[stage, default: 0] += (now - last) / .seconds(1)
        last = now
    }
}
