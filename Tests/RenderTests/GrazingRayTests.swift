import Foundation
@testable import Render
import Testing
import Volume

/// A block of soft tissue filling the whole volume, as a drowned face leaves it: every surface
/// lies on the volume's edge, and the rays along the edges graze the faces' padding layers,
/// where the renderer skips edge bricks by the faces' own maxima (`FacePlaneMaxima`).
@Suite("Render: rays grazing the faces of a block that fills the volume")
struct GrazingRayTests {
    /// Values waving smoothly through −150…100 HU, on anisotropic voxels.
    static func block() -> Volume<Float> {
        let size = SIMD3(40, 44, 30)
        var volume = Volume<Float>(size: size, spacing: SIMD3(0.7, 0.6, 1.1), origin: SIMD3(-14, -13, -16),
                                   voxels: [Float](repeating: 0, count: size.x * size.y * size.z))
        for k in 0..<size.z {
            for j in 0..<size.y {
                for i in 0..<size.x {
                    let wave = sin(Double(i) / 3.1) * cos(Double(j) / 4.3) + 0.6 * sin(Double(k) / 2.3 + 1)
                    volume.voxels[volume.index(i, j, k)] = Float(-25 + 78 * wave)
                }
            }
        }
        return volume
    }

    @Test("a grazing ray skips only bricks where every point of it stays below the threshold", arguments: [-100.0, 0, 60])
    func grazingSkipsHideNoCrossing(threshold: Float) {
        let volume = Self.block()
        let size = volume.size
        volume.voxels.withUnsafeBufferPointer { voxels in
            let maxima = EmptySpaceMap.Maxima(voxels: voxels, size: size, brickSize: 8)
            let map = EmptySpaceMap(maxima, storedThreshold: threshold)
            let padding = maxima.minimum - 1
            let sampler = TrilinearSampler(voxels: voxels, size: size, padding: padding)
            var skippedPoints = 0, pointsAbove = 0, hiddenCrossings = 0, unskippedBricksBelow = 0
            // Lines along each plane axis of each face, at several depths in its padding layer.
            for axis in 0..<3 {
                let (u, v) = FacePlaneMaxima.planeAxes(axis)
                for high in [false, true] {
                    for depth: Float in [0.03, 0.2, 0.5, 0.8, 0.97] {
                        for (along, across) in [(u, v), (v, u)] {
                            for line in stride(from: 0, to: size[across] - 1, by: 3) {
                                var start = SIMD3<Float>(repeating: 0)
                                start[axis] = high ? Float(size[axis] - 1) + depth : -depth
                                start[across] = Float(line) + 0.37
                                start[along] = -1
                                var direction = SIMD3<Float>(repeating: 0)
                                direction[along] = 1
                                let grazing = GrazingRay.of(start: start, direction: direction, maximumT: Float(size[along] + 1),
                                                            size: SIMD3<Float>(size))
                                guard let grazing, grazing.axis == axis, grazing.high == high else {
                                    hiddenCrossings += 1_000_000  // every such line grazes this face
                                    continue
                                }
                                for step in 0...(size[along] * 50) {
                                    var p = start
                                    p[along] += Float(step) / 50
                                    let brick = map.brick(at: p)
                                    let value = sampler.sample(p)
                                    if value >= threshold { pointsAbove += 1 }
                                    guard map.distance(ofBrick: brick) == 0 else { continue }
                                    if grazing.staysBelow(threshold, in: brick, faces: map.faces, padding: padding) {
                                        skippedPoints += 1
                                        if value >= threshold { hiddenCrossings += 1 }
                                    } else if value < threshold {
                                        unskippedBricksBelow += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
            #expect(hiddenCrossings == 0, "\(hiddenCrossings) points at or above \(threshold) in skipped bricks")
            // The check is exercised both ways: bricks skipped, and crossings found in bricks kept.
            #expect(skippedPoints > 10_000 && pointsAbove > 10_000 && unskippedBricksBelow > 0,
                    "\(skippedPoints) points skipped, \(pointsAbove) at or above the threshold")
        }
    }

    @Test("rays off the faces' padding layers, or not parallel to a face, do not graze")
    func onlyParallelRaysInThePaddingGraze() {
        let size = SIMD3<Float>(40, 44, 30)
        let along = SIMD3<Float>(1, 0, 0)
        #expect(GrazingRay.of(start: SIMD3(-1, 10, 29.4), direction: along, maximumT: 50, size: size)?.axis == 2)
        #expect(GrazingRay.of(start: SIMD3(-1, -0.6, 10), direction: along, maximumT: 50, size: size)?.high == false)
        #expect(GrazingRay.of(start: SIMD3(-1, 10, 28.9), direction: along, maximumT: 50, size: size) == nil)
        #expect(GrazingRay.of(start: SIMD3(-1, 10, 30.5), direction: along, maximumT: 50, size: size) == nil)
        #expect(GrazingRay.of(start: SIMD3(-1, 10, 29.4), direction: SIMD3(1, 0, 0.01), maximumT: 50, size: size) == nil)
    }
}
