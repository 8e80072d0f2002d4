import Foundation
import Render
import Testing
import TestSupport
import Volume

/// The real head CT of the test data (InVesalius Cranium.inv3). Renders go to a temporary
/// folder only (they show a face) and are removed unless FACELESS_KEEP_RENDERS names a folder
/// under /tmp to keep them in, for a person to check the orientation by eye.
@Suite("Render the real CT")
struct RealDataRenderTests {
    @Test("front view at −300 HU: a plausible surface, and the face region's depth varies more than the back of the head")
    func invesaliusFront() throws {
        guard let url = TestData.file("invesalius/Cranium.inv3") else { return }
        let project = try InVesaliusProject(contentsOf: url)
        let renderer = IsosurfaceRenderer(volume: .int16(project.volume), threshold: -300)
        let front = renderer.render(StandardViews.front), back = renderer.render(StandardViews.back)
        let folder = try Self.outputFolder()
        defer { if ProcessInfo.processInfo.environment["FACELESS_KEEP_RENDERS"] == nil { try? FileManager.default.removeItem(at: folder) } }
        try front.image.write(to: folder.appendingPathComponent("cranium-front.png"))
        try ContactSheet.views(renderer.render(StandardViews.all, size: 256)).write(to: folder.appendingPathComponent("cranium-all.png"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("cranium-front.png").path))

        // The head fills a good part of the frame (the frame is the volume's circumscribed sphere).
        #expect(front.coverage > 0.12 && front.coverage < 0.6, "front coverage \(front.coverage)")
        #expect(back.coverage > 0.12 && back.coverage < 0.6, "back coverage \(back.coverage)")
        // Upright: the surface's horizontal middle is near the image's middle (the head is centred left–right).
        let bounds = try #require(front.hitBounds)
        let middle = Double(bounds.columns.lowerBound + bounds.columns.upperBound) / 2
        #expect(abs(middle - 255.5) < 40, "surface centred at column \(middle)")

        // Face proxy: depth variance over the central fifth of the image (77 mm square here), front
        // against back. Wider regions take in the edges of the head holder behind the head.
        let region = PixelRect.centred(fraction: 0.2, in: front.size)
        let face = try #require(front.depthStatistics(in: region))
        let occiput = try #require(back.depthStatistics(in: region))
        print("Cranium.inv3 front: coverage \(front.coverage), central depth variance \(face.variance) mm² over \(face.hitCount) px; "
            + "back: coverage \(back.coverage), variance \(occiput.variance) mm² over \(occiput.hitCount) px")
        #expect(face.coverage > 0.5 && occiput.coverage > 0.5)
        #expect(face.variance > 2 * occiput.variance, "front \(face.variance) mm², back \(occiput.variance) mm²")
    }

    static func outputFolder() throws -> URL {
        if let keep = ProcessInfo.processInfo.environment["FACELESS_KEEP_RENDERS"], keep.hasPrefix("/tmp/") {
            let url = URL(fileURLWithPath: keep)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }
        return try TestData.scratchFolder("faceless-render-real")
    }
}
