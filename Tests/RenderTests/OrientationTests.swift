import Foundation
import Render
import Testing
import Volume

/// Which anatomy lands where: elongated objects look elongated in the right views, a marker on
/// the patient's left shows on the image's right in the front view, and an oblique volume of the
/// same object renders like the axial one.
@Suite("Render orientation")
struct OrientationTests {
    static let grid = (size: SIMD3(100, 110, 90), spacing: SIMD3<Double>(1.0, 0.9, 1.1), centre: SIMD3<Double>(0, 0, 0))

    /// Extent of the hit pixels in mm: (horizontal, vertical).
    static func extent(_ render: SurfaceRender) -> (horizontal: Double, vertical: Double) {
        guard let bounds = render.hitBounds else { return (0, 0) }
        let pixel = render.camera.pixelSize
        return (Double(bounds.columns.count) * pixel, Double(bounds.rows.count) * pixel)
    }

    @Test("an ellipsoid long along one LPS axis is long in the views that show that axis",
          arguments: [SIMD3<Double>(40, 15, 18), SIMD3<Double>(15, 40, 18), SIMD3<Double>(15, 18, 40)])
    func ellipsoid(axes: SIMD3<Double>) {
        let volume = Phantom.volume(Phantom.ellipsoid(centre: SIMD3(2, -3, 1), axes: axes),
                                    size: Self.grid.size, spacing: Self.grid.spacing, centre: Self.grid.centre)
        let renderer = IsosurfaceRenderer(volume: .float32(volume), threshold: 0)
        // Which LPS semi-axis each view shows horizontally and vertically.
        let expectations: [(ViewAngle, Double, Double)] = [
            (StandardViews.front, axes.x, axes.z), (StandardViews.back, axes.x, axes.z),
            (StandardViews.left, axes.y, axes.z), (StandardViews.right, axes.y, axes.z),
            (StandardViews.top, axes.x, axes.y),
        ]
        for (view, horizontal, vertical) in expectations {
            let render = renderer.render(view, size: 200)
            let measured = Self.extent(render)
            let tolerance = 2 * render.camera.pixelSize + 0.5
            #expect(abs(measured.horizontal - 2 * horizontal) <= tolerance,
                    "\(view.name): width \(measured.horizontal) mm, expected \(2 * horizontal) for semi-axes \(axes)")
            #expect(abs(measured.vertical - 2 * vertical) <= tolerance,
                    "\(view.name): height \(measured.vertical) mm, expected \(2 * vertical) for semi-axes \(axes)")
        }
    }

    /// A head-sized ball with a marker bump on the patient's left, in front, above the middle.
    static let markedHead = Phantom.union([
        Phantom.sphere(centre: .zero, radius: 30),
        Phantom.sphere(centre: SIMD3(14, -27, 10), radius: 7),  // left (+X), anterior (−Y), superior (+Z)
    ])

    @Test("a marker on the patient's left is on the image's right in the front view, upper half, nearest the camera")
    func markerOnTheLeft() throws {
        let volume = Phantom.volume(Self.markedHead, size: Self.grid.size, spacing: Self.grid.spacing, centre: Self.grid.centre)
        let renderer = IsosurfaceRenderer(volume: .float32(volume), threshold: 0)
        let front = renderer.render(StandardViews.front, size: 200)
        let centre = front.camera.project(.zero)
        let nearest = try #require(front.nearestPixel)
        let marker = front.camera.project(SIMD3(14, -27, 10))
        #expect(Double(nearest.column) > centre.column + 10, "nearest point at column \(nearest.column), centre \(centre.column)")
        #expect(Double(nearest.row) < centre.row - 5, "nearest point at row \(nearest.row), centre \(centre.row)")
        #expect(abs(Double(nearest.column) - marker.column) < 4 && abs(Double(nearest.row) - marker.row) < 4)
        // The marker's tip is 7 mm in front of its centre: 34 mm in front of the ball's centre, 4 mm before the ball.
        #expect(abs(Double(nearest.depth) - (centre.depth - 34)) < 0.5, "nearest depth \(nearest.depth)")

        // In profile the marker sticks out of the ball's silhouette on the anterior side: the image's
        // left in the left view (the face looks left), its right in the right view.
        for (view, anteriorOnLeft) in [(StandardViews.left, true), (StandardViews.right, false)] {
            let render = renderer.render(view, size: 200)
            let bounds = try #require(render.hitBounds)
            let middle = render.camera.project(.zero).column, pixel = render.camera.pixelSize
            let leftReach = (middle - Double(bounds.columns.lowerBound)) * pixel
            let rightReach = (Double(bounds.columns.upperBound) - middle) * pixel
            let (anterior, posterior) = anteriorOnLeft ? (leftReach, rightReach) : (rightReach, leftReach)
            #expect(abs(anterior - 34) < 1.5 && abs(posterior - 30) < 1.5, "\(view.name): reaches \(anterior) mm anterior, \(posterior) mm posterior")
        }
    }

    @Test("the same phantom on an oblique grid (rotated direction cosines) renders like the axial one")
    func obliqueMatchesAxial() {
        let phantom = Phantom.union([
            Self.markedHead,
            Phantom.ellipsoid(centre: SIMD3(-6, -30, -4), axes: SIMD3(4, 6, 9)),  // a nose-like ridge
        ])
        let axial = Phantom.volume(phantom, size: Self.grid.size, spacing: Self.grid.spacing, centre: Self.grid.centre)
        let rotation = Phantom.rotation(axis: SIMD3(1, -2, 3), degrees: 27)
        // A larger oblique grid, so that the rotated box still covers the object.
        let oblique = Phantom.volume(phantom, size: SIMD3(110, 120, 100), spacing: Self.grid.spacing, centre: SIMD3(1, -1, 0.5),
                                     direction: rotation)
        #expect(oblique.direction.0 != SIMD3(1, 0, 0))
        let framing = RenderFraming(fitting: axial)
        let axialRenderer = IsosurfaceRenderer(volume: .float32(axial), threshold: 0, framing: framing)
        let obliqueRenderer = IsosurfaceRenderer(volume: .float32(oblique), threshold: 0, framing: framing)
        for view in [StandardViews.front, StandardViews.left60, StandardViews.above20] {
            let a = axialRenderer.render(view, size: 200), b = obliqueRenderer.render(view, size: 200)
            var maskDifferences = 0, both = 0
            var depthDifferences: [Float] = [], greyDifference = 0
            for i in a.depth.indices {
                if a.depth[i].isFinite != b.depth[i].isFinite { maskDifferences += 1 }
                guard a.depth[i].isFinite && b.depth[i].isFinite else { continue }
                both += 1
                depthDifferences.append(abs(a.depth[i] - b.depth[i]))
                greyDifference += abs(Int(a.grey[i]) - Int(b.grey[i]))
            }
            depthDifferences.sort()
            let median = depthDifferences[depthDifferences.count / 2], p99 = depthDifferences[depthDifferences.count * 99 / 100]
            #expect(both > 3000)
            #expect(Double(maskDifferences) < 0.01 * Double(both), "\(view.name): \(maskDifferences) silhouette pixels differ")
            print("oblique vs axial, \(view.name): \(maskDifferences) silhouette pixels of \(both) differ; depth median \(median), p99 \(p99) mm; mean grey difference \(Double(greyDifference) / Double(both))")
            #expect(median < 0.05 && p99 < 0.3, "\(view.name): depth differences median \(median), 99th percentile \(p99) mm")
            #expect(Double(greyDifference) / Double(both) < 3, "\(view.name): mean grey difference \(Double(greyDifference) / Double(both))")
        }
    }
}
