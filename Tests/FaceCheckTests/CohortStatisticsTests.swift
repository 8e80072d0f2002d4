import FaceCheck
import Testing

/// The re-identification statistics against a small example worked out by hand.
///
/// Genuine distances 0.2 and 0.5, impostors 0.3, 0.6 and 0.7. Calling pairs at or below t matches:
///
/// | t   | TP | FP | FN | TN | TPR | FPR | precision | F1   |
/// |-----|----|----|----|----|-----|-----|-----------|------|
/// | −∞  | 0  | 0  | 2  | 3  | 0   | 0   | 1         | 0    |
/// | 0.2 | 1  | 0  | 1  | 3  | 1/2 | 0   | 1         | 2/3  |
/// | 0.3 | 1  | 1  | 1  | 2  | 1/2 | 1/3 | 1/2       | 1/2  |
/// | 0.5 | 2  | 1  | 0  | 2  | 1   | 1/3 | 2/3       | 4/5  |
/// | 0.6 | 2  | 2  | 0  | 1  | 1   | 2/3 | 1/2       | 2/3  |
/// | 0.7 | 2  | 3  | 0  | 0  | 1   | 1   | 2/5       | 4/7  |
///
/// ROC area: 1/3 × 1/2 (FPR 0→1/3) + 2/3 × 1 (FPR 1/3→1) = 5/6, which is also the share of the six
/// genuine × impostor comparisons the genuine pair wins (5). Average precision: 1/2 × 1 + 1/2 × 2/3 = 5/6.
/// Best F1 at t = 0.5: TP 2, FP 1, FN 0.
@Suite("Cohort statistics")
struct CohortStatisticsTests {
    static let pairs = [(0.2, true), (0.3, false), (0.5, true), (0.6, false), (0.7, false)]
        .map { CohortStatistics.Pair(distance: $0.0, genuine: $0.1) }

    @Test("Curve points, ROC area, average precision and best threshold equal the hand computation")
    func handExample() throws {
        let curve = CohortStatistics.curve(Self.pairs.reversed())
        #expect(curve.map(\.threshold) == [-.infinity, 0.2, 0.3, 0.5, 0.6, 0.7])
        #expect(curve.map(\.truePositives) == [0, 1, 1, 2, 2, 2])
        #expect(curve.map(\.falsePositives) == [0, 0, 1, 1, 2, 3])
        #expect(curve.map(\.falseNegatives) == [2, 1, 1, 0, 0, 0])
        #expect(curve.map(\.trueNegatives) == [3, 3, 2, 2, 1, 0])
        #expect(abs(CohortStatistics.areaUnderROC(curve) - 5.0 / 6) < 1e-12)
        #expect(abs(CohortStatistics.areaUnderPrecisionRecall(curve) - 5.0 / 6) < 1e-12)
        let best = try #require(CohortStatistics.bestThreshold(Self.pairs))
        #expect(best.threshold == 0.5)
        #expect((best.truePositives, best.falsePositives, best.falseNegatives) == (2, 1, 0))
        #expect(abs(best.f1 - 0.8) < 1e-12)
        #expect(CohortStatistics.confusion(Self.pairs, threshold: 0.5) == best)
    }

    @Test("Ties cross the threshold together and count half in the ROC area")
    func ties() {
        let pairs = [CohortStatistics.Pair(distance: 0.4, genuine: true), .init(distance: 0.4, genuine: false)]
        let curve = CohortStatistics.curve(pairs)
        #expect(curve.count == 2)
        #expect(CohortStatistics.areaUnderROC(curve) == 0.5)
    }

    /// Faces not found are infinitely far. Genuine distances 0.4, ∞, ∞; impostors 0.3, ∞:
    ///
    /// | t   | TP | FP | FN | TN | TPR | FPR | precision | F1   |
    /// |-----|----|----|----|----|-----|-----|-----------|------|
    /// | −∞  | 0  | 0  | 3  | 2  | 0   | 0   | 1         | 0    |
    /// | 0.3 | 0  | 1  | 3  | 1  | 0   | 1/2 | 0         | 0    |
    /// | 0.4 | 1  | 1  | 2  | 1  | 1/3 | 1/2 | 1/2       | 2/5  |
    /// | ∞   | 3  | 2  | 0  | 0  | 1   | 1   | 3/5       | 3/4  |
    ///
    /// The best finite threshold is 0.4 (TP 1, FP 1, FN 2): ∞ has the higher F1 but calls every
    /// pair a match, faces or not. ROC area: 1/2 × (1/3 + 1) / 2 = 1/3, the share of the six
    /// genuine × impostor comparisons won (0.4 < ∞ once, and ∞ ties ∞ twice, counting half).
    /// Average precision: 1/3 × 1/2 + 2/3 × 3/5 = 17/30.
    @Test("Infinite distances tie at the end of the curve and are never chosen as the threshold")
    func infiniteDistances() throws {
        let pairs = [(0.4, true), (.infinity, true), (.infinity, true), (0.3, false), (.infinity, false)]
            .map { CohortStatistics.Pair(distance: $0.0, genuine: $0.1) }
        let curve = CohortStatistics.curve(pairs)
        #expect(curve.map(\.threshold) == [-.infinity, 0.3, 0.4, .infinity])
        #expect(curve.map(\.truePositives) == [0, 0, 1, 3])
        #expect(curve.map(\.falsePositives) == [0, 1, 1, 2])
        #expect(abs(CohortStatistics.areaUnderROC(curve) - 1.0 / 3) < 1e-12)
        #expect(abs(CohortStatistics.areaUnderPrecisionRecall(curve) - 17.0 / 30) < 1e-12)
        let best = try #require(CohortStatistics.bestThreshold(pairs))
        #expect(best.threshold == 0.4)
        #expect((best.truePositives, best.falsePositives, best.falseNegatives) == (1, 1, 2))
        let none = [CohortStatistics.Pair(distance: .infinity, genuine: true), .init(distance: .infinity, genuine: false)]
        #expect(CohortStatistics.bestThreshold(none) == nil)
        #expect(CohortStatistics.bestThreshold([]) == nil)
    }

    /// Columns are probes: probe 0 is nearest its own original (0.2 against 0.3 and 0.6), probe 1
    /// is nearer original 2 (0.1) than its own (0.4), probe 2 showed no face. With original 1 at
    /// 0.2 from probe 0 too, probe 0 ties and is not a rank-1 match either.
    @Test("Rank-1 matches: probes strictly nearest their own original, at a finite distance")
    func rankOne() {
        let distances: [[Double]] = [[0.2, 0.5, .infinity], [0.3, 0.4, .infinity], [0.6, 0.1, .infinity]]
        #expect(CohortStatistics.rankOneMatches(distances) == 1)
        var tied = distances
        tied[1][0] = 0.2
        #expect(CohortStatistics.rankOneMatches(tied) == 0)
        #expect(CohortStatistics.rankOneMatches([]) == 0)
    }

    @Test("The 70/30 split is seeded, disjoint, complete and independent of the input order")
    func split() {
        let subjects = (1...23).map { "subject-\($0)" }
        let a = CohortStatistics.split(subjects, seed: 5)
        let b = CohortStatistics.split(subjects.reversed(), seed: 5)
        #expect(a.calibration == b.calibration && a.heldOut == b.heldOut)
        #expect(a.calibration.count == 16 && a.heldOut.count == 7)
        #expect(Set(a.calibration).isDisjoint(with: a.heldOut) && Set(a.calibration + a.heldOut) == Set(subjects))
        #expect(CohortStatistics.split(subjects, seed: 6).calibration != a.calibration)
    }
}
