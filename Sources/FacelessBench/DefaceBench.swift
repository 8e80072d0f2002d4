import Deface
import Foundation
import Volume

/// `faceless-bench deface DIR OUT`: the stages of defacing one CT series in process (scan,
/// load, segment, drown, then the whole study job with write-back and read-back check), best of
/// `repeats`. Scripts/bench.sh times the `faceless deface` command and the drowning baseline
/// beside it. Prints one JSON line.
enum DefaceBench {
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("faceless-bench deface: \(message)\n".utf8))
        exit(1)
    }

    static func run(folder: URL, output: URL, repeats: Int) {
        var scan: SeriesScan?
        let scanSeconds = Bench.timed(repeats: repeats, sweeps: 1) { scan = SeriesScanner.scan([folder]) }
        guard let scan else { fail("nothing scanned") }
        let plan = StudyDefacing.plan(scan.series)
        guard let group = plan.groups.first else { fail("no series to deface in \(folder.path)") }
        var volume: AnyVolume?
        let loadSeconds = Bench.timed(repeats: repeats, sweeps: 1) { volume = try? group.reference.loadVolume() }
        guard let volume, case .int16(let ct) = volume else { fail("expected a signed 16-bit CT series") }
        let options = DefaceOptions()
        var masks: HeadMasks?
        let segmentSeconds = Bench.timed(repeats: repeats, sweeps: 1) { masks = try? HeadSegmentation.segment(ct, modality: .ct, options: options) }
        guard let masks else { fail("segmentation failed") }
        var drowned = 0
        let drownSeconds = Bench.timed(repeats: repeats, sweeps: 1) {
            drowned = (try? Defacer.drown(volume, masks: masks, modality: .ct, options: options))?.report.replacedVoxels ?? -1
        }
        var failures = 0
        let studySeconds = Bench.timed(repeats: repeats, sweeps: 1) {
            try? FileManager.default.removeItem(at: output)
            failures = StudyDefacing.deface(group, options: options) { _ in output }.filter { $0.error != nil }.count
        }
        guard failures == 0, drowned > 0 else { fail("defacing failed") }
        let size = ct.size
        print("{\"measure\":\"deface\",\"volume\":[\(size.x),\(size.y),\(size.z)],\"pixel_bytes\":\(ct.count * 2),"
            + "\"segmentation_spacing\":[\(masks.segmentationSpacing.x),\(masks.segmentationSpacing.y),\(masks.segmentationSpacing.z)],"
            + "\"replaced_voxels\":\(drowned),\"guard_voxels\":\(masks.counts.guardRegion),"
            + "\"scan\":\(scanSeconds),\"load\":\(loadSeconds),\"segment\":\(segmentSeconds),\"drown\":\(drownSeconds),\"study\":\(studySeconds)}")
    }
}
