// faceless-bench: the Swift side of Scripts/bench.sh. Prints one JSON line per measurement
// so the script can put it beside pydicom, dcmtk and GDCM timed in the same run.
import DICOM
import DICOMPixels
import Deidentify
import Foundation

enum Bench {
    static func fail(_ url: URL, _ error: any Error) -> Never {
        FileHandle.standardError.write(Data("faceless-bench: \(url.path): \(error)\n".utf8))
        exit(1)
    }

    /// Header-only parse, as pydicom's dcmread(stop_before_pixels=True) does; returns elements read.
    static func readHeader(_ url: URL) -> Int {
        do {
            return try DICOMFile(contentsOf: url, options: .init(stopBeforePixelData: true)).dataSet.count
        } catch { fail(url, error) }
    }

    /// Read and decode every frame; returns decoded bytes.
    static func decode(_ url: URL) -> Int {
        do {
            let frames = try PixelFrames(file: try DICOMFile(contentsOf: url))
            var bytes = 0
            for index in 0..<frames.count { bytes += try frames.frame(index).samples.count }
            return bytes
        } catch { fail(url, error) }
    }

    /// Best of `repeats` passes of `body`, each run `sweeps` times (a pass of a few
    /// milliseconds is too short to time reliably).
    static func timed(repeats: Int, sweeps: Int, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<repeats {
            let start = ContinuousClock.now
            for _ in 0..<sweeps { body() }
            best = min(best, (ContinuousClock.now - start) / .seconds(1))
        }
        return best
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, default value: Int) -> Int {
    guard let flag = arguments.firstIndex(of: name), flag + 1 < arguments.count, let n = Int(arguments[flag + 1]) else { return value }
    return n
}
if arguments.first == "facecheck" { FaceCheckBench.run(arguments: Array(arguments.dropFirst())); exit(0) }
if arguments.first == "evaluate", arguments.count >= 4 {
    do {
        try EvaluateBench.run(cranium: URL(fileURLWithPath: arguments[1]), models: URL(fileURLWithPath: arguments[2]),
                              renders: URL(fileURLWithPath: arguments[3]), repeats: option("--repeat", default: 3))
    } catch {
        FileHandle.standardError.write(Data("faceless-bench evaluate: \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}
guard arguments.count >= 2, ["headers", "decode", "deid-headers", "render", "imaging", "deface", "example-tree"].contains(arguments[0]) else {
    FileHandle.standardError.write(Data("usage: faceless-bench headers|decode DIR [--repeat N] [--sweeps N]\n       faceless-bench evaluate CRANIUM.inv3 MODELS RENDERS-FOLDER [--repeat N]\n       faceless-bench example-tree CRANIUM.inv3 OUT SHEET.csv\n       faceless-bench imaging DIR [--repeat N] [--mask-out FILE]\n       faceless-bench deface DIR OUT [--repeat N]\n       faceless-bench render DIR [--repeat N] [--threshold HU] [--size N]\n       faceless-bench deid-headers SCRATCH [--slices 301] [--size 512] [--repeat 3]\n".utf8))
    exit(2)
}
let repeats = option("--repeat", default: 5), sweeps = option("--sweeps", default: 1)
if arguments[0] == "example-tree", arguments.count >= 4 {
    ExampleData.run(project: URL(fileURLWithPath: arguments[1]), output: URL(fileURLWithPath: arguments[2]),
                    sheet: URL(fileURLWithPath: arguments[3]))
    exit(0)
}
if arguments[0] == "imaging" {
    ImagingBench.run(folder: URL(fileURLWithPath: arguments[1]), repeats: repeats)
    exit(0)
}
if arguments[0] == "deface", arguments.count >= 3 {
    DefaceBench.run(folder: URL(fileURLWithPath: arguments[1]), output: URL(fileURLWithPath: arguments[2]), repeats: repeats)
    exit(0)
}
if arguments[0] == "render" {
    RenderBench.run(folder: URL(fileURLWithPath: arguments[1]), repeats: repeats,
                    threshold: Double(option("--threshold", default: -300)), size: option("--size", default: 512))
    exit(0)
}
if arguments[0] == "deid-headers" {
    DeidentifyBench.run(scratch: URL(fileURLWithPath: arguments[1]), slices: option("--slices", default: 301),
                        size: option("--size", default: 512), repeats: option("--repeat", default: 3))
    exit(0)
}
let folder = URL(fileURLWithPath: arguments[1])
let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
    .filter { !$0.hasDirectoryPath && !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("faceless-bench: no files in \(folder.path)\n".utf8))
    exit(1)
}
let reads = files.count * sweeps

if arguments[0] == "headers" {
    var elements = 0
    let seconds = Bench.timed(repeats: repeats, sweeps: sweeps) { elements = files.reduce(0) { $0 + Bench.readHeader($1) } }
    print("{\"measure\":\"headers\",\"files\":\(reads),\"elements\":\(elements),\"seconds\":\(seconds),\"files_per_second\":\(Double(reads) / seconds)}")
} else {
    var bytes = 0
    let oneCore = Bench.timed(repeats: repeats, sweeps: sweeps) { bytes = files.reduce(0) { $0 + Bench.decode($1) } }
    let allCores = Bench.timed(repeats: repeats, sweeps: sweeps) {
        DispatchQueue.concurrentPerform(iterations: files.count) { _ = Bench.decode(files[$0]) }
    }
    print("{\"measure\":\"decode\",\"files\":\(reads),\"bytes\":\(bytes),\"seconds\":\(oneCore),\"files_per_second\":\(Double(reads) / oneCore),\"seconds_all_cores\":\(allCores)}")
}
