import FaceCheck
import Foundation
import Render
import Testing

/// The plots, read back pixel by pixel: each curve point lies where the unit square maps it, in
/// its series' colour; precision–recall is drawn as steps, not straight lines.
@Suite("Curve plots")
struct CurvePlotTests {
    static let curve = CohortStatistics.curve(CohortStatisticsTests.pairs)

    static func colour(_ image: PNGImage, at p: SIMD2<Double>) -> CurvePlot.Colour {
        let n = 3 * (Int(p.y.rounded()) * image.width + Int(p.x.rounded()))
        return CurvePlot.Colour(image.pixels[n], image.pixels[n + 1], image.pixels[n + 2])
    }

    static func count(_ image: PNGImage, _ colour: CurvePlot.Colour) -> Int {
        stride(from: 0, to: image.pixels.count, by: 3).filter {
            CurvePlot.Colour(image.pixels[$0], image.pixels[$0 + 1], image.pixels[$0 + 2]) == colour
        }.count
    }

    @Test("ROC: the hand example's points and the segments between them are drawn; the chance diagonal is dashed")
    func roc() {
        let plot = CurvePlot.roc([(name: "EXAMPLE", curve: Self.curve, colour: .blue)], title: "ROC"), image = plot.image()
        #expect((image.width, image.height, image.channels) == (720, 720, 3))
        // (FPR, TPR): (0, 0), (0, 1/2), (1/3, 1/2), (1/3, 1), (2/3, 1), (1, 1), and the middle of a segment.
        for point in [SIMD2(0.0, 0.0), SIMD2(0, 0.5), SIMD2(1.0 / 3, 0.5), SIMD2(1.0 / 3, 1), SIMD2(2.0 / 3, 1), SIMD2(1.0 / 6, 0.5)] {
            #expect(Self.colour(image, at: plot.position(of: point)) == .blue, "\(point)")
        }
        // Off the curve: below it, inside the square.
        #expect(Self.colour(image, at: plot.position(of: SIMD2(0.6, 0.3))) != .blue)
        #expect(Self.count(image, .guide) > 300)
        #expect(Self.count(image, .black) > 1000)  // frame, ticks, title, labels
    }

    @Test("Precision-recall: steps that rise at each recall, with the base rate as a guide")
    func precisionRecall() {
        let plot = CurvePlot.precisionRecall([(name: "EXAMPLE", curve: Self.curve, colour: .orange)], title: "PR"), image = plot.image()
        // (recall, precision): (0, 1), (1/2, 1), (1/2, 1/2), (1, 2/3), (1, 1/2), (1, 2/5). From recall 1/2
        // to 1 the precision is 2/3 (the point reached), not a straight line from 1/2 up to 2/3.
        #expect(Self.colour(image, at: plot.position(of: SIMD2(0.25, 1))) == .orange)
        #expect(Self.colour(image, at: plot.position(of: SIMD2(0.75, 2.0 / 3))) == .orange)
        #expect(Self.colour(image, at: plot.position(of: SIMD2(0.75, 7.0 / 12))) != .orange)
        #expect(Self.colour(image, at: plot.position(of: SIMD2(1, 0.45))) == .orange)
        // 2 genuine pairs of 5: a random matcher's precision 0.4 is the dashed guide at y = 0.4.
        let guide = (0..<40).map { Self.colour(image, at: plot.position(of: SIMD2(0.3 + Double($0) / 200, 0.4))) }
        #expect(guide.filter { $0 == .guide }.count >= 15)
    }

    @Test("The segment into the point at an infinite threshold is dashed, and the note says why")
    func infiniteSegment() {
        // Genuine 0.4, ∞, ∞; impostors 0.3, ∞ (CohortStatisticsTests): (FPR, TPR) ends (1/2, 1/3) → (1, 1).
        let pairs = [(0.4, true), (.infinity, true), (.infinity, true), (0.3, false), (.infinity, false)]
            .map { CohortStatistics.Pair(distance: $0.0, genuine: $0.1) }
        let plot = CurvePlot.roc([(name: "X", curve: CohortStatistics.curve(pairs), colour: .blue)], title: "T")
        #expect(plot.note != nil && plot.series[0].dashedFrom == 3)
        let image = plot.image()
        let along = (0..<60).map { Self.colour(image, at: plot.position(of: SIMD2(0.5, 1.0 / 3) + SIMD2(0.5, 2.0 / 3) * (0.2 + Double($0) / 100))) }
        let inked = along.filter { $0 == .blue }.count
        #expect(inked > 10 && inked < 50, "\(inked) of 60 samples on the dashed segment are blue")
        #expect(Self.count(image, .note) > 100)
    }

    @Test("The PNG encodes and the legend shows each series' colour")
    func legendAndEncoding() throws {
        let plot = CurvePlot.roc([(name: "A", curve: Self.curve, colour: .blue), (name: "B", curve: [], colour: .orange)], title: "T")
        let image = plot.image(width: 400, height: 360)
        #expect(Self.count(image, .orange) > 50)  // B has no points: only its legend sample is drawn
        let png = try image.encoded()
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    }
}
