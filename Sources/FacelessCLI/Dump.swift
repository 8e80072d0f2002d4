import ArgumentParser
import DICOM
import Foundation

/// `faceless dump`: print DICOM files like dcmdump, or as DICOM JSON.
struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the elements of DICOM files (tag, VR, value, keyword), or the DICOM JSON model.",
        discussion: """
            With one file, --json prints its data set as a DICOM JSON object (PS3.18 Annex F); \
            with several, one object keyed by file path. A file that cannot be read is reported \
            on standard error and the exit status is 1; the other files are still printed.
            """
    )

    @Argument(help: "DICOM files to print.", completion: .file())
    var files: [String]

    @Flag(help: "Print the DICOM JSON model instead of the listing.")
    var json = false

    @Flag(help: "Stop reading at the pixel data (fast header scan).")
    var stopBeforePixels = false

    @Flag(help: "Also print the reader's warnings about tolerated defects.")
    var warnings = false

    func run() throws {
        var failed = false
        var objects: [(String, JSONValue)] = []
        for path in files {
            let file: DICOMFile
            do {
                file = try DICOMFile(contentsOf: URL(fileURLWithPath: path),
                                     options: .init(stopBeforePixelData: stopBeforePixels))
            } catch {
                printError("faceless dump: \(path): \(error)")
                failed = true
                continue
            }
            if warnings {
                for warning in file.warnings { printError("faceless dump: \(path): warning: \(warning)") }
            }
            if json {
                objects.append((path, file.dataSet.jsonModel()))
            } else {
                if files.count > 1 { print("# \(path)") }
                print(file.textDump(), terminator: "")
            }
        }
        if json {
            if files.count == 1, let only = objects.first {
                print(only.1.rendered(indent: 2))
            } else if !objects.isEmpty {
                print(JSONValue.object(objects).rendered(indent: 2))
            }
        }
        if failed { throw ExitCode(1) }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
