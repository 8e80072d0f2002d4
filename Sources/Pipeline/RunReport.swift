import Foundation
import TextRedaction

/// What happened to one study. Holds no original identifier: studies and series are named by
/// their output folders, and every message is passed through the study's `IdentifierScrubber`.
public struct StudyReport: Sendable, Codable, Equatable {
    /// Where a study ended up.
    public enum Status: String, Sendable, Codable {
        /// Written into OUT.
        case exported
        /// De-identified, but a face was still found: written to the quarantine folder only.
        case quarantined
        /// Not written anywhere: a series could not be fully de-identified.
        case failed
        /// Nothing of the study was selected.
        case nothingSelected = "nothing selected"
    }

    /// The new patient ID's folder and the study's folder (`OUT/<patient>/<study>`).
    public var patient: String
    public var study: String
    public var status: Status
    /// Why the study failed or was quarantined.
    public var reasons: [String] = []
    public var series: [SeriesReport] = []
    public var excluded: [ExcludedSeries] = []
    /// Header actions summed over every file written, by tag and action.
    public var headerActions: [HeaderActionCount] = []
    public var filesWritten = 0
    public var seconds = 0.0

    /// The page of this study in the report folder.
    public var page: String { "studies/\(patient)/\(study).html" }
}

/// One processed series.
public struct SeriesReport: Sendable, Codable, Equatable {
    public var folder: String
    public var seriesNumber: Int?
    public var modality: String
    public var images: Int
    /// Defaced (a volume), or only cleaned of text and headers (localizers, single images).
    public var defaced: Bool
    /// "segmented on this series", or the folder of the series whose mask was resampled here.
    public var maskSource: String?
    public var drownedVoxels: Int?
    public var guardVoxelsUnchanged: Int?
    /// The values written into the face region, e.g. "-125…100" or "-1000".
    public var drownedValues: String?
    public var textRegions: [TextRegion] = []
    /// Whether burned-in text was searched for (CT only).
    public var textSearched: Bool
    public var verification: VerificationSummary?
    /// Before/after contact sheet, relative to the report folder.
    public var renders: String?
    /// Seconds per stage: load, text, deface, verify, write.
    public var seconds: [String: Double] = [:]
}

/// The face check of one defaced series (`FaceVerifier`'s report, without the per-view rows).
public struct VerificationSummary: Sendable, Codable, Equatable {
    public var verdict: String
    public var renders: Int
    public var detections: Int
    public var maximumScore: Double?
    public var originalFrontScore: Double?
    public var reason: String
}

/// A series that was not processed, and why.
public struct ExcludedSeries: Sendable, Codable, Equatable {
    public var seriesNumber: Int?
    public var modality: String
    public var images: Int
    public var reason: String
}

/// How often one header action was taken on one tag.
public struct HeaderActionCount: Sendable, Codable, Equatable {
    public var tag: String
    public var keyword: String
    public var action: String
    public var count: Int
}

/// The whole run: settings, counts and every study, as `report.json` holds it.
public struct RunReport: Sendable, Codable {
    public var facelessVersion: String
    /// The run's settings in words (mode, shell, seed, options, filters); no secrets, no paths.
    public var settings: [String: String]
    public var studies: [StudyReport] = []
    /// Files under the input that were not used, counted by reason (their paths name patients,
    /// so they are printed on the terminal, never written here).
    public var unusableFiles: [String: Int] = [:]
    public var filesConsidered = 0
    public var seconds = 0.0

    public func count(_ status: StudyReport.Status) -> Int { studies.filter { $0.status == status }.count }
}

/// Replaces a study's original identifiers (UIDs, IDs, names, the input's folder and file names)
/// in messages that go into the report: errors from lower layers name files and UIDs freely.
struct IdentifierScrubber: Sendable {
    private let tokens: [String]

    init(_ tokens: [String]) {
        // Longest first, so a UID is replaced whole before any prefix of it.
        self.tokens = Set(tokens.filter { $0.count >= 3 }).sorted { $0.count > $1.count }
    }

    func scrub(_ message: String) -> String {
        tokens.reduce(message) { $0.replacingOccurrences(of: $1, with: "…", options: .caseInsensitive) }
    }
}
