/// The options of the Basic Application Level Confidentiality Profile (PS3.15 §E.3), each with
/// its code from CID 7050 "De-identification Method" (coding scheme DCM).
public enum ProfileOption: String, CaseIterable, Sendable, Hashable, Comparable {
    case cleanPixelData = "clean_pixel_data"
    case cleanRecognizableVisualFeatures = "clean_recognizable_visual_features"
    case cleanGraphics = "clean_graphics"
    case cleanStructuredContent = "clean_structured_content"
    case cleanDescriptors = "clean_descriptors"
    case retainLongitudinalFullDates = "retain_longitudinal_full_dates"
    case retainLongitudinalModifiedDates = "retain_longitudinal_modified_dates"
    case retainPatientCharacteristics = "retain_patient_characteristics"
    case retainDeviceIdentity = "retain_device_identity"
    case retainUIDs = "retain_uids"
    case retainSafePrivate = "retain_safe_private"
    case retainInstitutionIdentity = "retain_institution_identity"

    /// The CID 7050 code value: 113101 (clean pixel data) … 113112 (institution identity).
    public var codeValue: String {
        switch self {
        case .cleanPixelData: "113101"
        case .cleanRecognizableVisualFeatures: "113102"
        case .cleanGraphics: "113103"
        case .cleanStructuredContent: "113104"
        case .cleanDescriptors: "113105"
        case .retainLongitudinalFullDates: "113106"
        case .retainLongitudinalModifiedDates: "113107"
        case .retainPatientCharacteristics: "113108"
        case .retainDeviceIdentity: "113109"
        case .retainUIDs: "113110"
        case .retainSafePrivate: "113111"
        case .retainInstitutionIdentity: "113112"
        }
    }

    /// The CID 7050 code meaning.
    public var codeMeaning: String {
        switch self {
        case .cleanPixelData: "Clean Pixel Data Option"
        case .cleanRecognizableVisualFeatures: "Clean Recognizable Visual Features Option"
        case .cleanGraphics: "Clean Graphics Option"
        case .cleanStructuredContent: "Clean Structured Content Option"
        case .cleanDescriptors: "Clean Descriptors Option"
        case .retainLongitudinalFullDates: "Retain Longitudinal Temporal Information Full Dates Option"
        case .retainLongitudinalModifiedDates: "Retain Longitudinal Temporal Information Modified Dates Option"
        case .retainPatientCharacteristics: "Retain Patient Characteristics Option"
        case .retainDeviceIdentity: "Retain Device Identity Option"
        case .retainUIDs: "Retain UIDs Option"
        case .retainSafePrivate: "Retain Safe Private Option"
        case .retainInstitutionIdentity: "Retain Institution Identity Option"
        }
    }

    /// The name on the command line: "retain-uids", "clean-descriptors", …
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// Parses a command-line name ("retain-uids") or a table key ("retain_uids"), case-insensitively.
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "-", with: "_")
        self.init(rawValue: key)
    }

    /// Options a caller may choose on the command line. Clean Pixel Data and Clean Recognizable
    /// Visual Features are not among them: only the pipeline that ran text removal and
    /// defacing may declare them (`DeidentificationConfiguration.declaredPixelCleaning`).
    public static var headerOptions: [ProfileOption] {
        allCases.filter { $0 != .cleanPixelData && $0 != .cleanRecognizableVisualFeatures }
    }

    public static func < (lhs: ProfileOption, rhs: ProfileOption) -> Bool { lhs.codeValue < rhs.codeValue }
}

/// The code of the Basic Application Level Confidentiality Profile itself (CID 7050).
public enum BasicProfileCode {
    public static let codeValue = "113100"
    public static let codeMeaning = "Basic Application Confidentiality Profile"
    public static let codingSchemeDesignator = "DCM"
}
