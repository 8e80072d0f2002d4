import DICOM

/// Why a file, a key, a sheet, a recipe or a run could not be de-identified.
public enum DeidentificationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No usable key (missing, unreadable, too short).
    case badKey(String)
    /// The file could not be read as DICOM.
    case unreadable(DICOMError)
    /// The de-identified file could not be encoded or written.
    case unwritable(String)
    /// A mapping sheet that cannot be read or lacks the needed columns.
    case badMappingSheet(String)
    /// A study that has no row in the mapping sheet (and --allow-unmapped was not given).
    case unmappedStudy(accessionNumber: String, patientID: String)
    /// A recipe file that cannot be read or parsed.
    case badRecipe(String)
    /// Input and output folders that overlap, or another misuse of the batch run.
    case badRun(String)

    public var description: String {
        switch self {
        case .badKey(let message): "no usable key: \(message)"
        case .unreadable(let error): "not readable as DICOM: \(error)"
        case .unwritable(let message): "cannot write: \(message)"
        case .badMappingSheet(let message): "mapping sheet: \(message)"
        case .unmappedStudy(let accession, let patientID):
            "no row in the mapping sheet for this study (AccessionNumber \"\(accession)\", PatientID \"\(patientID)\"); add one or pass --allow-unmapped"
        case .badRecipe(let message): "recipe: \(message)"
        case .badRun(let message): message
        }
    }
}
