import Testing
@testable import DICOM

@Suite("Data dictionary")
struct DataDictionaryTests {
    @Test func patientName() throws {
        let entry = try #require(DataDictionary.entry(for: Tag(0x0010, 0x0010)))
        #expect(entry.tag == Tag(0x0010, 0x0010))
        #expect(entry.vrs == [.PN])
        #expect(entry.vr == .PN)
        #expect(entry.vm == "1")
        #expect(entry.name == "Patient's Name")
        #expect(entry.keyword == "PatientName")
        #expect(!entry.isRetired)
    }

    @Test func ambiguousVR() throws {
        let entry = try #require(DataDictionary.entry(for: Tag(0x0028, 0x0106)))
        #expect(entry.vrs == [.US, .SS])
        #expect(entry.vr == nil)
        #expect(entry.keyword == "SmallestImagePixelValue")
        let pixelData = try #require(DataDictionary.entry(for: Tag(0x7FE0, 0x0010)))
        #expect(pixelData.vrs == [.OB, .OW])
        #expect(DataDictionary.entry(for: Tag(0x0028, 0x1200))?.vrs == [.US, .SS, .OW])  // Gray Lookup Table Data
        #expect(DataDictionary.entry(for: Tag(0x0028, 0x3006))?.vrs == [.US, .OW])       // LUT Data
    }

    @Test func sequencesAndMultiplicity() throws {
        #expect(DataDictionary.entry(for: Tag(0x0008, 0x1115))?.vrs == [.SQ])   // Referenced Series Sequence
        let scanning = try #require(DataDictionary.entry(for: Tag(0x0018, 0x0020)))
        #expect(scanning.vm == "1-n")
        #expect(scanning.vr == .CS)
        #expect(DataDictionary.entry(for: Tag(0x0020, 0x0037))?.vm == "6")     // Image Orientation (Patient)
    }

    @Test func noVR() throws {
        // pydicom lists the item delimiters with VR "NONE".
        let item = try #require(DataDictionary.entry(for: .item))
        #expect(item.vrs == [])
        #expect(item.vr == nil)
        #expect(item.keyword == "Item")
    }

    @Test func retired() throws {
        let entry = try #require(DataDictionary.entry(for: Tag(0x0008, 0x0040)))
        #expect(entry.name == "Data Set Type")
        #expect(entry.keyword == "DataSetType")
        #expect(entry.vr == .US)
        #expect(entry.isRetired)
        // A retired entry without a keyword.
        let blank = try #require(DataDictionary.entry(for: Tag(0x0008, 0x0202)))
        #expect(blank.keyword == "")
        #expect(blank.isRetired)
        #expect(blank.vr == .OB)
    }

    @Test func repeatingGroups() throws {
        let overlay = try #require(DataDictionary.entry(for: Tag(0x6002, 0x3000)))
        #expect(overlay.tag == Tag(0x6002, 0x3000))
        #expect(overlay.name == "Overlay Data")
        #expect(overlay.keyword == "OverlayData")
        #expect(overlay.vrs == [.OB, .OW])   // pydicom 3.0.2: "OB or OW"
        #expect(!overlay.isRetired)

        let rows = try #require(DataDictionary.entry(for: Tag(0x60FE, 0x0010)))
        #expect(rows.name == "Overlay Rows")
        #expect(rows.vr == .US)

        let curve = try #require(DataDictionary.entry(for: Tag(0x5010, 0x0005)))
        #expect(curve.name == "Curve Dimensions")
        #expect(curve.isRetired)

        let escape = try #require(DataDictionary.entry(for: Tag(0x1000, 0x0120)))
        #expect(escape.name == "Escape Triplet")
        #expect(escape.vm == "3")

        #expect(DataDictionary.entry(for: Tag(0x0028, 0x0410))?.name == "Rows For Nth Order Coefficients")
        #expect(DataDictionary.entry(for: Tag(0x7F02, 0x0010))?.name == "Variable Pixel Data")
        #expect(DataDictionary.entry(for: Tag(0x0020, 0x3105))?.name == "Source Image IDs")

        // Odd groups are private: pydicom checks no repeater for them.
        #expect(DataDictionary.entry(for: Tag(0x6001, 0x3000)) == nil)
    }

