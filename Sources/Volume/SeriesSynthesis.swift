import DICOM
import Foundation

/// Fake identifying values for a synthesized series: the PHI that de-identification tests
/// expect to see removed. Every value is written where the standard puts it.
public struct SyntheticPatient: Sendable, Equatable {
    /// Patient's Name (PN, "Family^Given^Middle^Prefix^Suffix").
    public var name: String
    public var id: String
    /// Patient's Birth Date, YYYYMMDD.
    public var birthDate: String
    /// Patient's Sex: "M", "F" or "O".
    public var sex: String
    /// Patient's Age, e.g. "047Y" (AS).
    public var age: String
    public var otherPatientIDs: String
    public var address: String
    public var telephone: String
    public var accessionNumber: String
    public var studyID: String
    /// Study Date (YYYYMMDD) and Time (HHMMSS); also used for series, acquisition and content.
    public var studyDate: String
    public var studyTime: String
    public var studyDescription: String
    public var seriesDescription: String
    public var institutionName: String
    public var institutionAddress: String
    public var stationName: String
    public var referringPhysician: String
    public var performingPhysician: String
    public var operatorName: String
    public var deviceSerialNumber: String

    public init(name: String, id: String, birthDate: String, sex: String, age: String = "",
                otherPatientIDs: String = "", address: String = "", telephone: String = "",
                accessionNumber: String, studyID: String = "1", studyDate: String, studyTime: String = "120000",
                studyDescription: String = "", seriesDescription: String = "",
                institutionName: String, institutionAddress: String = "", stationName: String = "",
                referringPhysician: String = "", performingPhysician: String = "", operatorName: String = "",
                deviceSerialNumber: String = "") {
        self.name = name
        self.id = id
        self.birthDate = birthDate
        self.sex = sex
        self.age = age
        self.otherPatientIDs = otherPatientIDs
        self.address = address
        self.telephone = telephone
        self.accessionNumber = accessionNumber
        self.studyID = studyID
        self.studyDate = studyDate
        self.studyTime = studyTime
        self.studyDescription = studyDescription
        self.seriesDescription = seriesDescription
        self.institutionName = institutionName
        self.institutionAddress = institutionAddress
        self.stationName = stationName
        self.referringPhysician = referringPhysician
        self.performingPhysician = performingPhysician
        self.operatorName = operatorName
        self.deviceSerialNumber = deviceSerialNumber
    }

    /// A complete fake patient (every field filled; all of it invented).
    public static let example = SyntheticPatient(
        name: "Doe^Jane^Q", id: "FAKE-MRN-0042", birthDate: "19770315", sex: "F", age: "047Y",
        otherPatientIDs: "ALT-99-1234", address: "12 Example Street, Springfield", telephone: "+1 555 0100",
        accessionNumber: "ACC20240611001", studyID: "4711", studyDate: "20240611", studyTime: "093015",
        studyDescription: "CT HEAD WITHOUT CONTRAST", seriesDescription: "AXIAL 1.5 MM",
        institutionName: "Springfield General Hospital", institutionAddress: "1 Hospital Road, Springfield",
        stationName: "CTSCAN01", referringPhysician: "House^Gregory", performingPhysician: "Quinn^Michaela",
        operatorName: "Tech^Tom", deviceSerialNumber: "SN-000123")
}

/// Writes a volume as a new single-frame DICOM series: one Part 10 file per slice, Explicit
/// VR Little Endian, CT Image Storage or MR Image Storage, with the Patient, General Study,
/// General Series, Frame of Reference, General Equipment, General Image, Image Plane, Image
/// Pixel, CT Image / MR Image, VOI LUT and SOP Common modules filled.
public enum SeriesSynthesis {
    public enum Modality: String, Sendable {
        case ct = "CT"
        case mr = "MR"
    }

