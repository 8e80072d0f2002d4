import Render

/// A face found by a detector.
public struct FaceDetection: Sendable, Equatable {
    /// The face's box in the image's pixels (it may reach past the image's edges).
    public var rect: PixelRect
    /// The detector's confidence: the HOG detector's SVM score or the CNN's MMOD score. A face is
    /// reported when this exceeds the detector's threshold (0 by default); the scales differ
    /// between the two detectors.
    public var score: Double
    /// HOG only: which of the frontal detector's five filters fired (0 front, 1 looking left,
    /// 2 looking right, 3 front turned left, 4 front turned right, in dlib's order); nil for the CNN.
    public var filterIndex: Int?

    public init(rect: PixelRect, score: Double, filterIndex: Int? = nil) {
        self.rect = rect
        self.score = score
        self.filterIndex = filterIndex
    }
}

/// The 5 landmarks of dlib's 5-point model, in image pixels.
///
/// Order (dlib's): 0 and 1 are the outer and inner corner of the eye on the image's right,
/// 2 and 3 the outer and inner corner of the eye on the image's left, 4 the base of the nose
/// (for a face seen from the front, the image's right is the person's left).
public struct FaceLandmarks: Sendable, Equatable {
    /// The box the points were placed in.
    public var face: PixelRect
    public var points: [SIMD2<Int>]

    public init(face: PixelRect, points: [SIMD2<Int>]) {
        self.face = face
        self.points = points
    }

    /// The base of the nose (point 4).
    public var noseBase: SIMD2<Int> { points[4] }
    /// The mean of the two corners of the eye on the image's right (points 0, 1) and left (2, 3).
    public var eyeCentres: (imageRight: SIMD2<Double>, imageLeft: SIMD2<Double>) {
        func mean(_ a: SIMD2<Int>, _ b: SIMD2<Int>) -> SIMD2<Double> { (SIMD2<Double>(a) + SIMD2<Double>(b)) / 2 }
        return (mean(points[0], points[1]), mean(points[2], points[3]))
    }
}

/// dlib's 128-D face embedding: faces of one person lie close together.
///
/// dlib trained the network so that two photos of one person are less than 0.6 apart in
/// Euclidean distance (99.38% correct on the LFW benchmark); the vector is not normalised.
public struct FaceEmbedding: Sendable, Equatable {
    public static let dimension = 128
    public var values: [Float]

    public init(values: [Float]) {
        precondition(values.count == Self.dimension, "a face embedding has \(Self.dimension) values")
        self.values = values
    }

    /// Euclidean distance, the metric the network was trained for.
    public func distance(to other: FaceEmbedding) -> Double {
        var sum = 0.0
        for (a, b) in zip(values, other.values) { sum += Double(a - b) * Double(a - b) }
        return sum.squareRoot()
    }

    /// Euclidean length.
    public var norm: Double { values.reduce(0) { $0 + Double($1) * Double($1) }.squareRoot() }
}
