// faceless-bench: the Swift side of Scripts/bench.sh. Prints one JSON line per measurement
// so the script can put it beside pydicom and dcmtk timed in the same run.
import DICOM
import Foundation

func usage() -> Never {
    FileHandle.standardError.write(Data("usage: faceless-bench headers DIR [--repeat N] [--sweeps N]\n".utf8))
    exit(2)
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.first == "headers", arguments.count >= 2 else { usage() }
let folder = URL(fileURLWithPath: arguments[arguments.startIndex + 1])
func option(_ name: String, default value: Int) -> Int {
    guard let flag = arguments.firstIndex(of: name), flag + 1 < arguments.endIndex, let n = Int(arguments[flag + 1]) else {
        return value
    }
    return n
}
/// Best of `repeats` passes; each pass reads the whole series `sweeps` times (a pass of a few
/// milliseconds is too short to time reliably).
let repeats = option("--repeat", default: 5)
let sweeps = option("--sweeps", default: 10)

let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
    .filter { !$0.hasDirectoryPath && !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("faceless-bench: no files in \(folder.path)\n".utf8))
    exit(1)
}

// Header-only parse on one core, as pydicom's dcmread(stop_before_pixels=True) does.
var best = Double.infinity
var elements = 0
for _ in 0..<repeats {
    let start = ContinuousClock.now
    elements = 0
    for _ in 0..<sweeps {
      for url in files {
        do {
            let file = try DICOMFile(contentsOf: url, options: .init(stopBeforePixelData: true))
            elements += file.dataSet.count
        } catch {
            FileHandle.standardError.write(Data("faceless-bench: \(url.path): \(error)\n".utf8))
            exit(1)
        }
      }
    }
    best = min(best, (ContinuousClock.now - start) / .seconds(1))
}
let reads = files.count * sweeps
print("{\"measure\":\"headers\",\"files\":\(reads),\"elements\":\(elements / sweeps),\"seconds\":\(best),\"files_per_second\":\(Double(reads) / best)}")
