import CDlibFace
import Render

/// The glue between the Swift types and faceless_dlib.h's C conventions.
enum DlibBridge {
    /// Throws the message of a faceless_dlib call that failed (freeing it); returns when it succeeded.
    static func check(_ error: UnsafeMutablePointer<CChar>?, as kind: (String) -> FaceCheckError) throws(FaceCheckError) {
        guard let error else { return }
        let message = String(cString: error)
        faceless_dlib_free(error)
        throw kind(message)
    }

    /// Runs `body` with the image borrowed as a faceless_dlib_image.
    static func withImage<R>(_ image: GreyImage, _ body: (faceless_dlib_image) throws(FaceCheckError) -> R) throws(FaceCheckError) -> R {
        let result: Result<R, FaceCheckError> = image.pixels.withUnsafeBufferPointer { buffer in
            let borrowed = faceless_dlib_image(pixels: buffer.baseAddress, width: Int32(clamping: image.width),
                                               height: Int32(clamping: image.height), row_stride: image.width)
            do throws(FaceCheckError) { return .success(try body(borrowed)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Loads a model through `create`, mapping its error to `unreadableModel`.
    static func load(_ path: String, _ create: (UnsafePointer<CChar>, UnsafeMutablePointer<OpaquePointer?>) -> UnsafeMutablePointer<CChar>?) throws(FaceCheckError) -> OpaquePointer {
        var handle: OpaquePointer?
        let file = path.split(separator: "/").last.map(String.init) ?? path
        try check(create(path, &handle)) { .unreadableModel(file: file, reason: $0) }
        guard let handle else { throw .unreadableModel(file: file, reason: "no handle returned") }
        return handle
    }

    /// The detections a detect call returned, freeing the C array.
    static func detections(_ array: UnsafeMutablePointer<faceless_dlib_detection>?, count: Int, hasFilters: Bool) -> [FaceDetection] {
        guard let array else { return [] }
        defer { faceless_dlib_free(array) }
        return UnsafeBufferPointer(start: array, count: count).map {
            FaceDetection(rect: rect($0.rect), score: $0.score, filterIndex: hasFilters ? Int($0.filter_index) : nil)
        }
    }

    /// dlib's inclusive bounds as a `PixelRect` (half-open), and back.
    static func rect(_ r: faceless_dlib_rect) -> PixelRect {
        PixelRect(x: Int(r.left), y: Int(r.top), width: Int(r.right - r.left + 1), height: Int(r.bottom - r.top + 1))
    }

    static func rect(_ r: PixelRect) -> faceless_dlib_rect {
        faceless_dlib_rect(left: Int64(r.x), top: Int64(r.y), right: Int64(r.x + r.width - 1), bottom: Int64(r.y + r.height - 1))
    }

    static func checkUpsampling(_ upsampling: Int) throws(FaceCheckError) {
        guard (0...3).contains(upsampling) else { throw .invalidArgument("upsampling must be 0…3, not \(upsampling)") }
    }
}
