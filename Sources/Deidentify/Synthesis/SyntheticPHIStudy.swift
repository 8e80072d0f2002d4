import DICOM
import Foundation

/// Writes a realistic CT study full of invented PHI, for tests, benchmarks and trying a setup
/// out: one axial series of single-frame CT Image Storage files (Explicit VR Little Endian) with
/// the patient, study, physicians, institution, dates and times, free text naming the patient,
/// nested sequences (Request Attributes, Referenced Study, Other Patient IDs, Referenced Image),
/// private blocks of two vendors, and a source AE title in the file meta. Every identifying
/// string is in `phiTokens`; none of them may survive de-identification.
public enum SyntheticPHIStudy {
    /// What was written.
    public struct Written: Sendable {
        public let files: [URL]
        /// The invented identifying strings, each of which a de-identified file must not contain.
        public let phiTokens: [String]
        public let studyInstanceUID: String
        public let seriesInstanceUID: String
        public let frameOfReferenceUID: String
        public let sopInstanceUIDs: [String]
    }

    public static let phiTokens = [
        "Doe^Jane^Quincy", "DOE", "JANE", "QUINCY", "MRN8837261", "ALT-4471-X", "19510314", "Wallaby Way",
        "+61-2-5550-1234", "ACC99887766", "STU5521", "20240611", "093015.1234", "Springfield General",
        "Hospital Road", "House^Gregory", "GREGORY", "Quinn^Michaela", "MICHAELA", "Tech^Tommy", "TOMMY",
        "Wilson^James", "Neuroradiology Wing", "CTSCAN-ROOM7", "SN-5550199", "RP-77812", "SPS-99123",
        "Riverside Mall", "HOSPPACS01", "Cuddy^Lisa", "SOMEVENDOR-ID-5512", "ACME-PAT-991", "PETSCANNER77",
        "Maria Doe", "20240610", "NEURO-RESEARCH-ORDER-31",
    ]

