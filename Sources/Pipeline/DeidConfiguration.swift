import Crypto
import Deface
import Deidentify
import FaceCheck
import Foundation

/// Everything a `faceless deid` run is told.
public struct DeidConfiguration: Sendable {
    public var input: URL
    public var output: URL
    /// Report (index.html, report.json, renders, audit log, resume markers); default `<OUT>-report`.
    /// It holds renders of the original faces, so it stays with the data manager, apart from OUT.
    public var reportFolder: URL
    /// Where studies that still show a face after defacing go; default `<OUT>-quarantine`.
    public var quarantineFolder: URL
    public var key: PseudonymKey
    /// Where to write the table linking each study to its original identifiers (CSV); nil: none.
    /// It holds PHI, so it may lie in none of the other folders.
    public var mappingOut: URL?
    /// Profile options, date-shift range and naming; the pixel cleaning is declared per series.
    public var headers = DeidentificationConfiguration()
    public var mappingSheet: URL?
    public var allowUnmapped = false
    public var recipe: URL?
    public var deface = DefaceOptions()
    public var selection = SeriesSelection()
    /// Studies processed at once (each also uses every core inside its kernels).
    public var jobs = 1
    /// Skip studies whose marker says they were finished with the same inputs and settings.
    public var resume = false
    /// Face detections must score above this to count (HOG; dlib's default is 0).
    public var faceScoreThreshold = 0.0
    /// dlib's landmark and embedding models; without them faces are still detected.
    public var faceModels: FaceModels?

    public init(input: URL, output: URL, key: PseudonymKey, reportFolder: URL? = nil, quarantineFolder: URL? = nil) {
        self.input = input.standardizedFileURL
        self.output = output.standardizedFileURL
        self.key = key
        let base = self.output.path.hasSuffix("/") ? String(self.output.path.dropLast()) : self.output.path
        self.reportFolder = (reportFolder ?? URL(fileURLWithPath: base + "-report")).standardizedFileURL
        self.quarantineFolder = (quarantineFolder ?? URL(fileURLWithPath: base + "-quarantine")).standardizedFileURL
    }

    /// The settings in words, for the report: nothing secret and no path.
    func settings(sheetRows: Int?) -> [String: String] {
        var settings = [
            "mode": deface.mode.description, "shell_mm": String(format: "%g", deface.shellMillimetres), "seed": String(deface.seed),
            "features": deface.features.map { $0.map(\.rawValue).sorted().joined(separator: ",") } ?? "all",
            "modality": deface.modality?.rawValue ?? "from the header",
            "profile_options": headers.options.map(\.commandLineName).sorted().joined(separator: ",").ifEmpty("none"),
            "date_shift_days": "\(headers.dateShiftRange.lowerBound):\(headers.dateShiftRange.upperBound)",
            "include": selection.include.map(\.description).joined(separator: " ").ifEmpty("none"),
            "exclude": selection.exclude.map(\.description).joined(separator: " ").ifEmpty("none"),
            "face_score_threshold": String(format: "%g", faceScoreThreshold),
            "allow_unmapped": String(allowUnmapped),
            "key": key.isRandom ? "random (this run only)" : "fingerprint " + keyFingerprint,
        ]
        if let sheetRows { settings["mapping_sheet_rows"] = String(sheetRows) }
        return settings
    }

    /// A value that changes with the key and reveals nothing of it.
    var keyFingerprint: String { String(key.pseudonymUID(for: "faceless key fingerprint").suffix(12)) }

    /// SHA-256 over every setting that changes the output, the mapping sheet's and recipe's bytes
    /// and the Faceless version: part of each study's resume key.
    func fingerprint() -> String {
        var hasher = SHA256()
        let words = settings(sheetRows: nil).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            + ["version=\(Provenance.facelessVersion)", "name_is_id=\(headers.newIDIsPatientName)"]
        hasher.update(data: Data(words.joined(separator: "\n").utf8))
        for url in [mappingSheet, recipe].compactMap({ $0 }) {
            hasher.update(data: (try? Data(contentsOf: url)) ?? Data(url.path.utf8))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
