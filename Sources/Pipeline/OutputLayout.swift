import Crypto
import DICOM
import Deidentify
import Foundation

/// Where a study goes: `OUT/<new patient ID>/study-<hash>/series-<number>/<nnnn>.dcm`.
///
/// Every name comes from the de-identified header, never from the input's folder or file names
/// (exports often name folders after patients): the patient folder is the new ID (from the
/// mapping sheet, else the keyed pseudonym), the study folder 8 hex digits of a hash of the new
/// Study Instance UID, the series folder the Series Number, and files are numbered in slice
/// order. All of it is keyed, so shards and reruns agree with no coordination.
public struct StudyLayout: Sendable, Equatable {
    public let patientFolder: String
    public let studyFolder: String
    /// One folder per series of the study, by the series' index in `DiscoveredStudy.series`.
    public let seriesFolders: [String]

    /// `patient/study`, relative to the output.
    public var relativePath: String { patientFolder + "/" + studyFolder }

    /// The layout of `study`, whose series' first headers de-identify to `newHeaders` (same order).
    init(study: DiscoveredStudy, newPatientID: String, newStudyUID: String, newHeaders: [DataSet]) {
        patientFolder = Self.folderName(newPatientID, fallback: "patient-" + Self.shortHash(newStudyUID, length: 8))
        studyFolder = "study-" + Self.shortHash(newStudyUID, length: 8)
        var names: [String] = []
        var used: [String: Int] = [:]
        for (index, header) in newHeaders.enumerated() {
            let number = study.series[index].attributes.seriesNumber
            var name = number.map { "series-\($0)" } ?? "series-" + Self.shortHash(header.string(.seriesInstanceUID) ?? "\(index)", length: 6)
            used[name, default: 0] += 1
            if used[name]! > 1 { name += "-\(used[name]!)" }
            names.append(name)
        }
        seriesFolders = names
    }

    /// The file name of the instance at `position` (0-based, slice order) of a series.
    static func fileName(_ position: Int) -> String { String(format: "%04d.dcm", position + 1) }

    /// `text` with every character but letters, digits, `.`, `_` and `-` made `_`; `fallback` when empty.
    static func folderName(_ text: String, fallback: String) -> String {
        let cleaned = String(text.unicodeScalars.map { scalar -> Character in
            let allowed = (scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar)))
            return allowed ? Character(scalar) : "_"
        })
        return cleaned.isEmpty || cleaned.allSatisfy({ $0 == "." }) ? fallback : cleaned
    }

    /// The first `length` hex digits of SHA-256(`text`).
    static func shortHash(_ text: String, length: Int) -> String {
        String(SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined().prefix(length))
    }
}
