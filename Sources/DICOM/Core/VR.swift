/// A value representation (PS3.5 §6.2): how an element's value is encoded.
public enum VR: String, CaseIterable, Sendable, Hashable {
    case AE, AS, AT, CS, DA, DS, DT, FD, FL, IS, LO, LT, OB, OD, OF, OL, OV, OW,
         PN, SH, SL, SQ, SS, ST, SV, TM, UC, UI, UL, UN, UR, US, UT, UV

    /// Parses the two bytes of an explicit VR. Returns nil for bytes that name no VR.
    @inlinable public init?(byte0: UInt8, byte1: UInt8) {
        let a = Int(byte0) &- 0x41, b = Int(byte1) &- 0x41
        guard a >= 0, a < 26, b >= 0, b < 26, let vr = VR.byLetters[a * 26 + b] else { return nil }
        self = vr
    }

    /// VRs indexed by (first letter − 'A') × 26 + (second letter − 'A'): a flat table,
    /// because this runs for every element of every explicit VR file.
    @usableFromInline static let byLetters: [VR?] = {
        var table = [VR?](repeating: nil, count: 26 * 26)
        for vr in VR.allCases {
            let u = Array(vr.rawValue.utf8)
            table[Int(u[0] - 0x41) * 26 + Int(u[1] - 0x41)] = vr
        }
        return table
    }()

    /// The two ASCII bytes written in explicit VR encodings.
    public var bytes: (UInt8, UInt8) {
        let u = Array(rawValue.utf8)
        return (u[0], u[1])
    }

    /// VRs whose explicit encoding has 2 reserved bytes and a 32-bit length (PS3.5 Table 7.1-1).
    public var hasLongExplicitLength: Bool {
        switch self {
        case .OB, .OD, .OF, .OL, .OV, .OW, .SQ, .SV, .UC, .UN, .UR, .UT, .UV: return true
        default: return false
        }
    }

    /// Character-string VRs: values are text, padded with a space (UI with NUL).
    public var isString: Bool {
        switch self {
        case .AE, .AS, .CS, .DA, .DS, .DT, .IS, .LO, .LT, .PN, .SH, .ST, .TM, .UC, .UI, .UR, .UT:
            return true
        default: return false
        }
    }

    /// Text VRs whose bytes follow the Specific Character Set (the rest are ASCII).
    public var usesSpecificCharacterSet: Bool {
        switch self {
        case .LO, .LT, .PN, .SH, .ST, .UC, .UT: return true
        default: return false
        }
    }

    /// Text VRs that hold one value: a backslash in them is just a character.
    public var isSingleValuedText: Bool {
        switch self {
        case .LT, .ST, .UR, .UT: return true
        default: return false
        }
    }

    /// Binary VRs: raw bytes or arrays of numbers of a fixed width.
    public var isBinary: Bool { !isString && self != .SQ }

    /// Byte width of one number for binary numeric VRs (used to swap byte order);
    /// 1 for byte streams (OB, UN), nil for strings and sequences.
    public var wordSize: Int? {
        switch self {
        case .OB, .UN: return 1
        case .US, .SS, .OW, .AT: return 2
        case .UL, .SL, .FL, .OL, .OF: return 4
        case .FD, .OD, .SV, .UV, .OV: return 8
        default: return nil
        }
    }

    /// The byte that pads a value to even length.
    public var paddingByte: UInt8 {
        switch self {
        case .UI: return 0
        case _ where isString: return 0x20
        default: return 0
        }
    }
}
