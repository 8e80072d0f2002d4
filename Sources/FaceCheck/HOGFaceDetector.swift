import CDlibFace

/// dlib's frontal face detector: HOG features, five linear filters (front, looking left and
/// right, turned left and right), an image pyramid and a sliding window. Needs no model file.
/// It finds faces from about 80×80 pixels up; `upsampling` doubles the image first to find
/// smaller ones.
///
/// One detector must be used by one thread at a time (it keeps working buffers); make one per
/// thread to detect in parallel. That is why it is a class and not `Sendable`.
public final class HOGFaceDetector {
    /// Detections must score above this (dlib's default 0; lower finds more, and more false ones).
    public var threshold: Double
    /// Doublings of the image before detecting (0…3; each costs about 4× the time).
    public var upsampling: Int
    private let handle: OpaquePointer

    public init(threshold: Double = 0, upsampling: Int = 0) throws(FaceCheckError) {
        try DlibBridge.checkUpsampling(upsampling)
        var handle: OpaquePointer?
        try DlibBridge.check(faceless_dlib_hog_create(&handle), as: FaceCheckError.dlib)
        guard let handle else { throw .dlib("the HOG detector could not be made") }
        self.handle = handle
        self.threshold = threshold
        self.upsampling = upsampling
    }

    deinit { faceless_dlib_hog_destroy(handle) }

    /// The number of filters (5).
    public var filterCount: Int { Int(faceless_dlib_hog_filter_count(handle)) }

    /// The faces in `image`, highest score first.
    public func faces(in image: GreyImage) throws(FaceCheckError) -> [FaceDetection] {
        try DlibBridge.checkUpsampling(upsampling)
        return try DlibBridge.withImage(image) { (borrowed) throws(FaceCheckError) in
            var array: UnsafeMutablePointer<faceless_dlib_detection>?
            var count = 0
            try DlibBridge.check(faceless_dlib_hog_detect(handle, borrowed, Int32(upsampling), threshold, &array, &count),
                                 as: FaceCheckError.dlib)
            return DlibBridge.detections(array, count: count, hasFilters: true)
        }
    }
}
