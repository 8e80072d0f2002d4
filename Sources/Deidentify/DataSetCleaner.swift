import DICOM
import Foundation

/// Applies the action plan to one file's data set, at every sequence depth.
struct DataSetCleaner {
    let plan: ActionPlan
    let options: Set<ProfileOption>
    let key: PseudonymKey
    let identity: PatientIdentity
    let newIDIsPatientName: Bool
    /// Built on first use: only Clean Descriptors needs it.
    let vocabularySource: DataSet
    private var descriptorCleaner: DescriptorCleaner?
    private(set) var tally = ActionTally()

    init(plan: ActionPlan, options: Set<ProfileOption>, key: PseudonymKey, identity: PatientIdentity,
         newIDIsPatientName: Bool, topLevel: DataSet) {
        self.plan = plan
        self.options = options
        self.key = key
        self.identity = identity
        self.newIDIsPatientName = newIDIsPatientName
        vocabularySource = topLevel
    }

    // MARK: Data sets and items

    /// The cleaned data set (an item or the top level).
    mutating func clean(_ dataSet: DataSet, inherited: SpecificCharacterSet = .default) -> DataSet {
        let characterSet = dataSet.characterSet(inheriting: inherited)
        // Clean Structured Content: a listed content item's value gets the row's action.
        var contentValueAction: ProfileAction?
        if options.contains(.cleanStructuredContent), dataSet.contains(Tag(0x0040, 0xA040)),
           let rule = StructuredContentRules.rule(forItem: dataSet) {
            contentValueAction = rule.action(with: options)
        }
        let creators = Self.privateCreators(in: dataSet)
        var keptBlocks = Set<UInt32>()
        var out: [DataElement] = []
        out.reserveCapacity(dataSet.count)
        for element in dataSet.elements {
            let tag = element.tag
            if tag.isGroupLength || tag.group == 0x0002 {
                tally.count(tag, .removed)
                continue
            }
            if tag.isPrivate {
                if tag.isPrivateCreator { continue }  // added back below for the blocks that stay
                if let kept = cleanPrivate(element, creators: creators, characterSet: characterSet) {
                    if let creator = tag.privateCreatorTag { keptBlocks.insert(creator.rawValue) }
                    out.append(kept)
                }
                continue
            }
            var action = plan.action(for: tag)
            if let override = contentValueAction, StructuredContentRules.valueTags.contains(tag.rawValue), plan.recipeAction(for: tag) == nil {
                action = override
            }
            if let cleaned = cleanStandard(element, action: action, characterSet: characterSet) { out.append(cleaned) }
        }
        for raw in keptBlocks {
            if let creator = dataSet[Tag(rawValue: raw)] { out.append(creator) }
        }
        return DataSet(elements: out, byteOrder: dataSet.byteOrder, hasUndefinedLength: dataSet.hasUndefinedLength)
    }

    /// Items cleaned one by one; with Clean Structured Content, items whose concept's action is X go.
    private mutating func cleanItems(_ items: [DataSet], characterSet: SpecificCharacterSet) -> [DataSet] {
        var out: [DataSet] = []
        out.reserveCapacity(items.count)
        for item in items {
            if options.contains(.cleanStructuredContent), item.contains(Tag(0x0040, 0xA040)),
               let rule = StructuredContentRules.rule(forItem: item), rule.action(with: options).resolved(elementIsEmpty: false) == .remove {
                tally.count(Tag(0x0040, 0xA043), .removed)
                continue
            }
            out.append(clean(item, inherited: characterSet))
        }
        return out
    }

    // MARK: Standard elements