    /// What SliceLocation (0020,1041) holds.
    public enum SliceLocationMode: Sendable, Equatable {
        /// The slice's position along the slice normal (IPP · (row × column)), as scanners write it.
        case consistent
        /// Deliberately wrong: 500 − 2 × the true location, so the values run the other way
        /// with twice the spacing (tests that geometry comes from IPP, not SliceLocation).
        case contradictory
        /// Not written.
        case omitted
    }

    public struct Options: Sendable {
        /// CT or MR; nil: CT for Int16 volumes, MR otherwise.
        public var modality: Modality?
        /// Files and Instance Numbers run against the slices: instance 1 (the first file) is
        /// the last slice of the volume, and files are written last slice first.
        public var reversedOrder: Bool
        public var sliceLocation: SliceLocationMode
        /// Rotates the volume's geometry (direction and origin, about the volume's centre)
        /// by these angles in degrees about the LPS x, then y, then z axis before writing:
        /// the same voxels, an oblique series. Zero leaves the geometry alone.
        public var obliqueRotationDegrees: SIMD3<Double>
        /// Window Center/Width; nil: 40/400 for CT, the stored range for MR.
        public var window: (center: Double, width: Double)?
        public var seriesNumber: Int
        /// File names are `prefix` + 5-digit instance number + ".dcm".
        public var fileNamePrefix: String
        /// Patient Position (0018,5100).
        public var patientPosition: String
        /// Study Instance and Frame of Reference UIDs to share with another series; nil: fresh ones.
        public var studyInstanceUID: String?
        public var frameOfReferenceUID: String?

        public init(modality: Modality? = nil, reversedOrder: Bool = false, sliceLocation: SliceLocationMode = .consistent,
                    obliqueRotationDegrees: SIMD3<Double> = .zero, window: (center: Double, width: Double)? = nil,
                    seriesNumber: Int = 2, fileNamePrefix: String = "IM", patientPosition: String = "HFS",
                    studyInstanceUID: String? = nil, frameOfReferenceUID: String? = nil) {
            self.modality = modality
            self.reversedOrder = reversedOrder
            self.sliceLocation = sliceLocation
            self.obliqueRotationDegrees = obliqueRotationDegrees
            self.window = window
            self.seriesNumber = seriesNumber
            self.fileNamePrefix = fileNamePrefix
            self.patientPosition = patientPosition
            self.studyInstanceUID = studyInstanceUID
            self.frameOfReferenceUID = frameOfReferenceUID
        }
    }

