import Foundation
import Render
import Volume

/// Whether a defaced volume still shows a face, as the pipeline decides it (design.md §2.6).
public enum FaceVerdict: String, Sendable, Codable {
    /// No view at any threshold of the defaced volume shows a face, and the original's front
    /// render did: defacing removed a face that was there.
    case pass = "PASS"
    /// A face was found in some view at some threshold of the defaced volume.
    case fail = "FAIL"
    /// Nothing was found in the defaced volume, but the original's front render showed no face
    /// either, so the check proves nothing.
    case inconclusive = "INCONCLUSIVE"
}

/// One face found in one render.
public struct FoundFace: Sendable, Codable, Equatable {
    /// The detector's box in the 512² render (pixels, top-left origin).
    public var x: Int, y: Int, width: Int, height: Int
    public var score: Double
    /// Which of HOG's five filters fired (0 frontal, 1–4 turned or tilted).
    public var filter: Int?
    /// The 5 landmarks (x, y), when the models were given.
    public var landmarks: [[Int]]?
    /// Embedding distance to the original's front face, when checked against an original.
    public var distanceToOriginal: Double?
    /// The face's 128-D embedding, when asked for (`check(_:thresholds:reference:embeddings:)`).
    public var embedding: [Float]?
}

/// What one view at one threshold showed.
public struct ViewCheck: Sendable, Codable, Equatable {
    public var view: String
    public var threshold: Double
    /// Fraction of the render the surface covers (0 when the threshold finds no surface).
    public var coverage: Double
    public var faces: [FoundFace]
}

/// The face check of one volume, and with an original, the verdict.
public struct FaceVerificationReport: Sendable, Codable {
    public var thresholds: [Double]
    public var checks: [ViewCheck]
    /// Views × thresholds with a face.
    public var detections: Int
    /// The best detection score over every view and threshold, nil when nothing was found.
    public var maximumScore: Double?
    /// The original's front render (at the first threshold): its best score, nil when it
    /// showed no face; absent without an original.
    public var originalFrontScore: Double??
    public var verdict: FaceVerdict?
    public var reason: String
}

/// Renders a volume from every standard view at several thresholds (an attacker chooses the
/// window) and runs dlib's HOG face detector on each render; with models, places landmarks
/// and, against an original, measures the embedding distance of each face found to the
/// original's front face.
///
/// Not `Sendable`: one thread calls it at a time (its detection threads share its dlib
/// handles among themselves under their own rules).
public final class FaceVerifier {
    /// Detections scoring above this count as faces (dlib's own default is 0).
    public let scoreThreshold: Double
    public let views: [ViewAngle]
    public let size: Int
    /// One HOG detector per detection thread (dlib's detector serves one thread at a time),
    /// and at least one per core for the searches left when rendering is done.
    private let detectors: PendingDetectors
    /// Detection threads while rendering runs.
    private let detectionThreads: Int
    private let models: FaceModels?
    /// Loaded on the first face found: reading the embedding network takes longer than
    /// detecting faces in a volume's every render, and a defaced volume usually shows none.
    /// The detection threads take turns with them (`recognitionLock`).
    private var loaded: (landmarker: FaceLandmarker, embedder: FaceEmbedder)?
    private let recognitionLock = NSLock()

    /// A verifier; `models` (landmarks, embeddings) are optional for detection alone. They are
    /// read when the first face is found; a model that cannot be read fails that check.
    ///
    /// Renders are searched on `detectionThreads` threads while rendering goes on (by default
    /// one per two cores, since rendering on every core and one detection thread keep two cores
    /// busy), and on one per core once it is done. Their HOG detectors are made on a thread of
    /// their own from now on (dlib's model is read from the cache, or unpacked in about 0.3 s
    /// the first time: `HOGModel`), which overlaps the caller's loading and defacing. A
    /// detector that cannot be made fails the first check.
    public init(models: FaceModels?, scoreThreshold: Double = 0, views: [ViewAngle] = StandardViews.all, size: Int = 512,
                detectionThreads: Int = max(1, ProcessInfo.processInfo.activeProcessorCount / 2)) {
        self.scoreThreshold = scoreThreshold
        self.views = views
        self.size = size
        self.models = models
        self.detectionThreads = max(1, detectionThreads)
        detectors = PendingDetectors(count: max(self.detectionThreads, ProcessInfo.processInfo.activeProcessorCount),
                                     threshold: scoreThreshold)
    }

