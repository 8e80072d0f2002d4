import Foundation
import Imaging
import Testing
import TestSupport
import Volume

/// The first defacing steps (design.md §4, steps 1–2) on the real InVesalius head CT, each
/// stage compared voxel by voxel with scipy doing the same steps on the same array.
@Suite("Head CT pipeline")
struct HeadCTTests {
    @Test("body > −500 HU, largest component, closing by 6 mm, outside air: equal to scipy, plausible sizes")
    func cranium() throws {
        guard let url = TestData.file("invesalius/Cranium.inv3") else { return }
        let volume = try InVesaliusProject(contentsOf: url).volume
        let grid = try Grid(of: volume)
        let folder = try Fixtures.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let raw = folder.appendingPathComponent("hu.i16"), prefix = folder.appendingPathComponent("scipy").path
        try Fixtures.write(volume.voxels, to: raw)
        let radius = 6.0
        let report = try Oracle.run("imaging_oracle.py", "head", manifest: [
            "volume": raw.path, "shape": Fixtures.shape(of: grid), "spacing": Fixtures.sampling(of: grid), "radius": radius, "out": prefix,
        ])

        let body = try Mask(volume, above: -500)
        let components = ComponentLabels(body, connectivity: .faces)
        let largestLabel = try #require(components.largest)
        let head = components.mask { $0 == largestLabel }
        let closed = head.closed(byBall: radius)
        let outside = closed.inverted().connectedToBorder(connectivity: .faces)

        #expect(components.count == report["components"] as? Int, "components: \(components.count), scipy \(String(describing: report["components"]))")
        for (name, ours) in [("body", body), ("largest", head), ("closed", closed), ("outside", outside)] {
            let expected = try Fixtures.read(URL(fileURLWithPath: "\(prefix).\(name)"), as: UInt8.self)
            #expect(ours.voxels == expected, "\(name): \(Fixtures.differences(ours.voxels, expected, grid: grid))")
            #expect(ours.insideCount == report[name] as? Int, "\(name): \(ours.insideCount) voxels, scipy \(String(describing: report[name]))")
        }

        // Plausible anatomy: a head of a few litres; the closing only adds; the air enclosed by
        // the closed body (airways, sinuses) is neither body nor outside air.
        let millilitres = grid.spacing.x * grid.spacing.y * grid.spacing.z / 1000
        let headML = Double(head.insideCount) * millilitres
        #expect(headML > 1000 && headML < 6000, "head \(headML) ml")
        #expect(head.insideCount > body.insideCount * 9 / 10, "the head is most of the body mask")
        #expect(head.subtracting(closed).insideCount == 0)
        let enclosed = grid.count - closed.insideCount - outside.insideCount
        let air = try Mask(volume, below: -500)
        let enclosedAir = air.subtracting(outside).insideCount
        #expect(enclosed >= 0 && enclosedAir > 0, "air enclosed by the closed head: \(enclosedAir) voxels")
        #expect(outside.intersection(head).insideCount == 0)
        #expect(Double(outside.insideCount) > 0.2 * Double(grid.count), "outside air \(outside.insideCount) of \(grid.count)")
        print("Cranium.inv3: body \(body.insideCount), components \(components.count), head \(head.insideCount) (\(Int(headML)) ml), closed \(closed.insideCount), outside air \(outside.insideCount), enclosed air \(enclosedAir); scipy \(report["seconds"] ?? "?") s (scipy \(report["scipy"] ?? "?"))")
    }
}
