@testable import Imaging
import Testing
import TestSupport

/// Morphology by row spans (the path small balls take) against the distance-transform
/// morphology (which `MorphologyTests` checks against scipy), on grids and radii where the
/// two paths both apply, and the ball's rows against its offsets counted one by one.
@Suite("Ball morphology by row spans")
struct BallSpansTests {
    static let cases: [(name: String, grid: Grid, radii: [Double])] = [
        ("40x36x30 CT blocks 2.25x2.25x2 mm", Fixtures.grid(40, 36, 30, spacing: SIMD3(2.25, 2.25, 2)), [1, 3, 3.5, 4.5, 5.88, 6, 7, 10]),
        ("33x29x17 thin slices 0.45x0.45x1 mm", Fixtures.grid(33, 29, 17, spacing: SIMD3(0.45, 0.45, 1)), [0.45, 1, 1.3, 2]),
        ("24x24x24 isotropic 1 mm", Fixtures.grid(24, 24, 24), [1, Double(2).squareRoot(), 2.5, 4]),
    ]

    @Test("dilation, erosion, rings and several radii by spans equal the distance transform's", arguments: cases.indices)
    func spansEqualDistances(index: Int) {
        let (name, grid, radii) = Self.cases[index]
        let masks = [("sparse", Fixtures.random(grid, density: 0.02, seed: 3)), ("dense", Fixtures.random(grid, density: 0.7, seed: 4)),
                     ("empty", Mask(grid: grid, filledWith: false)), ("full", Mask(grid: grid, filledWith: true))]
        for (maskName, mask) in masks {
            for radius in radii {
                let ball = BallSpans(radius: radius, spacing: grid.spacing, size: grid.size)
                #expect(ball.suitsSpans, "\(name): r \(radius) mm should take the span path")
                for parallelism in [Parallelism.serial, Parallelism(threads: 3)] {
                    let byDistance = mask.dilatedByDistance(radius, parallelism: parallelism)
                    #expect(mask.dilated(by: ball, parallelism: parallelism) == byDistance, "\(name), \(maskName): dilation r \(radius)")
                    #expect(mask.dilated(byBall: radius, parallelism: parallelism) == byDistance, "\(name), \(maskName): dilated(byBall:) r \(radius)")
                    #expect(mask.eroded(byBall: radius, parallelism: parallelism) == mask.erodedByDistance(radius, parallelism: parallelism),
                            "\(name), \(maskName): erosion r \(radius)")
                }
                let inner = radius / 2
                #expect(mask.ring(from: inner, to: radius) == byDistanceRing(mask, inner, radius), "\(name), \(maskName): ring \(inner)…\(radius)")
                #expect(Mask.within([radius, inner], of: mask) == [mask.dilatedByDistance(radius, parallelism: .allCores),
                                                                    mask.dilatedByDistance(inner, parallelism: .allCores)],
                        "\(name), \(maskName): within r \(radius)")
            }
        }
    }

    @Test("the rows of a ball hold exactly the offsets within the radius")
    func rowsHoldTheBall() {
        for (_, grid, radii) in Self.cases {
            for radius in radii {
                let ball = BallSpans(radius: radius, spacing: grid.spacing, size: grid.size)
                let limit = radius * radius * (1 + 1e-5), s = grid.spacing
                var expected: [SIMD3<Int>] = []
                let reach = SIMD3<Int>((0..<3).map { min(grid.size[$0] - 1, Int(radius / s[$0])) })
                for dz in -reach.z...reach.z { for dy in -reach.y...reach.y { for dx in -reach.x...reach.x {
                    let mm = SIMD3<Double>(Double(dx), Double(dy), Double(dz)) * s
                    if (mm * mm).sum() <= limit { expected.append(SIMD3(dx, dy, dz)) }
                } } }
                let fromRows = ball.rows.flatMap { row in (-row.halfWidth...row.halfWidth).map { SIMD3($0, row.dy, row.dz) } }
                #expect(Set(fromRows) == Set(expected) && fromRows.count == expected.count, "r \(radius) on \(s)")
                #expect(ball.widest == ball.rows.map(\.halfWidth).max())
            }
        }
    }

    /// The ring as the distance transform gives it: farther than `inner`, within `outer`.
    func byDistanceRing(_ mask: Mask, _ inner: Double, _ outer: Double) -> Mask {
        mask.dilatedByDistance(outer, parallelism: .allCores).subtracting(mask.dilatedByDistance(inner, parallelism: .allCores))
    }
}
