/// One entry of the DICOM data dictionary (PS3.6) or of the private dictionary.
public struct DictionaryEntry: Sendable, Hashable {
    /// The tag. For repeating-group, group-length and private entries: the tag as looked up.
    public let tag: Tag
    /// The allowed VRs: "US or SS" gives `[.US, .SS]`; an entry without a VR gives `[]`.
    public let vrs: [VR]
    /// The value multiplicity as the dictionary spells it: "1", "1-n", "2-2n", ...
    public let vm: String
    /// The attribute name: "Patient's Name".
    public let name: String
    /// The keyword: "PatientName"; "" when there is none (always "" for private entries).
    public let keyword: String
    public let isRetired: Bool

    public init(tag: Tag, vrs: [VR], vm: String, name: String, keyword: String, isRetired: Bool) {
        self.tag = tag
        self.vrs = vrs
        self.vm = vm
        self.name = name
        self.keyword = keyword
        self.isRetired = isRetired
    }

    /// The VR when the dictionary allows exactly one, else nil.
    @inlinable public var vr: VR? { vrs.count == 1 ? vrs[0] : nil }

    func with(tag: Tag) -> DictionaryEntry {
        DictionaryEntry(tag: tag, vrs: vrs, vm: vm, name: name, keyword: keyword, isRetired: isRetired)
    }
}

/// The DICOM data dictionary and pydicom's private dictionary.
///
/// The tables are generated from pydicom 3.0.2 (DICOM 2024c) by
/// `Scripts/generate_dictionary.py` into `Dictionary/Generated/` as text, and parsed
/// here the first time each table is used (a `static let` initializer runs once and
/// is thread-safe).
public enum DataDictionary {
    /// The standard entry for `tag`, or nil.
    ///
    /// Looks the tag up as pydicom does: the dictionary first; then, for even groups
    /// only, the repeating-group masks (60xx3000, 50xx0005, 1000xxx0, 002804x0,
    /// 7Fxx0010, ...) in pydicom's order; then, for an even group, element 0000 is
    /// the implied UL "Group Length" (PS3.5 §7.2; retired except in groups 0000/0002,
    /// which the dictionary lists by name).
    public static func entry(for tag: Tag) -> DictionaryEntry? {
        if let entry = standard[tag.rawValue] { return entry }
        return entryAfterMiss(tag)
    }

    /// The tag of a non-repeating standard attribute: "PatientName" gives (0010,0010).
    public static func tag(forKeyword keyword: String) -> Tag? {
        keywords[keyword]
    }

    /// The entry that pydicom's private dictionary has for `tag` in the block of
    /// private creator `creator`, or nil.
    ///
    /// Matches as pydicom's `get_private_entry` does: the creator string exactly (case
    /// and white space matter), then the first of the keys `GGGGEEEE`, `GGGGxxEE` and
    /// `GGxxxxEE` that the creator's table has, where EE is the low byte of the element.
    /// Entries spelled another way in pydicom's table (`GGGGEExx`) never match, as in pydicom.
    public static func privateEntry(creator: String, tag: Tag) -> DictionaryEntry? {
        guard let table = privateTables[creator] else { return nil }
        let group = UInt32(tag.group), low = UInt32(tag.element & 0xFF)
        let entry = table[PrivateDictionaryKey.exact(tag.rawValue)]
            ?? table[PrivateDictionaryKey.blockWildcard(group << 16 | low)]
            ?? table[PrivateDictionaryKey.groupAndBlockWildcard((group >> 8) << 16 | low)]
        return entry?.with(tag: tag)
    }

    // MARK: - Lookup after a miss

