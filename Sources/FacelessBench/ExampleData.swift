import Foundation
import Volume

/// `faceless-bench example-series INV3 OUT`: the real head CT of InVesalius's example project as
/// a DICOM CT series with fake PHI (SeriesSynthesis), for the README's example and manual runs.
enum ExampleData {
    static func run(project: URL, output: URL) {
        do {
            let volume = try InVesaliusProject(contentsOf: project).volume
            let written = try SeriesSynthesis.write(volume, to: output, patient: .example)
            print("wrote \(written.files.count) CT slices of \(project.lastPathComponent) to \(output.path)")
        } catch {
            FileHandle.standardError.write(Data("faceless-bench: \(project.path): \(error)\n".utf8))
            exit(1)
        }
    }
}
