import DICOM

/// PS3.15 Table E.1-1 (Application Level Confidentiality Profile Attributes), generated into
/// `Generated/ConfidentialityProfileTable.swift` by `Scripts/generate_deid_tables.py`.
public enum ConfidentialityProfile {
    /// One row of the table.
    public struct Rule: Sendable, Hashable {
        /// The tag pattern as the table writes it: "00100010", "60xx3000", "50xxxxxx" or "PRIVATE".
        public let pattern: String
        public let name: String
        /// The action of the Basic Profile.
        public let basic: ProfileAction
        /// The action each option column gives, where it gives one.
        public let optionActions: [ProfileOption: ProfileAction]
        public let isRetired: Bool
        public let isInStandardIOD: Bool

        /// The action with `options` in force. Where several chosen options name an action, the
        /// more protective wins: C (clean) over K (keep). For example Date of Last Detector
        /// Calibration with Retain Device Identity (K) and Modified Dates (C) is shifted.
        public func action(with options: Set<ProfileOption>) -> ProfileAction {
            var chosen: ProfileAction?
            for (option, action) in optionActions where options.contains(option) {
                if chosen == nil || action == .clean { chosen = action }
            }
            return chosen ?? basic
        }
    }

    /// Every row, in the generated file's order.
    public static let rules: [Rule] = {
        var rules: [Rule] = []
        forEachRow(attributeTableText) { fields in
            // tag, basic, options, R, I, name
            guard fields.count == 6, let basic = ProfileAction(rawValue: fields[1]) else {
                preconditionFailure("bad confidentiality profile line: \(fields)")
            }
            rules.append(Rule(pattern: fields[0], name: fields[5], basic: basic,
                              optionActions: parseOptionActions(fields[2]), isRetired: fields[3] == "R",
                              isInStandardIOD: fields[4] == "I"))
        }
        return rules
    }()

    /// The row for exactly this tag (not the masks), or nil.
    public static func rule(for tag: Tag) -> Rule? {
        exactRules[tag.rawValue] ?? maskRules.first { tag.rawValue & $0.mask == $0.value }?.rule
    }

    /// The row for all private attributes ("PRIVATE").
    public static let privateRule: Rule = {
        guard let rule = rules.first(where: { $0.pattern == "PRIVATE" }) else { preconditionFailure("no PRIVATE row") }
        return rule
    }()

    static let exactRules: [UInt32: Rule] = {
        var table: [UInt32: Rule] = [:]
        for rule in rules where !rule.pattern.contains("x") && rule.pattern != "PRIVATE" {
            guard let raw = UInt32(rule.pattern, radix: 16) else { preconditionFailure("bad tag \(rule.pattern)") }
            table[raw] = rule
        }
        return table
    }()

    struct MaskRule: Sendable {
        let value: UInt32
        let mask: UInt32
        let rule: Rule
    }

    /// Rows with x digits ("60xx3000", "50xxxxxx"), most specific first.
    static let maskRules: [MaskRule] = {
        rules.compactMap { rule -> MaskRule? in
            guard rule.pattern.contains("x"), let (value, mask) = TagPattern.parse(rule.pattern) else { return nil }
            return MaskRule(value: value, mask: mask, rule: rule)
        }.sorted { $0.mask.nonzeroBitCount > $1.mask.nonzeroBitCount }
    }()

    static func parseOptionActions(_ field: String) -> [ProfileOption: ProfileAction] {
        var actions: [ProfileOption: ProfileAction] = [:]
        for pair in field.split(separator: ",") {
            let parts = pair.split(separator: "=")
            guard parts.count == 2, let option = ProfileOption(rawValue: String(parts[0])),
                  let action = ProfileAction(rawValue: String(parts[1])) else {
                preconditionFailure("bad option action \(pair)")
            }
            actions[option] = action
        }
        return actions
    }

    /// Calls `body` with the tab-separated fields of each line of a generated table.
    static func forEachRow(_ text: String, _ body: ([String]) -> Void) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            body(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
        }
    }
}

/// Tag patterns with x for any hex digit, as the tables and recipes write them.
enum TagPattern {
    /// "60xx3000" → value 0x60003000, mask 0xFF00FFFF. Nil for anything but 8 hex digits or x.
    static func parse(_ pattern: String) -> (value: UInt32, mask: UInt32)? {
        let digits = Array(pattern.utf8)
        guard digits.count == 8 else { return nil }
        var value: UInt32 = 0, mask: UInt32 = 0
        for c in digits {
            value <<= 4
            mask <<= 4
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value |= UInt32(c - UInt8(ascii: "0")); mask |= 0xF
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value |= UInt32(c - UInt8(ascii: "A") + 10); mask |= 0xF
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value |= UInt32(c - UInt8(ascii: "a") + 10); mask |= 0xF
            case UInt8(ascii: "x"), UInt8(ascii: "X"): break
            default: return nil
            }
        }
        return (value, mask)
    }
}