    /// What was written.
    public struct WrittenSeries: Sendable {
        /// The files, one per slice, in slice order: `files[k]` holds slice k of the volume.
        public let files: [URL]
        /// Instance Number of each slice (slice order).
        public let instanceNumbers: [Int]
        /// Image Position (Patient) of each slice (slice order), as computed (before DS formatting).
        public let positions: [SIMD3<Double>]
        /// Slice Location written for each slice, nil when omitted.
        public let sliceLocations: [Double]?
        /// Image Orientation (Patient): row direction, then column direction.
        public let orientation: (row: SIMD3<Double>, column: SIMD3<Double>)
        /// The geometry written (the input's, rotated when asked).
        public let origin: SIMD3<Double>
        public let direction: (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>)
        public let studyInstanceUID: String
        public let seriesInstanceUID: String
        public let frameOfReferenceUID: String
        /// SOP Instance UID of each slice (slice order).
        public let sopInstanceUIDs: [String]
        public let modality: Modality
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Writes `volume` into `folder` (created when missing) as one file per slice; each file is
    /// written atomically. Int16 volumes are written signed (Pixel Representation 1), UInt16
    /// and UInt8 unsigned; UInt8 is widened to 16 bits allocated, 8 stored (the CT and MR
    /// Image modules require Bits Allocated 16). Rescale Slope/Intercept come from
    /// `volume.rescale` (CT only: an MR volume must have the identity rescale).
    @discardableResult
    public static func write<V: VoxelScalar>(_ volume: Volume<V>, to folder: URL, patient: SyntheticPatient,
                                             options: Options = Options()) throws -> WrittenSeries {
        let pixel: PixelFormat
        switch V.self {
        case is Int16.Type: pixel = PixelFormat(signed: true, bitsStored: 16)
        case is UInt16.Type: pixel = PixelFormat(signed: false, bitsStored: 16)
        case is UInt8.Type: pixel = PixelFormat(signed: false, bitsStored: 8)
        default: throw Failure(message: "only Int16, UInt16 and UInt8 volumes can be written as a series, not \(V.self)")
        }
        let modality = options.modality ?? (V.self == Int16.self ? .ct : .mr)
        if modality == .mr && (volume.rescale.slope != 1 || volume.rescale.intercept != 0) {
            throw Failure(message: "the MR Image module has no Rescale Slope/Intercept; the volume's rescale \(volume.rescale) would be lost")
        }
        guard volume.size.x <= 0xFFFF, volume.size.y <= 0xFFFF else { throw Failure(message: "slices larger than 65535 pixels") }

        // Geometry, rotated about the volume's centre when asked.
        var direction = volume.direction
        var origin = volume.origin
        if options.obliqueRotationDegrees != .zero {
            let centre = volume.world((SIMD3<Double>(volume.size) - 1) / 2)
            let rotate = rotation(degrees: options.obliqueRotationDegrees)
            direction = (rotate(direction.0), rotate(direction.1), rotate(direction.2))
            origin = centre + rotate(origin - centre)
        }
        var geometry = volume
        geometry.direction = direction
        geometry.origin = origin
        let row = direction.0, column = direction.1
        let normal = simdCross(row, column)

        let positions = (0..<volume.size.z).map { geometry.world(SIMD3(0, 0, Double($0))) }
        let trueLocations = positions.map { ($0 * normal).sum() }
        let sliceLocations: [Double]? = switch options.sliceLocation {
        case .consistent: trueLocations
        case .contradictory: trueLocations.map { 500 - 2 * $0 }
        case .omitted: nil
        }
        let slices = volume.size.z
        let instanceNumbers = (0..<slices).map { options.reversedOrder ? slices - $0 : $0 + 1 }

        let studyUID = options.studyInstanceUID ?? newUID(), seriesUID = newUID(), frameUID = options.frameOfReferenceUID ?? newUID()
        let sopUIDs = (0..<slices).map { _ in newUID() }
        let sopClass = modality == .ct ? UIDRegistry.ctImageStorage : UIDRegistry.mrImageStorage

        // Window: given, else a head window for CT and the stored range for MR.
        let window: (center: Double, width: Double)
        if let given = options.window {
            window = given
        } else if modality == .ct {
            window = (40, 400)
        } else {
            let low = volume.voxels.min()?.doubleValue ?? 0, high = volume.voxels.max()?.doubleValue ?? 1
            window = ((low + high + 1) / 2, max(1, high - low + 1))
        }
        let smallest = volume.voxels.min() ?? .zero, largest = volume.voxels.max() ?? .zero

        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "cannot create \(folder.path): \(error.localizedDescription)")
        }

