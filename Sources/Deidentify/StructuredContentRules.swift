import DICOM

/// PS3.15 Table E.3.4-1 (Clean Structured Content Option: content items by concept name),
/// generated into `Generated/StructuredContentTable.swift`.
///
/// With the option, a content item (an item with a Concept Name Code Sequence and a Value Type,
/// in SR Content Sequences, Acquisition Context and Specimen Preparation sequences) whose concept
/// name is listed gets the row's action on its value: X removes the item, D replaces the value
/// with a dummy, K keeps it, C cleans it (dates shifted, text through Clean Descriptors). Items
/// not listed keep their structure; their text values are cleaned as descriptors. Without the
/// option the Content Sequence's action D applies: every text value becomes a dummy, and the
/// value attributes (Person Name, Date, Time, DateTime, UID) follow Table E.1-1.
public enum StructuredContentRules {
    public struct Rule: Sendable, Hashable {
        public let scheme: String
        public let code: String
        public let meaning: String
        public let valueType: String
        public let basic: ProfileAction
        public let optionActions: [ProfileOption: ProfileAction]

        public func action(with options: Set<ProfileOption>) -> ProfileAction {
            var chosen: ProfileAction?
            for (option, action) in optionActions where options.contains(option) {
                if chosen == nil || action == .clean { chosen = action }
            }
            return chosen ?? basic
        }
    }

    /// Rows keyed by "SCHEME|CODE|VALUE TYPE" (one concept may be listed for several value types).
    public static let rules: [String: Rule] = {
        var table: [String: Rule] = [:]
        ConfidentialityProfile.forEachRow(contentTableText) { fields in
            // scheme, code, basic, options, value type, R, meaning
            guard fields.count == 7, let basic = ProfileAction(rawValue: fields[2]) else {
                preconditionFailure("bad structured content line: \(fields)")
            }
            table["\(fields[0])|\(fields[1])|\(fields[4])"] = Rule(scheme: fields[0], code: fields[1], meaning: fields[6], valueType: fields[4],
                                                     basic: basic, optionActions: ConfidentialityProfile.parseOptionActions(fields[3]))
        }
        return table
    }()

    /// The row for a content item's concept name, if listed.
    static func rule(forItem item: DataSet) -> Rule? {
        guard let concept = item[Tag(0x0040, 0xA043)]?.items?.first,
              let code = concept.string(Tag(0x0008, 0x0100)) ?? concept.string(Tag(0x0008, 0x0119)),
              let scheme = concept.string(Tag(0x0008, 0x0102)) else { return nil }
        let valueType = item.string(Tag(0x0040, 0xA040)) ?? ""
        return rules["\(scheme)|\(code)|\(valueType)"] ?? anyValueType["\(scheme)|\(code)"]
    }

    /// The first row of each concept, for items whose value type the table does not pair with it.
    static let anyValueType: [String: Rule] = {
        var table: [String: Rule] = [:]
        for key in rules.keys.sorted() {
            let rule = rules[key]!
            if table["\(rule.scheme)|\(rule.code)"] == nil { table["\(rule.scheme)|\(rule.code)"] = rule }
        }
        return table
    }()

    /// The attributes that hold a content item's value (TEXT, PNAME, DATE, TIME, DATETIME, UIDREF).
    static let valueTags: Set<UInt32> = [0x0040_A160, 0x0040_A123, 0x0040_A121, 0x0040_A122, 0x0040_A120, 0x0040_A124]

    /// Text Value (0040,A160), which Table E.1-1 does not list.
    static let textValue = Tag(0x0040, 0xA160)
}
