import ArgumentParser
import Foundation
import Render
import Volume

/// `faceless render`: ray-cast the skin surface of a DICOM series or NIfTI volume to PNG.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render the skin surface of a head volume to PNG, from one view or all, alone or beside another volume.",
        discussion: """
            IN is a DICOM series folder (or a file of one), or a NIfTI file (.nii, .nii.gz). With several \
            series in IN, the one with the most slices is rendered unless --series names another.

            Views are orthographic, around the centre of the volume, all at one scale. Images are \
            photographic: in the front view the patient's right is on the image's left, as a person \
            facing the patient sees them. --view takes front, left, right, back, top, left30, right30, \
            left60, right60 (yaw toward the patient's left or right), above20, below20 (pitch), all, or \
            YAW,PITCH in degrees. One view writes the plain render; all, or --compare, writes a \
            labelled contact sheet (--compare: before/after pairs, OTHER drawn with IN's threshold and \
            framing so the pairs line up).

            Default threshold: −300 HU for CT (DICOM Modality CT, or NIfTI values down to −900 or \
            lower); otherwise half-way from the minimum to Otsu's threshold of the intensity \
            histogram. The threshold used is printed on standard error.
            """
    )

    @Argument(help: "A DICOM series folder or file, or a NIfTI file.", completion: .file())
    var input: String

    @Argument(help: ArgumentHelp("The PNG to write.", valueName: "OUT.png"), completion: .file(extensions: ["png"]))
    var output: String

    @Option(help: ArgumentHelp("View(s) to render: \(StandardViews.names).", valueName: "view"))
    var view = "front"

    @Option(help: ArgumentHelp("Surface threshold in real-world units (HU for CT).", valueName: "value"))
    var threshold: Double?

    @Option(help: "Image width and height in pixels.")
    var size = 512

    @Option(help: ArgumentHelp("A second volume (e.g. the defaced one) to render beside IN as before/after pairs.", valueName: "OTHER"),
            completion: .file())
    var compare: String?

    @Option(help: ArgumentHelp("The Series Instance UID to render when IN holds several series.", valueName: "uid"))
    var series: String?

    func validate() throws {
        guard StandardViews.parse(view) != nil else { throw ValidationError("--view \(view): expected \(StandardViews.names)") }
        guard (16...4096).contains(size) else { throw ValidationError("--size must be 16…4096 pixels") }
        if let threshold, !threshold.isFinite { throw ValidationError("--threshold must be a finite number") }
        guard output.lowercased().hasSuffix(".png") else { throw ValidationError("OUT must be a .png file") }
        for source in [input] + (compare.map { [$0] } ?? []) where VolumeInput.contains(folder: source, path: output) {
            throw ValidationError("OUT must not be inside the input folder \(source)")
        }
    }

    func run() throws {
        let views = StandardViews.parse(view)!
        do {
            let before = try VolumeInput.load(input, series: series)
            before.notes.forEach { printError("faceless render: \($0)") }
            let chosen = threshold.map { ($0, "\($0), from --threshold") } ?? SurfaceThreshold.choose(for: before.volume, modality: before.modality)
            printError("faceless render: threshold \(chosen.1)")
            let renderer = IsosurfaceRenderer(volume: before.volume, threshold: chosen.0)
            let renders = renderer.render(views, size: size)
            let image: PNGImage
            if let compare {
                let after = try VolumeInput.load(compare, series: nil)
                after.notes.forEach { printError("faceless render: \(compare): \($0)") }
                let other = IsosurfaceRenderer(volume: after.volume, threshold: chosen.0, framing: renderer.framing)
                image = ContactSheet.pairs(before: renders, after: other.render(views, size: size))
            } else if renders.count == 1 {
                image = renders[0].image
            } else {
                image = ContactSheet.views(renders)
            }
            try image.write(to: URL(fileURLWithPath: output))
            let coverage = renders.map { "\($0.camera.view.name) \(String(format: "%.1f", $0.coverage * 100))%" }.joined(separator: ", ")
            print("wrote \(output) (\(image.width)×\(image.height); surface coverage: \(coverage))")
        } catch {
            printError("faceless render: \(error)")
            throw ExitCode(1)
        }
    }
}

/// A failure to read IN or OTHER as a volume.
struct VolumeInputError: Error, CustomStringConvertible {
    let description: String
}

/// Reading `faceless render`'s inputs: DICOM series (through `SeriesScanner`) or NIfTI.
enum VolumeInput {
    struct Loaded {
        var volume: AnyVolume
        /// DICOM Modality, nil for NIfTI.
        var modality: String?
        /// What the user should know: which series was chosen, conversions.
        var notes: [String]
    }

    static func isNIfTI(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".nii") || lowered.hasSuffix(".nii.gz")
    }

    /// Whether `path` lies inside the folder `folder` (false when `folder` is a file).
    static func contains(folder: String, path: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { return false }
        let base = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        let target = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath().path
        return target == base || target.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }

    static func load(_ path: String, series uid: String?) throws(VolumeInputError) -> Loaded {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: path) else { throw VolumeInputError(description: "\(path): no such file or folder") }
        if isNIfTI(path) {
            do {
                let image = try NIfTI.readImage(contentsOf: url)
                return Loaded(volume: image.volume, modality: nil, notes: image.notes)
            } catch {
                throw VolumeInputError(description: "\(path): \(error)")
            }
        }
        let scan = SeriesScanner.scan([url])
        guard !scan.series.isEmpty else {
            let reasons = scan.skipped.prefix(3).map { "\($0.url.lastPathComponent): \($0.reason)" }.joined(separator: "; ")
            throw VolumeInputError(description: "\(path): no DICOM image series found (\(scan.skipped.count) files skipped\(reasons.isEmpty ? "" : ": " + reasons))")
        }
        var notes: [String] = []
        let chosen: ImageSeries
        if let uid {
            guard let match = scan.series.first(where: { $0.seriesInstanceUID == uid }) else {
                throw VolumeInputError(description: "\(path): no series \(uid); found \(scan.series.map(\.seriesInstanceUID).joined(separator: ", "))")
            }
            chosen = match
        } else {
            chosen = scan.series.max { $0.slices.count < $1.slices.count }!
            if scan.series.count > 1 {
                notes.append("\(scan.series.count) series in \(path); rendering the largest, \(chosen.seriesInstanceUID) "
                    + "(\(chosen.slices.count) slices\(chosen.seriesDescription.map { ", \($0)" } ?? "")); choose another with --series")
            }
        }
        guard chosen.slices.count >= 2 else {
            throw VolumeInputError(description: "\(path): series \(chosen.seriesInstanceUID) has a single slice; a surface needs a volume")
        }
        do {
            return Loaded(volume: try chosen.loadVolume(), modality: chosen.modality, notes: notes + chosen.findings)
        } catch {
            throw VolumeInputError(description: "\(path): \(error)")
        }
    }
}
