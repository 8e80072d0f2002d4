import DICOM

/// Who the patient of a file becomes: the new ID (from the mapping sheet, else a keyed
/// pseudonym), the new accession number, and the per-patient date shift.
public struct PatientIdentity: Sendable, Hashable {
    public let originalPatientID: String
    public let originalAccessionNumber: String
    public let originalStudyInstanceUID: String
    public let newPatientID: String
    /// The sheet's New_ID (or a keyed pseudonym for an unmapped study when allowed); nil without a
    /// sheet, where the table's action for Accession Number (Z) applies.
    public let newAccessionNumber: String?
    /// True when the new ID came from the mapping sheet.
    public let fromSheet: Bool
    let dateShift: DateShift
    /// The day shift (applied only with the Modified Dates option).
    public var dateShiftDays: Int { dateShift.days }

    /// Resolves the identity of the patient in `dataSet`.
    static func resolve(_ dataSet: DataSet, key: PseudonymKey, sheet: MappingSheet?, allowUnmapped: Bool,
                        dateShiftRange: ClosedRange<Int>) throws(DeidentificationError) -> PatientIdentity {
        let patientID = dataSet.string(.patientID) ?? ""
        let accession = dataSet.string(.accessionNumber) ?? ""
        let studyUID = dataSet.string(.studyInstanceUID) ?? ""
        // The patient a shift belongs to: the ID, or for files without one the name and birth date.
        let patientKey = patientID.isEmpty
            ? "name:" + (dataSet.string(.patientName) ?? "") + "|" + (dataSet.string(.patientBirthDate) ?? "")
            : patientID
        let shift = DateShift(days: key.dateShiftDays(forPatient: patientKey, in: dateShiftRange))
        var newID = key.pseudonymPatientID(for: patientKey)
        var newAccession: String?
        var fromSheet = false
        if let sheet {
            if let mapped = sheet.newID(accessionNumber: accession, patientID: patientID) {
                newID = mapped
                newAccession = mapped
                fromSheet = true
            } else if allowUnmapped {
                newAccession = accession.isEmpty ? nil : key.pseudonymAccessionNumber(for: accession)
            } else {
                throw .unmappedStudy(accessionNumber: accession, patientID: patientID)
            }
        }
        return PatientIdentity(originalPatientID: patientID, originalAccessionNumber: accession,
                               originalStudyInstanceUID: studyUID, newPatientID: newID, newAccessionNumber: newAccession,
                               fromSheet: fromSheet, dateShift: shift)
    }
}