    /// Landmarks and, when asked, the embedding and distance to `reference` of `face`, found in
    /// `image` at `rect` (nothing without models). One detection thread at a time.
    private func recognise(_ face: inout FoundFace, at rect: PixelRect, in image: GreyImage, reference: ReferenceFace?,
                           embeddings: Bool) throws(FaceCheckError) {
        recognitionLock.lock()
        defer { recognitionLock.unlock() }
        if loaded == nil, let models { loaded = (try FaceLandmarker(models: models), try FaceEmbedder(models: models)) }
        guard let (landmarker, embedder) = loaded else { return }
        let landmarks = try landmarker.landmarks(in: image, face: rect)
        face.landmarks = landmarks.points.map { [$0.x, $0.y] }
        guard reference != nil || embeddings else { return }
        let embedding = try embedder.embedding(of: image, landmarks: landmarks)
        face.distanceToOriginal = try reference?.embedding(using: landmarker, embedder).map { embedding.distance(to: $0) }
        if embeddings { face.embedding = embedding.values }
    }

    /// CT's thresholds: skin, fat, and soft tissue twice.
    static let computedTomographyThresholds: [Double] = [-300, -100, 0, 60]

    /// The thresholds to render at: on CT −300 (skin), −100 (fat), 0 and +60 HU (soft tissue);
    /// otherwise a quarter, half, three quarters and all of the way from the minimum to Otsu's
    /// threshold. `modality` is the DICOM Modality, nil for NIfTI (CT when values reach −900).
    public static func thresholds(for volume: AnyVolume, modality: String?) -> [Double] {
        if modality?.uppercased() == "CT" { return computedTomographyThresholds }
        // A pass over every voxel: only when the header does not say CT.
        let histogram = Histogram(volume)
        if modality == nil && histogram.minimum <= -900 { return computedTomographyThresholds }
        let otsu = histogram.otsuThreshold()
        return [0.25, 0.5, 0.75, 1].map { histogram.minimum + (otsu - histogram.minimum) * $0 }
    }

    /// Every view at every threshold of `volume`; `reference` is the embedding faces are
    /// compared with. `embeddings` keeps each face's embedding (with models), for a cohort's
    /// distance matrix.
    ///
    /// Rendering runs on every core, and the renders of one threshold are searched for faces
    /// on the detection threads while the next threshold renders (the last threshold's on one
    /// thread per core, as nothing else is left to do). Each thread has a detector of its own.
    public func check(_ volume: AnyVolume, thresholds: [Double], reference: FaceEmbedding? = nil,
                      embeddings: Bool = false) throws(FaceCheckError) -> [ViewCheck] {
        try check(IsosurfaceRenderer.renderers(volume: volume, thresholds: thresholds),
                  reference: reference.map { ReferenceFace(embedding: $0) }, embeddings: embeddings)
    }

    /// `check` on renderers made already (one per threshold, of one volume). A render equal
    /// pixel for pixel to one searched before (a drowned block often looks the same at several
    /// thresholds) takes that render's faces: dlib would find exactly the same.
    func check(_ renderers: [IsosurfaceRenderer], reference: ReferenceFace?, embeddings: Bool) throws(FaceCheckError) -> [ViewCheck] {
        let checks = ResultSlots<Result<ViewCheck, FaceCheckError>>(count: renderers.count * views.count)
        let lanes = DetectionLanes(detectors: detectors) { (image, detector) throws(FaceCheckError) in
            try self.faces(in: image, detector: detector, reference: reference, embeddings: embeddings)
        }
        for (index, renderer) in renderers.enumerated() {
            for (view, render) in renderer.render(views, size: size).enumerated() {
                let slot = index * views.count + view
                // The last threshold's renders are searched when nothing else is left to do: on every core.
                let lane = index == renderers.count - 1 ? slot % detectors.count : slot % detectionThreads
                lanes.search(GreyImage(render), lane: lane) { faces in
                    checks.set(slot, faces.map {
                        ViewCheck(view: render.camera.view.name, threshold: renderer.threshold, coverage: render.coverage, faces: $0)
                    })
                }
            }
        }
        lanes.finish()
        var found: [ViewCheck] = []
        for check in checks.values { found.append(try check!.get()) }
        return found
    }

    /// The faces in one render scoring above the threshold, with landmarks and embeddings
    /// when the models are there.
    private func faces(in image: GreyImage, detector: HOGFaceDetector, reference: ReferenceFace?,
                       embeddings: Bool) throws(FaceCheckError) -> [FoundFace] {
        var faces: [FoundFace] = []
        for detection in try detector.faces(in: image) where detection.score > scoreThreshold {
            var face = FoundFace(x: detection.rect.x, y: detection.rect.y, width: detection.rect.width, height: detection.rect.height,
                                 score: detection.score, filter: detection.filterIndex)
            try recognise(&face, at: detection.rect, in: image, reference: reference, embeddings: embeddings)
            faces.append(face)
        }
        return faces
    }