    @inline(never)
    static func entryAfterMiss(_ tag: Tag) -> DictionaryEntry? {
        // pydicom treats odd groups as private: no repeaters, no group length.
        guard tag.group & 1 == 0 else { return nil }
        // pydicom takes the first mask in its table that matches; here each distinct
        // mask has a hash table of its values, and the lowest matching index wins.
        let raw = tag.rawValue
        var first = Int.max
        for bucket in repeaterBuckets {
            if let index = bucket.indices[raw & bucket.mask], index < first { first = index }
        }
        if first != Int.max { return repeaters[first].entry.with(tag: tag) }
        if tag.element == 0 {
            return DictionaryEntry(tag: tag, vrs: [.UL], vm: "1", name: "Group Length",
                                   keyword: "", isRetired: true)
        }
        return nil
    }

    // MARK: - Parsed tables

    /// The standard dictionary keyed by `Tag.rawValue`.
    static let standard: [UInt32: DictionaryEntry] = {
        var table: [UInt32: DictionaryEntry] = [:]
        table.reserveCapacity(5200)
        var vrCache = DictionaryVRListCache()
        DictionaryTableText.forEachLine(standardTableText) { fields in
            // GGGGEEEE, R, VRs, keyword, name, VM
            guard fields.count == 6, let raw = UInt32(fields[0], radix: 16) else {
                preconditionFailure("bad standard dictionary line: \(fields)")
            }
            table[raw] = DictionaryEntry(
                tag: Tag(rawValue: raw), vrs: vrCache.vrs(fields[2]), vm: fields[5],
                name: fields[4], keyword: fields[3], isRetired: fields[1] == "R")
        }
        return table
    }()

    /// Keyword to tag, for the non-repeating standard entries that have a keyword.
    static let keywords: [String: Tag] = {
        var map: [String: Tag] = [:]
        map.reserveCapacity(standard.count)
        for entry in standard.values where !entry.keyword.isEmpty {
            map[entry.keyword] = entry.tag
        }
        return map
    }()

    struct Repeater: Sendable {
        /// The mask with each x as 0.
        let value: UInt32
        /// F where the mask has a digit, 0 where it has x.
        let mask: UInt32
        let pattern: String
        let entry: DictionaryEntry
    }

    /// The repeating-group entries in pydicom's order (the first match wins).
    static let repeaters: [Repeater] = {
        var list: [Repeater] = []
        var vrCache = DictionaryVRListCache()
        DictionaryTableText.forEachLine(repeatersTableText) { fields in
            // mask, R, VRs, keyword, name, VM
            guard fields.count == 6, let (value, mask) = PrivateDictionaryKey.wildcard(fields[0]) else {
                preconditionFailure("bad repeater line: \(fields)")
            }
            let entry = DictionaryEntry(
                tag: Tag(rawValue: value), vrs: vrCache.vrs(fields[2]), vm: fields[5],
                name: fields[4], keyword: fields[3], isRetired: fields[1] == "R")
            list.append(Repeater(value: value, mask: mask, pattern: fields[0], entry: entry))
        }
        return list
    }()

    struct RepeaterBucket: Sendable {
        let mask: UInt32
        /// Masked value to index in `repeaters`.
        let indices: [UInt32: Int]
    }

    /// `repeaters` grouped by mask (a handful of distinct masks).
    static let repeaterBuckets: [RepeaterBucket] = {
        var byMask: [UInt32: [UInt32: Int]] = [:]
        for (index, repeater) in repeaters.enumerated() where byMask[repeater.mask]?[repeater.value] == nil {
            byMask[repeater.mask, default: [:]][repeater.value] = index
        }
        return byMask.keys.sorted().map { RepeaterBucket(mask: $0, indices: byMask[$0]!) }
    }()

