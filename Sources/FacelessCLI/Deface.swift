import ArgumentParser
import Deface
import Foundation
import Imaging
import Volume

/// `faceless deface`: drown the face of DICOM series (one mask per frame of reference) or of a NIfTI volume.
struct DefaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deface",
        abstract: "Remove the face from head CT, MR or PET: DICOM series or study folders, or NIfTI files.",
        discussion: """
            IN is a DICOM series or study folder (searched recursively) or a .nii/.nii.gz file; OUT is \
            a folder (written with IN's layout) or a .nii/.nii.gz file. The outside air and a shell of \
            skin and fat under it are replaced; the skull and cranial cavity are guarded, and every \
            written series is read back to prove that no guarded voxel changed (a series that fails is \
            not written). Series sharing a Frame of Reference are drowned with one mask, computed on the \
            thinnest axial series. Headers are not changed: run `faceless headers` for them.
            """
    )

    @Argument(help: "A DICOM folder or a NIfTI file.", completion: .file())
    var input: String

    @Argument(help: "The output folder, or a NIfTI file for NIfTI input.", completion: .file())
    var output: String

    @OptionGroup var face: FaceOptions

    var options: DefaceOptions { face.defaceOptions }

    func run() throws {
        let inputURL = URL(fileURLWithPath: input).standardizedFileURL
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        guard FileManager.default.fileExists(atPath: inputURL.path) else { throw failure("no such file or folder: \(input)") }
        if outputURL.path == inputURL.path || outputURL.path.hasPrefix(inputURL.path + "/") {
            throw failure("OUT must not be IN or inside it: Faceless never writes into its input")
        }
        if VolumeInput.isNIfTI(input) {
            try defaceNIfTI(inputURL, to: outputURL)
        } else {
            try defaceFolder(inputURL, to: outputURL)
        }
    }

    func defaceNIfTI(_ url: URL, to out: URL) throws {
        guard VolumeInput.isNIfTI(out.path) else { throw failure("OUT must be a .nii or .nii.gz file for NIfTI input") }
        let volume: AnyVolume
        do { volume = try NIfTI.read(contentsOf: url) } catch { throw failure("\(input): \(error)") }
        let chosen = options.modality ?? Defacer.guessModality(volume)
        do {
            let result = try Defacer.deface(volume, modality: chosen, options: options, proof: .onWrittenOutput)
            try NIfTI.write(result.volume, to: out)
            // Prove it on what was written.
            let written = try NIfTI.read(contentsOf: out)
            try result.guardFingerprint.verify(GuardFingerprint(written, roles: result.masks.roles), context: out.path)
            print(summary(result.masks.counts, result.report, modality: chosen) + " → \(out.path)")
        } catch let error as DefaceError {
            try? FileManager.default.removeItem(at: out)
            throw failure("\(input): \(error)")
        }
    }

    func defaceFolder(_ folder: URL, to out: URL) throws {
        let scan = SeriesScanner.scan([folder])
        for skipped in scan.skipped { printError("faceless deface: not written: \(skipped.url.path): \(skipped.reason)") }
        for series in scan.series {
            for finding in series.findings { printError("faceless deface: series \(series.seriesInstanceUID): \(finding)") }
        }
        let plan = StudyDefacing.plan(scan.series)
        for (series, reason) in plan.skipped {
            printError("faceless deface: series \(series.seriesInstanceUID) not written: \(reason)")
        }
        guard !plan.groups.isEmpty else { throw failure("no series to deface in \(input)") }
        var failed = 0
        for group in plan.groups {
            let outcomes = StudyDefacing.deface(group, options: options) { series in
                let parent = series.slices[0].url.deletingLastPathComponent().standardizedFileURL.path
                let relative = String(parent.dropFirst(folder.path.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
                return relative.isEmpty ? out : out.appendingPathComponent(relative)
            }
            for outcome in outcomes {
                let name = "\(outcome.series.seriesInstanceUID)\(outcome.series.seriesDescription.map { " (\($0))" } ?? "")"
                if let error = outcome.error {
                    failed += 1
                    printError("faceless deface: series \(name) not written: \(error)")
                } else if let counts = outcome.counts, let report = outcome.report {
                    let how = outcome.isReference ? "segmented here" : "mask from \(group.reference.seriesInstanceUID)"
                    print("\(name): \(outcome.files.count) files, \(how); " + summary(counts, report, modality: nil)
                        + " → \(outcome.files.first?.deletingLastPathComponent().path ?? out.path)")
                }
            }
        }
        if failed > 0 { throw failure("\(failed) series failed and were not written") }
    }

    func summary(_ counts: HeadMasks.Counts, _ report: DrownReport, modality: DefaceModality?) -> String {
        let range = report.writtenRange.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)…\($0.upperBound)" } ?? "-"
        return (modality.map { "\($0.rawValue): " } ?? "") + "\(report.replacedVoxels) voxels drowned (\(report.mode), values \(range)), "
            + "\(counts.guardRegion) guard voxels unchanged"
    }
}