    /// What an original showed, gathered before it is defaced, so that original and defaced
    /// volume never need to be in memory together.
    public struct OriginalEvidence: Sendable {
        /// The thresholds both volumes are rendered at (chosen on the original).
        public var thresholds: [Double]
        /// The original's front render at the first threshold: searched for a face when the
        /// defaced volume is checked, so that the detector's start-up overlaps the defacing.
        var front: GreyImage
    }

    /// The original's thresholds and front render.
    public func evidence(fromOriginal original: AnyVolume, modality: String?) -> OriginalEvidence {
        let thresholds = Self.thresholds(for: original, modality: modality)
        return evidence(thresholds: thresholds, front: IsosurfaceRenderer(volume: original, threshold: thresholds[0]))
    }

    /// The original's front render from `renderer` (the original at `thresholds[0]`); the
    /// caller may go on rendering with it (a report's pictures) without preparing it again.
    public func evidence(thresholds: [Double], front renderer: IsosurfaceRenderer) -> OriginalEvidence {
        OriginalEvidence(thresholds: thresholds, front: GreyImage(renderer.render(StandardViews.front, size: size)))
    }

    /// The best face in the original's front render: its score, and the face to compare
    /// others with (embedded only if a defaced render shows one; nil without models).
    private func frontFace(_ evidence: OriginalEvidence) throws(FaceCheckError) -> (score: Double, reference: ReferenceFace?)? {
        guard let best = try detectors.detector(0).faces(in: evidence.front).first(where: { $0.score > scoreThreshold }) else { return nil }
        return (best.score, models == nil ? nil : ReferenceFace(image: evidence.front, face: best.rect))
    }

    /// The face check of `volume`, and with `original` the verdict: PASS when `volume` shows no
    /// face anywhere and the original's front render does, INCONCLUSIVE when neither does,
    /// FAIL when `volume` shows one.
    public func verify(_ volume: AnyVolume, modality: String?, against original: AnyVolume? = nil) throws(FaceCheckError) -> FaceVerificationReport {
        if let original { return try verify(volume, against: evidence(fromOriginal: original, modality: modality)) }
        return try report(volume, thresholds: Self.thresholds(for: volume, modality: modality), evidence: nil)
    }

    /// The face check of a defaced `volume` against what its original showed, with the verdict.
    public func verify(_ volume: AnyVolume, against evidence: OriginalEvidence) throws(FaceCheckError) -> FaceVerificationReport {
        try report(volume, thresholds: evidence.thresholds, evidence: evidence)
    }

    /// `verify(_:against:)` on renderers of the defaced volume made already, one per threshold
    /// of `evidence`, in order (`IsosurfaceRenderer.renderers(volume:thresholds:)`).
    public func verify(_ renderers: [IsosurfaceRenderer], against evidence: OriginalEvidence) throws(FaceCheckError) -> FaceVerificationReport {
        guard renderers.map(\.threshold) == evidence.thresholds else {
            throw .invalidArgument("renderers at \(renderers.map(\.threshold)), not at the evidence's thresholds \(evidence.thresholds)")
        }
        return try report(renderers, thresholds: evidence.thresholds, evidence: evidence)
    }

    private func report(_ volume: AnyVolume, thresholds: [Double], evidence: OriginalEvidence?) throws(FaceCheckError) -> FaceVerificationReport {
        try report(IsosurfaceRenderer.renderers(volume: volume, thresholds: thresholds), thresholds: thresholds, evidence: evidence)
    }

    private func report(_ renderers: [IsosurfaceRenderer], thresholds: [Double], evidence: OriginalEvidence?) throws(FaceCheckError) -> FaceVerificationReport {
        let front = try evidence.map { (e) throws(FaceCheckError) in try frontFace(e) }
        let checks = try check(renderers, reference: front??.reference, embeddings: false)
        let scores = checks.flatMap { $0.faces.map(\.score) }
        let detections = checks.filter { !$0.faces.isEmpty }.count
        var report = FaceVerificationReport(thresholds: thresholds, checks: checks, detections: detections, maximumScore: scores.max(),
                                            originalFrontScore: front.map { $0?.score }, verdict: nil, reason: "")
        let found = detections == 0 ? "no face in \(checks.count) renders (\(views.count) views × \(thresholds.count) thresholds)"
            : "a face in \(detections) of \(checks.count) renders (best score \(String(format: "%.3f", scores.max() ?? 0)))"
        switch (evidence, front??.score) {
        case (nil, _):
            report.reason = found
        case (_, .some(let score)) where detections == 0:
            report.verdict = .pass
            report.reason = found + String(format: "; the original's front render showed one (score %.3f)", score)
        case (_, .some):
            report.verdict = .fail
            report.reason = found
        default:
            report.verdict = detections == 0 ? .inconclusive : .fail
            report.reason = found + "; the original's front render showed no face either"
        }
        return report
    }
}
