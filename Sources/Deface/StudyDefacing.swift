import DICOM
import Foundation
import Imaging
import Volume

/// The series of a study that share one Frame of Reference: the mask is computed once, on
/// the reference series, and applied to the others resampled in patient coordinates.
public struct FrameGroup: Sendable {
    public let frameOfReferenceUID: String
    /// The thinnest axial series (most slices when tied): where the head is segmented.
    public let reference: ImageSeries
    /// The other series of the frame of reference, drowned with the reference's masks.
    public let others: [ImageSeries]
}

/// What happened to one series.
public struct SeriesOutcome: Sendable {
    public let series: ImageSeries
    /// Files written, in the destination folder; empty when the series failed.
    public let files: [URL]
    /// Counts and values written; nil when the series failed.
    public let report: DrownReport?
    public let counts: HeadMasks.Counts?
    /// Whether the masks were computed on this series (or resampled from the reference).
    public let isReference: Bool
    public let error: DefaceError?
}

/// Defacing of DICOM studies: grouping by Frame of Reference, one mask per group, writing back
/// and proving on the written files that the guard did not change.
public enum StudyDefacing {
    /// Groups image series by Frame of Reference and picks each group's reference; series
    /// that cannot be defaced come back with the reason (localizers, too few slices, colour).
    public static func plan(_ series: [ImageSeries]) -> (groups: [FrameGroup], skipped: [(series: ImageSeries, reason: String)]) {
        var skipped: [(ImageSeries, String)] = []
        var byFrame: [String: [ImageSeries]] = [:]
        for candidate in series {
            if let reason = exclusion(candidate) {
                skipped.append((candidate, reason))
            } else {
                byFrame[candidate.frameOfReferenceUID ?? "series \(candidate.seriesInstanceUID)", default: []].append(candidate)
            }
        }
        let groups = byFrame.keys.sorted().map { frame -> FrameGroup in
            let members = byFrame[frame]!
            let reference = members.min { preference($0) < preference($1) }!
            return FrameGroup(frameOfReferenceUID: frame, reference: reference,
                              others: members.filter { $0.seriesInstanceUID != reference.seriesInstanceUID || $0.slices.count != reference.slices.count })
        }
        return (groups, skipped)
    }

    /// Defaces every series of `group` into `destination(series)`. A series whose segmentation,
    /// drowning, writing or guard check fails is not written and carries its error. `rewrite`,
    /// when given, transforms and names each instance before it is saved (the pipeline cleans
    /// headers there); the guard is checked on the files as written.
    public static func deface(_ group: FrameGroup, options: DefaceOptions, rewrite: InstanceRewrite? = nil,
                              destination: (ImageSeries) -> URL) -> [SeriesOutcome] {
        let reference = group.reference
        let modality = options.modality ?? DefaceModality(rawValue: reference.modality ?? "") ?? .ct
        // Its files are created while it is defaced (see `StagingFolder`).
        let referenceStaging = StagingFolder(beside: destination(reference), expectedFiles: reference.fileCount)
        let referenceResult: DefaceResult
        do {
            // Handed over without a binding of its own, so it is drowned in place.
            referenceResult = try Defacer.deface(try load(reference), modality: modality, options: options, proof: .onWrittenOutput)
        } catch {
            referenceStaging.remove()
            let failure = DefaceError(error.kind, "\(reference.seriesInstanceUID): \(error.message)")
            return ([reference] + group.others).map {
                SeriesOutcome(series: $0, files: [], report: nil, counts: nil, isReference: $0.seriesInstanceUID == reference.seriesInstanceUID, error: failure)
            }
        }
        var outcomes = [write(referenceResult, of: reference, to: destination(reference), isReference: true, rewrite: rewrite,
                              staging: referenceStaging)]
        for other in group.others {
            do throws(DefaceError) {
                let volume = try load(other)
                let grid: Grid
                do { grid = try Grid(of: volume) } catch { throw DefaceError(.unsupported, "\(error)") }
                let masks = referenceResult.masks.resampled(onto: grid)
                let result = try Defacer.drown(consume volume, masks: masks, modality: modality, options: options, proof: .onWrittenOutput)
                outcomes.append(write(result, of: other, to: destination(other), isReference: false, rewrite: rewrite))
            } catch {
                outcomes.append(SeriesOutcome(series: other, files: [], report: nil, counts: nil, isReference: false,
                                              error: DefaceError(error.kind, "\(other.seriesInstanceUID): \(error.message)")))
            }
        }
        return outcomes
    }

