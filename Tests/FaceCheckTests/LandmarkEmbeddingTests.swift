import FaceCheck
import Foundation
import Render
import Testing
import TestSupport

/// Landmarks and embeddings on the real CT's front render.
@Suite("Landmarks and embeddings")
struct LandmarkEmbeddingTests {
    /// Detector, landmarker and embedder run on one image: the whole chain.
    struct Chain {
        let hog: HOGFaceDetector
        let landmarker: FaceLandmarker
        let embedder: FaceEmbedder

        init(_ models: FaceModels) throws {
            hog = try HOGFaceDetector()
            landmarker = try FaceLandmarker(models: models)
            embedder = try FaceEmbedder(models: models)
        }

        func run(_ image: GreyImage) throws -> (FaceDetection, FaceLandmarks, FaceEmbedding) {
            let face = try #require(try hog.faces(in: image).first, "no face detected")
            let landmarks = try landmarker.landmarks(in: image, face: face.rect)
            return (face, landmarks, try embedder.embedding(of: image, landmarks: landmarks))
        }
    }

    @Test("the 5 landmarks lie in the face box, eyes level and apart, the nose below and between them")
    func landmarkPlacement() throws {
        guard let models = Fixtures.models() else { return }
        let chain = try Chain(models)
        for (name, image) in [("CT", try Fixtures.cranium("front")), ("MRI", try Fixtures.brainsmallFront.get())] {
            let (face, landmarks, _) = try chain.run(image)
            print("\(name) front render landmarks \(landmarks.points) in \(face.rect)")
            #expect(landmarks.points.count == 5)
            let box = face.rect
            for p in landmarks.points {
                #expect(p.x >= box.x && p.x < box.x + box.width && p.y >= box.y && p.y < box.y + box.height, "\(name): \(p) outside \(box)")
            }
            let (right, left) = landmarks.eyeCentres
            let eyeDistance = right.x - left.x
            // Points 0–1 are the eye on the image's right, outer corner first.
            #expect(landmarks.points[0].x > landmarks.points[1].x && landmarks.points[3].x > landmarks.points[2].x)
            #expect(eyeDistance > 0.2 * Double(box.width) && eyeDistance < 0.7 * Double(box.width), "\(name): eyes \(right) \(left)")
            #expect(abs(right.y - left.y) < 0.15 * eyeDistance, "\(name): eyes not level, \(right) \(left)")
            let nose = SIMD2<Double>(landmarks.noseBase)
            #expect(nose.x > left.x && nose.x < right.x, "\(name): nose \(nose) not between the eyes")
            #expect(nose.y > max(right.y, left.y) + 0.2 * eyeDistance, "\(name): nose \(nose) not below the eyes")
        }
    }

    @Test("embeddings: 128 values, norm about 1.3 (dlib does not normalise), the same twice and from a second embedder")
    func embeddingBasics() throws {
        guard let models = Fixtures.models() else { return }
        let chain = try Chain(models)
        let image = try Fixtures.cranium("front")
        let (_, landmarks, first) = try chain.run(image)
        #expect(first.values.count == 128)
        print("CT front render embedding norm \(first.norm)")
        #expect(first.norm > 1.0 && first.norm < 1.7, "norm \(first.norm)")
        #expect(first.values.allSatisfy { $0.isFinite })
        let again = try chain.embedder.embedding(of: image, landmarks: landmarks)
        #expect(again == first, "the same image and landmarks gave a different embedding")
        let other = try FaceEmbedder(models: models).embedding(of: image, landmarks: landmarks)
        #expect(other == first, "a second embedder disagrees")
    }

    @Test("a copy shifted by a few pixels embeds close (< 0.3); other faces and the ball embed farther")
    func embeddingDistances() throws {
        guard let models = Fixtures.models() else { return }
        let chain = try Chain(models)
        let ct = try Fixtures.cranium("front")
        let (_, _, reference) = try chain.run(ct)
        let (_, _, shifted) = try chain.run(Fixtures.shifted(ct, dx: 3, dy: 2))
        let near = reference.distance(to: shifted)
        // Different surfaces: the real MRI's face, the phantom's and the ball (their best HOG
        // windows, found at threshold −1, are where their landmarks go).
        let loose = try HOGFaceDetector(threshold: -1)
        var far: [(String, Double)] = []
        for (name, image) in [("MRI", try Fixtures.brainsmallFront.get()), ("phantom", Fixtures.phantomFront), ("ball", Fixtures.sphere)] {
            let face = try #require(try loose.faces(in: image).first)
            let landmarks = try chain.landmarker.landmarks(in: image, face: face.rect)
            far.append((name, reference.distance(to: try chain.embedder.embedding(of: image, landmarks: landmarks))))
        }
        print("CT front embedding distances: shifted by (3, 2) px \(near); " + far.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
        #expect(near < 0.3, "shifted copy at \(near)")
        for (name, distance) in far {
            #expect(distance > 0.45 && distance > 3 * near, "\(name) only \(distance) from the CT face (shifted copy: \(near))")
        }
    }

    @Test("one chain per thread: two threads get the results of one")
    func perThreadHandles() async throws {
        guard let models = Fixtures.models() else { return }
        let image = try Fixtures.cranium("front")
        let (_, _, expected) = try Chain(models).run(image)
        let results = try await withThrowingTaskGroup(of: FaceEmbedding.self) { group in
            for _ in 0..<2 {
                group.addTask {
                    let chain = try Chain(models)  // handles are made and used inside one task
                    return try chain.run(image).2
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results == [expected, expected])
    }
}
