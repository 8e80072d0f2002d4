import CDlibFace

/// dlib's face recognition network (`dlib_face_recognition_resnet_model_v1.dat`): the face,
/// aligned by its 5 landmarks into a 150×150 chip with 25% padding, becomes a 128-D vector;
/// two faces of one person are usually closer than 0.6.
///
/// One embedder must be used by one thread at a time (the network keeps its activations); make
/// one per thread. The model is read once, when the embedder is made.
public final class FaceEmbedder {
    private let handle: OpaquePointer

    public init(models: FaceModels) throws(FaceCheckError) {
        handle = try DlibBridge.load(models.embedding.path) { faceless_dlib_embedder_create($0, $1) }
    }

    deinit { faceless_dlib_embedder_destroy(handle) }

    /// The embedding of the face with `landmarks` (from `FaceLandmarker`, on the same image).
    public func embedding(of image: GreyImage, landmarks: FaceLandmarks) throws(FaceCheckError) -> FaceEmbedding {
        guard landmarks.points.count == 5 else {
            throw .invalidArgument("the embedding needs the 5 points of the 5-point model, not \(landmarks.points.count)")
        }
        return try DlibBridge.withImage(image) { (borrowed) throws(FaceCheckError) in
            let points = landmarks.points.map { faceless_dlib_point(x: Int64($0.x), y: Int64($0.y)) }
            var values = [Float](repeating: 0, count: FaceEmbedding.dimension)
            try DlibBridge.check(faceless_dlib_embedder_embed(handle, borrowed, DlibBridge.rect(landmarks.face), points, points.count, &values),
                                 as: FaceCheckError.dlib)
            return FaceEmbedding(values: values)
        }
    }
}
