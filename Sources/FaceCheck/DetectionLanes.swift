import Foundation
import Render
import Volume

/// HOG detectors being made on a thread of their own (each copies the process's `HOGModel`).
final class PendingDetectors: @unchecked Sendable {
    let count: Int
    /// Handed from the making thread to the lanes, each detector then to one lane only.
    private struct Made: @unchecked Sendable { let detectors: Result<[HOGFaceDetector], FaceCheckError> }
    private let made: BackgroundWork<Made>

    init(count: Int, threshold: Double) {
        self.count = count
        made = BackgroundWork {
            Made(detectors: Result { () throws(FaceCheckError) in
                try (0..<count).map { (_) throws(FaceCheckError) in try HOGFaceDetector(threshold: threshold) }
            })
        }
    }

    /// Detector `lane`, or why the detectors could not be made; waits until they are.
    func detector(_ lane: Int) throws(FaceCheckError) -> HOGFaceDetector {
        try made.wait().detectors.get()[lane]
    }
}

/// The detection threads of one `FaceVerifier.check`: a serial queue per detector, so each
/// detector serves one thread, and the faces of every render searched so far, by its pixels.
/// A render equal pixel for pixel to one searched before (a drowned block often looks the same
/// at several thresholds) takes that render's faces: dlib would find exactly the same.
final class DetectionLanes: @unchecked Sendable {
    typealias Search = (GreyImage, HOGFaceDetector) throws(FaceCheckError) -> [FoundFace]

    private let detectors: PendingDetectors
    private let queues: [DispatchQueue]
    private let searchFaces: Search
    private var searched: [Pixels: [FoundFace]] = [:]
    private let lock = NSLock()

    /// Lanes for `detectors`; `search` finds the faces in an image with a given detector and
    /// must be safe to call from several threads with different detectors.
    init(detectors: PendingDetectors, search: @escaping Search) {
        self.detectors = detectors
        queues = (0..<detectors.count).map { DispatchQueue(label: "faceless.face-check.detection-\($0)") }
        searchFaces = search
    }

    /// Searches `image` on lane `lane` (after the lane's earlier work) and hands the result to `done` there.
    func search(_ image: GreyImage, lane: Int, done: @escaping @Sendable (Result<[FoundFace], FaceCheckError>) -> Void) {
        queues[lane].async { [self] in
            done(Result { () throws(FaceCheckError) in
                let key = Pixels(image.pixels)
                if let faces = lock.withLock({ searched[key] }) { return faces }
                let faces = try searchFaces(image, try detectors.detector(lane))
                lock.withLock { searched[key] = faces }
                return faces
            })
        }
    }

    /// A render's pixels as a dictionary key, hashed as one block of bytes (an array of bytes
    /// hashes byte by byte, which costs more than a quarter million bytes deserve).
    private struct Pixels: Hashable {
        let bytes: [UInt8]
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    /// Waits until every lane has done its work.
    func finish() {
        for queue in queues { queue.sync {} }
    }
}

/// The original's front face, embedded on first use (which needs the models read); used
/// under the verifier's recognition lock.
final class ReferenceFace: @unchecked Sendable {
    private let source: (image: GreyImage, face: PixelRect)?
    private var embedded: FaceEmbedding?

    init(image: GreyImage, face: PixelRect) { source = (image, face) }
    init(embedding: FaceEmbedding) { (source, embedded) = (nil, embedding) }

    func embedding(using landmarker: FaceLandmarker, _ embedder: FaceEmbedder) throws(FaceCheckError) -> FaceEmbedding? {
        if embedded == nil, let source {
            embedded = try embedder.embedding(of: source.image, landmarks: try landmarker.landmarks(in: source.image, face: source.face))
        }
        return embedded
    }
}
