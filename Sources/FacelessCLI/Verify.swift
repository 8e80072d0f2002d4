import ArgumentParser
import FaceCheck
import Foundation
import Volume

/// `faceless verify`: does a (defaced) volume still show a face in any view at any threshold?
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a volume for faces: every view at several thresholds, through dlib's HOG detector.",
        discussion: """
            IN is a DICOM series folder (the largest series unless --series) or a NIfTI file. It is \
            rendered from all 11 standard views at four thresholds (CT: -300, -100, 0 and +60 HU; \
            otherwise fractions of the way to Otsu's threshold), and every render goes through dlib's \
            HOG face detector; with the face models, landmarks are placed on each face found. With \
            --against ORIGINAL the verdict is given: PASS when IN shows no face and ORIGINAL's front \
            render does, INCONCLUSIVE when neither does, FAIL when IN shows one; faces found are then \
            compared with the original's by embedding distance. Exit status: 0 PASS (or no face \
            without --against), 1 FAIL (or a face), 2 INCONCLUSIVE, 64 and up for bad input.
            """
    )

    @Argument(help: "The volume to check: a DICOM folder or a NIfTI file.", completion: .file())
    var input: String

    @Option(help: "The original, undefaced volume: gives the verdict.", completion: .file())
    var against: String?

    @Option(help: "Detections must score above this (HOG; dlib's default is 0).")
    var score: Double = 0

    @Option(help: "The series to check in a folder with several.")
    var series: String?

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let loaded: VolumeInput.Loaded, original: VolumeInput.Loaded?
        do {
            loaded = try VolumeInput.load(input, series: series)
            original = try against.map { (path) throws(VolumeInputError) in try VolumeInput.load(path, series: nil) }
        } catch { throw Self.badInput("\(error)") }
        let report: FaceVerificationReport
        do {
            // Landmarks and embeddings need the model files; detection alone does not.
            let models = against != nil ? try FaceModels.standard() : try? FaceModels.standard()
            let verifier = FaceVerifier(models: models, scoreThreshold: score)
            report = try verifier.verify(loaded.volume, modality: original?.modality ?? loaded.modality, against: original?.volume)
        } catch { throw Self.badInput("\(error)") }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(Self.text(report))
        }
        switch report.verdict {
        case .pass?: return
        case .inconclusive?: throw ExitCode(2)
        case .fail?: throw ExitCode(1)
        case nil: if report.detections > 0 { throw ExitCode(1) }
        }
    }

    /// Bad input exits with 64 (EX_USAGE), apart from the verdicts' 0, 1 and 2.
    static func badInput(_ message: String) -> ExitCode {
        printError("faceless verify: \(message)")
        return ExitCode(64)
    }

    static func text(_ report: FaceVerificationReport) -> String {
        var lines = ["thresholds: " + report.thresholds.map { String(format: "%g", $0) }.joined(separator: ", ")]
        for check in report.checks where !check.faces.isEmpty {
            for face in check.faces {
                var line = String(format: "  %@ at %g: face score %.3f, box %d,%d %d×%d", check.view, check.threshold, face.score, face.x, face.y, face.width, face.height)
                if let filter = face.filter { line += ", filter \(filter)" }
                if let distance = face.distanceToOriginal { line += String(format: ", %.3f from the original's face", distance) }
                lines.append(line)
            }
        }
        lines.append((report.verdict.map { "\($0.rawValue): " } ?? "") + report.reason)
        return lines.joined(separator: "\n")
    }
}