    @Test func groupLength() throws {
        // In the dictionary by name.
        #expect(DataDictionary.entry(for: Tag(0x0002, 0x0000))?.keyword == "FileMetaInformationGroupLength")
        #expect(DataDictionary.entry(for: Tag(0x0000, 0x0000))?.keyword == "CommandGroupLength")
        // Implied, as pydicom treats it.
        let length = try #require(DataDictionary.entry(for: Tag(0x0010, 0x0000)))
        #expect(length.tag == Tag(0x0010, 0x0000))
        #expect(length.vr == .UL)
        #expect(length.vm == "1")
        #expect(length.name == "Group Length")
        #expect(length.keyword == "")
        // (1010,0000) matches the 1010xxxx repeater (Zonal Map) before the group length rule.
        #expect(DataDictionary.entry(for: Tag(0x1010, 0x0000))?.name == "Zonal Map")
        // Private group lengths are not standard entries.
        #expect(DataDictionary.entry(for: Tag(0x0009, 0x0000)) == nil)
    }

    @Test func unknownTags() {
        #expect(DataDictionary.entry(for: Tag(0x0010, 0x0011)) == nil)
        #expect(DataDictionary.entry(for: Tag(0x0009, 0x1001)) == nil)
        #expect(DataDictionary.entry(for: Tag(0x0010, 0x0011)) == nil)  // second lookup, tables parsed
    }

    @Test func keywords() {
        #expect(DataDictionary.tag(forKeyword: "ScanningSequence") == Tag(0x0018, 0x0020))
        #expect(DataDictionary.tag(forKeyword: "PatientName") == Tag(0x0010, 0x0010))
        #expect(DataDictionary.tag(forKeyword: "DataSetType") == Tag(0x0008, 0x0040))   // retired
        #expect(DataDictionary.tag(forKeyword: "OverlayData") == nil)                  // repeating group
        #expect(DataDictionary.tag(forKeyword: "NoSuchKeyword") == nil)
        #expect(DataDictionary.tag(forKeyword: "") == nil)
    }

    @Test func tagConstants() {
        #expect(Tag.patientName == Tag(0x0010, 0x0010))
        #expect(Tag.sopInstanceUID == Tag(0x0008, 0x0018))
        #expect(Tag.rtPlanLabel == Tag(0x300A, 0x0002))
        #expect(Tag.scanningSequence == Tag(0x0018, 0x0020))
        #expect(Tag.pixelData == Tag(0x7FE0, 0x0010))
        #expect(Tag.dataSetType == Tag(0x0008, 0x0040))                 // retired
        #expect(Tag.fileMetaInformationGroupLength == Tag(0x0002, 0x0000))
        #expect(Tag.item == Tag(0xFFFE, 0xE000))                        // hand-written
    }

    @Test func entryCounts() {
        // Counted in pydicom 3.0.2: len(DicomDictionary) == 5091, len(RepeatersDictionary) == 88,
        // len(private_dictionaries) == 449 creators holding 10545 entries in all,
        // len(UID_dictionary) == 482; 5085 distinct non-empty keywords in DicomDictionary,
        // 480 non-empty keywords in UID_dictionary.
        #expect(DataDictionary.standard.count == 5091)
        #expect(DataDictionary.repeaters.count == 88)
        #expect(DataDictionary.privateTables.count == 449)
        #expect(DataDictionary.privateEntryCount == 10545)
        #expect(UIDRegistry.entries.count == 482)
        #expect(DataDictionary.keywords.count == 5085)
        #expect(UIDRegistry.byKeyword.count == 480)
    }

    @Test func everyKeywordRoundTrips() {
        for (raw, entry) in DataDictionary.standard where !entry.keyword.isEmpty {
            #expect(DataDictionary.tag(forKeyword: entry.keyword)?.rawValue == raw)
            #expect(DataDictionary.entry(for: Tag(rawValue: raw)) == entry)
        }
    }
}

@Suite("Private dictionary")
struct PrivateDictionaryTests {
    @Test func blockWildcard() throws {
        // GEMS_ACQU_01 0019xx02 is "Detector Channel", SL; any block matches.
        let entry = try #require(DataDictionary.privateEntry(creator: "GEMS_ACQU_01", tag: Tag(0x0019, 0x1002)))
        #expect(entry.name == "Detector Channel")
        #expect(entry.vr == .SL)
        #expect(entry.vm == "1")
        #expect(entry.keyword == "")
        #expect(entry.tag == Tag(0x0019, 0x1002))
        #expect(DataDictionary.privateEntry(creator: "GEMS_ACQU_01", tag: Tag(0x0019, 0x1202))?.name == "Detector Channel")
    }

