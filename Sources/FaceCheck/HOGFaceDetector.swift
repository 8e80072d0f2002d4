import CDlibFace
import Foundation

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

    /// A detector with the process's copy of dlib's model (`HOGModel.shared`).
    public convenience init(threshold: Double = 0, upsampling: Int = 0) throws(FaceCheckError) {
        try self.init(model: try HOGModel.shared.get(), threshold: threshold, upsampling: upsampling)
    }

    init(model: HOGModel, threshold: Double = 0, upsampling: Int = 0) throws(FaceCheckError) {
        try DlibBridge.checkUpsampling(upsampling)
        var handle: OpaquePointer?
        try DlibBridge.check(faceless_dlib_hog_create(model.handle, &handle), as: FaceCheckError.dlib)
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

/// dlib's frontal face model, unpacked. dlib ships it compressed, and unpacking it costs about
/// 0.3 s of a core, as much as searching a dozen renders; so the unpacked model is kept in the
/// user's cache folder (guarded by a digest, and remade whenever it is missing or damaged), and
/// every detector of a process copies one instance.
final class HOGModel: @unchecked Sendable {
    let handle: OpaquePointer
    /// Whether the model was read from the cache rather than unpacked.
    let fromCache: Bool

    /// The model, through the cache file `cache` (nil: unpacked, no cache).
    init(cache: URL?) throws(FaceCheckError) {
        if let folder = cache?.deletingLastPathComponent() {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        var handle: OpaquePointer?, cached: Int32 = 0
        let error = cache.map { faceless_dlib_hog_model_load($0.path, &handle, &cached) } ?? faceless_dlib_hog_model_load(nil, &handle, &cached)
        try DlibBridge.check(error, as: FaceCheckError.dlib)
        guard let handle else { throw .dlib("the HOG model could not be loaded") }
        self.handle = handle
        fromCache = cached != 0
    }

    deinit { faceless_dlib_hog_model_destroy(handle) }

    /// The process's model, through `defaultCache()`.
    static let shared = Result { () throws(FaceCheckError) in try HOGModel(cache: defaultCache()) }

    /// `$XDG_CACHE_HOME/faceless/`, else `~/.cache/faceless/`, a file named for the dlib
    /// version; nil when neither folder can be named.
    static func defaultCache(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let base: URL
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = URL(fileURLWithPath: home).appendingPathComponent(".cache")
        } else {
            return nil
        }
        return base.appendingPathComponent("faceless/dlib-\(String(cString: faceless_dlib_version()))-frontal-face-model.dat")
    }
}
