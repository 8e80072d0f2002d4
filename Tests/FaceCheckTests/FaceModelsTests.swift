import FaceCheck
import Foundation
import Render
import Testing
import TestSupport

/// Finding and loading the model files, and the arguments the wrappers refuse.
@Suite("Face models and arguments")
struct FaceModelsTests {
    @Test("a folder without the models names the missing file and the fetch script")
    func missingModels() throws {
        let folder = try TestData.scratchFolder("faceless-face-models")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: FaceCheckError.missingModel(file: FaceModels.landmarksFile, folder: folder.path)) { try FaceModels(folder: folder) }

        // Two of three present: the error names the third.
        guard let real = Fixtures.models() else { return }
        for file in [FaceModels.landmarksFile, FaceModels.embeddingFile] {
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(file), withDestinationURL: real.folder.appendingPathComponent(file))
        }
        do {
            _ = try FaceModels(folder: folder)
            Issue.record("a folder without \(FaceModels.detectorFile) was accepted")
        } catch {
            #expect(error == .missingModel(file: FaceModels.detectorFile, folder: folder.path))
            #expect(error.description.contains("mmod_human_face_detector.dat") && error.description.contains("bash Scripts/fetch-test-data.sh"),
                    "\(error)")
        }
    }

    @Test("the standard folder: FACELESS_FACE_MODELS, else FACELESS_TEST_DATA/face-models")
    func standardFolder() {
        #expect(FaceModels.standardFolder(environment: ["FACELESS_FACE_MODELS": "/m", "FACELESS_TEST_DATA": "/d"]).path == "/m")
        #expect(FaceModels.standardFolder(environment: ["FACELESS_TEST_DATA": "/d"]).path == "/d/face-models")
        #expect(FaceModels.standardFolder(environment: [:]).path.hasSuffix(".cache/faceless/test-data/face-models"))
    }

    @Test("a wrong or truncated model file is a typed error, not a crash")
    func unreadableModels() throws {
        guard let real = Fixtures.models() else { return }
        let folder = try TestData.scratchFolder("faceless-face-models")
        defer { try? FileManager.default.removeItem(at: folder) }
        // The detector's file where the embedding network should be; a truncated landmark model.
        try FileManager.default.copyItem(at: real.detector, to: folder.appendingPathComponent(FaceModels.embeddingFile))
        try FileManager.default.copyItem(at: real.detector, to: folder.appendingPathComponent(FaceModels.detectorFile))
        try Data(try Data(contentsOf: real.landmarks).prefix(100_000)).write(to: folder.appendingPathComponent(FaceModels.landmarksFile))
        let models = try FaceModels(folder: folder)
        #expect(throws: FaceCheckError.self) { try FaceEmbedder(models: models) }
        do {
            _ = try FaceEmbedder(models: models)
        } catch {
            guard case let .unreadableModel(file, reason) = error else { Issue.record("\(error)"); return }
            #expect(file == FaceModels.embeddingFile && reason.contains("loss_mmod"), "\(reason)")
        }
        #expect(throws: FaceCheckError.self) { try FaceLandmarker(models: models) }
        #expect(try CNNFaceDetector(models: models).faces(in: Fixtures.noise(width: 64, height: 64)).isEmpty)
        // 512² upsampled twice would take about 4 GB: refused before any work.
        #expect(throws: FaceCheckError.self) { try CNNFaceDetector(models: models, upsampling: 2).faces(in: Fixtures.noise()) }
    }

    @Test("bad images and arguments are refused with a reason")
    func badArguments() throws {
        #expect(throws: FaceCheckError.self) { try GreyImage(width: 4, height: 4, pixels: [1, 2, 3]) }
        #expect(throws: FaceCheckError.self) { try GreyImage(width: 0, height: 4, pixels: []) }
        #expect(throws: FaceCheckError.self) { try HOGFaceDetector(upsampling: -1) }
        #expect(throws: FaceCheckError.self) { try HOGFaceDetector(upsampling: 4) }
        let hog = try HOGFaceDetector()
        #expect(hog.filterCount == 5)
        hog.upsampling = 9
        #expect(throws: FaceCheckError.invalidArgument("upsampling must be 0…3, not 9")) { try hog.faces(in: Fixtures.noise(width: 32, height: 32)) }
        hog.upsampling = 0
        guard let models = Fixtures.models() else { return }
        let landmarker = try FaceLandmarker(models: models), embedder = try FaceEmbedder(models: models)
        #expect(landmarker.pointCount == 5)
        let image = Fixtures.noise(width: 100, height: 100)
        #expect(throws: FaceCheckError.self) { try landmarker.landmarks(in: image, face: PixelRect(x: 10, y: 10, width: 0, height: 20)) }
        let three = FaceLandmarks(face: PixelRect(x: 0, y: 0, width: 50, height: 50), points: [SIMD2(1, 1), SIMD2(2, 2), SIMD2(3, 3)])
        #expect(throws: FaceCheckError.self) { try embedder.embedding(of: image, landmarks: three) }
        // A tiny image: dlib still answers (the face chip is interpolated), never crashes.
        let tiny = try GreyImage(width: 1, height: 1, value: 128)
        #expect(try hog.faces(in: tiny).isEmpty)
        let points = try landmarker.landmarks(in: tiny, face: PixelRect(x: 0, y: 0, width: 1, height: 1))
        #expect(points.points.count == 5)
    }

    @Test("PNG images convert to grey: grey as is, RGB by BT.601 luma")
    func pngConversion() {
        let grey = GreyImage(PNGImage(width: 2, height: 1, channels: 1, pixels: [7, 200]))
        #expect(grey.pixels == [7, 200] && grey.width == 2 && grey.height == 1)
        let rgb = GreyImage(PNGImage(width: 3, height: 1, channels: 3, pixels: [255, 0, 0, 0, 255, 0, 10, 20, 30]))
        #expect(rgb.pixels == [76, 150, 18])  // 0.299×255, 0.587×255, 2.99+11.74+3.42
    }
}
