/// The character sets named by Specific Character Set (0008,0005) (PS3.3 C.12.1.1.2,
/// PS3.5 §6.1), which decide how the bytes of SH, LO, ST, LT, UC, UT and PN values map
/// to text.
///
/// Term handling follows pydicom 3.0.2: common misspellings ("ISO IR 100",
/// "ISO-IR 192", "ISO 2022-IR 87", ...) are corrected with a warning, Python codec names
/// for the supported sets are accepted silently, unknown terms fall back to the default
/// repertoire with a warning, and the stand-alone sets (ISO_IR 192, GB18030, GBK) drop
/// any other terms. Unlike pydicom 3.0.2, ISO_IR 203 / ISO 2022 IR 203 (Latin-9) is
/// supported.
public struct SpecificCharacterSet: Sendable, Hashable {
    /// The coded sets in value order; the first is active at the start of every value.
    let codecs: [CharsetCodec]

    /// The terms after normalisation: the defined term for each set that is used, in
    /// order (an empty or unknown term becomes "ISO_IR 6").
    public let terms: [String]

    /// Warnings about terms that were corrected, unknown or ignored.
    public let warnings: [String]

    /// The default repertoire, ISO-IR 6 (decoded as Latin-1, as pydicom does).
    public static let `default` = SpecificCharacterSet(terms: [])

    /// Creates the character set from the values of (0008,0005) as they appear in the
    /// file: already split at backslashes, not yet trimmed.
    public init(terms rawTerms: [String]) {
        // As pydicom's CS reading: trailing padding of the whole value is removed.
        var joined = rawTerms.joined(separator: "\\")
        while let last = joined.unicodeScalars.last, last == " " || last == "\0" {
            joined.unicodeScalars.removeLast()
        }
        var values = joined.isEmpty ? [""] : joined.split(separator: "\\", omittingEmptySubsequences: false).map(String.init)
        if values[0].isEmpty { values[0] = "ISO_IR 6" }

        var warnings: [String] = []
        var resolved: [(term: String, codec: CharsetCodec)] = values.map { value in
            Self.resolve(value, warnings: &warnings)
        }
        if values.count > 1 {
            if Self.standAloneTerms.contains(values[0]) {
                warnings.append(
                    "Value '\(values[0])' for Specific Character Set does not allow code extensions, "
                        + "ignoring: \(values.dropFirst().joined(separator: ", "))")
                resolved = [resolved[0]]
            } else {
                for i in stride(from: values.count - 1, through: 1, by: -1) where Self.standAloneTerms.contains(values[i]) {
                    warnings.append("Value '\(values[i])' cannot be used as code extension, ignoring it")
                    resolved.remove(at: i)
                }
            }
        }
        self.codecs = resolved.map(\.codec)
        self.terms = resolved.map(\.term)
        self.warnings = warnings
    }

    /// Whether any set uses ISO 2022 code extensions (escape sequences).
    public var usesCodeExtensions: Bool { codecs.count > 1 }

    // MARK: Terms

    static let standAloneTerms: Set<String> = ["ISO_IR 192", "GBK", "GB18030"]

    /// Defined terms (PS3.3 Tables C.12-2 to C.12-5) and the extra spellings pydicom accepts.
    static let definedTerms: [String: CharsetCodec] = [
        "": .ascii, "ISO_IR 6": .ascii, "ISO 2022 IR 6": .ascii,
        "ISO_IR 13": .jisX0201, "ISO 2022 IR 13": .jisX0201,
        "ISO_IR 100": .latin1, "ISO 2022 IR 100": .latin1,
        "ISO_IR 101": .latin2, "ISO 2022 IR 101": .latin2,
        "ISO_IR 109": .latin3, "ISO 2022 IR 109": .latin3,
        "ISO_IR 110": .latin4, "ISO 2022 IR 110": .latin4,
        "ISO_IR 126": .greek, "ISO 2022 IR 126": .greek,
        "ISO_IR 127": .arabic, "ISO 2022 IR 127": .arabic,
        "ISO_IR 138": .hebrew, "ISO 2022 IR 138": .hebrew,
        "ISO_IR 144": .cyrillic, "ISO 2022 IR 144": .cyrillic,
        "ISO_IR 148": .latin5, "ISO 2022 IR 148": .latin5,
        "ISO_IR 166": .thai, "ISO 2022 IR 166": .thai,
        "ISO_IR 203": .latin9, "ISO 2022 IR 203": .latin9,
        "ISO 2022 IR 87": .jisX0208, "ISO 2022 IR 159": .jisX0212,
        "ISO 2022 IR 149": .ksX1001, "ISO 2022 IR 58": .gb2312, "ISO 2022 58": .gb2312,
        "ISO_IR 192": .utf8, "GB18030": .gb18030, "GBK": .gbk, "ISO 2022 GBK": .gbk,
    ]

    /// The canonical defined term reported for a set.
    static func canonicalTerm(_ codec: CharsetCodec, extended: Bool) -> String {
        switch codec {
        case .ascii: return extended ? "ISO 2022 IR 6" : "ISO_IR 6"
        case .jisX0208: return "ISO 2022 IR 87"
        case .jisX0212: return "ISO 2022 IR 159"
        case .ksX1001: return "ISO 2022 IR 149"
        case .gb2312: return "ISO 2022 IR 58"
        case .utf8: return "ISO_IR 192"
        case .gb18030: return "GB18030"
        case .gbk: return "GBK"
        default:
            let number = definedTerms.first { $0.value == codec && $0.key.hasPrefix("ISO_IR ") }!.key.dropFirst(7)
            return extended ? "ISO 2022 IR \(number)" : "ISO_IR \(number)"
        }
    }

