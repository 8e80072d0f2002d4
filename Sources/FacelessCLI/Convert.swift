import ArgumentParser
import DICOM
import Foundation
import Volume

/// `faceless convert`: a DICOM series (folder or files) or a NIfTI file to NIfTI.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a DICOM series, or a NIfTI file, to NIfTI (.nii or .nii.gz).",
        discussion: """
            IN is a folder (searched recursively), a DICOM file, or a .nii/.nii.gz file. Slices are \
            ordered by Image Position (Patient) along the slice normal, never by SliceLocation or \
            Instance Number. Files that are not part of an image series are listed with the reason. \
            When IN holds several series, name one with --series; a series with missing slices or \
            uneven spacing is refused unless --allow-irregular.
            """
    )

    @Argument(help: "A DICOM series folder or file, or a NIfTI file.", completion: .file())
    var input: String

    @Argument(help: "The NIfTI file to write (.nii or .nii.gz).", completion: .file(extensions: ["nii", "gz"]))
    var output: String

    @Option(help: "The Series Instance UID to convert when the input holds several series.")
    var series: String?

    @Flag(help: "Convert a series with missing slices or uneven spacing at its average step.")
    var allowIrregular = false

    @Flag(help: "Write NIfTI-2 instead of NIfTI-1.")
    var nifti2 = false

    func validate() throws {
        guard output.hasSuffix(".nii") || output.hasSuffix(".nii.gz") else {
            throw ValidationError("OUT must end in .nii or .nii.gz: \(output)")
        }
    }

    func run() throws {
        let inputURL = URL(fileURLWithPath: input), outputURL = URL(fileURLWithPath: output)
        guard FileManager.default.fileExists(atPath: input) else { throw failure("no such file or folder: \(input)") }
        if inputURL.standardizedFileURL == outputURL.standardizedFileURL { throw failure("OUT would overwrite IN") }
        let volume: AnyVolume
        if VolumeInput.isNIfTI(input) {
            do {
                volume = try NIfTI.read(contentsOf: inputURL)
            } catch {
                throw failure("\(input): \(error)")
            }
        } else {
            volume = try dicomVolume(inputURL)
        }
        do {
            try NIfTI.write(volume, to: outputURL, version: nifti2 ? .nifti2 : .nifti1)
        } catch {
            throw failure("\(output): \(error)")
        }
        let size = volume.size
        print("wrote \(output): \(size.x)×\(size.y)×\(size.z)")
    }

    private func dicomVolume(_ url: URL) throws -> AnyVolume {
        let scan = SeriesScanner.scan([url])
        for skipped in scan.skipped { printError("faceless convert: skipped \(skipped.url.path): \(skipped.reason)") }
        let candidates = series.map { uid in scan.series.filter { $0.seriesInstanceUID == uid } } ?? scan.series
        guard !candidates.isEmpty else {
            throw failure(series.map { "no series \($0) in \(input)" } ?? "no image series in \(input)")
        }
        guard candidates.count == 1, let chosen = candidates.first else {
            let list = candidates.map { "  \($0.seriesInstanceUID)  \($0.modality ?? "?")  \($0.slices.count) slices  \($0.seriesDescription ?? "")" }
            throw failure("\(input) holds \(candidates.count) image series; choose one with --series:\n" + list.joined(separator: "\n"))
        }
        for finding in chosen.findings { printError("faceless convert: \(finding)") }
        do {
            return try chosen.loadVolume(allowIrregular: allowIrregular)
        } catch {
            let hint = chosen.isIrregular && !allowIrregular ? " (--allow-irregular converts it at its average step)" : ""
            throw failure("\(error)\(hint)")
        }
    }
}

/// Prints one clear line on standard error; throw the result for exit status 1, no stack trace.
func failure(_ message: String) -> ExitCode {
    printError("faceless: \(message)")
    return ExitCode(1)
}
