import Foundation
import Render
import Volume

/// `faceless-bench render DIR`: times 512² renders of every named view of the series in DIR,
/// against a baseline of our own run in the same process: the same ray caster with no
/// empty-space skipping on one core (plain fixed-step marching, what a first implementation
/// does; VTK is not available here). Prints one JSON line.
enum RenderBench {
    static func run(folder: URL, repeats: Int, threshold: Double, size: Int) {
        let scan = SeriesScanner.scan([folder])
        guard let series = scan.series.max(by: { $0.slices.count < $1.slices.count }) else {
            FileHandle.standardError.write(Data("faceless-bench: no image series in \(folder.path)\n".utf8))
            exit(1)
        }
        let volume: AnyVolume
        do { volume = try series.loadVolume() } catch {
            FileHandle.standardError.write(Data("faceless-bench: \(folder.path): \(error)\n".utf8))
            exit(1)
        }
        var renderer: IsosurfaceRenderer?
        let setup = Bench.timed(repeats: 3, sweeps: 1) { renderer = IsosurfaceRenderer(volume: volume, threshold: threshold) }
        guard let renderer else { exit(1) }
        var perView: [(String, Double, Double)] = []
        for view in StandardViews.all {
            var coverage = 0.0
            let seconds = Bench.timed(repeats: repeats, sweeps: 1) { coverage = renderer.render(view, size: size).coverage }
            perView.append((view.name, seconds * 1000, coverage))
        }
        // What the face check renders: every view at CT's four thresholds, maps included.
        let check = Bench.timed(repeats: repeats, sweeps: 1) {
            for renderer in IsosurfaceRenderer.renderers(volume: volume, thresholds: [-300, -100, 0, 60]) {
                _ = renderer.render(StandardViews.all, size: size)
            }
        }
        // Same work on one core, then without empty-space skipping on one core (the baseline).
        let oneCore = IsosurfaceRenderer(volume: volume, threshold: threshold,
                                         options: .init(concurrent: false))
        let oneCoreSeconds = Bench.timed(repeats: repeats, sweeps: 1) { _ = oneCore.render(StandardViews.front, size: size) }
        let naive = IsosurfaceRenderer(volume: volume, threshold: threshold,
                                       options: .init(skipEmptySpace: false, concurrent: false))
        let naiveSeconds = Bench.timed(repeats: 1, sweeps: 1) { _ = naive.render(StandardViews.front, size: size) }
        let views = perView.map { "{\"view\":\"\($0.0)\",\"ms\":\(String(format: "%.2f", $0.1)),\"coverage\":\(String(format: "%.3f", $0.2))}" }
        let size3 = volume.size
        print("{\"measure\":\"render\",\"volume\":[\(size3.x),\(size3.y),\(size3.z)],\"size\":\(size),\"threshold\":\(threshold),"
            + "\"cores\":\(ProcessInfo.processInfo.activeProcessorCount),\"setup_ms\":\(String(format: "%.2f", setup * 1000)),"
            + "\"views\":[\(views.joined(separator: ","))],"
            + "\"check_renders_ms\":\(String(format: "%.2f", check * 1000)),"
            + "\"front_one_core_ms\":\(String(format: "%.2f", oneCoreSeconds * 1000)),"
            + "\"baseline_front_ms\":\(String(format: "%.2f", naiveSeconds * 1000))}")
    }
}
