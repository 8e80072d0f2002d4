// The `imaging` measure: the voxel kernels of the Imaging module on a CT series, one core
// and all cores. Prints one JSON line; Scripts/bench.sh times scipy on the same array.
import Foundation
import Imaging
import Volume

enum ImagingBench {
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("faceless-bench imaging: \(message)\n".utf8))
        exit(1)
    }

    /// Loads the series in `folder`, writes its body mask (HU > −500, uint8, [z, y, x]) to
    /// `--mask-out PATH` if given, and times distance transform, labelling, closing and outside air.
    static func run(folder: URL, repeats: Int) {
        let scan = SeriesScanner.scan([folder])
        guard let series = scan.series.max(by: { $0.slices.count < $1.slices.count }) else { fail("no image series in \(folder.path)") }
        let loaded: AnyVolume
        do { loaded = try series.loadVolume() } catch { fail("\(error)") }
        guard case .int16(let volume) = loaded else { fail("expected a signed 16-bit CT series") }
        let body: Mask
        do { body = try Mask(volume, above: -500) } catch { fail("\(error)") }
        if let flag = CommandLine.arguments.firstIndex(of: "--mask-out"), flag + 1 < CommandLine.arguments.count {
            do { try Data(body.voxels).write(to: URL(fileURLWithPath: CommandLine.arguments[flag + 1])) } catch { fail("\(error)") }
        }
        let background = body.inverted()
        var results: [String: Any] = [
            "measure": "imaging", "size": [volume.size.x, volume.size.y, volume.size.z],
            "spacing": [volume.spacing.x, volume.spacing.y, volume.spacing.z], "body_voxels": body.insideCount,
            "threads": Parallelism.allCores.threads,
        ]
        for (name, parallelism) in [("one_core", Parallelism.serial), ("all_cores", Parallelism.allCores)] {
            var components = 0, closedCount = 0, outsideCount = 0
            var maximum: Float = 0
            let edt = Bench.timed(repeats: repeats, sweeps: 1) {
                let d2 = DistanceTransform.squaredDistances(toNearestOf: background, parallelism: parallelism)
                maximum = d2.max() ?? 0
            }
            let label = Bench.timed(repeats: repeats, sweeps: 1) {
                components = ComponentLabels(body, connectivity: .faces, parallelism: parallelism).count
            }
            let close = Bench.timed(repeats: repeats, sweeps: 1) {
                closedCount = body.closed(byBall: 6, parallelism: parallelism).insideCount
            }
            let closed = body.closed(byBall: 6, parallelism: parallelism)
            let outside = Bench.timed(repeats: repeats, sweeps: 1) {
                outsideCount = closed.inverted().connectedToBorder(connectivity: .faces, parallelism: parallelism).insideCount
            }
            results[name] = ["edt": edt, "label": label, "close6mm": close, "outside_air": outside]
            results["components"] = components
            results["closed_voxels"] = closedCount
            results["outside_voxels"] = outsideCount
            results["max_distance_mm"] = Double(maximum).squareRoot()
        }
        let json = (try? JSONSerialization.data(withJSONObject: results, options: [.sortedKeys])) ?? Data()
        print(String(decoding: json, as: UTF8.self))
    }
}
