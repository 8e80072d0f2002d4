import ExampleStudies
import Foundation

/// `faceless-bench example-tree CRANIUM.inv3 OUT SHEET.csv`: the example tree of patients
/// (`ExampleTree`: the real head CT of InVesalius's example project with fake PHI, as Explicit
/// VR Little Endian and as JPEG Lossless, a phantom patient with two series of one Frame of
/// Reference, a localizer and a dose report, and junk files) and its mapping sheet, for the
/// README's main job and manual runs.
enum ExampleData {
    static func run(project: URL, output: URL, sheet: URL) {
        do {
            let written = try ExampleTree.write(to: output, invesalius: project, mappingSheet: sheet)
            print("wrote the example tree of 3 patients to \(written.root.path) and its mapping sheet to \(sheet.path)")
        } catch {
            FileHandle.standardError.write(Data("faceless-bench: \(project.path): \(error)\n".utf8))
            exit(1)
        }
    }
}