        // The elements every slice shares.
        var common = DataSet()
        let characterSetNeeded = patient.allText.contains { $0.unicodeScalars.contains { !$0.isASCII } }
        let builder = ElementBuilder()
        if characterSetNeeded { builder.set(&common, .specificCharacterSet, .CS, "ISO_IR 192") }
        // Value 3: "AXIAL" (a CT defined term); MR requires a value 3 from its own terms ("OTHER").
        builder.set(&common, .imageType, .CS, modality == .ct ? "ORIGINAL\\PRIMARY\\AXIAL" : "ORIGINAL\\PRIMARY\\OTHER")
        builder.set(&common, .sopClassUID, .UI, sopClass)
        builder.set(&common, .studyDate, .DA, patient.studyDate)
        builder.set(&common, .seriesDate, .DA, patient.studyDate)
        builder.set(&common, .acquisitionDate, .DA, patient.studyDate)
        builder.set(&common, .contentDate, .DA, patient.studyDate)
        builder.set(&common, .studyTime, .TM, patient.studyTime)
        builder.set(&common, .seriesTime, .TM, patient.studyTime)
        builder.set(&common, .acquisitionTime, .TM, patient.studyTime)
        builder.set(&common, .contentTime, .TM, patient.studyTime)
        builder.set(&common, .accessionNumber, .SH, patient.accessionNumber)
        builder.set(&common, .modality, .CS, modality.rawValue)
        builder.set(&common, .manufacturer, .LO, "Faceless Synthetic")
        builder.set(&common, .institutionName, .LO, patient.institutionName)
        builder.set(&common, .institutionAddress, .ST, patient.institutionAddress)
        builder.set(&common, .referringPhysicianName, .PN, patient.referringPhysician)
        builder.set(&common, .stationName, .SH, patient.stationName)
        builder.set(&common, .studyDescription, .LO, patient.studyDescription)
        builder.set(&common, .seriesDescription, .LO, patient.seriesDescription)
        builder.set(&common, .performingPhysicianName, .PN, patient.performingPhysician)
        builder.set(&common, .operatorsName, .PN, patient.operatorName)
        builder.set(&common, .manufacturerModelName, .LO, "SeriesSynthesis")
        builder.set(&common, .patientName, .PN, patient.name)
        builder.set(&common, .patientID, .LO, patient.id)
        builder.set(&common, .patientBirthDate, .DA, patient.birthDate)
        builder.set(&common, .patientSex, .CS, patient.sex)
        if !patient.otherPatientIDs.isEmpty {
            // Other Patient IDs (0010,1000) is retired; the Other Patient IDs Sequence replaces it.
            var item = DataSet()
            builder.set(&item, .patientID, .LO, patient.otherPatientIDs)
            builder.set(&item, .typeOfPatientID, .CS, "TEXT")
            common.set(DataElement(tag: .otherPatientIDsSequence, vr: .SQ, value: .sequence([item])))
        }
        if !patient.age.isEmpty { builder.set(&common, .patientAge, .AS, patient.age) }
        if !patient.address.isEmpty { builder.set(&common, .patientAddress, .LO, patient.address) }
        if !patient.telephone.isEmpty { builder.set(&common, .patientTelephoneNumbers, .SH, patient.telephone) }
        builder.set(&common, .bodyPartExamined, .CS, "HEAD")
        builder.set(&common, .sliceThickness, .DS, ds(volume.spacing.z))
        if modality == .ct {
            builder.set(&common, .kvp, .DS, "120")
        } else {
            builder.set(&common, .scanningSequence, .CS, "GR")
            builder.set(&common, .sequenceVariant, .CS, "SP")
            builder.set(&common, .scanOptions, .CS, "")
            builder.set(&common, .mrAcquisitionType, .CS, "3D")
            builder.set(&common, .repetitionTime, .DS, "8.1")
            builder.set(&common, .echoTime, .DS, "3.7")
            builder.set(&common, .echoTrainLength, .IS, "1")
            builder.set(&common, .magneticFieldStrength, .DS, "1.5")
            builder.set(&common, .imagedNucleus, .SH, "1H")
        }
        let spacingBetween = abs((direction.2 * normal).sum()) * volume.spacing.z
        builder.set(&common, .spacingBetweenSlices, .DS, ds(spacingBetween))
        if !patient.deviceSerialNumber.isEmpty { builder.set(&common, .deviceSerialNumber, .LO, patient.deviceSerialNumber) }
        builder.set(&common, .softwareVersions, .LO, DICOMFile.implementationVersionName)
        builder.set(&common, .patientPosition, .CS, options.patientPosition)
        builder.set(&common, .studyInstanceUID, .UI, studyUID)
        builder.set(&common, .seriesInstanceUID, .UI, seriesUID)
        builder.set(&common, .studyID, .SH, patient.studyID)
        builder.set(&common, .seriesNumber, .IS, String(options.seriesNumber))
        builder.set(&common, .acquisitionNumber, .IS, "1")
        builder.set(&common, .imageOrientationPatient, .DS, (0..<3).map { ds(row[$0]) }.joined(separator: "\\")
            + "\\" + (0..<3).map { ds(column[$0]) }.joined(separator: "\\"))
        builder.set(&common, .frameOfReferenceUID, .UI, frameUID)
        builder.set(&common, .positionReferenceIndicator, .LO, "")
        builder.setUS(&common, .samplesPerPixel, 1)
        builder.set(&common, .photometricInterpretation, .CS, "MONOCHROME2")
        builder.setUS(&common, .rows, volume.size.y)
        builder.setUS(&common, .columns, volume.size.x)
        builder.set(&common, .pixelSpacing, .DS, ds(volume.spacing.y) + "\\" + ds(volume.spacing.x))
        builder.setUS(&common, .bitsAllocated, 16)
        builder.setUS(&common, .bitsStored, pixel.bitsStored)
        builder.setUS(&common, .highBit, pixel.bitsStored - 1)
        builder.setUS(&common, .pixelRepresentation, pixel.signed ? 1 : 0)
        builder.setXS(&common, .smallestImagePixelValue, Int(smallest.doubleValue), signed: pixel.signed)
        builder.setXS(&common, .largestImagePixelValue, Int(largest.doubleValue), signed: pixel.signed)
        builder.set(&common, .windowCenter, .DS, ds(window.center))
        builder.set(&common, .windowWidth, .DS, ds(window.width))
        if modality == .ct {
            builder.set(&common, .rescaleIntercept, .DS, ds(volume.rescale.intercept))
            builder.set(&common, .rescaleSlope, .DS, ds(volume.rescale.slope))
            builder.set(&common, .rescaleType, .LO, "HU")
        }

