import FaceCheck
import Foundation
import Testing

/// The study's wiring on faces made by hand: which face is the gallery, which faces probe,
/// what is infinitely far, what the rates count and what the tables say. Embeddings are zero
/// but for their first value, so every distance is the difference of two numbers.
///
/// | subject | original's faces (view@threshold: score, first value)           | defaced's faces |
/// |---------|-----------------------------------------------------------------|-----------------|
/// | a       | front@−300: 0.5, 0; left30@−300: 0.2, 0.1; front@0: 0.9, 0.05 with the nose above the eyes (landmarks not placed) | 0.9 |
/// | b       | front@−300: 0.3, 1.0; right30@−100: 0.1, 1.3                    | none            |
/// | c       | none                                                            | 0.2             |
///
/// Galleries: a 0 (front@−300; front@0 scores higher but has no landmarks placed), b 1.0, c none.
/// Defaced distances [original][probe]: a: 0.9, ∞, 0.2; b: 0.1, ∞, 0.8; c: ∞, ∞, ∞.
/// Control (each original's other renders): probes a {0.1}, b {1.3}, c {}: a: 0.1, 1.3, ∞;
/// b: 0.9, 0.3, ∞; c: ∞ ∞ ∞. Rank-1: control a and b, defaced none.
@Suite("Cohort evaluation")
struct CohortEvaluationTests {
    static func face(_ view: String, _ threshold: Double, score: Double, value: Float, placed: Bool = true) -> [String: Any] {
        let eyes = [[110, 130], [130, 130], [170, 130], [190, 130]]
        let nose = placed ? [150, 170] : [150, 100]
        var embedding = [Float](repeating: 0, count: 128)
        embedding[0] = value
        return ["view": view, "threshold": threshold, "x": 100, "y": 100, "width": 100, "height": 100, "score": score, "filter": 0,
                "landmarks": eyes + [nose], "embedding": embedding.map(Double.init)]
    }

    /// Four renders (front and left30 at −300 and 0 HU) with the given faces in theirs, and a
    /// render of its own for each face seen elsewhere (b's right30 at −100).
    static func volume(_ faces: [[String: Any]]) throws -> VolumeFaces {
        func place(_ face: [String: Any]) -> (String, Double) { (face["view"] as! String, face["threshold"] as! Double) }
        let grid: [(String, Double)] = [("front", -300), ("left30", -300), ("front", 0), ("left30", 0)]
        let elsewhere = faces.map(place).filter { p in !grid.contains { $0 == p } }
        let checks: [[String: Any]] = (grid + elsewhere).map { view, threshold in
            let here = faces.filter { place($0) == (view, threshold) }.map { $0.filter { $0.key != "view" && $0.key != "threshold" } }
            return ["view": view, "threshold": threshold, "coverage": 0.2, "faces": here]
        }
        let data = try JSONSerialization.data(withJSONObject: checks)
        return VolumeFaces(key: "k", thresholds: [-300, 0], checks: try JSONDecoder().decode([ViewCheck].self, from: data))
    }

    static func subjects() throws -> [CohortEvaluation.Subject] {
        let a = try volume([face("front", -300, score: 0.5, value: 0), face("left30", -300, score: 0.2, value: 0.1),
                            face("front", 0, score: 0.9, value: 0.05, placed: false)])
        let b = try volume([face("front", -300, score: 0.3, value: 1.0), face("right30", -100, score: 0.1, value: 1.3)])
        return [
            .init(name: "c", original: try volume([]), defaced: try volume([face("left30", 0, score: 0.4, value: 0.2)])),
            .init(name: "a", original: a, defaced: try volume([face("front", 0, score: 0.1, value: 0.9)])),
            .init(name: "b", original: b, defaced: try volume([])),
        ]
    }

    static func close(_ a: [[Double]], _ b: [[Double]]) -> Bool {
        zip(a, b).allSatisfy { zip($0, $1).allSatisfy { $0 == $1 || abs($0 - $1) < 1e-6 } } && a.count == b.count
    }

