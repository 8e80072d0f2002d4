import Volume

/// What the face region is replaced with.
public enum DrownMode: Sendable, Equatable, CustomStringConvertible {
    /// Seeded random draws from the soft-tissue values found in the shell (CT: −125…100 HU):
    /// renders at any threshold show a block of tissue, not a face. The default.
    case face
    /// Air: exactly −1000 HU on CT, the lowest intensity of the volume otherwise.
    case air
    /// A fixed real-world value (HU on CT).
    case value(Double)

    /// `face`, `air`, or a number.
    public init?(argument: String) {
        switch argument.lowercased() {
        case "face": self = .face
        case "air": self = .air
        default:
            guard let number = Double(argument), number.isFinite else { return nil }
            self = .value(number)
        }
    }

    public var description: String {
        switch self {
        case .face: "face"
        case .air: "air"
        case .value(let v): "\(v)"
        }
    }
}

/// How intensities are read: CT in Hounsfield units, or MR/PET by intensity statistics.
public enum DefaceModality: String, Sendable, CaseIterable {
    case ct = "CT"
    case mr = "MR"
    case pet = "PT"
}

/// Parts of the face that `features` restricts drowning to.
public enum FaceFeature: String, Sendable, CaseIterable, Comparable {
    case eyes, nose, mouth, ears

    public static func < (a: FaceFeature, b: FaceFeature) -> Bool { a.rawValue < b.rawValue }
}

/// The settings of one deface run; every length is in millimetres (design.md §4).
public struct DefaceOptions: Sendable {
    public var mode: DrownMode = .face
    /// Thickness of the shell of skin and fat below the outside air that is replaced.
    public var shellMillimetres: Double = 10
    /// Seed of the `face` mode's draws: the same seed gives the same output.
    public var seed: UInt64 = 0
    /// Drown only regions around these parts; nil drowns the whole shell.
    public var features: Set<FaceFeature>?
    /// nil: from the series (DICOM Modality) or, for NIfTI, CT when values look like HU.
    public var modality: DefaceModality?

    /// CT: body is above this (HU).
    public var bodyHounsfield: Double = -500
    /// CT: bone is above this (HU).
    public var boneHounsfield: Double = 300
    /// Radius of the ball that closes the body before the outside air is flooded, so that
    /// nostrils, ear canals and the mouth stay inside.
    public var closingMillimetres: Double = 6
    /// Radius of the ball that opens the body, cutting thin bridges to a head holder or table.
    public var openingMillimetres: Double = 3
    /// Margin around the cranial cavity: nothing within it changes.
    public var guardMillimetres: Double = 2
    /// Margin around bone: covers the partial-volume edge of bone, yet leaves thin skin over
    /// the nasal bones and forehead (2–4 mm) to be drowned down to the bone.
    public var boneMarginMillimetres: Double = 1
    /// Largest block edge of the grid the head is segmented on. Body, air, cavity and shell
    /// need no finer grid than this; the bone margin is still decided voxel by voxel. On 3 mm
    /// blocks skin of the ears and face is missed (the phantom and real-CT tests fail).
    public var segmentationMillimetres: Double = 2.5
    /// Soft-tissue values drawn in `face` mode (HU): fat to skin, muscle and blood. Reaching
    /// 100 HU matters: with face_deid_ct's −125…50, a render at +60 HU (a window an attacker may
    /// pick) sees through the fill to the guarded skull, whose orbits and nasal aperture dlib's
    /// detector takes for a face.
    public var softTissueHounsfield: ClosedRange<Double> = -125...100

    public init(mode: DrownMode = .face, shellMillimetres: Double = 10, seed: UInt64 = 0,
                features: Set<FaceFeature>? = nil, modality: DefaceModality? = nil) {
        self.mode = mode
        self.shellMillimetres = shellMillimetres
        self.seed = seed
        self.features = features
        self.modality = modality
    }
}
