import Foundation
import Imaging
import Testing
import Volume

/// Mask resampling through patient coordinates, on geometries with answers known in closed form.
@Suite("Mask resampling")
struct ResamplingTests {
    static let source = Fixtures.blobs(try! Grid(size: SIMD3(10, 8, 6), spacing: SIMD3(1, 1, 2), origin: SIMD3(-4, 3, 20)), count: 4, seed: 77)

    @Test("the same grid gives the same mask")
    func identity() {
        #expect(Self.source.resampled(onto: Self.source.grid) == Self.source)
    }

    @Test("flipped columns and slices: voxel (i, j, k) takes source voxel (9 − i, j, 5 − k)")
    func flipped() throws {
        let g = Self.source.grid
        let target = try Grid(size: g.size, spacing: g.spacing, origin: g.world(SIMD3(9, 0, 5)),
                              direction: (SIMD3(-1, 0, 0), SIMD3(0, 1, 0), SIMD3(0, 0, -1)))
        for parallelism in Fixtures.parallelisms {
            let out = Self.source.resampled(onto: target, parallelism: parallelism)
            for k in 0..<6 { for j in 0..<8 { for i in 0..<10 { #expect(out[i, j, k] == Self.source[9 - i, j, 5 - k]) } } }
        }
    }

    @Test("rows and columns swapped (a 90° turn about the slice axis): voxel (i, j, k) takes (9 − j, i, k)")
    func turned() throws {
        let g = Self.source.grid
        let target = try Grid(size: SIMD3(8, 10, 6), spacing: g.spacing, origin: g.world(SIMD3(9, 0, 0)),
                              direction: (SIMD3(0, 1, 0), SIMD3(-1, 0, 0), SIMD3(0, 0, 1)))
        let out = Self.source.resampled(onto: target)
        for k in 0..<6 { for j in 0..<10 { for i in 0..<8 { #expect(out[i, j, k] == Self.source[9 - j, i, k]) } } }
    }

    @Test("half the spacing: voxel i takes source voxel ⌊i/2 + ½⌋ (halves round up); beyond the source is outside")
    func upsampled() throws {
        let g = Self.source.grid
        let target = try Grid(size: g.size &* 2 &+ 3, spacing: g.spacing / 2, origin: g.origin, direction: g.direction)
        let out = Self.source.resampled(onto: target)
        for k in 0..<target.size.z { for j in 0..<target.size.y { for i in 0..<target.size.x {
            let s = SIMD3((i + 1) / 2, (j + 1) / 2, (k + 1) / 2)
            let expected = s.x < 10 && s.y < 8 && s.z < 6 ? Self.source[s.x, s.y, s.z] : false
            #expect(out[i, j, k] == expected, "(\(i), \(j), \(k))")
        } } }
    }

    @Test("oblique target (rotated 30° about an oblique axis, other spacing): a ball stays the same ball in mm")
    func oblique() throws {
        // Source: a ball of radius 20 mm, centre (5, -3, 40) mm, on a 0.9 × 0.9 × 1.5 mm grid.
        let source = try Grid(size: SIMD3(60, 60, 40), spacing: SIMD3(0.9, 0.9, 1.5), origin: SIMD3(-22, -30, 10))
        let centre = SIMD3<Double>(5, -3, 40), radius = 20.0
        let ball = Fixtures.shape(source) { i, j, k in
            let d = source.world(SIMD3(Double(i), Double(j), Double(k))) - centre
            return (d * d).sum() <= radius * radius
        }
        // Rodrigues' rotation of the axes by 30° about (1, 2, 2)/3.
        let axis = SIMD3<Double>(1, 2, 2) / 3, angle = Double.pi / 6
        func rotate(_ v: SIMD3<Double>) -> SIMD3<Double> {
            v * cos(angle) + simdCross(axis, v) * sin(angle) + axis * (axis * v).sum() * (1 - cos(angle))
        }
        let target = try Grid(size: SIMD3(50, 45, 55), spacing: SIMD3(1.1, 0.7, 1.0), origin: SIMD3(-20, -25, 5),
                              direction: (rotate(SIMD3(1, 0, 0)), rotate(SIMD3(0, 1, 0)), rotate(SIMD3(0, 0, 1))))
        let out = ball.resampled(onto: target, parallelism: Parallelism(threads: 3))
        // The nearest source centre is at most half a source voxel diagonal away.
        let slack = (source.spacing * source.spacing).sum().squareRoot() / 2
        var inside = 0, uncertain = 0, analytic = 0
        for k in 0..<target.size.z { for j in 0..<target.size.y { for i in 0..<target.size.x {
            let p = target.world(SIMD3(Double(i), Double(j), Double(k)))
            let distance = ((p - centre) * (p - centre)).sum().squareRoot()
            if distance <= radius { analytic += 1 }
            if distance < radius - slack { #expect(out[i, j, k], "(\(i), \(j), \(k)) \(distance) mm from the centre"); inside += 1 }
            else if distance > radius + slack { #expect(!out[i, j, k], "(\(i), \(j), \(k)) \(distance) mm from the centre") }
            else { uncertain += 1 }
        } } }
        // Counts agree with the ball's own (target voxel centres within 20 mm) up to the rim's share.
        #expect(abs(out.insideCount - analytic) < uncertain / 4, "\(out.insideCount) voxels, the ball holds \(analytic), rim \(uncertain)")
        #expect(inside > 0 && uncertain < inside)
    }
}
