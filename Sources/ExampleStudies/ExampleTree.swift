import DICOM
import DICOMPixels
import Foundation
import Render
import Volume

/// The example tree of patients that `faceless deid` is shown and tested on: what a hospital
/// export looks like, with everything that must be cleaned or refused.
///
/// - `Doe_Jane/CT_HEAD/`: the real head CT of InVesalius's example project as a CT series
///   (Explicit VR Little Endian) with fake PHI in every identifying attribute.
/// - `Roe_Richard/…`: the same CT for a second fake patient, JPEG Lossless (SV1).
/// - `Poe_Edgar/…`: a phantom head with two axial series sharing one Frame of Reference (2 and
///   4 mm), the patient's name burned into the corner of every axial slice, a localizer with
///   burned-in text and a dose-report screen capture.
/// - junk: a note naming a patient, an empty file, a truncated DICOM file, a `.DS_Store`.
///
/// Patient folders are named after the patients, as exports often are: the output must not be.
public enum ExampleTree {
    /// What was written.
    public struct Written: Sendable {
        public let root: URL
        /// The mapping sheet (CSV, `PatientID,New_ID`), written beside the tree, not in it.
        public let mappingSheet: URL
        /// Every identifying string in the tree's headers, file names and burned-in text.
        public let phiTokens: [String]
        /// The new IDs the sheet gives, by patient folder.
        public let newIDs: [String: String]
        /// Files that are not DICOM or cannot be read.
        public let junk: [URL]
        /// The burned-in strings (in pixels, so not findable in bytes).
        public let burnedInText: [String]
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    static let doe = SyntheticPatient.example
    static let roe = SyntheticPatient(
        name: "Roe^Richard^T", id: "FAKE-MRN-0077", birthDate: "19610902", sex: "M", age: "063Y",
        otherPatientIDs: "ALT-77-5678", address: "7 Sample Avenue, Shelbyville", telephone: "+1 555 0177",
        accessionNumber: "ACC20240702017", studyID: "5120", studyDate: "20240702", studyTime: "141500",
        studyDescription: "CT BRAIN TRAUMA", seriesDescription: "HEAD AXIAL 1.5",
        institutionName: "Shelbyville Memorial", institutionAddress: "2 Clinic Lane, Shelbyville",
        stationName: "CTROOM2", referringPhysician: "Wilson^James", performingPhysician: "Cuddy^Lisa",
        operatorName: "Radtech^Rita", deviceSerialNumber: "SN-000777")
    static let poe = SyntheticPatient(
        name: "Poe^Edgar^A", id: "FAKE-MRN-0099", birthDate: "19490119", sex: "M", age: "075Y",
        otherPatientIDs: "ALT-99-0001", address: "203 Amity Street, Baltimore", telephone: "+1 555 0199",
        accessionNumber: "ACC20240815099", studyID: "6001", studyDate: "20240815", studyTime: "080000",
        studyDescription: "CT HEAD STROKE PROTOCOL", seriesDescription: "AXIAL 2 MM",
        institutionName: "Baltimore Mercy Clinic", institutionAddress: "9 Harbor Road, Baltimore",
        stationName: "CTNEURO1", referringPhysician: "Dupin^Auguste", performingPhysician: "Usher^Roderick",
        operatorName: "Scan^Sam", deviceSerialNumber: "SN-000999")

    /// The text burned into the phantom patient's axial slices.
    static let axialOverlay = "POE EDGAR 0099"

    /// Writes the tree into `root` (created; must be empty or missing) from the InVesalius
    /// project at `invesalius`, and the mapping sheet to `mappingSheet`.
    @discardableResult
    public static func write(to root: URL, invesalius: URL, mappingSheet: URL) throws -> Written {
        let manager = FileManager.default
        if manager.fileExists(atPath: root.path), !((try? manager.contentsOfDirectory(atPath: root.path)) ?? []).isEmpty {
            throw Failure("\(root.path) is not empty; the example tree is written into a new folder")
        }
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        let ct = try InVesaliusProject(contentsOf: invesalius).volume

        try SeriesSynthesis.write(ct, to: root.appendingPathComponent("Doe_Jane/CT_HEAD_20240611/AXIAL"), patient: doe)

        let roeFolder = root.appendingPathComponent("Roe_Richard/20240702/series2")
        let roeSeries = try SeriesSynthesis.write(ct, to: roeFolder, patient: roe)
        try transcode(roeSeries.files, to: TransferSyntax(uid: UIDRegistry.jpegLosslessSV1))

        try writePhantomPatient(into: root.appendingPathComponent("Poe_Edgar/CT_20240815"))

        let junk = try writeJunk(into: root)
        let rows = [(doe.id, "SUBJ-001"), (roe.id, "SUBJ-002"), (poe.id, "SUBJ-003")]
        let sheet = "PatientID,New_ID\n" + rows.map { "\($0.0),\($0.1)\n" }.joined()
        try AtomicFile.write(Data(sheet.utf8), to: mappingSheet)
        let tokens = [doe, roe, poe].flatMap(identifyingStrings) + ["Doe_Jane", "Roe_Richard", "Poe_Edgar"]
        return Written(root: root, mappingSheet: mappingSheet, phiTokens: tokens,
                       newIDs: ["Doe_Jane": "SUBJ-001", "Roe_Richard": "SUBJ-002", "Poe_Edgar": "SUBJ-003"],
                       junk: junk, burnedInText: [axialOverlay, "POE^EDGAR", "DOSE REPORT"])
    }

    /// The strings of a patient that identify: names, IDs, dates, places, people, serials (not
    /// the sex, age or descriptions, which the profile may keep).
    static func identifyingStrings(_ patient: SyntheticPatient) -> [String] {
        let name = patient.name.split(separator: "^").map(String.init)
        return [patient.name, patient.id, patient.birthDate, patient.otherPatientIDs, patient.address, patient.telephone,
                patient.accessionNumber, patient.studyDate, patient.institutionName, patient.institutionAddress,
                patient.stationName, patient.referringPhysician, patient.performingPhysician, patient.operatorName,
                patient.deviceSerialNumber] + name.filter { $0.count > 2 }
    }

    /// Rewrites each file with its frames encoded in `syntax`.
    static func transcode(_ files: [URL], to syntax: TransferSyntax) throws {
        for url in files {
            var file = try DICOMFile(contentsOf: url)
            let frames = try PixelFrames(file: file)
            let decoded = try (0..<frames.count).map { try frames.frame($0).samples }
            try file.replacePixelData(with: decoded, description: frames.description,
                                      photometricInterpretation: frames.description.photometricInterpretation, as: syntax)
            try file.write(to: url)
        }
    }
}
