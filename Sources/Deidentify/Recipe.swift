import DICOM
import Foundation
import Yams

/// Per-tag overrides of the profile, read from a YAML recipe file.
///
/// Format (every section optional; tags as `gggg,eeee`, `(gggg,eeee)` or `ggggeeee`, with `x`
/// for any hex digit, e.g. `60xx,4000` or `0019,xx10`; or a keyword from the data dictionary):
///
/// ```yaml
/// # Faceless recipe
/// actions:                 # the action for a tag, replacing the table's: D Z X K C U,
///   StudyDescription: K    # or a combination (X/Z, X/D, Z/D, X/Z/D, X/Z/U*)
///   "0008,103E": C
///   "0019,xx10": K         # private tags too (their private creator is kept with them)
/// set:                     # fixed values, written into the top-level data set (created if missing)
///   ClinicalTrialProtocolID: STROKE-2025
///   "0012,0020": Site 7
/// keep:                    # shorthand for action K
///   - SeriesDescription
///   - BodyPartExamined
/// ```
///
/// A recipe action applies at every sequence depth and wins over the table and the options;
/// `set` values are applied last and win over everything, including the provenance attributes.
public struct Recipe: Sendable {
    /// A tag or a tag pattern.
    public struct Selector: Sendable, Hashable, CustomStringConvertible {
        public let value: UInt32
        public let mask: UInt32
        public var isExact: Bool { mask == 0xFFFF_FFFF }
        public func matches(_ tag: DICOM.Tag) -> Bool { tag.rawValue & mask == value }
        public var description: String {
            let hex = String(value, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: 8 - hex.count) + hex
            var out = ""
            for (i, c) in padded.enumerated() {
                out.append((mask >> (28 - 4 * UInt32(i))) & 0xF == 0 ? "x" : c)
            }
            return "(\(out.prefix(4)),\(out.suffix(4)))"
        }

        /// Parses "gggg,eeee", "(gggg,eeee)", "ggggeeee" (x = any digit) or a keyword.
        public init(parsing text: String) throws(DeidentificationError) {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let compact = trimmed.replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "")
                .replacingOccurrences(of: ",", with: "").replacingOccurrences(of: " ", with: "")
            if let (value, mask) = TagPattern.parse(compact) {
                self.value = value
                self.mask = mask
            } else if let tag = DataDictionary.tag(forKeyword: trimmed) {
                value = tag.rawValue
                mask = 0xFFFF_FFFF
            } else {
                throw .badRecipe("\"\(text)\" is neither a tag (gggg,eeee) nor a keyword of the data dictionary")
            }
        }
    }

    public var actions: [(Selector, ProfileAction)]
    /// Fixed values for top-level elements (the VR comes from the data dictionary).
    public var fixedValues: [(DICOM.Tag, String)]

    public init(actions: [(Selector, ProfileAction)] = [], fixedValues: [(DICOM.Tag, String)] = []) {
        self.actions = actions
        self.fixedValues = fixedValues
    }

    public init(contentsOf url: URL) throws(DeidentificationError) {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .badRecipe("cannot read \(url.path): \(error.localizedDescription)")
        }
        try self.init(yaml: text)
    }

    public init(yaml: String) throws(DeidentificationError) {
        let root: Any?
        do {
            root = try Yams.load(yaml: yaml)
        } catch {
            throw .badRecipe("not valid YAML: \(error)")
        }
        guard let top = root as? [String: Any] else {
            if root == nil { self.init(); return }
            throw .badRecipe("the top level must be a mapping with actions, set and keep")
        }
        var actions: [(Selector, ProfileAction)] = []
        var fixed: [(DICOM.Tag, String)] = []
        for key in top.keys.sorted() where !["actions", "set", "keep"].contains(key) {
            throw .badRecipe("unknown section \"\(key)\" (use actions, set, keep)")
        }
        if let section = top["actions"] {
            guard let map = section as? [String: Any] else { throw .badRecipe("actions must map tags to action codes") }
            for (key, value) in map.sorted(by: { $0.key < $1.key }) {
                let code = String(describing: value).uppercased()
                guard let action = ProfileAction(rawValue: code) else {
                    throw .badRecipe("unknown action \"\(value)\" for \(key) (use D, Z, X, K, C, U, X/Z, X/D, Z/D, X/Z/D, X/Z/U*)")
                }
                actions.append((try Selector(parsing: key), action))
            }
        }
        if let section = top["keep"] {
            guard let list = section as? [Any] else { throw .badRecipe("keep must be a list of tags") }
            for item in list { actions.append((try Selector(parsing: String(describing: item)), .keep)) }
        }
        if let section = top["set"] {
            guard let map = section as? [String: Any] else { throw .badRecipe("set must map tags to values") }
            for (key, value) in map.sorted(by: { $0.key < $1.key }) {
                let selector = try Selector(parsing: key)
                guard selector.isExact else { throw .badRecipe("set needs one tag, not the pattern \(key)") }
                let tag = DICOM.Tag(rawValue: selector.value)
                guard let vr = DataDictionary.entry(for: tag)?.vrs.first, vr.isString else {
                    throw .badRecipe("set: \(key) is not a text attribute of the data dictionary")
                }
                fixed.append((tag, String(describing: value)))
            }
        }
        self.init(actions: actions, fixedValues: fixed)
    }
}
