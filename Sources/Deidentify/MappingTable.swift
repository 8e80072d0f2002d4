import DICOM
import Foundation

/// The table that links each de-identified study back to its original identifiers (CSV). It
/// is the one output that holds PHI on purpose: it stays with the data manager, never beside
/// the shared data.
public struct MappingTable: Sendable {
    /// One study: who it was, who it became, and any further columns the caller adds.
    public struct Row: Sendable {
        public let identity: PatientIdentity
        public let newStudyInstanceUID: String
        public let extra: [String]

        public init(identity: PatientIdentity, newStudyInstanceUID: String, extra: [String] = []) {
            self.identity = identity
            self.newStudyInstanceUID = newStudyInstanceUID
            self.extra = extra
        }
    }

    public var rows: [Row] = []
    /// Names of the columns after the standard ones, one per value of `Row.extra`.
    public let extraColumns: [String]
    /// Whether Date_Shift_Days is filled (only when the Modified Dates option kept shifted dates).
    public let showsDateShift: Bool

    public init(extraColumns: [String] = [], showsDateShift: Bool) {
        self.extraColumns = extraColumns
        self.showsDateShift = showsDateShift
    }

    /// The CSV, rows sorted by original patient ID and Study Instance UID, every cell quoted.
    public var csv: String {
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var text = (["Original_PatientID", "Original_AccessionNumber", "Original_StudyInstanceUID", "New_ID", "New_AccessionNumber",
                     "New_StudyInstanceUID", "Date_Shift_Days"] + extraColumns).joined(separator: ",") + "\n"
        let sorted = rows.sorted {
            ($0.identity.originalPatientID, $0.identity.originalStudyInstanceUID) < ($1.identity.originalPatientID, $1.identity.originalStudyInstanceUID)
        }
        for row in sorted {
            let identity = row.identity
            text += ([identity.originalPatientID, identity.originalAccessionNumber, identity.originalStudyInstanceUID,
                      identity.newPatientID, identity.newAccessionNumber ?? "", row.newStudyInstanceUID,
                      showsDateShift ? String(identity.dateShiftDays) : ""] + row.extra).map(quoted).joined(separator: ",") + "\n"
        }
        return text
    }

    /// Writes the CSV atomically.
    public func write(to url: URL) throws(DeidentificationError) {
        do { try AtomicFile.write(Data(csv.utf8), to: url) } catch { throw .unwritable(error.message) }
    }
}
