import FaceCheck
import Foundation
import Testing
import TestSupport

/// Against Python dlib (PyPI dlib-bin 20.0.1, a separate build of dlib used through its own
/// binding; Tests/Oracle/dlib_oracle.py): the same renders must give the same detections,
/// scores, filters, landmarks and embeddings.
@Suite("Python dlib oracle")
struct DlibOracleTests {
    @Test("HOG, CNN, landmarks and embeddings equal Python dlib's on real, phantom and blank renders")
    func agreeWithPythonDlib() throws {
        guard let models = Fixtures.models() else { return }
        let images: [(String, GreyImage, Int)] = [
            ("ct-front", try Fixtures.cranium("front"), 0), ("ct-left30", try Fixtures.cranium("left30"), 0),
            ("mri-front", try Fixtures.brainsmallFront.get(), 0), ("phantom", Fixtures.phantomFront, 0),
            ("ball", Fixtures.sphere, 0), ("ct-half", Fixtures.halved(try Fixtures.cranium("front")), 1),
            ("noise", Fixtures.noise(width: 300, height: 200), 0),
        ]
        // The renders show real faces: written to a scratch folder under /tmp, removed afterwards.
        let folder = try TestData.scratchFolder("faceless-facecheck-oracle")
        defer { try? FileManager.default.removeItem(at: folder) }
        let threshold = -1.0
        var manifest: [[String: Any]] = []
        for (name, image, upsample) in images {
            let url = folder.appendingPathComponent("\(name).png")
            try image.pngImage.write(to: url)
            manifest.append(["path": url.path, "upsample": upsample, "threshold": threshold])
        }
        let report = try Oracle.run("dlib_oracle.py", "faces", manifest: ["models": models.folder.path, "images": manifest])
        let entries = try #require(report["images"] as? [[String: Any]])
        try #require(entries.count == images.count)
        let landmarker = try FaceLandmarker(models: models), embedder = try FaceEmbedder(models: models)
        let cnn = try CNNFaceDetector(models: models)
        for ((name, image, upsample), entry) in zip(images, entries) {
            let hog = try HOGFaceDetector(threshold: threshold, upsampling: upsample).faces(in: image)
            let theirHOG = try #require(entry["hog"] as? [[String: Any]])
            #expect(hog.count == theirHOG.count, "\(name): HOG \(hog) vs \(Oracle.describe(theirHOG))")
            for (ours, theirs) in zip(hog, theirHOG) {
                #expect(Self.rect(ours) == theirs["rect"] as? [Int], "\(name): \(ours.rect) vs \(Oracle.describe(theirs))")
                // HOG features are single precision: two builds agree to about 1e-7.
                #expect(abs(ours.score - (theirs["score"] as? Double ?? .nan)) < 1e-6, "\(name): HOG score \(ours.score) vs \(Oracle.describe(theirs))")
                #expect(ours.filterIndex == theirs["filter"] as? Int, "\(name): filter")
            }
            cnn.upsampling = upsample
            let ourCNN = try cnn.faces(in: image)
            let theirCNN = try #require(entry["cnn"] as? [[String: Any]])
            #expect(ourCNN.count == theirCNN.count, "\(name): CNN \(ourCNN) vs \(Oracle.describe(theirCNN))")
            for (ours, theirs) in zip(ourCNN, theirCNN) {
                #expect(Self.rect(ours) == theirs["rect"] as? [Int], "\(name): CNN \(ours.rect) vs \(Oracle.describe(theirs))")
                // Float arithmetic through two different BLAS builds: equal to float precision.
                #expect(abs(ours.score - (theirs["score"] as? Double ?? .nan)) < 1e-4, "\(name): CNN score \(ours.score) vs \(Oracle.describe(theirs))")
            }
            guard let best = hog.first else {
                #expect(entry["landmarks"] == nil, "\(name): Python found a face we did not")
                continue
            }
            let landmarks = try landmarker.landmarks(in: image, face: best.rect)
            let theirPoints = try #require(entry["landmarks"] as? [[Int]])
            #expect(landmarks.points.map { [$0.x, $0.y] } == theirPoints, "\(name): landmarks \(landmarks.points) vs \(theirPoints)")
            let embedding = try embedder.embedding(of: image, landmarks: landmarks)
            let theirs = try #require(entry["embedding"] as? [Double])
            try #require(theirs.count == 128)
            let worst = zip(embedding.values, theirs).map { abs(Double($0) - $1) }.max() ?? .infinity
            #expect(worst < 1e-4, "\(name): embedding differs by up to \(worst)")
        }
        print("Python dlib \(report["dlib"] ?? "?") agrees on \(images.count) images")
    }

    /// dlib's inclusive [left, top, right, bottom].
    static func rect(_ detection: FaceDetection) -> [Int] {
        [detection.rect.x, detection.rect.y, detection.rect.x + detection.rect.width - 1, detection.rect.y + detection.rect.height - 1]
    }
}
