import Foundation

/// The data manager's table of new IDs: an .xlsx workbook (first sheet) or a .csv file whose
/// header row names the columns, matched case-insensitively and ignoring "_" and spaces:
/// `Accession_number` or `AccessionNumber`, `PatientID`, and `New_ID` (SlicerDeid's sheet works
/// unchanged). A study is found by its accession number first, then by its patient ID.
public struct MappingSheet: Sendable {
    private var byAccession: [String: String] = [:]
    private var byPatientID: [String: String] = [:]
    /// The number of data rows with a new ID.
    public private(set) var rowCount = 0

    /// Reads `url`: .xlsx through `XLSXReader`, anything else as CSV.
    public init(contentsOf url: URL) throws(DeidentificationError) {
        if url.pathExtension.lowercased() == "xlsx" {
            try self.init(rows: XLSXReader.rows(of: url), name: url.lastPathComponent)
        } else {
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw .badMappingSheet("cannot read \(url.path): \(error.localizedDescription)")
            }
            try self.init(rows: CSVTable.rows(String(decoding: data, as: UTF8.self)), name: url.lastPathComponent)
        }
    }

    /// A sheet from rows of text, the first being the header.
    public init(rows: [[String]], name: String = "the sheet") throws(DeidentificationError) {
        let rows = rows.filter { $0.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard let header = rows.first else { throw .badMappingSheet("\(name) is empty") }
        let names = header.map { $0.lowercased().filter { $0 != "_" && $0 != " " && $0 != "-" }.trimmingCharacters(in: .whitespaces) }
        let accessionColumn = names.firstIndex(of: "accessionnumber")
        let patientColumn = names.firstIndex(of: "patientid")
        guard let newColumn = names.firstIndex(of: "newid") else {
            throw .badMappingSheet("\(name) has no New_ID column (its header is \(header.joined(separator: ", ")))")
        }
        guard accessionColumn != nil || patientColumn != nil else {
            throw .badMappingSheet("\(name) needs an Accession_number (or AccessionNumber) or a PatientID column beside New_ID")
        }
        for (number, row) in rows.dropFirst().enumerated() {
            func cell(_ column: Int?) -> String {
                guard let column, column < row.count else { return "" }
                return row[column].trimmingCharacters(in: .whitespaces)
            }
            let newID = cell(newColumn)
            guard !newID.isEmpty else { continue }
            guard newID.utf8.count <= 16, newID.unicodeScalars.allSatisfy({ $0.isASCII && $0 != "\\" }) else {
                throw .badMappingSheet("\(name) row \(number + 2): New_ID \"\(newID)\" must be at most 16 ASCII characters without a backslash (it becomes the Accession Number, an SH)")
            }
            let accession = cell(accessionColumn), patientID = cell(patientColumn)
            if !accession.isEmpty {
                if let other = byAccession[accession], other != newID {
                    throw .badMappingSheet("\(name) row \(number + 2): accession number \(accession) is mapped to both \(other) and \(newID)")
                }
                byAccession[accession] = newID
            }
            if !patientID.isEmpty {
                if let other = byPatientID[patientID], other != newID {
                    throw .badMappingSheet("\(name) row \(number + 2): patient ID \(patientID) is mapped to both \(other) and \(newID)")
                }
                byPatientID[patientID] = newID
            }
            rowCount += 1
        }
    }

    /// The new ID for a study, by accession number, else by patient ID; nil when neither is listed.
    public func newID(accessionNumber: String, patientID: String) -> String? {
        if !accessionNumber.isEmpty, let id = byAccession[accessionNumber] { return id }
        if !patientID.isEmpty, let id = byPatientID[patientID] { return id }
        return nil
    }
}

/// RFC 4180 CSV: quoted fields with doubled quotes and line breaks inside; the separator is a
/// comma, or a semicolon or tab when the header has one and no comma (Excel in many locales).
enum CSVTable {
    static func rows(_ text: String) -> [[String]] {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        let headerLine = text.prefix { $0 != "\n" && $0 != "\r" }
        let separator: Character = headerLine.contains(",") ? "," : headerLine.contains(";") ? ";" : headerLine.contains("\t") ? "\t" : ","
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if quoted {
                if character == "\"" {
                    if index < text.endIndex, text[index] == "\"" {
                        field.append("\"")
                        index = text.index(after: index)
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" && field.isEmpty {
                quoted = true
            } else if character == separator {
                row.append(field)
                field = ""
            } else if character == "\n" || character == "\r" || character == "\r\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
                if character == "\r", index < text.endIndex, text[index] == "\n" { index = text.index(after: index) }
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
