import Deface
import FaceCheck
import Foundation
import Testing
import TestSupport
import Volume

/// The face check as the pipeline uses it: every standard view at four thresholds, before and
/// after defacing, on the real CT and MRI and on the phantom.
@Suite("Face verification")
struct VerificationTests {
    static func verifier() throws -> FaceVerifier {
        let models: FaceModels = try #require(Fixtures.models())
        return FaceVerifier(models: models)
    }

    static func craniumVolume() throws -> AnyVolume {
        let url = TestData.root.appendingPathComponent("invesalius/Cranium.inv3")
        return .int16(try InVesaliusProject(contentsOf: url).volume)
    }

    static func summary(_ report: FaceVerificationReport) -> String {
        let hits = report.checks.filter { !$0.faces.isEmpty }
            .map { "\($0.view)@\(Int($0.threshold)): \(String(format: "%.3f", $0.faces[0].score))" }
        return "\(report.verdict?.rawValue ?? "-") \(report.reason) [\(hits.joined(separator: ", "))]"
    }

    @Test("CT thresholds are −300, −100, 0 and +60 HU; MR thresholds climb to Otsu's")
    func thresholds() throws {
        #expect(FaceVerifier.thresholds(for: try Self.craniumVolume(), modality: nil) == [-300, -100, 0, 60])
        let mr = AnyVolume.uint8(try VolPackDen(contentsOf: TestData.root.appendingPathComponent("volpack/brainsmall.den"), spacing: SIMD3(2, 2, 2)).volume)
        let values = FaceVerifier.thresholds(for: mr, modality: "MR")
        #expect(values.count == 4 && values == values.sorted() && values[0] > 0)
    }

    @Test("Real CT: the original shows a face; after face mode none in 44 renders (PASS); air mode reported")
    func realCT() throws {
        let verifier = try Self.verifier()
        let original = try Self.craniumVolume()
        let before = try verifier.verify(original, modality: "CT")
        print("real CT original: \(Self.summary(before))")
        #expect(before.verdict == nil)
        #expect(before.checks.first { $0.view == "front" && $0.threshold == -300 }?.faces.isEmpty == false)
        #expect(before.checks.count == 44)

        let face = try Defacer.deface(original, modality: .ct, options: DefaceOptions(mode: .face)).volume
        let afterFace = try verifier.verify(face, modality: "CT", against: original)
        print("real CT face mode: \(Self.summary(afterFace))")
        #expect(afterFace.verdict == .pass)
        #expect(afterFace.detections == 0)
        #expect((afterFace.originalFrontScore ?? nil).map { $0 > 0 } == true)

        let air = try Defacer.deface(original, modality: .ct, options: DefaceOptions(mode: .air)).volume
        let afterAir = try verifier.verify(air, modality: "CT", against: original)
        print("real CT air mode: \(Self.summary(afterAir))")
        // Air mode bares the skull; whatever the detector makes of its orbits, faces found must be
        // far from the original's (dlib calls the same person below 0.6 on photographs).
        for check in afterAir.checks { for found in check.faces { #expect((found.distanceToOriginal ?? 0) > 0.5) } }
    }

    @Test("Several detection threads find what one finds, render for render, landmarks, embeddings and distances too")
    func detectionThreads() throws {
        let models = try #require(Fixtures.models())
        let original = try Self.craniumVolume()
        // The front face's embedding at −300 HU (as `evaluate` keeps it) to measure distances from.
        let front = try FaceVerifier(models: models).check(original, thresholds: [-300], embeddings: true).first { $0.view == "front" }
        let embedding = FaceEmbedding(values: try #require(front?.faces.first?.embedding))
        let one = try FaceVerifier(models: models, detectionThreads: 1)
            .check(original, thresholds: [-300, -100, 0, 60], reference: embedding, embeddings: true)
        let three = try FaceVerifier(models: models, detectionThreads: 3)
            .check(original, thresholds: [-300, -100, 0, 60], reference: embedding, embeddings: true)
        #expect(one.count == 44 && one.contains { !$0.faces.isEmpty })
        #expect(one.filter { !$0.faces.isEmpty }.allSatisfy { $0.faces.allSatisfy { $0.distanceToOriginal != nil && $0.embedding?.count == 128 } })
        #expect(one == three)
    }

    @Test("Real MRI: the original's front face is found; after defacing none is")
    func realMRI() throws {
        let verifier = try Self.verifier()
        let original = AnyVolume.uint8(try VolPackDen(contentsOf: TestData.root.appendingPathComponent("volpack/brainsmall.den"), spacing: SIMD3(2, 2, 2)).volume)
        let defaced = try Defacer.deface(original, modality: .mr).volume
        let report = try verifier.verify(defaced, modality: "MR", against: original)
        print("real MRI defaced: \(Self.summary(report))")
        #expect((report.originalFrontScore ?? nil) != nil)
        #expect(report.verdict == .pass)
    }

    @Test("Phantom: no face before or after defacing, so the verdict is INCONCLUSIVE, with the reason")
    func phantom() throws {
        let verifier = try Self.verifier()
        let original = AnyVolume.int16(HeadPhantom().volume)
        let defaced = try Defacer.deface(original, modality: .ct).volume
        let report = try verifier.verify(defaced, modality: "CT", against: original)
        print("phantom: \(Self.summary(report))")
        #expect(report.verdict == .inconclusive)
        #expect(report.reason.contains("showed no face either"))
    }
}