    /// Python codec names (after Python's name normalisation) for the supported sets,
    /// which pydicom accepts as terms because it falls back to Python's codec lookup.
    static let pythonCodecNames: [String: CharsetCodec] = {
        let names: [CharsetCodec: [String]] = [
            .latin1: ["latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
                      "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1"],
            .latin2: ["iso8859_2", "csisolatin2", "iso_8859_2", "iso_8859_2_1987", "iso_ir_101", "l2", "latin2"],
            .latin3: ["iso8859_3", "csisolatin3", "iso_8859_3", "iso_8859_3_1988", "iso_ir_109", "l3", "latin3"],
            .latin4: ["iso8859_4", "csisolatin4", "iso_8859_4", "iso_8859_4_1988", "iso_ir_110", "l4", "latin4"],
            .cyrillic: ["iso8859_5", "csisolatincyrillic", "cyrillic", "iso_8859_5", "iso_8859_5_1988", "iso_ir_144"],
            .arabic: ["iso8859_6", "arabic", "asmo_708", "csisolatinarabic", "ecma_114", "iso_8859_6",
                      "iso_8859_6_1987", "iso_ir_127"],
            .greek: ["iso8859_7", "csisolatingreek", "ecma_118", "elot_928", "greek", "greek8", "iso_8859_7",
                     "iso_8859_7_1987", "iso_ir_126"],
            .hebrew: ["iso8859_8", "csisolatinhebrew", "hebrew", "iso_8859_8", "iso_8859_8_1988", "iso_ir_138"],
            .latin5: ["iso8859_9", "csisolatin5", "iso_8859_9", "iso_8859_9_1989", "iso_ir_148", "l5", "latin5"],
            .latin9: ["iso8859_15", "iso_8859_15", "l9", "latin9"],
            .thai: ["tis_620", "iso_ir_166", "tis620", "tis_620_0", "tis_620_2529_0", "tis_620_2529_1"],
            .jisX0201: ["shift_jis", "csshiftjis", "s_jis", "shiftjis", "sjis"],
            .jisX0208: ["iso2022_jp", "csiso2022jp", "iso2022jp", "iso_2022_jp"],
            .jisX0212: ["iso2022_jp_2", "iso2022jp_2", "iso_2022_jp_2"],
            .ksX1001: ["euc_kr", "euckr", "korean", "ks_c_5601", "ks_c_5601_1987", "ks_x_1001", "ksc5601", "ksx1001"],
            .gb2312: ["gb2312", "chinese", "csiso58gb231280", "euc_cn", "euccn", "eucgb2312_cn", "gb2312_1980",
                      "gb2312_80", "iso_ir_58"],
            .gbk: ["gbk", "936", "cp936", "ms936"],
            .gb18030: ["gb18030", "gb18030_2000"],
            .utf8: ["utf_8", "cp65001", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4"],
        ]
        var table: [String: CharsetCodec] = [:]
        for (codec, list) in names { for name in list { table[name] = codec } }
        return table
    }()

    /// Python's codec-name normalisation: lower case, runs of other characters than
    /// letters, digits and '.' become one '_', none at either end.
    static func normalisedCodecName(_ name: String) -> String {
        var out = ""
        var pendingSeparator = false
        for ch in name.lowercased().unicodeScalars {
            if ch.properties.isAlphabetic || ch.properties.numericType != nil || ch == "." {
                if pendingSeparator, !out.isEmpty { out.append("_") }
                if ch.isASCII { out.unicodeScalars.append(ch) }
                pendingSeparator = false
            } else {
                pendingSeparator = true
            }
        }
        return out
    }

    /// Maps one term to its set, correcting misspellings as pydicom does.
    static func resolve(_ term: String, warnings: inout [String]) -> (term: String, codec: CharsetCodec) {
        if let codec = definedTerms[term] {
            return (term.isEmpty ? "ISO_IR 6" : term, codec)
        }
        let scalars = Array(term.unicodeScalars)
        func matches(_ pattern: String, _ wildcards: Set<Int>, excluding excluded: Unicode.Scalar) -> Bool {
            let p = Array(pattern.unicodeScalars)
            guard scalars.count >= p.count else { return false }
            for (k, c) in p.enumerated() {
                if wildcards.contains(k) {
                    if scalars[k] == excluded { return false }
                } else if scalars[k] != c {
                    return false
                }
            }
            return true
        }
        var patched: String? = nil
        if matches("ISO_IR", [3], excluding: "_") {
            patched = "ISO_IR" + String(String.UnicodeScalarView(scalars.dropFirst(6)))
        } else if matches("ISO.2022.IR.", [3, 8, 11], excluding: "\n") && !term.hasPrefix("ISO 2022 IR ") {
            patched = "ISO 2022 IR " + String(String.UnicodeScalarView(scalars.dropFirst(12)))
        }
        if let patched {
            if let codec = definedTerms[patched] {
                warnings.append("Incorrect value for Specific Character Set '\(term)' - assuming '\(patched)'")
                return (patched, codec)
            }
            warnings.append("Unknown encoding '\(term)' - using default encoding instead")
            return ("ISO_IR 6", .ascii)
        }
        if let codec = pythonCodecNames[normalisedCodecName(term)] {
            return (canonicalTerm(codec, extended: false), codec)
        }
        warnings.append("Unknown encoding '\(term)' - using default encoding instead")
        return ("ISO_IR 6", .ascii)
    }
}
