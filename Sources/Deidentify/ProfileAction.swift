/// An action code of PS3.15 Table E.1-1 (§E.1.1), including the combinations whose choice
/// depends on the attribute's type in the object's IOD.
public enum ProfileAction: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// D: replace with a non-zero-length dummy value consistent with the VR.
    case dummy = "D"
    /// Z: replace with a zero-length value.
    case empty = "Z"
    /// X: remove.
    case remove = "X"
    /// K: keep (sequences are still cleaned item by item).
    case keep = "K"
    /// C: clean: replace with values of similar meaning known not to identify (dates shifted,
    /// free text scrubbed, sequences cleaned recursively).
    case clean = "C"
    /// U: replace with an internally consistent UID (the keyed UID map).
    case uid = "U"
    /// X/Z: X unless Z is needed for IOD conformance (Type 2).
    case removeOrEmpty = "X/Z"
    /// X/D: X unless D is needed (Type 1).
    case removeOrDummy = "X/D"
    /// Z/D: Z unless D is needed (Type 1).
    case emptyOrDummy = "Z/D"
    /// X/Z/D: X unless Z (Type 2) or D (Type 1) is needed.
    case removeEmptyOrDummy = "X/Z/D"
    /// X/Z/U*: X unless Z or a replacement of the UIDs inside (for sequences of references) is needed.
    case removeEmptyOrRemapUIDs = "X/Z/U*"

    public var description: String { rawValue }

    /// The single action taken for an element, given whether the element arrived with a value.
    ///
    /// The table gives a combination where the attribute's type differs between IODs; this
    /// engine does not carry the IOD module tables, so it chooses what is valid for every type
    /// that the combination allows, while keeping nothing of the original value:
    /// - an element that arrived empty stays empty (Z) when Z is allowed: present-but-empty is
    ///   what a Type 2 attribute needs, and a Type 1 attribute cannot have been empty;
    /// - a non-empty element under a combination with D gets a dummy (a Type 1 attribute keeps
    ///   a value; for Type 2 and 3 a dummy is valid too);
    /// - X/Z with a value becomes Z (valid for Type 2 and 3, the only types X/Z is used for);
    /// - X/Z/U* keeps the sequence with every UID inside remapped, so references still resolve;
    /// - other combinations on a sequence: X when it has items (those sequences are Type 3 in image
    ///   IODs, and a present Type 3 sequence needs items, which would still identify: an
    ///   institution's code, a procedure step), Z when it arrived empty and Z is allowed.
    /// dciodvfy checks the outcome in the tests.
    public func resolved(elementIsEmpty: Bool, isSequence: Bool = false) -> ProfileAction {
        if isSequence, self != .removeEmptyOrRemapUIDs, rawValue.contains("/") {
            return elementIsEmpty && rawValue.contains("Z") ? .empty : .remove
        }
        switch self {
        case .dummy, .empty, .remove, .keep, .clean, .uid: return self
        case .removeOrEmpty: return .empty
        case .removeOrDummy: return elementIsEmpty ? .remove : .dummy
        case .emptyOrDummy, .removeEmptyOrDummy: return elementIsEmpty ? .empty : .dummy
        case .removeEmptyOrRemapUIDs: return .uid
        }
    }
}