    @Test("Gallery, probes, infinities, rank-1 and rates equal the hand-made table")
    func handMade() throws {
        let evaluation = CohortEvaluation(subjects: try Self.subjects(), seed: 3)
        #expect(evaluation.names == ["a", "b", "c"])
        let inf = Double.infinity
        #expect(Self.close(evaluation.defaced.distances, [[0.9, inf, 0.2], [0.1, inf, 0.8], [inf, inf, inf]]), "\(evaluation.defaced.distances)")
        #expect(Self.close(evaluation.control.distances, [[0.1, 1.3, inf], [0.9, 0.3, inf], [inf, inf, inf]]), "\(evaluation.control.distances)")
        #expect(evaluation.originalsWithoutGalleryFace == ["c"])
        #expect(evaluation.defaced.probesWithoutFace == ["b"] && evaluation.control.probesWithoutFace == ["c"])
        #expect(evaluation.control.rankOne == 2 && evaluation.defaced.rankOne == 0)

        let original = evaluation.originalRates, defaced = evaluation.defacedRates
        #expect((original.volumes, original.renders, original.rendersWithFace, original.rendersWithLandmarks) == (3, 13, 5, 4))
        #expect((original.volumesWithFace, original.volumesWithLandmarks) == (2, 2))
        #expect((defaced.renders, defaced.rendersWithFace, defaced.rendersWithLandmarks, defaced.volumesWithFace) == (12, 2, 2, 2))
        #expect(abs(original.landmarkPlacementRate - 4.0 / 13) < 1e-12)

        // Two subjects calibrate and one is held out; its pairs are matched at the calibration threshold.
        #expect(evaluation.calibrationSubjects.count == 2 && evaluation.heldOutSubjects.count == 1)
        for comparison in [evaluation.defaced, evaluation.control] {
            let index = evaluation.names.firstIndex(of: evaluation.heldOutSubjects[0])!
            let own = comparison.distances[index][index], threshold = comparison.calibration?.threshold ?? -inf
            #expect(comparison.heldOut.truePositives == (own <= threshold ? 1 : 0))
            #expect(comparison.heldOut.falseNegatives == (own <= threshold ? 0 : 1))
            if let calibration = comparison.calibration { #expect(calibration.threshold.isFinite) }
        }
    }

    @Test("The tables: infinities as inf, one row per volume and per render, the TP/FP/FN table per comparison")
    func tables() throws {
        let subjects = try Self.subjects()
        func volume(_ name: String) -> CohortVolume {
            CohortVolume(name: name, url: URL(fileURLWithPath: "/cohort/\(name).nii.gz"), kind: .nifti, files: [])
        }
        let pairs = subjects.map { CohortPairing.Pair(name: $0.name, original: volume($0.name), defaced: volume($0.name)) }
        let pairing = CohortPairing(pairs: pairs,
                                    originalsOnly: [volume("lonely, with a comma")], defacedOnly: [], ambiguous: [])
        let report = CohortReport(pairing: pairing, originals: subjects.map { .success($0.original) },
                                  defaced: subjects.map { .success($0.defaced) }, seed: 3)
        var files: [String: String] = [:]
        for file in try report.files() { files[file.name] = String(decoding: file.contents, as: UTF8.self) }
        #expect(Set(files.keys) == ["volumes.csv", "renders.csv", "rates.csv", "distances-defaced.csv", "distances-control.csv",
                                    "curves.csv", "results.csv", "roc.png", "precision-recall.png"])
        let distances: [String] = try #require(files["distances-defaced.csv"]).split(separator: "\n").map(String.init)
        let expected: [String] = ["original \\ probe,a,b,c", "a,0.9,inf,0.2", "b,0.1,inf,0.8", "c,inf,inf,inf"]
        #expect(distances == expected)
        let volumes = try #require(files["volumes.csv"]).split(separator: "\n")
        #expect(volumes.count == 1 + 6 + 1)
        #expect(volumes.last?.hasPrefix("\"lonely, with a comma\",original,NIfTI,") == true)
        #expect(volumes.contains { $0.hasPrefix("c,original,NIfTI,/cohort/c.nii.gz,checked,") && $0.contains(",no,0,") })
        #expect(try #require(files["renders.csv"]).split(separator: "\n").count == 1 + 13 + 12)
        let results = try #require(files["results.csv"]).split(separator: "\n")
        #expect(results.count == 3 && results[1].hasPrefix("control,3,2,1,") && results[2].hasPrefix("defaced,3,2,1,"))
        #expect(try #require(files["rates.csv"]).contains("original,3,2,2,13,5,4,"))
    }
}