        let order = options.reversedOrder ? Array((0..<slices).reversed()) : Array(0..<slices)
        var files = [URL](repeating: folder, count: slices)
        let frameCount = volume.size.x * volume.size.y
        for k in order {
            var dataSet = common
            builder.set(&dataSet, .sopInstanceUID, .UI, sopUIDs[k])
            builder.set(&dataSet, .instanceNumber, .IS, String(instanceNumbers[k]))
            builder.set(&dataSet, .imagePositionPatient, .DS, (0..<3).map { ds(positions[k][$0]) }.joined(separator: "\\"))
            if let sliceLocations { builder.set(&dataSet, .sliceLocation, .DS, ds(sliceLocations[k])) }
            var bytes = Data(count: frameCount * 2)
            volume.voxels.withUnsafeBufferPointer { source in
                bytes.withUnsafeMutableBytes { out in
                    let start = k * frameCount
                    for n in 0..<frameCount {
                        let value = UInt16(truncatingIfNeeded: Int(source[start + n].doubleValue))
                        out.storeBytes(of: value.littleEndian, toByteOffset: 2 * n, as: UInt16.self)
                    }
                }
            }
            dataSet.set(DataElement(tag: .pixelData, vr: .OW, value: .bytes(bytes)))
            let file = DICOMFile(meta: DataSet(), dataSet: dataSet, transferSyntax: .explicitVRLittleEndian)
            let url = folder.appendingPathComponent(String(format: "%@%05d.dcm", options.fileNamePrefix, instanceNumbers[k]))
            try file.write(to: url, as: .explicitVRLittleEndian)
            files[k] = url
        }
        return WrittenSeries(files: files, instanceNumbers: instanceNumbers, positions: positions, sliceLocations: sliceLocations,
                      orientation: (row, column), origin: origin, direction: direction,
                      studyInstanceUID: studyUID, seriesInstanceUID: seriesUID, frameOfReferenceUID: frameUID,
                      sopInstanceUIDs: sopUIDs, modality: modality)
    }

    /// A fresh UID under 2.25 (PS3.5 §B.2): a random UUID as one decimal integer.
    public static func newUID() -> String {
        let uuid = UUID().uuid
        let bytes = [uuid.0, uuid.1, uuid.2, uuid.3, uuid.4, uuid.5, uuid.6, uuid.7,
                     uuid.8, uuid.9, uuid.10, uuid.11, uuid.12, uuid.13, uuid.14, uuid.15]
        // Repeated division of the 128-bit big-endian number by 10.
        var number = bytes.map { UInt32($0) }
        var digits: [Character] = []
        while number.contains(where: { $0 != 0 }) {
            var remainder: UInt32 = 0
            for i in number.indices {
                let value = remainder << 8 | number[i]
                number[i] = value / 10
                remainder = value % 10
            }
            digits.append(Character(String(remainder)))
        }
        return "2.25." + (digits.isEmpty ? "0" : String(digits.reversed()))
    }

    /// A decimal string (DS) of at most 16 characters, as precise as fits.
    static func ds(_ value: Double) -> String {
        var x = value
        if abs(x) < 1e-10 { x = 0 }  // no "-0" and no 6e-17 from rotations
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        for precision in stride(from: 15, through: 1, by: -1) {
            var text = String(format: "%.\(precision)g", x)
            if text.contains("e") {
                // "1.5e-05" → DS allows exponents; keep as is.
            } else if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            if text.count <= 16 { return text }
        }
        return String(format: "%.6e", x)
    }

    /// The rotation by angles (degrees) about x, then y, then z.
    private static func rotation(degrees: SIMD3<Double>) -> @Sendable (SIMD3<Double>) -> SIMD3<Double> {
        let r = degrees * .pi / 180
        return { v in
            var p = v
            p = SIMD3(p.x, cos(r.x) * p.y - sin(r.x) * p.z, sin(r.x) * p.y + cos(r.x) * p.z)
            p = SIMD3(cos(r.y) * p.x + sin(r.y) * p.z, p.y, -sin(r.y) * p.x + cos(r.y) * p.z)
            p = SIMD3(cos(r.z) * p.x - sin(r.z) * p.y, sin(r.z) * p.x + cos(r.z) * p.y, p.z)
            return p
        }
    }

    private struct PixelFormat {
        let signed: Bool
        let bitsStored: Int
    }

    /// Builds elements: text padded to even length, 16-bit binary values little-endian.
    private struct ElementBuilder {
        func set(_ dataSet: inout DataSet, _ tag: DICOM.Tag, _ vr: VR, _ text: String) {
            var bytes = Data(text.utf8)
            if bytes.count % 2 == 1 { bytes.append(vr.paddingByte) }
            dataSet.set(DataElement(tag: tag, vr: vr, value: .bytes(bytes)))
        }

        func setUS(_ dataSet: inout DataSet, _ tag: DICOM.Tag, _ value: Int) {
            dataSet.set(DataElement(tag: tag, vr: .US, value: .bytes(Self.word(UInt16(value)))))
        }

        func setXS(_ dataSet: inout DataSet, _ tag: DICOM.Tag, _ value: Int, signed: Bool) {
            dataSet.set(DataElement(tag: tag, vr: signed ? .SS : .US,
                                    value: .bytes(Self.word(UInt16(truncatingIfNeeded: value)))))
        }

        static func word(_ value: UInt16) -> Data {
            withUnsafeBytes(of: value.littleEndian) { Data($0) }
        }
    }
}

extension SyntheticPatient {
    /// Every value written for this patient: the strings that de-identified output must not contain.
    public var allText: [String] {
        [name, id, birthDate, sex, age, otherPatientIDs, address, telephone, accessionNumber, studyID, studyDate, studyTime,
         studyDescription, seriesDescription, institutionName, institutionAddress, stationName, referringPhysician,
         performingPhysician, operatorName, deviceSerialNumber]
    }
}
