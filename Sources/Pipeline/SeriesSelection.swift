import DICOM
import Foundation

/// The header attributes a series is selected by, read from its first image.
public struct SeriesAttributes: Sendable, Equatable {
    public var modality = ""
    /// Image Type values, upper-cased (ORIGINAL, PRIMARY, AXIAL, …).
    public var imageType: [String] = []
    public var sopClassUID = ""
    public var studyDescription = ""
    public var seriesDescription = ""
    public var bodyPartExamined = ""
    public var protocolName = ""
    public var seriesNumber: Int?
    /// Burned In Annotation (0028,0301): YES, NO, or empty when absent.
    public var burnedInAnnotation = ""
    public var samplesPerPixel = 1

    public init() {}

    /// The attributes of `dataSet`.
    public init(_ dataSet: DataSet) {
        modality = dataSet.string(.modality)?.uppercased() ?? ""
        imageType = (dataSet.strings(.imageType) ?? []).map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        sopClassUID = dataSet.string(.sopClassUID) ?? ""
        studyDescription = dataSet.string(.studyDescription) ?? ""
        seriesDescription = dataSet.string(.seriesDescription) ?? ""
        bodyPartExamined = dataSet.string(.bodyPartExamined) ?? ""
        protocolName = dataSet.string(.protocolName) ?? ""
        seriesNumber = dataSet.int(.seriesNumber)
        burnedInAnnotation = dataSet.string(.burnedInAnnotation)?.uppercased() ?? ""
        samplesPerPixel = dataSet.int(.samplesPerPixel) ?? 1
    }

    /// The value a selection rule's keyword names (Image Type's values joined by backslashes).
    func value(of keyword: SelectionRule.Keyword) -> String {
        switch keyword {
        case .modality: modality
        case .imageType: imageType.joined(separator: "\\")
        case .sopClassUID: sopClassUID
        case .studyDescription: studyDescription
        case .seriesDescription: seriesDescription
        case .bodyPartExamined: bodyPartExamined
        case .protocolName: protocolName
        case .seriesNumber: seriesNumber.map(String.init) ?? ""
        }
    }

    var isSecondaryCapture: Bool { sopClassUID.hasPrefix("1.2.840.10008.5.1.4.1.1.7") }
}

/// `KEYWORD=PATTERN`: an attribute and a case-insensitive pattern in which `*` stands for any
/// text (`SeriesDescription=*CTA*`, `ImageType=*LOCALIZER*`, `Modality=MR`).
public struct SelectionRule: Sendable, Equatable, CustomStringConvertible {
    /// The attributes rules may name.
    public enum Keyword: String, Sendable, CaseIterable {
        case modality = "Modality", imageType = "ImageType", sopClassUID = "SOPClassUID"
        case studyDescription = "StudyDescription", seriesDescription = "SeriesDescription"
        case bodyPartExamined = "BodyPartExamined", protocolName = "ProtocolName", seriesNumber = "SeriesNumber"
    }

    public let keyword: Keyword
    public let pattern: String

    /// Parses `KEYWORD=PATTERN`; the keyword is matched without regard to case.
    public init(parsing text: String) throws(PipelineError) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw .badRun("a selection rule is KEYWORD=PATTERN (e.g. SeriesDescription=*CTA*), not \"\(text)\"")
        }
        let name = text[..<equals].trimmingCharacters(in: .whitespaces)
        guard let keyword = Keyword.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else {
            throw .badRun("\(name) cannot be selected on; use one of \(Keyword.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.keyword = keyword
        pattern = String(text[text.index(after: equals)...])
    }

    public func matches(_ attributes: SeriesAttributes) -> Bool {
        Self.glob(pattern.uppercased(), matches: attributes.value(of: keyword).uppercased())
    }

    public var description: String { "\(keyword.rawValue)=\(pattern)" }

    /// `*` matches any run of characters; everything else matches itself.
    static func glob(_ pattern: String, matches text: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return pattern == text }
        guard text.hasPrefix(parts[0]) else { return false }
        var rest = text.dropFirst(parts[0].count)
        for part in parts.dropFirst().dropLast() where !part.isEmpty {
            guard let found = rest.range(of: part) else { return false }
            rest = rest[found.upperBound...]
        }
        return rest.hasSuffix(parts.last!)
    }
}

/// Which series `faceless deid` processes (design.md §2.2): by default original primary axial
/// CT of the head, without angiography, perfusion, localizers or screen captures; `include`
/// rules add series, `exclude` rules remove them, and every series left out gets its reason.
public struct SeriesSelection: Sendable {
    public var include: [SelectionRule]
    public var exclude: [SelectionRule]

    /// Words that make a study or series a head: matched in the descriptions, body part and protocol.
    static let headWords = ["HEAD", "BRAIN", "SKULL", "CRANI", "NEURO"]
    /// Words that mark angiography and perfusion, which the default leaves out.
    static let angiographyWords = ["CTA", "ANGIO", "PERFUSION", "PERF", "CTP"]

    public init(include: [SelectionRule] = [], exclude: [SelectionRule] = []) {
        self.include = include
        self.exclude = exclude
    }

    /// nil when the series is processed, else why not. Reasons name only the attribute values
    /// that decided (never a whole description, which may hold a name).
    public func exclusion(_ attributes: SeriesAttributes) -> String? {
        if let rule = exclude.first(where: { $0.matches(attributes) }) { return "excluded by --exclude \(rule)" }
        if include.contains(where: { $0.matches(attributes) }) { return nil }
        return Self.defaultExclusion(attributes).map { $0 + " (--include KEYWORD=PATTERN selects it)" }
    }

    /// The default rule's reason for leaving a series out, or nil.
    static func defaultExclusion(_ a: SeriesAttributes) -> String? {
        if a.modality != "CT" { return "modality \(a.modality.isEmpty ? "missing" : a.modality), not CT" }
        if a.isSecondaryCapture { return "a secondary capture (screen capture or report)" }
        if a.imageType.contains("LOCALIZER") { return "a localizer" }
        let required = ["ORIGINAL", "PRIMARY", "AXIAL"]
        if !required.allSatisfy(a.imageType.contains) {
            return "Image Type \(a.imageType.joined(separator: "\\")) is not ORIGINAL\\PRIMARY\\AXIAL"
        }
        let texts = [a.studyDescription, a.seriesDescription, a.bodyPartExamined, a.protocolName].map { $0.uppercased() }
        if let word = angiographyWords.first(where: { word in texts.contains { Self.containsWord(word, in: $0) } }) {
            return "angiography or perfusion (\(word) in a description)"
        }
        if !headWords.contains(where: { word in texts.contains { $0.contains(word) } }) {
            return "no HEAD, BRAIN, SKULL, CRANI… or NEURO… in the study or series description, body part or protocol"
        }
        return nil
    }

    /// `word` standing alone (not inside another word: "PERF" but not "PERFORMED").
    static func containsWord(_ word: String, in text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0 == word }
            || (word.count > 5 && text.contains(word))
    }
}
