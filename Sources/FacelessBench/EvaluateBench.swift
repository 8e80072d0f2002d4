import FaceCheck
import Foundation
import Render
import Volume

/// The per-volume cost of `faceless evaluate` on the real CT (108×256×256): load, hash, 11
/// views × 4 thresholds rendered at 512², HOG on each render, landmarks and an embedding for
/// each face, the cache entry written; then the same volume again from the cache (a resumed
/// run). One worker, as each of evaluate's workers runs. The 44 renders are written as PNGs
/// into RENDERS (a temporary folder under /tmp that bench.sh deletes: they show the CT's face)
/// so that Python dlib can be timed on the very same images. Prints one JSON line.
enum EvaluateBench {
    static func run(cranium: URL, models: URL, renders: URL, repeats: Int) throws {
        let faceModels = try FaceModels(folder: models)
        let volume = CohortVolume(name: "ct", url: cranium, kind: .nifti, files: [cranium])
        let cache = renders.appendingPathComponent("cache")
        let survey = FaceSurvey(models: faceModels, settings: FaceSurveySettings(jobs: 1), cacheFolder: cache) { volume in
            LoadedVolume(volume: .int16(try InVesaliusProject(contentsOf: volume.url).volume), modality: "CT")
        }
        var faces: VolumeFaces?
        let cold = try FaceCheckBench.measure(repeats) {
            try? FileManager.default.removeItem(at: cache)
            faces = try survey.run([volume])[0].get()
        }
        let cached = try FaceCheckBench.measure(repeats) { _ = try survey.run([volume])[0].get() }
        guard let faces else { exit(1) }

        // The renders alone, on the same thresholds and views, kept for the Python baseline.
        let loaded = AnyVolume.int16(try InVesaliusProject(contentsOf: cranium).volume)
        var images: [SurfaceRender] = []
        let rendering = try FaceCheckBench.measure(repeats) {
            images = faces.thresholds.flatMap { IsosurfaceRenderer(volume: loaded, threshold: $0).render(StandardViews.all, size: 512) }
        }
        try FileManager.default.createDirectory(at: renders, withIntermediateDirectories: true)
        for (n, image) in images.enumerated() {
            try image.image.write(to: renders.appendingPathComponent(String(format: "render-%02d.png", n)))
        }
        // Detection, landmarks and embeddings alone, on the same renders: what Python dlib is timed on.
        let grey = images.map(GreyImage.init)
        let detector = try HOGFaceDetector(), landmarker = try FaceLandmarker(models: faceModels), embedder = try FaceEmbedder(models: faceModels)
        let recognition = try FaceCheckBench.measure(repeats) {
            for image in grey {
                for face in try detector.faces(in: image) {
                    _ = try embedder.embedding(of: image, landmarks: try landmarker.landmarks(in: image, face: face.rect))
                }
            }
        }
        let found = faces.checks.reduce(0) { $0 + $1.faces.count }
        func ms(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
        print("{\"measure\":\"evaluate\",\"volume\":\"Cranium.inv3 108x256x256\",\"renders\":\(faces.checks.count),\"faces\":\(found),"
            + "\"cores\":\(ProcessInfo.processInfo.activeProcessorCount),\"volume_ms\":\(ms(cold)),\"render_ms\":\(ms(rendering)),"
            + "\"recognition_ms\":\(ms(recognition)),\"cached_volume_ms\":\(ms(cached)),\"renders_folder\":\"\(renders.path)\"}")
    }
}