    private mutating func cleanStandard(_ element: DataElement, action tableAction: ProfileAction?,
                                        characterSet: SpecificCharacterSet) -> DataElement? {
        let tag = element.tag
        let recipeNamesTag = plan.recipeAction(for: tag) != nil
        // Overlays and curves without Clean Graphics: the whole group goes, not just its data
        // (an Overlay Plane without Overlay Data would break the IOD).
        if Self.isGraphicsGroup(tag.group), !options.contains(.cleanGraphics), !recipeNamesTag {
            tally.count(tag, .removed)
            return nil
        }
        if !recipeNamesTag, let replaced = replaceIdentity(element, characterSet: characterSet) { return replaced }

        var action = tableAction
        if action == nil {
            if tag == StructuredContentRules.textValue {
                action = options.contains(.cleanStructuredContent) ? .clean : .dummy
            } else if Self.isGraphicsGroup(tag.group), element.vr.isString {
                action = .clean  // overlay/curve descriptions under Clean Graphics
            }
        }
        guard let action else { return keepUnlisted(element, characterSet: characterSet) }
        switch action.resolved(elementIsEmpty: element.isEmpty, isSequence: element.items != nil) {
        case .remove:
            tally.count(tag, .removed)
            return nil
        case .empty:
            tally.count(tag, .emptied)
            return ValueCoding.emptied(element)
        case .dummy:
            tally.count(tag, .dummy)
            if let items = element.items { return withItems(element, cleanItems(items, characterSet: characterSet)) }
            if element.vr == .UI { return remapUIDs(element, force: true) }
            return ValueCoding.dummy(element)
        case .keep:
            tally.count(tag, .kept)
            if let items = element.items { return withItems(element, cleanItems(items, characterSet: characterSet)) }
            return element
        case .clean:
            return cleanValue(element, characterSet: characterSet)
        case .uid:
            tally.count(tag, .remapped)
            if let items = element.items { return withItems(element, cleanItems(items, characterSet: characterSet)) }
            return element.vr == .UI ? remapUIDs(element, force: true) : element
        case .removeOrEmpty, .removeOrDummy, .emptyOrDummy, .removeEmptyOrDummy, .removeEmptyOrRemapUIDs:
            preconditionFailure("combinations are resolved before this switch")
        }
    }

    /// Elements the table does not list: kept, but sequences are cleaned item by item and every
    /// UID is remapped (references must follow the instances they point to).
    private mutating func keepUnlisted(_ element: DataElement, characterSet: SpecificCharacterSet) -> DataElement {
        if let items = element.items { return withItems(element, cleanItems(items, characterSet: characterSet)) }
        if element.vr == .UI, !options.contains(.retainUIDs) {
            let remapped = remapUIDs(element, force: false)
            if remapped.bytes != element.bytes { tally.count(element.tag, .remapped) }
            return remapped
        }
        return element
    }

    /// Action C: dates shifted, AE titles replaced by keyed pseudonyms, text cleaned as
    /// descriptors, sequences cleaned item by item; other values kept.
    private mutating func cleanValue(_ element: DataElement, characterSet: SpecificCharacterSet) -> DataElement? {
        let tag = element.tag
        if let items = element.items {
            tally.count(tag, .cleaned)
            return withItems(element, cleanItems(items, characterSet: characterSet))
        }
        guard let values = element.strings(characterSet: characterSet) else {
            tally.count(tag, .kept)
            return element
        }
        var cleaned: [String]
        switch element.vr {
        case .DA:
            tally.count(tag, .shifted)
            cleaned = values.map { identity.dateShift.shiftDate($0) ?? "" }
        case .DT:
            tally.count(tag, .shifted)
            cleaned = values.map { identity.dateShift.shiftDateTime($0) ?? "" }
        case .TM:
            tally.count(tag, .shifted)  // whole-day shifts leave times of day as they were
            return element
        case .UI:
            tally.count(tag, .remapped)
            return remapUIDs(element, force: true)
        case .AE:
            tally.count(tag, .cleaned)
            cleaned = values.map { $0.isEmpty ? "" : "AE" + PseudonymKey.hex(key.mac("ae", $0).prefix(7)) }
        default:
            tally.count(tag, .cleaned)
            if descriptorCleaner == nil { descriptorCleaner = DescriptorCleaner(vocabulary: PHIVocabulary.words(of: vocabularySource)) }
            cleaned = values.map { descriptorCleaner!.clean($0) }
        }
        return ValueCoding.element(element, values: cleaned, characterSet)
    }