    /// Writes the drowned series into a staging folder beside `folder` (`staging`, when the
    /// caller began preparing it before defacing), reads it back, checks the guard there, and
    /// only then moves the files into `folder`.
    public static func write(_ result: DefaceResult, of series: ImageSeries, to folder: URL, isReference: Bool,
                             rewrite: InstanceRewrite?, staging: StagingFolder? = nil) -> SeriesOutcome {
        let staging = staging ?? StagingFolder(beside: folder, expectedFiles: series.fileCount)
        defer { staging.remove() }
        func failure(_ error: DefaceError) -> SeriesOutcome {
            SeriesOutcome(series: series, files: [], report: nil, counts: nil, isReference: isReference, error: error)
        }
        do {
            let staged = try series.writeBack(result.volume, into: staging, rewrite: rewrite)
            // The rewrite may give the series a new UID: everything in staging is this series.
            let reread = SeriesScanner.scan([staging.url]).series
            guard reread.count == 1, let written = reread.first, written.slices.count == series.slices.count else {
                return failure(DefaceError(.guardChanged, "\(series.seriesInstanceUID): the written series could not be read back"))
            }
            try result.verifyGuard(written: written, context: "\(series.seriesInstanceUID) as written")
            let files = try staging.moveFiles(staged, into: folder)
            return SeriesOutcome(series: series, files: files, report: result.report, counts: result.masks.counts, isReference: isReference, error: nil)
        } catch let error as DefaceError {
            return failure(error)
        } catch {
            return failure(DefaceError(.unsupported, "\(series.seriesInstanceUID): \(error)"))
        }
    }

    /// The series as a volume; a series that cannot become one is `DefaceError.unsupported`.
    public static func load(_ series: ImageSeries) throws(DefaceError) -> AnyVolume {
        do { return try series.loadVolume() } catch { throw DefaceError(.unsupported, error.message) }
    }

    /// Why a series is not defaced, or nil.
    static func exclusion(_ series: ImageSeries) -> String? {
        if series.slices.count < HeadSegmentation.minimumSlices {
            return "\(series.slices.count) slice(s): not a volume (at least \(HeadSegmentation.minimumSlices) are needed)"
        }
        if let file = try? DICOMFile(contentsOf: series.slices[0].url, options: .init(stopBeforePixelData: true)) {
            let imageType = (file.dataSet.strings(.imageType) ?? []).map { $0.uppercased() }
            if imageType.contains("LOCALIZER") { return "a localizer (Image Type \(imageType.joined(separator: "\\")))" }
            if let samples = file.dataSet.int(.samplesPerPixel), samples != 1 { return "colour images, not a scalar volume" }
        }
        if let modality = series.modality, DefaceModality(rawValue: modality) == nil {
            return "modality \(modality): only CT, MR and PT are defaced"
        }
        return nil
    }

    /// Sort key: axial first, then the thinnest slices, then the most slices.
    static func preference(_ series: ImageSeries) -> (Int, Double, Int) {
        let first = series.slices[0]
        let axial = abs(first.normal.z) >= 0.9 ? 0 : 1
        var step = Double.infinity
        if let last = series.slices.last, series.slices.count > 1 {
            let span = last.position - first.position
            step = (span * span).sum().squareRoot() / Double(series.slices.count - 1)
        }
        return (axial, step, -series.slices.count)
    }
}

extension HeadMasks {
    /// These masks on another grid of the same Frame of Reference (nearest neighbour in patient
    /// coordinates), with counts for that grid.
    public func resampled(onto grid: Grid) -> HeadMasks {
        let roles = self.roles.resampled(onto: grid)
        var counts = Counts()
        counts.guardRegion = roles.count(.guarded)
        counts.replaced = roles.count(.replaced)
        counts.shell = roles.count(.shell)
        return HeadMasks(roles: roles, counts: counts, segmentationSpacing: segmentationSpacing)
    }
}
