import DICOM
import Deidentify
import Foundation
import Testing
import TestSupport

/// Mapping sheets in SlicerDeid's column names, as .xlsx (written by openpyxl, an independent
/// writer) and .csv; New_ID goes to PatientID, PatientName and AccessionNumber.
@Suite("Mapping sheets")
struct MappingSheetTests {
    static func study(_ scratch: URL) throws -> URL {
        let input = scratch.appendingPathComponent("in")
        try SyntheticPHIStudy.write(to: input.appendingPathComponent("s1"), slices: 3, size: 16)
        return input
    }

    static func writeXLSX(_ rows: [[Any]], to url: URL) throws {
        _ = try Oracle.run("deid_oracle.py", "xlsx", manifest: ["path": url.path, "rows": rows])
    }

    static func checkMapped(_ output: URL, newID: String) throws {
        let read = try DeidTest.pydicomRead(OutputChecks.files(under: output))
        #expect(read.count == 3)
        for file in read {
            #expect(file["patient_id"] as? String == newID)
            #expect(file["patient_name"] as? String == newID)
            #expect(file["accession"] as? String == newID)
        }
    }

    @Test("xlsx with Accession_number,New_ID (SlicerDeid); the accession number stored as a number")
    func xlsxByAccession() throws {
        let scratch = try TestData.scratchFolder("faceless-deid-xlsx")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = try Self.study(scratch)
        let sheet = scratch.appendingPathComponent("map.xlsx")
        try Self.writeXLSX([["Accession_number", "New_ID"], ["ACC00000001", "OTHER-1"], ["ACC99887766", "STROKE-0042"]], to: sheet)
        let keyFile = try DeidTest.keyFile(in: scratch)
        let run = try DeidTest.faceless(["headers", input.path, scratch.appendingPathComponent("out").path, "--key-file", keyFile, "--map", sheet.path])
        #expect(run.status == 0, "\(run.stderr)")
        try Self.checkMapped(scratch.appendingPathComponent("out"), newID: "STROKE-0042")

        // Numbers: Excel stores 999887722 as a number; it must match the text "999887722".
        let numeric = scratch.appendingPathComponent("numeric.xlsx")
        try Self.writeXLSX([["AccessionNumber", "PatientID", "new_id"], [["number": 999887722], "", "CT-7"]], to: numeric)
        let parsed = try MappingSheet(contentsOf: numeric)
        #expect(parsed.newID(accessionNumber: "999887722", patientID: "") == "CT-7" && parsed.rowCount == 1)
    }

    @Test("csv with PatientID,New_ID, quoted fields and semicolons; unmapped studies fail or get a pseudonym")
    func csvByPatientID() throws {
        let scratch = try TestData.scratchFolder("faceless-deid-csv")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = try Self.study(scratch)
        let sheet = scratch.appendingPathComponent("map.csv")
        try Data("PatientID,New_ID\n\"MRN8837261\",\"P-001\"\nOTHER,\"P-002\"\n".utf8).write(to: sheet)
        let keyFile = try DeidTest.keyFile(in: scratch)
        let run = try DeidTest.faceless(["headers", input.path, scratch.appendingPathComponent("out").path, "--key-file", keyFile, "--map", sheet.path])
        #expect(run.status == 0, "\(run.stderr)")
        try Self.checkMapped(scratch.appendingPathComponent("out"), newID: "P-001")

        // Excel in many locales: a byte order mark, semicolons, CRLF, a separator inside quotes.
        let european = scratch.appendingPathComponent("european.csv")
        try Data("\u{FEFF}patient_id;NEW_ID\r\n\"A;1\";\"X\"\"Y\"\r\n2;Z\r\n".utf8).write(to: european)
        let semicolons = try MappingSheet(contentsOf: european)
        #expect(semicolons.newID(accessionNumber: "", patientID: "A;1") == "X\"Y")
        #expect(semicolons.newID(accessionNumber: "", patientID: "2") == "Z" && semicolons.rowCount == 2)

        let unmappedSheet = scratch.appendingPathComponent("none.csv")
        try Data("Accession_number,New_ID\nSOMETHINGELSE,N-1\n".utf8).write(to: unmappedSheet)
        let unmapped = try DeidTest.faceless(["headers", input.path, scratch.appendingPathComponent("out2").path, "--key-file", keyFile, "--map", unmappedSheet.path])
        #expect(unmapped.status == 1)
        #expect(unmapped.stdout.contains("studies without a row in the mapping sheet (1):"))
        #expect(unmapped.stdout.contains("AccessionNumber ACC99887766"))
        #expect(OutputChecks.files(under: scratch.appendingPathComponent("out2")).isEmpty)
        let allowed = try DeidTest.faceless(["headers", input.path, scratch.appendingPathComponent("out3").path, "--key-file", keyFile,
                                             "--map", unmappedSheet.path, "--allow-unmapped"])
        #expect(allowed.status == 0)
        let read = try DeidTest.pydicomRead(OutputChecks.files(under: scratch.appendingPathComponent("out3")))
        let ids = Set(read.compactMap { $0["patient_id"] as? String })
        #expect(ids.count == 1 && ids.first?.hasPrefix("FL") == true)
        #expect(read.allSatisfy { ($0["accession"] as? String ?? "").hasPrefix("A") && $0["accession"] as? String != "ACC99887766" })
    }

    @Test("a sheet without New_ID, or with conflicting rows, is refused with a clear error")
    func badSheets() throws {
        #expect(throws: DeidentificationError.badMappingSheet("test has no New_ID column (its header is PatientID, Name)")) {
            try MappingSheet(rows: [["PatientID", "Name"], ["1", "x"]], name: "test")
        }
        #expect(throws: DeidentificationError.self) {
            try MappingSheet(rows: [["PatientID", "New_ID"], ["1", "A"], ["1", "B"]])
        }
        #expect(throws: DeidentificationError.self) {
            try MappingSheet(rows: [["PatientID", "New_ID"], ["1", "THIS-ID-IS-FAR-TOO-LONG-FOR-SH"]])
        }
    }
}
