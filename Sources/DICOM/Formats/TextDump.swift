import Foundation

/// A dcmdump-like listing: one line per element, sequences and items indented.
extension DICOMFile {
    /// The listing of the file meta group and the data set.
    public func textDump(maximumValueWidth: Int = 64) -> String {
        var lines = ["# File meta information (\(transferSyntax))"]
        meta.appendDump(to: &lines, depth: 0, inherited: .default, width: maximumValueWidth)
        lines.append("# Data set")
        dataSet.appendDump(to: &lines, depth: 0, inherited: .default, width: maximumValueWidth)
        return lines.joined(separator: "\n") + "\n"
    }
}

extension DataSet {
    func appendDump(to lines: inout [String], depth: Int, inherited: SpecificCharacterSet, width: Int) {
        let characterSet = self.characterSet(inheriting: inherited)
        let indent = String(repeating: "  ", count: depth)
        for element in elements {
            let name = DataDictionary.entry(for: element.tag)?.keyword ?? (element.tag.isPrivate ? "Private" : "Unknown")
            switch element.value {
            case .sequence(let items):
                let form = element.hasUndefinedLength ? "undefined length" : "defined length"
                lines.append("\(indent)\(element.tag) SQ (Sequence, \(form), \(items.count) item\(items.count == 1 ? "" : "s"))  # \(name)")
                for (number, item) in items.enumerated() {
                    lines.append("\(indent)  \(Tag.item) na (Item \(number + 1), \(item.count) element\(item.count == 1 ? "" : "s"))")
                    item.appendDump(to: &lines, depth: depth + 2, inherited: characterSet, width: width)
                }
            case .encapsulated(let data):
                let fragments = EncapsulatedFrames.itemCount(in: data)
                lines.append("\(indent)\(element.tag) \(element.vr.rawValue) (encapsulated, \(fragments) items incl. offset table)  # \(data.count), \(name)")
            case .bytes(let data):
                let (shown, multiplicity) = element.displayValue(characterSet: characterSet, order: byteOrder, width: width)
                lines.append("\(indent)\(element.tag) \(element.vr.rawValue) \(shown)  # \(data.count), \(multiplicity) \(name)")
            }
        }
    }
}

extension DataElement {
    /// A short printable form of the value and its value multiplicity.
    func displayValue(characterSet: SpecificCharacterSet, order: ByteOrder, width: Int) -> (String, Int) {
        guard let data = bytes else { return ("", 0) }
        if data.isEmpty { return ("(no value)", 0) }
        var text: String
        var multiplicity: Int
        if vr.isString, let values = strings(characterSet: characterSet) {
            text = "[" + values.joined(separator: "\\") + "]"
            multiplicity = values.count
        } else if vr == .AT, data.count % 4 == 0 {
            let words = data.numbers(UInt16.self, order: order)
            let tags = stride(from: 0, to: words.count, by: 2).map { Tag(words[$0], words[$0 + 1]).description }
            text = tags.joined(separator: "\\")
            multiplicity = tags.count
        } else if [.OB, .OW, .OD, .OF, .OL, .OV, .UN].contains(vr) {
            let preview = data.prefix(8).map { String(format: "%02x", $0) }.joined(separator: "\\")
            text = data.count > 8 ? preview + "\\..." : preview
            multiplicity = 1
        } else if let numbers: [String] = integerValues(order: order).map({ $0.map(String.init) })
                    ?? numericValues(order: order).map({ $0.map { "\($0)" } }) {
            text = numbers.prefix(16).joined(separator: "\\")
            if numbers.count > 16 { text += "\\..." }
            multiplicity = numbers.count
        } else {
            text = "(\(data.count) bytes)"
            multiplicity = 1
        }
        if text.count > width { text = String(text.prefix(width - 3)) + "..." }
        return (text, multiplicity)
    }
}
