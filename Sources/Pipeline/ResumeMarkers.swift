import Crypto
import DICOM
import Foundation

/// The record a finished study leaves in `<report>/resume/<patient>/<study>.json`: its report,
/// its audit lines and a key (SHA-256 of the settings and of every input file), so that
/// `--resume` skips exactly the studies whose inputs and settings have not changed since.
struct ResumeMarkers {
    let folder: URL

    private struct Marker: Codable {
        var key: String
        var record: StudyRecord
    }

    /// The key of a study: the run's settings fingerprint and its input files' digests.
    static func key(settings: String, inputs: [String]) -> String {
        let text = settings + "\n" + inputs.sorted().joined(separator: "\n")
        return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    private func url(_ layout: StudyLayout) -> URL {
        folder.appendingPathComponent(layout.patientFolder).appendingPathComponent(layout.studyFolder + ".json")
    }

    /// The earlier record of this study when its key matches and its output is still in place;
    /// failed studies are always run again.
    func finished(_ layout: StudyLayout, key: String, output: URL, quarantine: URL) -> StudyRecord? {
        guard let data = try? Data(contentsOf: url(layout)), let marker = try? JSONDecoder().decode(Marker.self, from: data),
              marker.key == key else { return nil }
        let exists = { (root: URL) in FileManager.default.fileExists(atPath: root.appendingPathComponent(layout.relativePath).path) }
        switch marker.record.report.status {
        case .exported: return exists(output) ? marker.record : nil
        case .quarantined: return exists(quarantine) ? marker.record : nil
        case .nothingSelected: return marker.record
        case .failed: return nil
        }
    }

    /// Saves the record (atomically: an interrupted run leaves the old marker or the new one).
    func save(_ record: StudyRecord, layout: StudyLayout, key: String) {
        guard let data = try? JSONEncoder().encode(Marker(key: key, record: record)) else { return }
        try? AtomicFile.write(data, to: url(layout))
    }
}
