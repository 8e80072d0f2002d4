import DICOM
import Deface
import Deidentify
import Foundation
import Volume

/// What will be done with each series of a study, decided from headers alone: which series are
/// defaced (grouped by Frame of Reference), which are only cleaned of text and headers (2-D
/// images such as localizers, when selected), which are left out and why, and where the
/// study goes. Building it de-identifies each series' first header, so a study without a row
/// in the mapping sheet fails here, before any pixel is read.
struct StudyPlan: Sendable {
    let study: DiscoveredStudy
    /// Volumes to deface, one group per Frame of Reference.
    let groups: [FrameGroup]
    /// Selected 2-D series: text and headers only.
    let images: [DiscoveredSeries]
    let excluded: [(series: DiscoveredSeries, reason: String)]
    let layout: StudyLayout
    /// Who the patient becomes (from the first series' header) and the new Study Instance UID.
    let identity: PatientIdentity
    let newStudyUID: String
    /// Replaces the study's original identifiers in messages bound for the report.
    let scrubber: IdentifierScrubber

    /// The study's series folder for `series`.
    func folder(of series: ImageSeries) -> String {
        layout.seriesFolders[index(of: series)]
    }

    func discovered(_ series: ImageSeries) -> DiscoveredSeries { study.series[index(of: series)] }

    private func index(of series: ImageSeries) -> Int {
        study.series.firstIndex { $0.series.slices[0].url == series.slices[0].url && $0.series.slices.count == series.slices.count } ?? 0
    }

    var selectedSeriesCount: Int { groups.reduce(0) { $0 + 1 + $1.others.count } + images.count }

    /// Plans `study`; throws the (scrubbed) reason the whole study cannot be de-identified.
    init(_ study: DiscoveredStudy, selection: SeriesSelection, deidentifier: Deidentifier, input: URL) throws(PipelineError) {
        self.study = study
        var tokens = [study.studyInstanceUID, study.patientID]
        for series in study.series {
            let dataSet = series.firstHeader.dataSet
            tokens += [series.series.seriesInstanceUID, series.series.frameOfReferenceUID ?? ""]
            tokens += [Tag.accessionNumber, .patientName, .otherPatientIDs, .patientBirthDate, .sopInstanceUID].compactMap { dataSet.string($0) }
            tokens += (dataSet.string(.patientName) ?? "").split(separator: "^").map(String.init)
            for url in series.files { tokens += Self.pathComponents(of: url, under: input) }
        }
        scrubber = IdentifierScrubber(tokens)

        var results: [Deidentifier.Result] = []
        for series in study.series {
            do { results.append(try deidentifier.deidentify(series.firstHeader)) } catch { throw .badRun(scrubber.scrub(error.description)) }
        }
        identity = results[0].identity
        newStudyUID = results[0].newStudyInstanceUID
        layout = StudyLayout(study: study, newPatientID: identity.newPatientID, newStudyUID: newStudyUID, newHeaders: results.map(\.file.dataSet))

        var volumes: [ImageSeries] = [], images: [DiscoveredSeries] = []
        var excluded: [(DiscoveredSeries, String)] = []
        for series in study.series {
            if let reason = selection.exclusion(series.attributes) ?? Self.cannotBeCleaned(series) {
                excluded.append((series, reason))
            } else if Self.isVolume(series) {
                volumes.append(series.series)
            } else {
                images.append(series)
            }
        }
        let plan = StudyDefacing.plan(volumes)
        for skipped in plan.skipped {
            excluded.append((study.series.first { $0.series.slices[0].url == skipped.series.slices[0].url }!, skipped.reason))
        }
        groups = plan.groups
        self.images = images
        self.excluded = excluded
    }

    /// A series Faceless selected but cannot clean fully, so it is left out rather than exported.
    static func cannotBeCleaned(_ series: DiscoveredSeries) -> String? {
        let attributes = series.attributes
        if attributes.samplesPerPixel != 1 { return "colour images: burned-in text cannot be searched for" }
        if attributes.modality != "CT" && attributes.burnedInAnnotation == "YES" {
            return "Burned In Annotation is YES and text is removed from CT images only"
        }
        if !isVolume(series) && !["CT", "MR", "PT"].contains(attributes.modality) {
            return "modality \(attributes.modality): only CT, MR and PT are processed"
        }
        return nil
    }

    /// A stack that can be defaced (enough slices, not a projection).
    static func isVolume(_ series: DiscoveredSeries) -> Bool {
        series.series.slices.count >= HeadSegmentation.minimumSlices && !series.attributes.imageType.contains("LOCALIZER")
    }

    /// The folder and file names of `url` below `input`: they often name the patient.
    static func pathComponents(of url: URL, under input: URL) -> [String] {
        let base = input.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        let relative = path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : url.lastPathComponent
        return relative.split(separator: "/").flatMap { component -> [String] in
            let name = String(component)
            let stem = (name as NSString).deletingPathExtension
            return [name, stem] + stem.split(whereSeparator: { "_- .^".contains($0) }).map(String.init)
        }
    }
}
