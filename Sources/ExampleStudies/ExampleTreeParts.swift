import DICOM
import Foundation
import Render
import Volume

extension ExampleTree {
    /// The phantom patient: two axial series of one Frame of Reference with the name burned
    /// in, a localizer and a dose-report screen capture, all of one study.
    static func writePhantomPatient(into folder: URL) throws {
        let study = "2.25.\(UInt64(0x5EED_0099_0001))1", frame = "2.25.\(UInt64(0x5EED_0099_0002))2"
        var thin = HeadPhantom().volume
        burn(axialOverlay, intoEverySliceOf: &thin, hounsfield: 3071)
        let shared = { (number: Int, prefix: String) in
            SeriesSynthesis.Options(seriesNumber: number, fileNamePrefix: prefix, studyInstanceUID: study, frameOfReferenceUID: frame)
        }
        try SeriesSynthesis.write(thin, to: folder.appendingPathComponent("AXIAL_2MM"), patient: poe, options: shared(2, "IM"))

        var thickPatient = poe
        thickPatient.seriesDescription = "AXIAL 4 MM"
        try SeriesSynthesis.write(everyOtherSlice(of: thin), to: folder.appendingPathComponent("AXIAL_4MM"),
                                  patient: thickPatient, options: shared(3, "TH"))

        var scout = slice(thin.size.z / 2, of: thin)
        burn("POE^EDGAR", intoEverySliceOf: &scout, hounsfield: 3071)
        var scoutPatient = poe
        scoutPatient.seriesDescription = "SCOUT"
        let localizer = try SeriesSynthesis.write(scout, to: folder.appendingPathComponent("SCOUT"), patient: scoutPatient,
                                                  options: shared(1, "SC"))
        try patch(localizer.files) { dataSet in
            dataSet.set(text(.imageType, .CS, "ORIGINAL\\PRIMARY\\LOCALIZER"))
        }

        var report = Volume<Int16>(size: SIMD3(256, 256, 1), spacing: SIMD3(1, 1, 1), voxels: Array(repeating: 0, count: 256 * 256),
                                   rescale: (1, -1024))
        for (line, value) in ["DOSE REPORT", "POE^EDGAR FAKE-MRN-0099", "CTDIVOL 52.1 MGY", "DLP 941 MGY CM"].enumerated() {
            burn(value, intoEverySliceOf: &report, hounsfield: 3071, at: SIMD2(8, 10 + 20 * line))
        }
        var reportPatient = poe
        reportPatient.seriesDescription = "DOSE REPORT"
        let dose = try SeriesSynthesis.write(report, to: folder.appendingPathComponent("DOSE"), patient: reportPatient,
                                             options: shared(999, "DR"))
        try patch(dose.files) { dataSet in
            dataSet.set(text(.sopClassUID, .UI, UIDRegistry.secondaryCaptureImageStorage))
            dataSet.set(text(.imageType, .CS, "DERIVED\\SECONDARY\\OTHER"))
            dataSet.set(text(.burnedInAnnotation, .CS, "YES"))
            dataSet.set(text(.conversionType, .CS, "WSD"))
        }
    }

    /// Files that are not DICOM, or not readable DICOM, spread over the tree.
    static func writeJunk(into root: URL) throws -> [URL] {
        let note = root.appendingPathComponent("Poe_Edgar/notes.txt")
        try AtomicFile.write(Data("Poe^Edgar FAKE-MRN-0099: call back after the scan\n".utf8), to: note)
        let empty = root.appendingPathComponent("Doe_Jane/empty.dat")
        try AtomicFile.write(Data(), to: empty)
        let store = root.appendingPathComponent(".DS_Store")
        try AtomicFile.write(Data([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31] + Array(repeating: 0, count: 56)), to: store)
        // The first 600 bytes of a real file: a preamble, DICM, then a header cut mid-element.
        let someSlice = try FileManager.default.contentsOfDirectory(at: root.appendingPathComponent("Doe_Jane/CT_HEAD_20240611/AXIAL"),
                                                                   includingPropertiesForKeys: nil).sorted { $0.path < $1.path }[0]
        let truncated = root.appendingPathComponent("Doe_Jane/CT_HEAD_20240611/broken.dcm")
        try AtomicFile.write(try Data(contentsOf: someSlice).prefix(600), to: truncated)
        return [note, empty, store, truncated]
    }

    /// Draws `text` at `origin` (pixels) in every slice, 2 pixels per font pixel.
    static func burn(_ text: String, intoEverySliceOf volume: inout Volume<Int16>, hounsfield: Double, at origin: SIMD2<Int> = SIMD2(4, 4)) {
        let (nx, ny) = (volume.size.x, volume.size.y)
        var mask = [UInt8](repeating: 0, count: nx * ny)
        BitmapFont.draw(text, into: &mask, width: nx, x: origin.x, y: origin.y, scale: 2)
        let value = Int16(((hounsfield - volume.rescale.intercept) / volume.rescale.slope).rounded())
        for k in 0..<volume.size.z {
            for n in 0..<(nx * ny) where mask[n] != 0 { volume.voxels[k * nx * ny + n] = value }
        }
    }

    static func everyOtherSlice(of volume: Volume<Int16>) -> Volume<Int16> {
        let perSlice = volume.size.x * volume.size.y, depth = (volume.size.z + 1) / 2
        var voxels: [Int16] = []
        voxels.reserveCapacity(perSlice * depth)
        for k in stride(from: 0, to: volume.size.z, by: 2) { voxels += volume.voxels[k * perSlice ..< (k + 1) * perSlice] }
        var spacing = volume.spacing
        spacing.z *= 2
        return Volume(size: SIMD3(volume.size.x, volume.size.y, depth), spacing: spacing, origin: volume.origin,
                      direction: volume.direction, voxels: voxels, rescale: volume.rescale)
    }

    static func slice(_ k: Int, of volume: Volume<Int16>) -> Volume<Int16> {
        let perSlice = volume.size.x * volume.size.y
        return Volume(size: SIMD3(volume.size.x, volume.size.y, 1), spacing: volume.spacing, origin: volume.world(SIMD3(0, 0, Double(k))),
                      direction: volume.direction, voxels: Array(volume.voxels[k * perSlice ..< (k + 1) * perSlice]), rescale: volume.rescale)
    }

    /// Rewrites each file after `change` (the file meta's SOP class follows the data set's).
    static func patch(_ files: [URL], _ change: (inout DataSet) -> Void) throws {
        for url in files {
            var file = try DICOMFile(contentsOf: url)
            change(&file.dataSet)
            if let sopClass = file.dataSet.string(.sopClassUID) { file.meta.set(text(Tag(0x0002, 0x0002), .UI, sopClass)) }
            try file.write(to: url)
        }
    }

    /// A text element padded to even length.
    static func text(_ tag: Tag, _ vr: VR, _ value: String) -> DataElement {
        var bytes = Data(value.utf8)
        if bytes.count % 2 == 1 { bytes.append(vr.paddingByte) }
        return DataElement(tag: tag, vr: vr, value: .bytes(bytes))
    }
}