    /// Private creator to its entries, keyed by `PrivateDictionaryKey`.
    static let privateTables: [String: [UInt64: DictionaryEntry]] = {
        var tables: [String: [UInt64: DictionaryEntry]] = [:]
        var creator: String? = nil
        var current: [UInt64: DictionaryEntry] = [:]
        var unmatchable: UInt64 = 0
        var vrCache = DictionaryVRListCache()
        DictionaryTableText.forEachLine(privateTableText) { fields in
            if fields.count == 2 && fields[0].isEmpty {  // "\tcreator"
                if let creator { tables[creator] = current }
                creator = fields[1]
                current = [:]
                return
            }
            // key, R, VRs, name, VM
            guard fields.count == 5, creator != nil, let (value, mask) = PrivateDictionaryKey.wildcard(fields[0]) else {
                preconditionFailure("bad private dictionary line: \(fields)")
            }
            let key: UInt64
            switch mask {
            case 0xFFFF_FFFF: key = PrivateDictionaryKey.exact(value)
            case 0xFFFF_00FF: key = PrivateDictionaryKey.blockWildcard(value)
            case 0xFF00_00FF: key = PrivateDictionaryKey.groupAndBlockWildcard((value >> 24) << 16 | value & 0xFF)
            default:  // a spelling pydicom's lookup never produces: kept, never found
                unmatchable += 1
                key = PrivateDictionaryKey.unmatchable(unmatchable)
            }
            current[key] = DictionaryEntry(
                tag: Tag(rawValue: value), vrs: vrCache.vrs(fields[2]), vm: fields[4],
                name: fields[3], keyword: "", isRetired: fields[1] == "R")
        }
        if let creator { tables[creator] = current }
        return tables
    }()

    /// Number of entries in the private dictionary (for tests).
    static var privateEntryCount: Int { privateTables.values.reduce(0) { $0 + $1.count } }
}

/// Keys of a private creator's table: the kind of pattern in the high 32 bits.
enum PrivateDictionaryKey {
    /// `GGGGEEEE`
    static func exact(_ raw: UInt32) -> UInt64 { UInt64(raw) }
    /// `GGGGxxEE`, value `GGGG00EE`
    static func blockWildcard(_ value: UInt32) -> UInt64 { 1 << 32 | UInt64(value) }
    /// `GGxxxxEE`, value `00GG00EE`
    static func groupAndBlockWildcard(_ value: UInt32) -> UInt64 { 2 << 32 | UInt64(value) }
    static func unmatchable(_ index: UInt64) -> UInt64 { 3 << 32 | index }

    /// "60xx3000" -> (0x60003000, 0xFF00FFFF): x digits are 0 in the value and the mask.
    static func wildcard(_ pattern: String) -> (value: UInt32, mask: UInt32)? {
        let digits = Array(pattern.utf8)
        guard digits.count == 8 else { return nil }
        var value: UInt32 = 0, mask: UInt32 = 0
        for c in digits {
            value <<= 4
            mask <<= 4
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value |= UInt32(c - UInt8(ascii: "0")); mask |= 0xF
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value |= UInt32(c - UInt8(ascii: "A") + 10); mask |= 0xF
            case UInt8(ascii: "x"): break
            default: return nil
            }
        }
        return (value, mask)
    }
}

/// Shares one `[VR]` array between entries with the same VR field.
struct DictionaryVRListCache {
    private var cache: [String: [VR]] = [:]

    mutating func vrs(_ field: String) -> [VR] {
        if let hit = cache[field] { return hit }
        let list: [VR] = field.isEmpty ? [] : field.split(separator: "/").map { code in
            guard let vr = VR(rawValue: String(code)) else { preconditionFailure("unknown VR \(code)") }
            return vr
        }
        cache[field] = list
        return list
    }
}

/// The generated tables: lines separated by LF, fields by TAB.
enum DictionaryTableText {
    static func forEachLine(_ text: String, _ body: ([String]) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var fields: [String] = []
            fields.reserveCapacity(8)
            var start = 0
            for i in 0...bytes.count {
                let byte: UInt8 = i < bytes.count ? bytes[i] : 0x0A
                guard byte == 0x09 || byte == 0x0A else { continue }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                start = i + 1
                if byte == 0x0A {
                    if fields.count > 1 || !fields[0].isEmpty { body(fields) }
                    fields.removeAll(keepingCapacity: true)
                }
            }
        }
    }
}
