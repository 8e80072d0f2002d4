import FaceCheck
import Foundation
import Render
import Volume

/// `faceless-bench facecheck CRANIUM.inv3 MODELS [--repeat N]`: milliseconds per 512×512 view for
/// each dlib model, on the real CT's front render at −300 HU (a face the detectors find), one
/// handle each, called from one thread (OpenBLAS may use a second core inside the CNN and the
/// embedding; OPENBLAS_NUM_THREADS=1 changes the times by less than their noise here). Model
/// loading is timed separately: it happens once per handle. Prints one JSON line.
enum FaceCheckBench {
    static func run(arguments: [String]) {
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: faceless-bench facecheck CRANIUM.inv3 MODELS-FOLDER [--repeat N]\n".utf8))
            exit(2)
        }
        let repeats = option("--repeat", in: arguments, default: 5)
        do {
            let volume = try InVesaliusProject(contentsOf: URL(fileURLWithPath: arguments[0])).volume
            let image = GreyImage(IsosurfaceRenderer(volume: .int16(volume), threshold: -300).render(StandardViews.front, size: 512))
            let models = try FaceModels(folder: URL(fileURLWithPath: arguments[1]))
            var cnn: CNNFaceDetector?, landmarker: FaceLandmarker?, embedder: FaceEmbedder?
            let loadSeconds = try measure(1) {
                cnn = try CNNFaceDetector(models: models)
                landmarker = try FaceLandmarker(models: models)
                embedder = try FaceEmbedder(models: models)
            }
            guard let cnn, let landmarker, let embedder else { exit(1) }
            let hog = try HOGFaceDetector(), hogUp = try HOGFaceDetector(upsampling: 1)
            var faces: [FaceDetection] = []
            let hogSeconds = try measure(repeats) { faces = try hog.faces(in: image) }
            let hogUpSeconds = try measure(max(1, repeats / 2)) { _ = try hogUp.faces(in: image) }
            let cnnSeconds = try measure(repeats) { _ = try cnn.faces(in: image) }
            guard let face = faces.first else {
                FileHandle.standardError.write(Data("faceless-bench: no face found in the CT's front render\n".utf8))
                exit(1)
            }
            var landmarks: FaceLandmarks?
            let landmarkSeconds = try measure(repeats * 20) { landmarks = try landmarker.landmarks(in: image, face: face.rect) }
            guard let landmarks else { exit(1) }
            let embedSeconds = try measure(repeats) { _ = try embedder.embedding(of: image, landmarks: landmarks) }
            func ms(_ seconds: Double) -> String { String(format: "%.2f", seconds * 1000) }
            print("{\"measure\":\"facecheck\",\"size\":512,\"image\":\"Cranium.inv3 front at -300 HU\","
                + "\"cores\":\(ProcessInfo.processInfo.activeProcessorCount),\"hog_score\":\(face.score),"
                + "\"model_load_ms\":\(ms(loadSeconds)),\"hog_ms\":\(ms(hogSeconds)),\"hog_upsampled_ms\":\(ms(hogUpSeconds)),"
                + "\"cnn_ms\":\(ms(cnnSeconds)),\"landmarks_ms\":\(ms(landmarkSeconds)),\"embedding_ms\":\(ms(embedSeconds))}")
        } catch {
            FileHandle.standardError.write(Data("faceless-bench facecheck: \(error)\n".utf8))
            exit(1)
        }
    }

    /// Best time of `repeats` runs of `body`, in seconds.
    static func measure(_ repeats: Int, _ body: () throws -> Void) throws -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, repeats) {
            let start = ContinuousClock.now
            try body()
            best = min(best, (ContinuousClock.now - start) / .seconds(1))
        }
        return best
    }

    static func option(_ name: String, in arguments: [String], default value: Int) -> Int {
        guard let flag = arguments.firstIndex(of: name), flag + 1 < arguments.count, let n = Int(arguments[flag + 1]) else { return value }
        return n
    }
}
