import FaceCheck
import Foundation
import Render
import Testing
import TestSupport
import Volume

/// The images the face-check tests run on. None is a photograph: faces come from renders of
/// head scans made at test time (the real CT and MRI of the test data, and the synthetic head
/// phantom), so no picture of a face is ever committed. Renders showing the real faces are
/// kept in memory; `writeForInspection` writes one under /tmp only.
enum Fixtures {
    /// The dlib models, or a recorded failure saying how to fetch them.
    static func models(sourceLocation: SourceLocation = #_sourceLocation) -> FaceModels? {
        do { return try FaceModels(folder: TestData.root.appendingPathComponent("face-models")) } catch {
            Issue.record("\(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// Renders of the real head CT (InVesalius Cranium.inv3) at −300 HU, 512², made once.
    private static let cranium: Result<[String: GreyImage], any Error> = Result {
        let url = TestData.root.appendingPathComponent("invesalius/Cranium.inv3")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw FixtureError("test data missing: \(url.path); \(TestData.fetchHint)")
        }
        let renderer = IsosurfaceRenderer(volume: .int16(try InVesaliusProject(contentsOf: url).volume), threshold: -300)
        let views = [StandardViews.front, StandardViews.back, StandardViews.left30, StandardViews.top]
        return Dictionary(uniqueKeysWithValues: views.map { ($0.name, GreyImage(renderer.render($0, size: 512))) })
    }

    /// The real CT rendered from `view` (front, back, left30 or top).
    static func cranium(_ view: String) throws -> GreyImage {
        try #require(try cranium.get()[view], "no \(view) render of the CT")
    }

    /// The front render (512²) of the real MRI head (brainsmall.den, 2 mm voxels) at the
    /// renderer's default MR threshold: a second, different real face.
    static let brainsmallFront: Result<GreyImage, any Error> = Result {
        let url = TestData.root.appendingPathComponent("volpack/brainsmall.den")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw FixtureError("test data missing: \(url.path); \(TestData.fetchHint)")
        }
        let volume = AnyVolume.uint8(try VolPackDen(contentsOf: url, spacing: SIMD3(2, 2, 2)).volume)
        let threshold = SurfaceThreshold.choose(for: volume, modality: "MR").value
        return GreyImage(IsosurfaceRenderer(volume: volume, threshold: threshold).render(StandardViews.front, size: 512))
    }

    /// The synthetic head phantom's front render at −300 HU (analytic eyes, nose, lips, ears).
    static let phantomFront: GreyImage = {
        let phantom = HeadPhantom()
        return GreyImage(IsosurfaceRenderer(volume: .int16(phantom.volume), threshold: -300).render(StandardViews.front, size: 512))
    }()

    /// A smooth ball (80 mm radius, soft tissue in air) rendered at −300 HU: a head-sized
    /// surface with no face.
    static let sphere: GreyImage = {
        let size = SIMD3(96, 96, 96), spacing = SIMD3(2.0, 2.0, 2.0)
        let centre = (SIMD3<Double>(size) - 1) / 2 * spacing
        var voxels = [Int16](repeating: -1000, count: size.x * size.y * size.z)
        for k in 0..<size.z {
            for j in 0..<size.y {
                for i in 0..<size.x {
                    let d = SIMD3(Double(i), Double(j), Double(k)) * spacing - centre
                    if (d * d).sum() < 80 * 80 { voxels[i + size.x * (j + size.y * k)] = 40 }
                }
            }
        }
        let volume = Volume(size: size, spacing: spacing, voxels: voxels, rescale: (1, 0))
        return GreyImage(IsosurfaceRenderer(volume: .int16(volume), threshold: -300).render(StandardViews.front, size: 512))
    }()

    /// Seeded uniform noise.
    static func noise(width: Int = 512, height: Int = 512, seed: UInt64 = 7) -> GreyImage {
        var random = SplitMix64(state: seed)
        return try! GreyImage(width: width, height: height, pixels: (0..<(width * height)).map { _ in UInt8.random(in: 0...255, using: &random) })
    }

    /// `image` moved by (dx, dy) pixels, the uncovered border black (the renders' background).
    static func shifted(_ image: GreyImage, dx: Int, dy: Int) -> GreyImage {
        var out = try! GreyImage(width: image.width, height: image.height, value: 0)
        for row in 0..<image.height {
            for column in 0..<image.width {
                let c = column - dx, r = row - dy
                if c >= 0, c < image.width, r >= 0, r < image.height { out[column, row] = image[c, r] }
            }
        }
        return out
    }

    /// `image` mirrored left to right.
    static func mirrored(_ image: GreyImage) -> GreyImage {
        var out = image
        for row in 0..<image.height {
            for column in 0..<image.width { out[column, row] = image[image.width - 1 - column, row] }
        }
        return out
    }

    /// `image` halved in each direction by 2×2 means.
    static func halved(_ image: GreyImage) -> GreyImage {
        let width = image.width / 2, height = image.height / 2
        var out = try! GreyImage(width: width, height: height, value: 0)
        for row in 0..<height {
            for column in 0..<width {
                let sum = Int(image[2 * column, 2 * row]) + Int(image[2 * column + 1, 2 * row])
                    + Int(image[2 * column, 2 * row + 1]) + Int(image[2 * column + 1, 2 * row + 1])
                out[column, row] = UInt8((sum + 2) / 4)
            }
        }
        return out
    }

    /// Writes `image` as a PNG into FACELESS_KEEP_RENDERS when it names a folder under /tmp
    /// (for a person to look at); otherwise nothing is written.
    static func writeForInspection(_ image: GreyImage, name: String) throws {
        guard let keep = ProcessInfo.processInfo.environment["FACELESS_KEEP_RENDERS"], keep.hasPrefix("/tmp/") else { return }
        let folder = URL(fileURLWithPath: keep)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try image.pngImage.write(to: folder.appendingPathComponent(name))
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