    @Test func siemensCSA() throws {
        let info = try #require(DataDictionary.privateEntry(creator: "SIEMENS CSA HEADER", tag: Tag(0x0029, 0x1010)))
        #expect(info.name == "CSA Image Header Info")
        #expect(info.vr == .OB)
        let type = try #require(DataDictionary.privateEntry(creator: "SIEMENS CSA HEADER", tag: Tag(0x0029, 0x1108)))
        #expect(type.name == "CSA Image Header Type")
        #expect(type.vr == .CS)
    }

    @Test func exactAndGroupWildcards() throws {
        // CANON_MEC_MR3 spells (0029,0001) exactly.
        #expect(DataDictionary.privateEntry(creator: "CANON_MEC_MR3", tag: Tag(0x0029, 0x0001)) != nil)
        // DLX_ANNOT_01 70xxxx04: "Text_annotation", ST, for any group 70xx and any block.
        let text = try #require(DataDictionary.privateEntry(creator: "DLX_ANNOT_01", tag: Tag(0x7001, 0x1204)))
        #expect(text.name == "Text_annotation")
        #expect(text.vr == .ST)
        #expect(DataDictionary.privateEntry(creator: "DLX_ANNOT_01", tag: Tag(0x7023, 0x1004))?.vm == "1")
    }

    @Test func misses() {
        // The creator must match exactly, as in pydicom.
        #expect(DataDictionary.privateEntry(creator: "gems_acqu_01", tag: Tag(0x0019, 0x1002)) == nil)
        #expect(DataDictionary.privateEntry(creator: "GEMS_ACQU_01 ", tag: Tag(0x0019, 0x1002)) == nil)
        #expect(DataDictionary.privateEntry(creator: "NO SUCH CREATOR", tag: Tag(0x0019, 0x1002)) == nil)
        #expect(DataDictionary.privateEntry(creator: "GEMS_ACQU_01", tag: Tag(0x0019, 0x10FF)) == nil)
        // pydicom's table has 001910xx ("Private Element Creator") for GEMS_ACQU_01, which
        // get_private_entry never produces as a key.
        #expect(DataDictionary.privateEntry(creator: "GEMS_ACQU_01", tag: Tag(0x0019, 0x0010)) == nil)
    }
}

@Suite("UID registry")
struct UIDRegistryTests {
    @Test func jpegBaseline() throws {
        let entry = try #require(UIDRegistry.entry(for: "1.2.840.10008.1.2.4.50"))
        #expect(entry.uid == "1.2.840.10008.1.2.4.50")
        #expect(entry.name == "JPEG Baseline (Process 1)")
        #expect(entry.type == "Transfer Syntax")
        #expect(entry.info == "Default Transfer Syntax for Lossy JPEG 8 Bit Image Compression")
        #expect(entry.keyword == "JPEGBaseline8Bit")
        #expect(!entry.isRetired)
        #expect(UIDRegistry.jpegBaseline8Bit == "1.2.840.10008.1.2.4.50")
    }

    @Test func ctImageStorage() throws {
        let entry = try #require(UIDRegistry.entry(for: "1.2.840.10008.5.1.4.1.1.2"))
        #expect(entry.name == "CT Image Storage")
        #expect(entry.type == "SOP Class")
        #expect(entry.keyword == "CTImageStorage")
        #expect(UIDRegistry.ctImageStorage == "1.2.840.10008.5.1.4.1.1.2")
        #expect(UIDRegistry.uid(forKeyword: "CTImageStorage") == "1.2.840.10008.5.1.4.1.1.2")
    }

    @Test func retiredAndMisses() throws {
        let bigEndian = try #require(UIDRegistry.entry(for: "1.2.840.10008.1.2.2"))
        #expect(bigEndian.name == "Explicit VR Big Endian")
        #expect(bigEndian.isRetired)
        #expect(UIDRegistry.explicitVRBigEndian == "1.2.840.10008.1.2.2")
        #expect(UIDRegistry.implicitVRLittleEndian == "1.2.840.10008.1.2")
        #expect(UIDRegistry.entry(for: "1.2.3.4") == nil)
        #expect(UIDRegistry.uid(forKeyword: "NoSuchKeyword") == nil)
        #expect(UIDRegistry.uid(forKeyword: "") == nil)
    }
}
