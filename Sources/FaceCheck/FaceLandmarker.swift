import CDlibFace
import Render

/// dlib's 5-point landmark model (`shape_predictor_5_face_landmarks.dat`): places the eye corners
/// and the base of the nose in a face box from either detector.
///
/// The model always places its points, face or not; whether they are plausible is the
/// caller's check. One landmarker must be used by one thread at a time; make one per thread.
public final class FaceLandmarker {
    private let handle: OpaquePointer
    /// Points the model places (5).
    public let pointCount: Int

    public init(models: FaceModels) throws(FaceCheckError) {
        handle = try DlibBridge.load(models.landmarks.path) { faceless_dlib_landmarker_create($0, $1) }
        pointCount = Int(faceless_dlib_landmarker_point_count(handle))
    }

    deinit { faceless_dlib_landmarker_destroy(handle) }

    /// The landmarks of the face in `face` (a detection's box) of `image`.
    public func landmarks(in image: GreyImage, face: PixelRect) throws(FaceCheckError) -> FaceLandmarks {
        guard face.width > 0, face.height > 0 else { throw .invalidArgument("the face box \(face) is empty") }
        let capacity = pointCount
        return try DlibBridge.withImage(image) { (borrowed) throws(FaceCheckError) in
            var points = [faceless_dlib_point](repeating: faceless_dlib_point(), count: capacity)
            var count = 0
            try DlibBridge.check(faceless_dlib_landmarker_locate(handle, borrowed, DlibBridge.rect(face), &points, capacity, &count),
                                 as: FaceCheckError.dlib)
            return FaceLandmarks(face: face, points: points.prefix(count).map { SIMD2(Int($0.x), Int($0.y)) })
        }
    }
}
