import DICOM

/// The action for every tag under one configuration: Table E.1-1 with the chosen options
/// resolved once, then the recipe's overrides on top.
struct ActionPlan: Sendable {
    private let table: [UInt32: ProfileAction]
    private let tableMasks: [(value: UInt32, mask: UInt32, action: ProfileAction)]
    private let recipeExact: [UInt32: ProfileAction]
    private let recipeMasks: [(selector: Recipe.Selector, action: ProfileAction)]
    /// The action for private attributes (X, or C with Retain Safe Private).
    let privateAction: ProfileAction

    init(options: Set<ProfileOption>, recipe: Recipe?) {
        var table: [UInt32: ProfileAction] = [:]
        for (raw, rule) in ConfidentialityProfile.exactRules { table[raw] = rule.action(with: options) }
        self.table = table
        tableMasks = ConfidentialityProfile.maskRules.map { ($0.value, $0.mask, $0.rule.action(with: options)) }
        privateAction = ConfidentialityProfile.privateRule.action(with: options)
        var exact: [UInt32: ProfileAction] = [:]
        var masks: [(Recipe.Selector, ProfileAction)] = []
        for (selector, action) in recipe?.actions ?? [] {
            if selector.isExact { exact[selector.value] = action } else { masks.append((selector, action)) }
        }
        recipeExact = exact
        recipeMasks = masks
    }

    /// The recipe's action for `tag`, if it names one.
    func recipeAction(for tag: Tag) -> ProfileAction? {
        if let action = recipeExact[tag.rawValue] { return action }
        for (selector, action) in recipeMasks where selector.matches(tag) { return action }
        return nil
    }

    /// The action for a standard (even-group) tag: the recipe's, else the table's; nil when
    /// neither lists the tag (the element is kept; its UIDs are still remapped).
    func action(for tag: Tag) -> ProfileAction? {
        if let action = recipeAction(for: tag) { return action }
        if let action = table[tag.rawValue] { return action }
        for entry in tableMasks where tag.rawValue & entry.mask == entry.value { return entry.action }
        return nil
    }

    /// True when the recipe gives any private tag an action (those are never removed wholesale).
    var recipeNamesPrivateTags: Bool {
        recipeExact.keys.contains { Tag(rawValue: $0).isPrivate } || recipeMasks.contains { $0.selector.value >> 16 & 1 == 1 }
    }
}
