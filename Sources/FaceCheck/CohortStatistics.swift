/// The statistics of a re-identification study (the CT defacing efficacy study's method): every
/// original is compared with every defaced volume by embedding distance, and a pair at or below
/// a distance threshold is called a match. Genuine pairs (the same subject) should match,
/// impostor pairs should not.
public enum CohortStatistics {
    /// One original × defaced comparison.
    public struct Pair: Sendable, Equatable, Codable {
        public var distance: Double
        /// Whether both sides are the same subject.
        public var genuine: Bool

        public init(distance: Double, genuine: Bool) {
            self.distance = distance
            self.genuine = genuine
        }
    }

    /// Matches called at one threshold.
    public struct Confusion: Sendable, Equatable, Codable {
        public var threshold: Double
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0

        public var truePositiveRate: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var falsePositiveRate: Double { ratio(falsePositives, falsePositives + trueNegatives) }
        /// 1 when nothing is called a match (no call was wrong).
        public var precision: Double { truePositives + falsePositives == 0 ? 1 : ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { truePositiveRate }
        public var f1: Double {
            let sum = precision + recall
            return sum == 0 ? 0 : 2 * precision * recall / sum
        }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    /// The confusion at `threshold`: a pair matches when its distance is at most the threshold.
    public static func confusion(_ pairs: [Pair], threshold: Double) -> Confusion {
        var result = Confusion(threshold: threshold)
        for pair in pairs {
            switch (pair.genuine, pair.distance <= threshold) {
            case (true, true): result.truePositives += 1
            case (true, false): result.falseNegatives += 1
            case (false, true): result.falsePositives += 1
            case (false, false): result.trueNegatives += 1
            }
        }
        return result
    }

    /// The confusion at every distinct distance, in increasing order, after one at −∞ where
    /// nothing matches: the points of the ROC and precision–recall curves.
    public static func curve(_ pairs: [Pair]) -> [Confusion] {
        let genuine = pairs.filter(\.genuine).count
        var current = Confusion(threshold: -.infinity)
        current.falseNegatives = genuine
        current.trueNegatives = pairs.count - genuine
        var points = [current]
        let sorted = pairs.sorted { $0.distance < $1.distance }
        var index = 0
        while index < sorted.count {
            let distance = sorted[index].distance
            // Equal distances cross the threshold together.
            while index < sorted.count && sorted[index].distance == distance {
                if sorted[index].genuine {
                    current.truePositives += 1
                    current.falseNegatives -= 1
                } else {
                    current.falsePositives += 1
                    current.trueNegatives -= 1
                }
                index += 1
            }
            current.threshold = distance
            points.append(current)
        }
        return points
    }

    /// Area under the ROC curve (false positive rate against true positive rate, trapezoids):
    /// the chance that a genuine pair is closer than an impostor pair, ties counting half.
    public static func areaUnderROC(_ curve: [Confusion]) -> Double {
        zip(curve, curve.dropFirst()).reduce(0) { area, step in
            area + (step.1.falsePositiveRate - step.0.falsePositiveRate) * (step.1.truePositiveRate + step.0.truePositiveRate) / 2
        }
    }

    /// Area under the precision–recall curve as average precision: each rise in recall weighted
    /// by the precision where it happens (no interpolation between points).
    public static func areaUnderPrecisionRecall(_ curve: [Confusion]) -> Double {
        zip(curve, curve.dropFirst()).reduce(0) { area, step in area + (step.1.recall - step.0.recall) * step.1.precision }
    }

    /// The threshold of the best F1 on `pairs` (the smallest such distance on ties), or nil
    /// when no pair has a finite distance. Infinite distances (no face found to compare) are
    /// never matched: a threshold of infinity would call every pair a match.
    public static func bestThreshold(_ pairs: [Pair]) -> Confusion? {
        curve(pairs).dropFirst().filter(\.threshold.isFinite).reduce(nil) { best, point in
            guard let best else { return point }
            return point.f1 > best.f1 ? point : best
        }
    }

    /// How many probes (columns of `distances[original][probe]`, one subject per index on both
    /// sides) are nearer to their own original than to any other, at a finite distance: the
    /// rank-1 re-identifications of a face-recognition search.
    public static func rankOneMatches(_ distances: [[Double]]) -> Int {
        distances.indices.filter { probe in
            let own = distances[probe][probe]
            return own.isFinite && distances.indices.allSatisfy { $0 == probe || distances[$0][probe] > own }
        }.count
    }

    /// A seeded split of `subjects` into a calibration part (`fraction` of them, rounded, at
    /// least one when there are two or more) and a held-out part: the same seed gives the same
    /// split on every machine.
    public static func split(_ subjects: [String], calibrationFraction fraction: Double = 0.7, seed: UInt64 = 0) -> (calibration: [String], heldOut: [String]) {
        // Order by a keyed hash of the name, so the split does not depend on the input order.
        func key(_ name: String) -> UInt64 {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ seed
            for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            return hash
        }
        let ordered = subjects.sorted { (key($0), $0) < (key($1), $1) }
        let count = subjects.count < 2 ? subjects.count : min(subjects.count - 1, max(1, Int((Double(subjects.count) * fraction).rounded())))
        return (Array(ordered.prefix(count)).sorted(), Array(ordered.dropFirst(count)).sorted())
    }
}
