import DICOM
import Foundation
import Testing
import TestSupport
import Volume

/// Enhanced CT and MR (per-frame functional groups) assemble like a series of single frames:
/// frames ordered by position along the normal, geometry from the functional groups.
@Suite("Enhanced multi-frame assembly")
struct EnhancedMultiFrameTests {
    /// pydicom's frames ordered by Image Position (Patient) along the normal, and each
    /// frame's position: an independent reading of the same file.
    static func pydicomFrames(_ path: String) throws -> (values: [Double], positions: [[Double]]) {
        let script = """
        import json, sys, numpy as np, pydicom
        ds = pydicom.dcmread(sys.argv[1])
        shared = ds.get("SharedFunctionalGroupsSequence", [None])[0]
        frames = ds.PerFrameFunctionalGroupsSequence
        def orientation(f):
            g = f.get("PlaneOrientationSequence") or shared.PlaneOrientationSequence
            return np.array(g[0].ImageOrientationPatient, float)
        o = orientation(frames[0]); n = np.cross(o[:3], o[3:])
        pos = [np.array(f.PlanePositionSequence[0].ImagePositionPatient, float) for f in frames]
        order = sorted(range(len(frames)), key=lambda i: float(np.dot(pos[i], n)))
        arr = ds.pixel_array.astype(float)
        print(json.dumps({"values": arr[order].ravel().tolist(), "positions": [pos[i].tolist() for i in order]}))
        """
        let run = try Processes.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, path])
        guard run.status == 0, let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any],
              let values = object["values"] as? [Double], let positions = object["positions"] as? [[Double]] else {
            throw Oracle.Failure(message: "pydicom reading \(path) failed: \(run.stderr.suffix(1000))")
        }
        return (values, positions)
    }

    @Test("an enhanced multi-frame image without plane positions is reported, not guessed",
          arguments: ["pydicom-data/emri_small.dcm", "pydicom-data/emri_small_big_endian.dcm", "pydicom-data/emri_small_RLE.dcm"])
    func unplaceable(_ relative: String) throws {
        // These anonymised copies lost their functional groups: nothing says where the frames are.
        let url = try #require(TestData.file(relative))
        let scan = SeriesScanner.scan([url])
        #expect(scan.series.isEmpty)
        #expect(scan.skipped.count == 1)
        #expect(scan.skipped.first?.reason.contains("cannot place it in a volume") == true)
    }

    @Test("enhanced CT frames become a volume ordered by position, as pydicom reads them",
          arguments: ["pydicom-data/eCT_Supplemental.dcm"])
    func enhancedFile(_ relative: String) throws {
        let url = try #require(TestData.file(relative))
        let scan = SeriesScanner.scan([url])
        #expect(scan.skipped.isEmpty, "\(scan.skipped)")
        let series = try #require(scan.series.first)
        #expect(scan.series.count == 1)
        let volume = try series.loadVolume().realValues
        let expected = try Self.pydicomFrames(url.path)
        #expect(volume.size.z == expected.positions.count)
        #expect(volume.voxels.count == expected.values.count)
        // Stored values equal pydicom's (real values apply the rescale; compare stored ones).
        let stored = try series.loadVolume()
        let ours: [Double]
        switch stored {
        case .uint8(let v): ours = v.voxels.map(\.doubleValue)
        case .int16(let v): ours = v.voxels.map(\.doubleValue)
        case .uint16(let v): ours = v.voxels.map(\.doubleValue)
        case .float32(let v): ours = v.voxels.map(\.doubleValue)
        }
        #expect(ours == expected.values, "\(relative): voxels differ from pydicom's frames in position order")
        for (k, position) in expected.positions.enumerated() {
            let centre = volume.world(SIMD3(0, 0, Double(k)))
            #expect(abs(centre.x - position[0]) < 1e-3 && abs(centre.y - position[1]) < 1e-3 && abs(centre.z - position[2]) < 1e-3,
                    "\(relative) frame \(k): \(centre) vs \(position)")
        }
    }
}
