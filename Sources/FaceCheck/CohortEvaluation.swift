/// The re-identification study of a cohort (design.md §2.7; the CT defacing efficacy study's
/// method): each original's face is the gallery, faces found in the defaced volumes are the
/// probes, and pairs are called matches below an embedding distance calibrated on part of the
/// cohort and tested on the rest.
///
/// The gallery face of an original, standing in for the photograph an attacker holds, is its
/// clearest face: the best-scoring one with landmarks placed, over every view and threshold. A
/// probe volume is as far from an original as the nearest of all its faces (an attacker tries
/// every view and window); a probe with no face, or an original with none, is infinitely far:
/// never matched. The positive control probes each original with its own faces in every other
/// render (another view or threshold than the gallery face's), so the curves show what
/// re-identification looks like while the face is still there.
public struct CohortEvaluation: Sendable {
    /// One subject of the cohort.
    public struct Subject: Sendable {
        public var name: String
        public var original: VolumeFaces
        public var defaced: VolumeFaces

        public init(name: String, original: VolumeFaces, defaced: VolumeFaces) {
            self.name = name
            self.original = original
            self.defaced = defaced
        }
    }

    /// The gallery against one set of probes.
    public struct Comparison: Sendable {
        /// `distances[original][probe]`, subjects in `CohortEvaluation.names` order; infinity
        /// where either side has no face.
        public var distances: [[Double]]
        /// ROC and precision–recall points over the whole cohort (`CohortStatistics.curve`).
        public var curve: [CohortStatistics.Confusion]
        public var areaUnderROC: Double
        public var averagePrecision: Double
        /// The best-F1 threshold on the calibration subjects' pairs; nil when none of them has a
        /// finite distance (nothing can be matched).
        public var calibration: CohortStatistics.Confusion?
        /// The held-out subjects' pairs matched at the calibration threshold (at −∞ without one).
        public var heldOut: CohortStatistics.Confusion
        /// Area under the held-out pairs' precision–recall curve (average precision).
        public var heldOutAveragePrecision: Double
        /// Probes nearest to their own original (rank-1 re-identifications), whole cohort.
        public var rankOne: Int
        /// Subjects whose probe showed no face with landmarks: matched with nothing.
        public var probesWithoutFace: [String]
    }

    /// How often faces were found on one side (originals or defaced).
    public struct Rates: Sendable {
        public var volumes = 0, renders = 0, rendersWithFace = 0, rendersWithLandmarks = 0
        public var volumesWithFace = 0, volumesWithLandmarks = 0

        /// Renders where a face was detected, over all renders.
        public var detectionRate: Double { renders == 0 ? 0 : Double(rendersWithFace) / Double(renders) }
        /// Renders where a face was detected and its landmarks placed, over all renders (the PET
        /// study's landmark placement rate).
        public var landmarkPlacementRate: Double { renders == 0 ? 0 : Double(rendersWithLandmarks) / Double(renders) }

        init(_ volumes: [VolumeFaces]) {
            for faces in volumes {
                self.volumes += 1
                renders += faces.checks.count
                rendersWithFace += faces.rendersWithFace
                rendersWithLandmarks += faces.rendersWithLandmarks
                if faces.rendersWithFace > 0 { volumesWithFace += 1 }
                if faces.rendersWithLandmarks > 0 { volumesWithLandmarks += 1 }
            }
        }
    }

    /// Subject names, sorted: the order of every matrix.
    public let names: [String]
    /// The seeded split of the subjects.
    public let calibrationSubjects: [String], heldOutSubjects: [String]
    /// Originals with no face with landmarks in any render: no gallery face, so none of their
    /// pairs can match.
    public let originalsWithoutGalleryFace: [String]
    /// Originals against their defaced volumes.
    public let defaced: Comparison
    /// Originals against themselves re-rendered at their other thresholds.
    public let control: Comparison
    public let originalRates: Rates, defacedRates: Rates

    /// The study of `subjects`, split by `seed` with `calibrationFraction` of them calibrating.
    public init(subjects: [Subject], seed: UInt64 = 0, calibrationFraction: Double = 0.7) {
        let subjects = subjects.sorted { $0.name < $1.name }
        names = subjects.map(\.name)
        (calibrationSubjects, heldOutSubjects) = CohortStatistics.split(names, calibrationFraction: calibrationFraction, seed: seed)
        let best = subjects.map(\.original.bestFace)
        let gallery = best.map { $0.map { FaceEmbedding(values: $0.face.embedding!) } }
        originalsWithoutGalleryFace = zip(names, gallery).filter { $0.1 == nil }.map(\.0)
        let defacedProbes = subjects.map { $0.defaced.embeddings() }
        let controlProbes = zip(subjects, best).map { subject, best in
            best == nil ? [] : subject.original.embeddings(excludingView: best?.check.view, threshold: best?.check.threshold)
        }
        let calibration = Set(calibrationSubjects), heldOut = Set(heldOutSubjects)
        let names = names
        func compare(_ probes: [[FaceEmbedding]]) -> Comparison {
            Self.compare(gallery: gallery, probes: probes, names: names, calibration: calibration, heldOut: heldOut)
        }
        defaced = compare(defacedProbes)
        control = compare(controlProbes)
        originalRates = Rates(subjects.map(\.original))
        defacedRates = Rates(subjects.map(\.defaced))
    }

    static func compare(gallery: [FaceEmbedding?], probes: [[FaceEmbedding]], names: [String], calibration: Set<String>, heldOut: Set<String>) -> Comparison {
        let distances = gallery.map { reference in
            probes.map { faces in
                guard let reference else { return Double.infinity }
                return faces.map { $0.distance(to: reference) }.min() ?? .infinity
            }
        }
        func pairs(among subset: Set<String>) -> [CohortStatistics.Pair] {
            names.indices.filter { subset.contains(names[$0]) }.flatMap { i in
                names.indices.filter { subset.contains(names[$0]) }.map { j in CohortStatistics.Pair(distance: distances[i][j], genuine: i == j) }
            }
        }
        let all = pairs(among: Set(names)), calibrationPairs = pairs(among: calibration), heldOutPairs = pairs(among: heldOut)
        let curve = CohortStatistics.curve(all)
        let best = CohortStatistics.bestThreshold(calibrationPairs)
        return Comparison(
            distances: distances,
            curve: curve,
            areaUnderROC: CohortStatistics.areaUnderROC(curve),
            averagePrecision: CohortStatistics.areaUnderPrecisionRecall(curve),
            calibration: best,
            heldOut: CohortStatistics.confusion(heldOutPairs, threshold: best?.threshold ?? -.infinity),
            heldOutAveragePrecision: CohortStatistics.areaUnderPrecisionRecall(CohortStatistics.curve(heldOutPairs)),
            rankOne: CohortStatistics.rankOneMatches(distances),
            probesWithoutFace: zip(names, probes).filter { $0.1.isEmpty }.map(\.0)
        )
    }
}
