import DICOM

/// Private attributes kept by the Retain Safe Private Option.
///
/// PS3.15 §E.3.10 lets a de-identifier keep private attributes it knows to be safe and points to
/// Table E.3.10-1 for examples. That table is not in the machine-readable source the profile
/// table is generated from, so this list is Faceless's own, kept deliberately short: only
/// acquisition physics that the analysis of head CT and MR needs and that cannot identify a
/// person, chosen after the kinds of attributes Table E.3.10-1 lists (diffusion, timing and
/// scale factors). Everything else private is removed, with or without
/// the option. Entries match the private creator exactly and the element's group and low byte
/// (the block the creator reserved may be any of 10–FF).
public enum SafePrivateAttributes {
    public struct Entry: Sendable, Hashable {
        public let creator: String
        public let group: UInt16
        /// The element number within the block (the low byte of the element).
        public let elementByte: UInt8
        /// What the value is, for the report.
        public let meaning: String
    }

    public static let entries: [Entry] = [
        Entry(creator: "SIEMENS MR HEADER", group: 0x0019, elementByte: 0x08, meaning: "CSA Image Header Type"),
        Entry(creator: "SIEMENS MR HEADER", group: 0x0019, elementByte: 0x0A, meaning: "Number of Images in Mosaic"),
        Entry(creator: "SIEMENS MR HEADER", group: 0x0019, elementByte: 0x0B, meaning: "Slice Measurement Duration"),
        Entry(creator: "SIEMENS MR HEADER", group: 0x0019, elementByte: 0x0C, meaning: "B Value"),
        Entry(creator: "SIEMENS MR HEADER", group: 0x0019, elementByte: 0x0D, meaning: "Diffusion Directionality"),
        Entry(creator: "SIEMENS MR HEADER", group: 0x0019, elementByte: 0x0E, meaning: "Diffusion Gradient Direction"),
        Entry(creator: "SIEMENS MR HEADER", group: 0x0019, elementByte: 0x27, meaning: "B Matrix"),
        Entry(creator: "GEMS_ACQU_01", group: 0x0019, elementByte: 0x23, meaning: "Table Speed"),
        Entry(creator: "GEMS_ACQU_01", group: 0x0019, elementByte: 0x24, meaning: "Mid Scan Time"),
        Entry(creator: "GEMS_ACQU_01", group: 0x0019, elementByte: 0x27, meaning: "Rotation Speed"),
        Entry(creator: "GEMS_PARM_01", group: 0x0043, elementByte: 0x27, meaning: "Scan Pitch Ratio"),
        Entry(creator: "GEMS_PARM_01", group: 0x0043, elementByte: 0x39, meaning: "Slop Integers 6-9 (b value)"),
        Entry(creator: "Philips PET Private Group", group: 0x7053, elementByte: 0x00, meaning: "SUV Factor"),
        Entry(creator: "Philips PET Private Group", group: 0x7053, elementByte: 0x09, meaning: "Activity Concentration Scale Factor"),
    ]

    static let lookup: Set<String> = Set(entries.map { key($0.creator, $0.group, $0.elementByte) })

    static func key(_ creator: String, _ group: UInt16, _ byte: UInt8) -> String {
        "\(creator.trimmingCharacters(in: .whitespaces))|\(group)|\(byte)"
    }

    /// True when the element `tag`, in the block of `creator`, is on the list.
    public static func isSafe(_ tag: Tag, creator: String) -> Bool {
        lookup.contains(key(creator, tag.group, UInt8(tag.element & 0xFF)))
    }
}
