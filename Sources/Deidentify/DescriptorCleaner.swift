import DICOM

/// Clean Descriptors (PS3.15 §E.3.5): free text such as Study Description keeps its clinical
/// words and loses what identifies.
///
/// Removed from the text: every word that also occurs in the file's own identifying values
/// (names of the patient and staff, IDs, accession number, institution, station, address and
/// telephone; collected by `PHIVocabulary`), and date-, time- and ID-like patterns: numbers of
/// four or more digits, digit groups joined by "/", ":" or "-" ("11/06/2024", "09:30",
/// "2024-06-11"), and words mixing letters with five or more digits ("MRN123456"). Words are
/// compared case-insensitively. Everything else (CT, HEAD, "1.5", MM, WITHOUT CONTRAST) stays.
struct DescriptorCleaner: Sendable {
    /// Upper-cased words of the file's identifying values.
    let vocabulary: Set<String>

    func clean(_ text: String) -> String {
        let tokens = Self.tokenize(text)
        var keep = [Bool](repeating: true, count: tokens.count)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            guard token.isWord else { i += 1; continue }
            if vocabulary.contains(token.text.uppercased()) || Self.looksLikeIdentifier(token.text) {
                keep[i] = false
            }
            // Digit groups joined by date/time separators: remove the whole run.
            if token.isNumber {
                var j = i
                var separators: [Character] = []
                while j + 2 < tokens.count, !tokens[j + 1].isWord, tokens[j + 1].text.count == 1,
                      let separator = tokens[j + 1].text.first, "/:-.".contains(separator), tokens[j + 2].isNumber {
                    separators.append(separator)
                    j += 2
                }
                let isDecimal = separators == ["."]
                if j > i, !isDecimal, separators.contains(where: { "/:-".contains($0) }) || separators.count >= 2 {
                    for k in i...j { keep[k] = false }
                }
                i = max(j, i) + 1
                continue
            }
            i += 1
        }
        var out = ""
        for (token, kept) in zip(tokens, keep) where kept { out += token.text }
        return Self.tidy(out)
    }

    /// Words with four or more digits and nothing else, or with letters and five or more digits.
    static func looksLikeIdentifier(_ word: String) -> Bool {
        let digits = word.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        if digits == word.unicodeScalars.count { return digits >= 4 }
        return digits >= 5
    }

    struct Token {
        let text: String
        let isWord: Bool
        var isNumber: Bool { isWord && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
    }

    /// Runs of letters and digits (words) and runs of anything else (separators).
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var currentIsWord = false
        for character in text {
            let isWord = character.isLetter || character.isNumber
            // A separator run holds one repeated character: ", " is two tokens, "  " one.
            if !current.isEmpty, isWord != currentIsWord || (!isWord && current.last != character) {
                tokens.append(Token(text: current, isWord: currentIsWord))
                current = ""
            }
            current.append(character)
            currentIsWord = isWord
        }
        if !current.isEmpty { tokens.append(Token(text: current, isWord: currentIsWord)) }
        return tokens
    }

    /// Collapses the spaces and stray punctuation that removed words leave behind.
    static func tidy(_ text: String) -> String {
        var words: [Substring] = text.split(separator: " ", omittingEmptySubsequences: true)
        words = words.filter { $0.contains(where: { $0.isLetter || $0.isNumber }) || !$0.allSatisfy({ "-/:,.^;".contains($0) }) }
        var result = words.joined(separator: " ")
        while let first = result.first, ",;:-/.^ ".contains(first) { result.removeFirst() }
        while let last = result.last, ",;:-/^ ".contains(last) { result.removeLast() }
        return result
    }
}

/// The identifying words of one file, for `DescriptorCleaner`.
enum PHIVocabulary {
    /// Upper-cased words (two or more characters; numbers only with four or more digits) of the
    /// file's person names (every PN value), IDs, accession, institution, station, address,
    /// telephone values, and dates (every DA value, as written).
    static func words(of dataSet: DataSet) -> Set<String> {
        var words = Set<String>()
        let characterSet = dataSet.characterSet()
        func add(_ text: String) {
            for token in DescriptorCleaner.tokenize(text) where token.isWord {
                let word = token.text.uppercased()
                if token.isNumber ? word.count >= 4 : word.count >= 2 { words.insert(word) }
            }
        }
        for element in dataSet.elements {
            let identifying = element.vr == .PN || element.vr == .DA || identifyingTags.contains(element.tag.rawValue)
            if identifying, let values = element.strings(characterSet: characterSet) {
                for value in values { add(value.replacingOccurrences(of: "^", with: " ")) }
            }
            if let items = element.items, element.tag == Tag(0x0010, 0x1002) {  // Other Patient IDs Sequence
                for item in items { words.formUnion(Self.words(of: item)) }
            }
        }
        return words.subtracting(clinicalWords)
    }

    /// Identifying non-PN, non-DA attributes: IDs, accession, institution, station, address, telephone.
    static let identifyingTags: Set<UInt32> = [
        0x0010_0020, 0x0010_0021, 0x0010_1000, 0x0010_1001, 0x0008_0050, 0x0020_0010, 0x0008_0080, 0x0008_0081,
        0x0008_1010, 0x0018_1000, 0x0010_1040, 0x0010_2154, 0x0038_0010, 0x0040_1001, 0x0032_1033, 0x0008_1040,
    ]

    /// Words that can occur in names of places and people but are needed to read a descriptor
    /// (an institution "Head and Neck Clinic" must not delete HEAD from "CT HEAD").
    static let clinicalWords: Set<String> = [
        "CT", "MR", "MRI", "PET", "HEAD", "BRAIN", "NECK", "SKULL", "FACE", "CHEST", "SPINE", "ABDOMEN", "PELVIS",
        "WITH", "WITHOUT", "CONTRAST", "AXIAL", "SAGITTAL", "CORONAL", "ANGIO", "CTA", "PERFUSION", "STROKE",
        "NEURO", "RADIOLOGY", "IMAGING", "SCAN", "AND", "OF", "THE",
    ]
}
