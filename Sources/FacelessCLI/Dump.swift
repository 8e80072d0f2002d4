import ArgumentParser
import DICOM
import DICOMPixels
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

    @Flag(help: "Print the image instead of the elements: frames, shape, sample type, and min/max/mean per frame.")
    var pixels = false

    @Option(name: .customLong("png"), help: ArgumentHelp("Write frame 1 as a windowed 8-bit PNG to this path (one input file).", valueName: "OUT.png"))
    var pngPath: String?

    func validate() throws {
        if pngPath != nil, files.count != 1 { throw ValidationError("--png takes exactly one input file") }
        if json && (pixels || pngPath != nil) { throw ValidationError("--json cannot be combined with --pixels or --png") }
    }

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
            if let pngPath {
                do {
                    try PixelOutput.png(of: file).write(to: URL(fileURLWithPath: pngPath))
                    print("wrote \(pngPath)")
                } catch {
                    printError("faceless dump: \(path): \(error)")
                    failed = true
                }
            } else if pixels {
                do throws(PixelDataError) {
                    if files.count > 1 { print("# \(path)") }
                    print(try PixelOutput.summary(of: file))
                } catch {
                    printError("faceless dump: \(path): \(error)")
                    failed = true
                }
            } else if json {
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
