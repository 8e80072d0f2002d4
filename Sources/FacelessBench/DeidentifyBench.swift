import Deidentify
import Foundation

/// `faceless-bench deid-headers`: header de-identification of a synthetic PHI-laden CT study
/// (SyntheticPHIStudy scaled up), against `cp -r` of the same folder timed in the same run.
enum DeidentifyBench {
    static func run(scratch: URL, slices: Int, size: Int, repeats: Int) {
        let input = scratch.appendingPathComponent("study-\(slices)x\(size)")
        let marker = scratch.appendingPathComponent("study-\(slices)x\(size).complete")
        do {
            if !FileManager.default.fileExists(atPath: marker.path) {
                try? FileManager.default.removeItem(at: input)
                try SyntheticPHIStudy.write(to: input, slices: slices, size: size)
                _ = FileManager.default.createFile(atPath: marker.path, contents: nil)
            }
            let key = try PseudonymKey(bytes: Data("faceless benchmark key, not secret".utf8))
            let deidentifier = try Deidentifier(key: key)
            var best = (deid: Double.infinity, copy: Double.infinity)
            var written = 0
            for pass in 0..<repeats {
                let copy = scratch.appendingPathComponent("cp-\(pass)"), out = scratch.appendingPathComponent("out-\(pass)")
                try? FileManager.default.removeItem(at: copy)
                try? FileManager.default.removeItem(at: out)
                var start = ContinuousClock.now
                let process = try Process.run(URL(fileURLWithPath: "/bin/cp"), arguments: ["-r", input.path, copy.path])
                process.waitUntilExit()
                best.copy = min(best.copy, (ContinuousClock.now - start) / .seconds(1))
                start = ContinuousClock.now
                let summary = try BatchRun(deidentifier: deidentifier, input: input, output: out).run()
                best.deid = min(best.deid, (ContinuousClock.now - start) / .seconds(1))
                written = summary.filesWritten
                guard summary.failures.isEmpty else {
                    FileHandle.standardError.write(Data("faceless-bench: \(summary.failures.count) files failed\n".utf8))
                    exit(1)
                }
                try? FileManager.default.removeItem(at: copy)
                try? FileManager.default.removeItem(at: out)
            }
            print("{\"measure\":\"deid-headers\",\"files\":\(written),\"seconds\":\(best.deid),\"files_per_second\":\(Double(written) / best.deid),\"cp_seconds\":\(best.copy),\"ratio_to_cp\":\(best.deid / best.copy)}")
        } catch {
            FileHandle.standardError.write(Data("faceless-bench: \(error)\n".utf8))
            exit(1)
        }
    }
}
