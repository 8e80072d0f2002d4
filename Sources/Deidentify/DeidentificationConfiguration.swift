/// What a de-identification run does beyond the Basic Profile.
public struct DeidentificationConfiguration: Sendable {
    /// The header options in force (Clean Pixel Data and Clean Recognizable Visual Features are
    /// set through `declaredPixelCleaning`, not here).
    public var options: Set<ProfileOption>
    /// What the pipeline did to the pixels before these headers were written.
    public var declaredPixelCleaning: PixelCleaningDeclaration
    /// The range, in days, from which each patient's date shift is drawn (Modified Dates option).
    /// Whole days: times of day stay as they were, so TM values stay consistent with DT values.
    public var dateShiftRange: ClosedRange<Int>
    /// True: the new ID (from the sheet or the keyed pseudonym) is also the Patient's Name.
    /// False: Patient's Name follows the table (Z: empty).
    public var newIDIsPatientName: Bool

    public init(options: Set<ProfileOption> = [], declaredPixelCleaning: PixelCleaningDeclaration = [],
                dateShiftRange: ClosedRange<Int> = -3650 ... -365, newIDIsPatientName: Bool = true) {
        self.options = options
        self.declaredPixelCleaning = declaredPixelCleaning
        self.dateShiftRange = dateShiftRange
        self.newIDIsPatientName = newIDIsPatientName
    }

    /// Every option that the provenance attributes name: the chosen header options plus the
    /// declared pixel cleaning.
    public var declaredOptions: [ProfileOption] {
        var all = options.subtracting([.cleanPixelData, .cleanRecognizableVisualFeatures])
        if declaredPixelCleaning.contains(.cleanPixelData) { all.insert(.cleanPixelData) }
        if declaredPixelCleaning.contains(.cleanRecognizableVisualFeatures) { all.insert(.cleanRecognizableVisualFeatures) }
        return all.sorted()
    }

    /// Checks for options that exclude each other.
    public func validate() throws(DeidentificationError) {
        if options.contains(.retainLongitudinalFullDates) && options.contains(.retainLongitudinalModifiedDates) {
            throw .badRun("choose one of --option retain-longitudinal-full-dates and retain-longitudinal-modified-dates, not both")
        }
        if options.contains(.cleanPixelData) || options.contains(.cleanRecognizableVisualFeatures) {
            throw .badRun("Clean Pixel Data and Clean Recognizable Visual Features are declared by the pipeline that cleaned the pixels, not chosen as header options")
        }
        if dateShiftRange.lowerBound < -36500 || dateShiftRange.upperBound > 36500 {
            throw .badRun("the date shift range \(dateShiftRange) is over 100 years")
        }
    }

    /// The value of Longitudinal Temporal Information Modified (0028,0303).
    var longitudinalTemporalInformation: String {
        if options.contains(.retainLongitudinalFullDates) { return "UNMODIFIED" }
        if options.contains(.retainLongitudinalModifiedDates) { return "MODIFIED" }
        return "REMOVED"
    }
}

/// Pixel cleaning that a later pipeline stage performed and may declare in the provenance.
public struct PixelCleaningDeclaration: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Burned-in text was removed (Clean Pixel Data Option, 113101): BurnedInAnnotation becomes NO.
    public static let cleanPixelData = PixelCleaningDeclaration(rawValue: 1)
    /// The face was removed (Clean Recognizable Visual Features Option, 113102):
    /// RecognizableVisualFeatures becomes NO.
    public static let cleanRecognizableVisualFeatures = PixelCleaningDeclaration(rawValue: 2)
}
