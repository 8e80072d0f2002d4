import DICOM

/// How often each action was taken on each tag: the per-tag part of the run summary.
public struct ActionTally: Sendable, Equatable {
    /// Keyed by tag (high 32 bits) and the index of the action in `Kind.allCases`.
    private(set) var counts: [UInt64: Int] = [:]

    /// What happened to an element, as the summary reports it.
    public enum Kind: String, CaseIterable, Sendable {
        case removed = "X", emptied = "Z", dummy = "D", kept = "K", cleaned = "C", remapped = "U"
        case replaced = "new ID", shifted = "date shift", privateRemoved = "private X", privateKept = "private K"
    }

    public init() {}

    mutating func count(_ tag: Tag, _ kind: Kind) {
        let index = UInt64(Kind.allCases.firstIndex(of: kind)!)
        counts[UInt64(tag.rawValue) << 8 | index, default: 0] += 1
    }

    /// Adds another tally (another file's).
    public mutating func merge(_ other: ActionTally) {
        for (key, value) in other.counts { counts[key, default: 0] += value }
    }

    /// Private elements are summed under their group (gggg,xxxx) so the summary stays short.
    public struct Row: Sendable, Equatable {
        public let tag: Tag
        public let kind: Kind
        public let count: Int
    }

    /// Rows sorted by tag, then action.
    public var rows: [Row] {
        counts.map { key, count in
            Row(tag: Tag(rawValue: UInt32(key >> 8)), kind: Kind.allCases[Int(key & 0xFF)], count: count)
        }.sorted { ($0.tag, Kind.allCases.firstIndex(of: $0.kind)!) < ($1.tag, Kind.allCases.firstIndex(of: $1.kind)!) }
    }

    /// The number of times `kind` was taken on `tag`.
    public func count(of tag: Tag, _ kind: Kind) -> Int {
        counts[UInt64(tag.rawValue) << 8 | UInt64(Kind.allCases.firstIndex(of: kind)!)] ?? 0
    }
}
