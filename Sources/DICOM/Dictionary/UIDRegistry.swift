/// One entry of the DICOM UID registry (PS3.6 Table A-1 and friends).
public struct UIDEntry: Sendable, Hashable {
    /// "1.2.840.10008.1.2.4.50"
    public let uid: String
    /// "JPEG Baseline (Process 1)"
    public let name: String
    /// "Transfer Syntax", "SOP Class", "Well-known frame of reference", ...
    public let type: String
    /// Extra information, often "".
    public let info: String
    public let isRetired: Bool
    /// "JPEGBaseline8Bit"; "" when there is none.
    public let keyword: String

    public init(uid: String, name: String, type: String, info: String, isRetired: Bool, keyword: String) {
        self.uid = uid
        self.name = name
        self.type = type
        self.info = info
        self.isRetired = isRetired
        self.keyword = keyword
    }
}

/// The DICOM UID registry, generated from pydicom 3.0.2 (DICOM 2024c) by
/// `Scripts/generate_dictionary.py`. Keyword constants (`UIDRegistry.ctImageStorage`)
/// are in `Generated/UIDKeywords.swift`.
public enum UIDRegistry {
    public static func entry(for uid: String) -> UIDEntry? {
        entries[uid]
    }

    /// The UID with the keyword: "CTImageStorage" gives "1.2.840.10008.5.1.4.1.1.2".
    public static func uid(forKeyword keyword: String) -> String? {
        byKeyword[keyword]
    }

    /// Parsed once, on first use.
    static let entries: [String: UIDEntry] = {
        var table: [String: UIDEntry] = [:]
        table.reserveCapacity(512)
        DictionaryTableText.forEachLine(tableText) { fields in
            // UID, R, keyword, name, info, type
            guard fields.count == 6 else { preconditionFailure("bad UID registry line: \(fields)") }
            table[fields[0]] = UIDEntry(uid: fields[0], name: fields[3], type: fields[5], info: fields[4],
                                        isRetired: fields[1] == "R", keyword: fields[2])
        }
        return table
    }()

    static let byKeyword: [String: String] = {
        var map: [String: String] = [:]
        for entry in entries.values where !entry.keyword.isEmpty { map[entry.keyword] = entry.uid }
        return map
    }()
}
