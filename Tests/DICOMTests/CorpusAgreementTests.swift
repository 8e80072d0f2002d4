import DICOM
import Foundation
import Testing

/// Every file of the corpora, read by Faceless and by pydicom 3.0.2, must give the same
/// data set element by element (tag, VR, value, sequences recursively).
@Suite("Corpus agreement with pydicom")
struct CorpusAgreementTests {
    @Test("every corpus file reads the same as in pydicom (DICOM JSON model)")
    func corpusAgreesWithPydicom() throws {
        let files = TestData.corpusFiles()
        try #require(files.count > 250, "expected the whole corpus, found \(files.count) files; \(TestData.fetchHint)")
        var entries: [[String: Any]] = []
        for url in files {
            do {
                let file = try DICOMFile(contentsOf: url)
                let json = file.dataSet.jsonModel().rendered()
                let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
                entries.append(["path": url.path, "ours": object, "warnings": file.warnings.map(\.description)])
            } catch let error as DICOMError {
                entries.append(["path": url.path, "ours": NSNull(), "error": error.description])
            }
        }
        let report = try Oracle.run("pydicom_oracle.py", "compare", manifest: ["files": entries])
        let read = report["pydicom_reads"] as? Int ?? 0
        let agree = report["agree"] as? Int ?? 0
        let compared = report["elements_compared"] as? Int ?? 0
        print("corpus: \(files.count) files; pydicom reads \(read); Faceless agrees on \(agree); \(compared) elements compared; both reject \(report["both_reject"] ?? 0)")
        let unconvertible = report["pydicom_unconvertible"] as? [Any] ?? []
        if !unconvertible.isEmpty {
            print("elements pydicom itself cannot convert (not compared): \(Oracle.describe(unconvertible))")
        }
        if let known = report["known_divergences"] as? [Any], !known.isEmpty {
            print("known divergences from pydicom (documented in Tests/Oracle/pydicom_oracle.py): \(Oracle.describe(known))")
        }
        #expect(read > 200)
        #expect((report["faceless_rejects_pydicom_reads"] as? [Any])?.isEmpty == true,
                "Faceless rejects files pydicom reads: \(Oracle.describe(report["faceless_rejects_pydicom_reads"]))")
        #expect((report["pydicom_rejects_faceless_reads"] as? [Any])?.isEmpty == true,
                "Faceless reads files pydicom rejects: \(Oracle.describe(report["pydicom_rejects_faceless_reads"]))")
        let mismatches = report["mismatches"] as? [Any] ?? []
        #expect(mismatches.isEmpty, "\(mismatches.count) files differ from pydicom: \(Oracle.describe(mismatches))")
        let divergences = (report["known_divergences"] as? [Any])?.count ?? 0
        #expect(agree + divergences == read)
    }
}
