import Foundation
import Render
import Testing
import Volume

/// The camera's conventions: where each named view looks from, and which way is up and right.
@Suite("Render cameras")
struct CameraTests {
    static let framing = RenderFraming(centre: SIMD3(10, -20, 30), fieldOfView: 200, planeDistance: 100)

    static func close(_ a: SIMD3<Double>, _ b: SIMD3<Double>, _ tolerance: Double = 1e-12) -> Bool {
        ((a - b) * (a - b)).sum().squareRoot() < tolerance
    }

    @Test("front view: camera at anterior looking posterior, superior up, the patient's left on the image's right")
    func front() {
        let camera = OrthographicCamera(view: StandardViews.front, framing: Self.framing, size: 100)
        #expect(Self.close(camera.forward, SIMD3(0, 1, 0)))
        #expect(Self.close(camera.up, SIMD3(0, 0, 1)))
        #expect(Self.close(camera.right, SIMD3(1, 0, 0)))
        // A point 10 mm to the patient's left (+X) lands right of centre; 10 mm superior lands above.
        let left = camera.project(Self.framing.centre + SIMD3(10, 0, 0))
        #expect(abs(left.column - (49.5 + 10 / camera.pixelSize)) < 1e-9 && abs(left.row - 49.5) < 1e-9)
        let superior = camera.project(Self.framing.centre + SIMD3(0, 0, 10))
        #expect(superior.row < 49.5)
        // Anterior points are nearer the camera.
        #expect(camera.project(Self.framing.centre + SIMD3(0, -10, 0)).depth < camera.project(Self.framing.centre).depth)
        #expect(abs(camera.project(Self.framing.centre).depth - 100) < 1e-9)
    }

    @Test("left and right views look at the patient's left and right side; back and top as named")
    func sides() {
        let left = OrthographicCamera(view: StandardViews.left, framing: Self.framing, size: 64)
        #expect(Self.close(left.forward, SIMD3(-1, 0, 0)))  // camera at +X (patient's left) looking right-ward
        #expect(Self.close(left.right, SIMD3(0, 1, 0)))     // posterior on the image's right: the face looks left
        let right = OrthographicCamera(view: StandardViews.right, framing: Self.framing, size: 64)
        #expect(Self.close(right.forward, SIMD3(1, 0, 0)))
        #expect(Self.close(right.right, SIMD3(0, -1, 0)))   // anterior on the image's right
        let back = OrthographicCamera(view: StandardViews.back, framing: Self.framing, size: 64)
        #expect(Self.close(back.forward, SIMD3(0, -1, 0)) && Self.close(back.right, SIMD3(-1, 0, 0)))
        let top = OrthographicCamera(view: StandardViews.top, framing: Self.framing, size: 64)
        #expect(Self.close(top.forward, SIMD3(0, 0, -1)) && Self.close(top.up, SIMD3(0, 1, 0)))
    }

    @Test("every view: an orthonormal right-handed basis; pixels and projections invert each other")
    func basis() {
        for view in StandardViews.all + [ViewAngle(yaw: 37, pitch: -13)] {
            let camera = OrthographicCamera(view: view, framing: Self.framing, size: 128)
            let (f, u, r) = (camera.forward, camera.up, camera.right)
            #expect(abs((f * u).sum()) < 1e-12 && abs((f * r).sum()) < 1e-12 && abs((u * r).sum()) < 1e-12)
            #expect(Self.close(simdCross(r, u), -f))
            // Yaw turns about the superior axis only: the image's right stays horizontal.
            #expect(abs(r.z) < 1e-12)
            let origin = camera.rayOrigin(column: 17, row: 90)
            let back = camera.project(origin + f * 42)
            #expect(abs(back.column - 17) < 1e-9 && abs(back.row - 90) < 1e-9 && abs(back.depth - 42) < 1e-9)
        }
    }

    @Test("--view values: names, all, YAW,PITCH; nonsense rejected")
    func parsing() {
        #expect(StandardViews.parse("front") == [StandardViews.front])
        #expect(StandardViews.parse("LEFT30") == [StandardViews.left30])
        #expect(StandardViews.parse("all")?.count == 11)
        #expect(StandardViews.parse("45,-10") == [ViewAngle(yaw: 45, pitch: -10)])
        #expect(StandardViews.parse("sideways") == nil)
        #expect(StandardViews.parse("10,95") == nil)
        #expect(StandardViews.parse("1,2,3") == nil)
        #expect(Set(StandardViews.all.map(\.name)).count == StandardViews.all.count)
    }

    @Test("framing fits the volume's bounding box, whatever its orientation")
    func framing() {
        let rotation = Phantom.rotation(axis: SIMD3(1, 2, 3), degrees: 40)
        let volume = Volume<Float>(size: SIMD3(20, 30, 40), spacing: SIMD3(1, 2, 0.5), origin: SIMD3(5, 6, 7), direction: rotation,
                                   voxels: [Float](repeating: 0, count: 20 * 30 * 40))
        let framing = RenderFraming(fitting: volume)
        #expect(Self.close(framing.centre, volume.world(SIMD3(9.5, 14.5, 19.5)), 1e-9))
        // Half the box diagonal: (20·1, 30·2, 40·0.5) mm.
        let expected = SIMD3<Double>(20, 60, 20)
        #expect(abs(framing.planeDistance - (expected * expected).sum().squareRoot() / 2) < 1e-9)
        #expect(abs(framing.fieldOfView - 2 * framing.planeDistance) < 1e-9)
    }
}