    /// Patient ID, Patient's Name and Accession Number take the new ID (sheet or pseudonym).
    private mutating func replaceIdentity(_ element: DataElement, characterSet: SpecificCharacterSet) -> DataElement? {
        switch element.tag.rawValue {
        case 0x0010_0020:
            let value = element.strings(characterSet: characterSet)?.first ?? ""
            let newID = value == identity.originalPatientID ? identity.newPatientID
                : value.isEmpty ? "" : key.pseudonymPatientID(for: value)
            tally.count(element.tag, .replaced)
            return ValueCoding.element(element, values: [newID], characterSet)
        case 0x0010_0010 where newIDIsPatientName:
            tally.count(element.tag, .replaced)
            return ValueCoding.element(element, values: [identity.newPatientID], characterSet)
        case 0x0008_0050:
            guard let newAccession = identity.newAccessionNumber else { return nil }
            tally.count(element.tag, .replaced)
            return ValueCoding.element(element, values: [newAccession], characterSet)
        default:
            return nil
        }
    }

    // MARK: Private elements

    /// Private data elements: removed (X), unless Retain Safe Private keeps a listed one or the
    /// recipe names the tag.
    private mutating func cleanPrivate(_ element: DataElement, creators: [UInt32: String],
                                       characterSet: SpecificCharacterSet) -> DataElement? {
        let groupTag = Tag(element.tag.group, 0)
        if let action = plan.recipeAction(for: element.tag) {
            tally.count(groupTag, .privateKept)
            return cleanStandard(element, action: action, characterSet: characterSet)
        }
        if plan.privateAction == .clean, let creatorTag = element.tag.privateCreatorTag,
           let creator = creators[creatorTag.rawValue], SafePrivateAttributes.isSafe(element.tag, creator: creator) {
            tally.count(groupTag, .privateKept)
            return element
        }
        tally.count(groupTag, .privateRemoved)
        return nil
    }

    static func privateCreators(in dataSet: DataSet) -> [UInt32: String] {
        var creators: [UInt32: String] = [:]
        for element in dataSet.elements where element.tag.isPrivateCreator {
            creators[element.tag.rawValue] = element.strings()?.first ?? ""
        }
        return creators
    }

    // MARK: Helpers

    /// Repeating groups 5000–501E (curves) and 6000–601E (overlays).
    static func isGraphicsGroup(_ group: UInt16) -> Bool {
        group & 1 == 0 && ((0x5000...0x501E).contains(group) || (0x6000...0x601E).contains(group))
    }

    private func withItems(_ element: DataElement, _ items: [DataSet]) -> DataElement {
        var copy = element
        copy.value = .sequence(items)
        return copy
    }

    /// Every value of a UI element through the keyed map. Unless `force`, values and attributes
    /// that name standard things (SOP classes, transfer syntaxes, coding schemes, well-known
    /// frames) stay; with `force` (the table says U or D), standard values still stay.
    private func remapUIDs(_ element: DataElement, force: Bool) -> DataElement {
        guard force || !UIDPolicy.namesStandardThing(element.tag) else { return element }
        guard let values = element.strings() else { return element }
        let mapped = values.map { UIDPolicy.isStandard($0) || $0.isEmpty ? $0 : key.pseudonymUID(for: $0) }
        if mapped.isEmpty && force { return ValueCoding.element(element, values: [key.pseudonymUID(for: "empty:\(element.tag)")], .default) }
        return mapped == values ? element : ValueCoding.element(element, values: mapped, .default)
    }
}

/// Which UIDs are never remapped.
enum UIDPolicy {
    /// A UID the standard defines (the registry's SOP classes, transfer syntaxes, well-known frames
    /// of reference, coding schemes, …); everything under 1.2.840.10008 is the standard's.
    static func isStandard(_ uid: String) -> Bool {
        uid.hasPrefix("1.2.840.10008.") || UIDRegistry.entry(for: uid) != nil
    }

    /// Attributes whose UIDs name a class, a syntax or a coding resource rather than an instance
    /// (SOP Class UID, Referenced SOP Class UID, Transfer Syntax UID, Coding Scheme UID, …): their
    /// values may be private class UIDs, which must not change either.
    static func namesStandardThing(_ tag: Tag) -> Bool {
        guard let keyword = DataDictionary.entry(for: tag)?.keyword else { return false }
        return keyword.hasSuffix("ClassUID") || keyword.hasSuffix("ClassUIDInFile") || keyword.hasSuffix("SyntaxUID")
            || keyword.hasSuffix("SyntaxUIDInFile") || keyword.hasSuffix("ClassUIDs")
            || ["CodingSchemeUID", "ContextUID", "MappingResourceUID", "ImplementationClassUID"].contains(keyword)
    }
}