    /// Writes `slices` files of `size`×`size` pixels into `folder` (created if missing).
    @discardableResult
    public static func write(to folder: URL, slices: Int = 20, size: Int = 64, uidSeed: String = "1") throws -> Written {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let root = "1.2.826.0.1.3680043.10.1137." + uidSeed
        let study = root + ".1", series = root + ".2", frame = root + ".3", priorStudy = root + ".4"
        let sops = (0..<slices).map { "\(root).5.\($0 + 1)" }
        var common = DataSet()
        func text(_ tag: Tag, _ vr: VR, _ value: String, into set: inout DataSet) {
            set.set(ValueCoding.textElement(tag, vr, value))
        }
        func us(_ tag: Tag, _ value: UInt16, into set: inout DataSet) {
            set.set(DataElement(tag: tag, vr: .US, value: .bytes(withUnsafeBytes(of: value.littleEndian) { Data($0) })))
        }
        text(.specificCharacterSet, .CS, "ISO_IR 100", into: &common)
        text(.imageType, .CS, "ORIGINAL\\PRIMARY\\AXIAL", into: &common)
        text(.instanceCreationDate, .DA, "20240611", into: &common)
        text(.instanceCreationTime, .TM, "093015.1234", into: &common)
        text(.sopClassUID, .UI, UIDRegistry.ctImageStorage, into: &common)
        for tag in [Tag.studyDate, .seriesDate, .acquisitionDate, .contentDate] { text(tag, .DA, "20240611", into: &common) }
        for tag in [Tag.studyTime, .seriesTime, .acquisitionTime, .contentTime] { text(tag, .TM, "093015.1234", into: &common) }
        text(.accessionNumber, .SH, "ACC99887766", into: &common)
        text(.modality, .CS, "CT", into: &common)
        text(.manufacturer, .LO, "Faceless Synthetic", into: &common)
        text(.institutionName, .LO, "Springfield General Hospital", into: &common)
        text(.institutionAddress, .ST, "1 Hospital Road, Springfield", into: &common)
        text(.referringPhysicianName, .PN, "House^Gregory", into: &common)
        text(.stationName, .SH, "CTSCAN-ROOM7", into: &common)
        text(.studyDescription, .LO, "CT HEAD WITHOUT CONTRAST Jane Doe", into: &common)
        text(.seriesDescription, .LO, "AXIAL 5MM DOE 20240611", into: &common)
        text(.institutionalDepartmentName, .LO, "Neuroradiology Wing B", into: &common)
        text(.physiciansOfRecord, .PN, "Wilson^James", into: &common)
        text(.performingPhysicianName, .PN, "Quinn^Michaela", into: &common)
        text(.operatorsName, .PN, "Tech^Tommy", into: &common)
        text(.manufacturerModelName, .LO, "SyntheticPHIStudy", into: &common)
        var referencedStudy = DataSet()
        text(.referencedSOPClassUID, .UI, "1.2.840.10008.3.1.2.3.1", into: &referencedStudy)
        text(.referencedSOPInstanceUID, .UI, priorStudy, into: &referencedStudy)
        common.set(DataElement(tag: .referencedStudySequence, vr: .SQ, value: .sequence([referencedStudy])))
        text(.patientName, .PN, "Doe^Jane^Quincy", into: &common)
        text(.patientID, .LO, "MRN8837261", into: &common)
        text(.issuerOfPatientID, .LO, "Springfield General", into: &common)
        text(.patientBirthDate, .DA, "19510314", into: &common)
        text(.patientSex, .CS, "F", into: &common)
        var otherID = DataSet()
        text(.patientID, .LO, "ALT-4471-X", into: &otherID)
        text(.typeOfPatientID, .CS, "TEXT", into: &otherID)
        common.set(DataElement(tag: .otherPatientIDsSequence, vr: .SQ, value: .sequence([otherID])))
        text(.patientAge, .AS, "073Y", into: &common)
        text(.patientWeight, .DS, "61.5", into: &common)
        text(.patientAddress, .LO, "42 Wallaby Way, Sydney", into: &common)
        text(.patientTelephoneNumbers, .SH, "+61-2-5550-1234", into: &common)
        text(.additionalPatientHistory, .LT, "Fall at Riverside Mall on 20240610; daughter Maria Doe", into: &common)
        text(.patientComments, .LT, "Contact daughter Maria Doe", into: &common)
        text(.bodyPartExamined, .CS, "HEAD", into: &common)
        text(.sliceThickness, .DS, "5", into: &common)
        text(.kvp, .DS, "120", into: &common)
        text(.deviceSerialNumber, .LO, "SN-5550199", into: &common)
        text(.softwareVersions, .LO, "FACELESS_TEST", into: &common)
        text(.protocolName, .LO, "HEAD ROUTINE MRN8837261", into: &common)
        text(.patientPosition, .CS, "HFS", into: &common)
        text(.studyInstanceUID, .UI, study, into: &common)
        text(.seriesInstanceUID, .UI, series, into: &common)
        text(.studyID, .SH, "STU5521", into: &common)
        text(.seriesNumber, .IS, "2", into: &common)
        text(.acquisitionNumber, .IS, "1", into: &common)
        text(.imageOrientationPatient, .DS, "1\\0\\0\\0\\1\\0", into: &common)
        text(.frameOfReferenceUID, .UI, frame, into: &common)
        text(.positionReferenceIndicator, .LO, "", into: &common)
        text(.imageComments, .LT, "Jane Doe MRN8837261 scanned 20240611 for Cuddy^Lisa", into: &common)
        var request = DataSet()
        text(.requestedProcedureDescription, .LO, "CT head for Jane Doe", into: &request)
        text(.scheduledProcedureStepID, .SH, "SPS-99123", into: &request)
        text(.requestedProcedureID, .SH, "RP-77812", into: &request)
        text(.reasonForTheRequestedProcedure, .LO, "NEURO-RESEARCH-ORDER-31", into: &request)
        common.set(DataElement(tag: .requestAttributesSequence, vr: .SQ, value: .sequence([request])))
        text(.requestingPhysician, .PN, "Cuddy^Lisa", into: &common)
        us(.samplesPerPixel, 1, into: &common)
        text(.photometricInterpretation, .CS, "MONOCHROME2", into: &common)
        us(.rows, UInt16(size), into: &common)
        us(.columns, UInt16(size), into: &common)
        text(.pixelSpacing, .DS, "0.5\\0.5", into: &common)
        us(.bitsAllocated, 16, into: &common)
        us(.bitsStored, 16, into: &common)
        us(.highBit, 15, into: &common)
        us(.pixelRepresentation, 1, into: &common)
        text(.windowCenter, .DS, "40", into: &common)
        text(.windowWidth, .DS, "400", into: &common)
        text(.rescaleIntercept, .DS, "0", into: &common)
        text(.rescaleSlope, .DS, "1", into: &common)
        text(.rescaleType, .LO, "HU", into: &common)
        // Two vendors' private blocks, both holding PHI.
        text(Tag(0x0009, 0x0010), .LO, "ACME MEDICAL 1.0", into: &common)
        text(Tag(0x0009, 0x1001), .LO, "ACME-PAT-991", into: &common)
        text(Tag(0x0009, 0x1002), .PN, "Doe^Jane", into: &common)
        text(Tag(0x0029, 0x0011), .LO, "SOMEVENDOR CT 2", into: &common)
        text(Tag(0x0029, 0x1101), .LO, "SOMEVENDOR-ID-5512", into: &common)
        text(Tag(0x0029, 0x1102), .SH, "PETSCANNER77", into: &common)
        var privateItem = DataSet()
        text(Tag(0x0029, 0x0011), .LO, "SOMEVENDOR CT 2", into: &privateItem)
        text(Tag(0x0029, 0x1110), .LO, "MRN8837261", into: &privateItem)
        common.set(DataElement(tag: Tag(0x0029, 0x1120), vr: .SQ, value: .sequence([privateItem])))

        var meta = DataSet()
        text(Tag(0x0002, 0x0016), .AE, "HOSPPACS01", into: &meta)
        let pixels = phantomSlice(size: size)
        var files: [URL] = []
        for k in 0..<slices {
            var dataSet = common
            text(.sopInstanceUID, .UI, sops[k], into: &dataSet)
            text(.instanceNumber, .IS, String(k + 1), into: &dataSet)
            text(.imagePositionPatient, .DS, "-16\\-16\\\(5 * k)", into: &dataSet)
            text(.sliceLocation, .DS, String(5 * k), into: &dataSet)
            if k > 0 {  // every slice after the first refers to the first
                var reference = DataSet()
                text(.referencedSOPClassUID, .UI, UIDRegistry.ctImageStorage, into: &reference)
                text(.referencedSOPInstanceUID, .UI, sops[0], into: &reference)
                dataSet.set(DataElement(tag: .referencedImageSequence, vr: .SQ, value: .sequence([reference])))
            }
            dataSet.set(DataElement(tag: .pixelData, vr: .OW, value: .bytes(pixels[k % pixels.count])))
            var fileMeta = meta
            text(Tag(0x0002, 0x0003), .UI, sops[k], into: &fileMeta)
            let file = DICOMFile(meta: fileMeta, dataSet: dataSet, transferSyntax: .explicitVRLittleEndian)
            let url = folder.appendingPathComponent(String(format: "IM%05d.dcm", k + 1))
            try file.write(to: url)
            files.append(url)
        }
        return Written(files: files, phiTokens: phiTokens, studyInstanceUID: study, seriesInstanceUID: series,
                       frameOfReferenceUID: frame, sopInstanceUIDs: sops)
    }

    /// A few head-like slices (air, skin ring, bone ring, brain), varied so slices differ.
    static func phantomSlice(size: Int) -> [Data] {
        (0..<4).map { variant in
            var data = Data(count: size * size * 2)
            data.withUnsafeMutableBytes { raw in
                let out = raw.bindMemory(to: Int16.self)
                let c = Double(size - 1) / 2
                for y in 0..<size {
                    for x in 0..<size {
                        let r = ((Double(x) - c) * (Double(x) - c) + (Double(y) - c) * (Double(y) - c)).squareRoot() / c
                        let hu: Int16 = r > 0.9 ? -1000 : r > 0.85 ? 30 : r > 0.78 ? 1200 : Int16(35 + variant + (x * 7 + y * 3) % 9)
                        out[y * size + x] = hu.littleEndian
                    }
                }
            }
            return data
        }
    }
}
