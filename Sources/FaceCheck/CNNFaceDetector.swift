import CDlibFace

/// dlib's CNN face detector (max-margin object detection, `mmod_human_face_detector.dat`):
/// slower than `HOGFaceDetector` but finds faces turned further and in poorer light. Scans an
/// image pyramid, so faces from about 40×40 pixels up are found without upsampling.
///
/// One detector must be used by one thread at a time (the network keeps its activations); make
/// one per thread to detect in parallel. The model is read once, when the detector is made.
public final class CNNFaceDetector {
    /// Detections must score above this (default 0; lower finds more).
    public var threshold: Double
    /// Doublings of the image before detecting (0…3; each costs about 4× the time and memory).
    /// The network needs about 1 KB per pixel, so more than 2²¹ pixels after upsampling (a 512²
    /// render upsampled twice) is refused with `FaceCheckError.invalidArgument`.
    public var upsampling: Int
    private let handle: OpaquePointer

    public init(models: FaceModels, threshold: Double = 0, upsampling: Int = 0) throws(FaceCheckError) {
        try DlibBridge.checkUpsampling(upsampling)
        handle = try DlibBridge.load(models.detector.path) { faceless_dlib_cnn_create($0, $1) }
        self.threshold = threshold
        self.upsampling = upsampling
    }

    deinit { faceless_dlib_cnn_destroy(handle) }

    /// Most pixels the network is given, after upsampling (the C side refuses more, too).
    public static let maximumPixels = 1 << 21

    /// The faces in `image`, highest score first.
    public func faces(in image: GreyImage) throws(FaceCheckError) -> [FaceDetection] {
        try DlibBridge.checkUpsampling(upsampling)
        let pixels = (image.width * image.height) << (2 * upsampling)
        guard pixels <= Self.maximumPixels else {
            throw .invalidArgument("the CNN detector would need \(pixels / 1024) MB for a \(image.width)×\(image.height) image "
                + "upsampled \(upsampling) times; at most \(Self.maximumPixels) pixels after upsampling")
        }
        return try DlibBridge.withImage(image) { (borrowed) throws(FaceCheckError) in
            var array: UnsafeMutablePointer<faceless_dlib_detection>?
            var count = 0
            try DlibBridge.check(faceless_dlib_cnn_detect(handle, borrowed, Int32(upsampling), threshold, &array, &count),
                                 as: FaceCheckError.dlib)
            return DlibBridge.detections(array, count: count, hasFilters: false)
        }
    }
}
