import Foundation
import Render
import Testing
import Volume

/// A ball at a known world position, anisotropic voxels, off-centre: the silhouette is a disc of
/// the right radius where the camera says the centre projects, and the depth is the distance to
/// the ball's front.
@Suite("Render: a ball of known size and place")
struct SphereRenderTests {
    static let centre = SIMD3<Double>(-12, 30, 45)
    static let radius = 25.0
    static let gridCentre = SIMD3<Double>(-18, 34, 40)

    static func ball() -> Volume<Float> {
        Phantom.volume(Phantom.sphere(centre: centre, radius: radius), size: SIMD3(96, 90, 70),
                       spacing: SIMD3(0.8, 0.9, 1.2), centre: gridCentre)
    }

    /// Pixels that must hit (well inside the disc) or miss (well outside), and the radius from the area.
    static func checkDisc(_ render: SurfaceRender, label: String) {
        let camera = render.camera
        let projected = camera.project(centre)
        let radiusInPixels = radius / camera.pixelSize
        var wrong = 0
        for row in 0..<render.size {
            for column in 0..<render.size {
                let distance = ((Double(column) - projected.column) * (Double(column) - projected.column)
                    + (Double(row) - projected.row) * (Double(row) - projected.row)).squareRoot()
                let hit = render.isHit(column: column, row: row)
                if distance < radiusInPixels - 1 && !hit || distance > radiusInPixels + 1 && hit { wrong += 1 }
            }
        }
        #expect(wrong == 0, "\(label): \(wrong) pixels off the disc of radius \(radiusInPixels) px")
        let areaRadius = (Double(render.hitCount) / Double.pi).squareRoot()
        #expect(abs(areaRadius - radiusInPixels) < 1, "\(label): disc radius \(areaRadius) px, expected \(radiusInPixels)")
        // Depth at the pixel nearest the projected centre: the front of the ball at that offset.
        let column = Int(projected.column.rounded()), row = Int(projected.row.rounded())
        let lateral = ((Double(column) - projected.column) * (Double(column) - projected.column)
            + (Double(row) - projected.row) * (Double(row) - projected.row)).squareRoot() * camera.pixelSize
        let expected = projected.depth - (radius * radius - lateral * lateral).squareRoot()
        let depth = Double(render.depth[row * render.size + column])
        let halfStep = 0.5 * 0.8 / 2  // half of the ray step (half the smallest spacing)
        #expect(abs(depth - expected) <= halfStep, "\(label): depth \(depth) mm at the centre, expected \(expected)")
        // The centre faces the light: brightest there.
        #expect(render.grey[row * render.size + column] >= 250, "\(label): grey \(render.grey[row * render.size + column]) at the centre")
    }

    @Test("front, left, top and an oblique view: disc radius ±1 px, centre depth within half a step",
          arguments: [StandardViews.front, StandardViews.left, StandardViews.top, ViewAngle(yaw: 33, pitch: -17)])
    func disc(view: ViewAngle) {
        let renderer = IsosurfaceRenderer(volume: .float32(Self.ball()), threshold: 0)
        Self.checkDisc(renderer.render(view, size: 256), label: view.name)
    }

    @Test("Int16 voxels with a rescale render like the Float ones (threshold in real units)")
    func storedWithRescale() {
        let float = Self.ball()
        let stored = Phantom.int16(float)
        let renderer = IsosurfaceRenderer(volume: .int16(stored), threshold: 0)
        let render = renderer.render(StandardViews.front, size: 256)
        Self.checkDisc(render, label: "int16")
        let reference = IsosurfaceRenderer(volume: .float32(float), threshold: 0).render(StandardViews.front, size: 256)
        // Storing 2 HU steps moves the surface by at most 0.01 mm: only silhouette pixels can flip.
        let flipped = render.depth.indices.filter { render.depth[$0].isFinite != reference.depth[$0].isFinite }.count
        #expect(Double(flipped) < 0.005 * Double(reference.hitCount), "\(flipped) pixels differ")
    }

    @Test("empty-space skipping and threads change nothing beyond the refinement tolerance")
    func accelerationIsInvisible() {
        let volume = AnyVolume.float32(Self.ball())
        let fast = IsosurfaceRenderer(volume: volume, threshold: 0).render(StandardViews.left30, size: 200)
        let plain = IsosurfaceRenderer(volume: volume, threshold: 0, options: .init(skipEmptySpace: false, concurrent: false))
            .render(StandardViews.left30, size: 200)
        var maskDifferences = 0, largestDepthDifference: Float = 0, largestGreyDifference = 0
        for i in fast.depth.indices {
            if fast.depth[i].isFinite != plain.depth[i].isFinite { maskDifferences += 1; continue }
            guard fast.depth[i].isFinite else { continue }
            largestDepthDifference = max(largestDepthDifference, abs(fast.depth[i] - plain.depth[i]))
            largestGreyDifference = max(largestGreyDifference, abs(Int(fast.grey[i]) - Int(plain.grey[i])))
        }
        #expect(maskDifferences == 0)
        #expect(largestDepthDifference < 0.01, "depths differ by up to \(largestDepthDifference) mm")
        #expect(largestGreyDifference <= 2)
        #expect(fast.hitCount > 1000)
    }

    @Test("depth statistics: a flat region of the ball's front has small variance, the rim large")
    func depthStatistics() throws {
        let render = IsosurfaceRenderer(volume: .float32(Self.ball()), threshold: 0).render(StandardViews.front, size: 256)
        let projected = render.camera.project(Self.centre)
        let c = Int(projected.column.rounded()), r = Int(projected.row.rounded())
        let middle = try #require(render.depthStatistics(in: PixelRect(x: c - 5, y: r - 5, width: 11, height: 11)))
        #expect(middle.hitCount == 121 && middle.coverage == 1)
        let whole = try #require(render.depthStatistics(in: PixelRect(x: 0, y: 0, width: 256, height: 256)))
        #expect(whole.hitCount == render.hitCount && whole.pixelCount == 256 * 256)
        #expect(middle.variance < 0.5 && whole.variance > 20 * middle.variance)
        // Independent check of the variance over the whole disc.
        let hits = render.depth.filter(\.isFinite).map(Double.init)
        let mean = hits.reduce(0, +) / Double(hits.count)
        let variance = hits.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(hits.count)
        #expect(abs(whole.variance - variance) < 1e-6 * variance && abs(whole.mean - mean) < 1e-6)
        // A region off the image or with no hits has no statistics.
        #expect(render.depthStatistics(in: PixelRect(x: 0, y: 0, width: 5, height: 5)) == nil)
        #expect(render.depthVariance(in: PixelRect(x: 300, y: 300, width: 5, height: 5)) == nil)
    }
}
