import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the first worksheet of an .xlsx workbook as rows of text, with no spreadsheet program:
/// the workbook is a zip (ZIPFoundation) of XML parts (XMLParser). Handles shared strings
/// (plain and rich-text runs), inline strings, formula strings, booleans and numbers; integral
/// numbers come back without a fraction ("12345", not "12345.0"), which is how IDs are meant.
enum XLSXReader {
    static func rows(of url: URL) throws(DeidentificationError) -> [[String]] {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .badMappingSheet("\(url.lastPathComponent) is not an .xlsx workbook (not a zip archive): \(error)")
        }
        let sharedStrings = try part("xl/sharedStrings.xml", in: archive).map(SharedStringsParser.strings) ?? []
        let sheetPath = try firstSheetPath(in: archive)
        guard let sheet = try part(sheetPath, in: archive) else {
            throw .badMappingSheet("\(url.lastPathComponent) has no worksheet \(sheetPath)")
        }
        return try WorksheetParser.rows(sheet, sharedStrings: sharedStrings)
    }

    private static func part(_ path: String, in archive: Archive) throws(DeidentificationError) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            throw .badMappingSheet("cannot unpack \(path): \(error)")
        }
        return data
    }

    /// The first sheet of xl/workbook.xml, through xl/_rels/workbook.xml.rels; sheet1.xml if those are missing.
    private static func firstSheetPath(in archive: Archive) throws(DeidentificationError) -> String {
        guard let workbook = try part("xl/workbook.xml", in: archive),
              let relations = try part("xl/_rels/workbook.xml.rels", in: archive) else { return "xl/worksheets/sheet1.xml" }
        let sheets = AttributeCollector.collect(workbook, element: "sheet")
        let rels = AttributeCollector.collect(relations, element: "Relationship")
        guard let first = sheets.first, let id = first["r:id"] ?? first.first(where: { $0.key.hasSuffix(":id") })?.value,
              let target = rels.first(where: { $0["Id"] == id })?["Target"] else { return "xl/worksheets/sheet1.xml" }
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        return "xl/" + target
    }
}

/// The attributes of every element with a given name.
private final class AttributeCollector: NSObject, XMLParserDelegate {
    let name: String
    var found: [[String: String]] = []
    init(name: String) { self.name = name }

    static func collect(_ data: Data, element: String) -> [[String: String]] {
        let collector = AttributeCollector(name: element)
        let parser = XMLParser(data: data)
        parser.delegate = collector
        _ = parser.parse()
        return collector.found
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if elementName == name || elementName.hasSuffix(":" + name) { found.append(attributes) }
    }
}

/// xl/sharedStrings.xml: one string per <si>, the text of its <t> elements joined (rich-text
/// runs), phonetic runs (<rPh>) left out.
private final class SharedStringsParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    var current = ""
    var inText = false
    var phoneticDepth = 0

    static func strings(_ data: Data) -> [String] {
        let parser = XMLParser(data: data)
        let delegate = SharedStringsParser()
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.strings
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch elementName {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "si": strings.append(current)
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }
}

/// A worksheet's cells as rows of text, placed by their references (A1, B7, AA3).
private final class WorksheetParser: NSObject, XMLParserDelegate {
    let sharedStrings: [String]
    var rows: [Int: [Int: String]] = [:]
    var rowIndex = 0
    var column = 0
    var cellType = ""
    var text = ""
    var collecting = false
    var failure: String?

    init(sharedStrings: [String]) { self.sharedStrings = sharedStrings }

    static func rows(_ data: Data, sharedStrings: [String]) throws(DeidentificationError) -> [[String]] {
        let delegate = WorksheetParser(sharedStrings: sharedStrings)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            throw .badMappingSheet("the worksheet XML is malformed: \(parser.parserError.map { "\($0)" } ?? "unknown error")")
        }
        if let failure = delegate.failure { throw .badMappingSheet(failure) }
        guard let last = delegate.rows.keys.max() else { return [] }
        return (0...last).map { index in
            let cells = delegate.rows[index] ?? [:]
            guard let width = cells.keys.max() else { return [] }
            return (0...width).map { cells[$0] ?? "" }
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch elementName {
        case "row":
            if let r = attributes["r"], let n = Int(r) { rowIndex = n - 1 } else { rowIndex = (rows.keys.max() ?? -1) + 1 }
        case "c":
            cellType = attributes["t"] ?? "n"
            column = attributes["r"].map(Self.columnIndex) ?? ((rows[rowIndex]?.keys.max() ?? -1) + 1)
            text = ""
        case "v", "t":
            collecting = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "v", "t":
            collecting = false
        case "c":
            let value: String
            switch cellType {
            case "s":
                guard let index = Int(text), sharedStrings.indices.contains(index) else {
                    failure = "a cell refers to shared string \(text), which the workbook does not have"
                    return
                }
                value = sharedStrings[index]
            case "b": value = text == "1" ? "TRUE" : "FALSE"
            case "n": value = Self.number(text)
            default: value = text  // inlineStr, str, e
            }
            if !value.isEmpty { rows[rowIndex, default: [:]][column] = value }
        default:
            break
        }
    }

    /// "AB12" → 27 (zero-based column).
    static func columnIndex(_ reference: String) -> Int {
        var index = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            index = index * 26 + Int(scalar.value - 64)
        }
        return index - 1
    }

    /// Integral numbers without the fraction or exponent Excel may store ("1.2345E+5" → "123450").
    static func number(_ text: String) -> String {
        guard let value = Double(text), value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return text }
        return String(Int64(value))
    }
}
