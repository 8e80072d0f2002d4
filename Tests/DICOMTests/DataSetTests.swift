import DICOM
import Foundation
import Testing

@Suite("Data set editing and writing")
struct DataSetTests {
    static func text(_ tag: Tag, _ vr: VR, _ value: String) -> DataElement {
        DataElement(tag: tag, vr: vr, value: .bytes(Data(value.utf8)))
    }

    @Test("elements stay in tag order through insert, replace and remove")
    func ordering() {
        var dataSet = DataSet()
        dataSet.set(Self.text(.studyDate, .DA, "20240102"))
        dataSet.set(Self.text(.patientName, .PN, "Doe^Jane"))
        dataSet.set(Self.text(.modality, .CS, "CT"))
        #expect(dataSet.tags == [.studyDate, .modality, .patientName])
        dataSet.set(Self.text(.patientName, .PN, "Roe^Richard"))
        #expect(dataSet.count == 3)
        #expect(dataSet.string(.patientName) == "Roe^Richard")
        #expect(dataSet.remove(.modality)?.vr == .CS)
        #expect(dataSet.tags == [.studyDate, .patientName])
        #expect(Tag.patientName.description == "(0010,0010)")
        #expect(Tag.patientName.jsonKey == "00100010")
        #expect(DataDictionary.tag(forKeyword: "PatientName") == .patientName)
    }

    @Test("a modified file writes and reads back; odd values are padded by VR")
    func writeModified() throws {
        let url = try #require(TestData.file("pydicom/test_files/CT_small.dcm"))
        var file = try DICOMFile(contentsOf: url)
        #expect(file.dataSet.string(.patientName) == "CompressedSamples^CT1")
        #expect(file.dataSet.int(.rows) == 128)
        #expect(file.dataSet.doubles(.pixelSpacing) == [0.661468, 0.661468])
        file.dataSet.set(Self.text(.patientName, .PN, "Anon"))       // 4 bytes: even
        file.dataSet.set(Self.text(.patientID, .LO, "ID7"))          // 3 bytes: padded with a space
        file.dataSet.set(Self.text(.sopInstanceUID, .UI, "2.25.1"))  // 6 bytes
        file.dataSet.set(Self.text(.studyInstanceUID, .UI, "2.25.12"))  // 7 bytes: padded with NUL
        file.dataSet.remove(.patientBirthDate)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("faceless-\(UUID().uuidString).dcm")
        defer { try? FileManager.default.removeItem(at: out) }
        try file.write(to: out)
        let reread = try DICOMFile(contentsOf: out)
        #expect(reread.warnings.isEmpty)
        #expect(reread.dataSet.string(.patientName) == "Anon")
        #expect(reread.dataSet[.patientID]?.bytes == Data("ID7 ".utf8))
        #expect(reread.dataSet[.studyInstanceUID]?.bytes == Data("2.25.12\0".utf8))
        #expect(!reread.dataSet.contains(.patientBirthDate))
        #expect(reread.dataSet[.pixelData]?.bytes == file.dataSet[.pixelData]?.bytes)
        // The meta group keeps the file's own elements; its group length is recomputed.
        #expect(reread.meta.string(Tag(0x0002, 0x0003)) == file.meta.string(Tag(0x0002, 0x0003)))
        let metaLength = try #require(reread.meta.int(Tag(0x0002, 0x0000)))
        #expect(metaLength == 192)
    }

    @Test("a bare data set without meta gets a complete meta group when written")
    func writeWithoutMeta() throws {
        let url = try #require(TestData.file("pydicom/test_files/ExplVR_LitEndNoMeta.dcm"))
        let file = try DICOMFile(contentsOf: url)
        #expect(file.preamble == nil && file.meta.isEmpty)
        let bytes = try file.serialized()
        let reread = try DICOMFile(data: bytes)
        #expect(reread.preamble == Data(count: 128))
        #expect(reread.meta.string(Tag(0x0002, 0x0010)) == file.transferSyntax.uid)
        #expect(reread.meta.string(Tag(0x0002, 0x0002)) == file.dataSet.string(.sopClassUID))
        #expect(reread.meta.string(Tag(0x0002, 0x0012)) == DICOMFile.implementationClassUID)
        #expect(reread.dataSet.count == file.dataSet.count)
    }

    @Test("header scans stop before the pixel data and say so")
    func stopBeforePixels() throws {
        let url = try #require(TestData.file("pydicom/test_files/CT_small.dcm"))
        let header = try DICOMFile(contentsOf: url, options: .init(stopBeforePixelData: true))
        #expect(header.endedAtPixelData)
        #expect(!header.dataSet.contains(.pixelData))
        let full = try DICOMFile(contentsOf: url)
        #expect(header.dataSet.tags == full.dataSet.tags.filter { $0 < .pixelData })
        #expect(full.dataSet.contains(.pixelData))
    }
}
