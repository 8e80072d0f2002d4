import CDlibFace
import FaceCheck
import Foundation
import Render
import Testing
import TestSupport

/// The two detectors on renders of real heads (faces) and on images without a face.
@Suite("Face detection")
struct DetectionTests {
    @Test("the real CT's front render at −300 HU: HOG and CNN find one face in the middle")
    func craniumFront() throws {
        guard let models = Fixtures.models() else { return }
        let image = try Fixtures.cranium("front")
        try Fixtures.writeForInspection(image, name: "cranium-front.png")
        let hog = try HOGFaceDetector().faces(in: image)
        let face = try #require(hog.first, "HOG found no face in the CT's front render")
        print("Cranium.inv3 front render: HOG score \(face.score), filter \(face.filterIndex ?? -1), box \(face.rect)")
        #expect(hog.count == 1)
        #expect(face.score > 0.2, "HOG score \(face.score)")
        #expect(face.filterIndex == 0, "the frontal filter should fire on a front view")
        Self.expectCentred(face.rect, in: image)
        // The CNN also finds it, though only just (score ≈ 0.03): a shaded surface is far from
        // the photographs it learnt from. At −0.5 the margin is comfortable.
        let cnn = try CNNFaceDetector(models: models, threshold: -0.5).faces(in: image)
        let cnnFace = try #require(cnn.first, "the CNN found no face in the CT's front render")
        print("Cranium.inv3 front render: CNN score \(cnnFace.score), box \(cnnFace.rect)")
        #expect(cnn.count == 1 && cnnFace.filterIndex == nil)
        #expect(Self.overlap(cnnFace.rect, face.rect) > 0.5, "CNN \(cnnFace.rect) vs HOG \(face.rect)")
    }

    @Test("the real MRI's front render: a clear face for both detectors")
    func brainsmallFront() throws {
        guard let models = Fixtures.models() else { return }
        let image = try Fixtures.brainsmallFront.get()
        let hog = try HOGFaceDetector().faces(in: image), cnn = try CNNFaceDetector(models: models).faces(in: image)
        print("brainsmall.den front render: HOG \(hog.map(\.score)), CNN \(cnn.map(\.score))")
        let face = try #require(hog.first), cnnFace = try #require(cnn.first)
        #expect(hog.count == 1 && cnn.count == 1)
        #expect(face.score > 0.5 && cnnFace.score > 0.5)
        Self.expectCentred(face.rect, in: image)
        #expect(Self.overlap(cnnFace.rect, face.rect) > 0.5)
    }

    @Test("no face: blank images, noise, a ball, the back of the real head")
    func negatives() throws {
        guard let models = Fixtures.models() else { return }
        let hog = try HOGFaceDetector(), hogUp = try HOGFaceDetector(upsampling: 1), cnn = try CNNFaceDetector(models: models)
        let cases: [(String, GreyImage)] = [
            ("black", try GreyImage(width: 512, height: 512, value: 0)),
            ("grey", try GreyImage(width: 512, height: 512, value: 128)),
            ("noise", Fixtures.noise()),
            ("ball", Fixtures.sphere),
            ("CT back", try Fixtures.cranium("back")),
        ]
        for (name, image) in cases {
            #expect(try hog.faces(in: image).isEmpty, "HOG found a face in \(name)")
            #expect(try cnn.faces(in: image).isEmpty, "CNN found a face in \(name)")
        }
        for (name, image) in cases.prefix(3) { #expect(try hogUp.faces(in: image).isEmpty, "HOG ×2 found a face in \(name)") }
        // The phantom's analytic face is not a face to HOG at the default threshold (its best
        // window scores about −0.26); recorded so the defacing checks know what to expect.
        let phantom = try HOGFaceDetector(threshold: -1).faces(in: Fixtures.phantomFront)
        print("head phantom front render: HOG best score at threshold −1: \(phantom.first.map { "\($0.score)" } ?? "none"); "
            + "CNN at 0: \(try cnn.faces(in: Fixtures.phantomFront).map(\.score))")
    }

    @Test("upsampling: the face in a half-size render is found in the half-size image's pixels")
    func upsamplingGeometry() throws {
        let full = try Fixtures.cranium("front")
        let reference = try #require(try HOGFaceDetector().faces(in: full).first)
        let half = try #require(try HOGFaceDetector(upsampling: 1).faces(in: Fixtures.halved(full)).first)
        // Doubled, the half-size box is the full-size one to within one HOG cell (8 px) per edge.
        let doubled = PixelRect(x: 2 * half.rect.x, y: 2 * half.rect.y, width: 2 * half.rect.width, height: 2 * half.rect.height)
        for (a, b) in [(doubled.x, reference.rect.x), (doubled.y, reference.rect.y),
                       (doubled.x + doubled.width, reference.rect.x + reference.rect.width),
                       (doubled.y + doubled.height, reference.rect.y + reference.rect.height)] {
            #expect(abs(a - b) <= 8, "half-size box ×2 \(doubled) vs full \(reference.rect)")
        }
    }

    @Test("the C interface reads rows by their stride, not by the width")
    func rowStride() throws {
        let image = try Fixtures.cranium("front")
        let expected = try HOGFaceDetector().faces(in: image)
        // The same pixels with 88 bytes of bright junk after every row.
        let stride = image.width + 88
        var padded = [UInt8](repeating: 255, count: stride * image.height)
        for row in 0..<image.height {
            for column in 0..<image.width { padded[row * stride + column] = image[column, row] }
        }
        var model: OpaquePointer?, handle: OpaquePointer?
        #expect(faceless_dlib_hog_model_load(nil, &model, nil) == nil)
        defer { faceless_dlib_hog_model_destroy(model) }
        #expect(faceless_dlib_hog_create(model, &handle) == nil)
        defer { faceless_dlib_hog_destroy(handle) }
        var array: UnsafeMutablePointer<faceless_dlib_detection>?
        var count = 0
        let error = padded.withUnsafeBufferPointer {
            faceless_dlib_hog_detect(handle, faceless_dlib_image(pixels: $0.baseAddress, width: Int32(image.width), height: Int32(image.height), row_stride: stride),
                                     0, 0, &array, &count)
        }
        #expect(error == nil)
        defer { faceless_dlib_free(array) }
        let found = (0..<count).map { array![$0] }
        #expect(found.count == expected.count)
        for (c, swift) in zip(found, expected) {
            #expect(c.score == swift.score && Int(c.rect.left) == swift.rect.x && Int(c.rect.bottom) == swift.rect.y + swift.rect.height - 1)
        }
        // A stride shorter than a row and a null handle are errors, not crashes.
        let short = padded.withUnsafeBufferPointer {
            faceless_dlib_hog_detect(handle, faceless_dlib_image(pixels: $0.baseAddress, width: 100, height: 10, row_stride: 99), 0, 0, &array, &count)
        }
        #expect(short != nil)
        faceless_dlib_free(short)
        let null = faceless_dlib_hog_detect(nil, faceless_dlib_image(), 0, 0, &array, &count)
        #expect(null.map { String(cString: $0) } == "detector handle is null")
        faceless_dlib_free(null)
        var noHandle: OpaquePointer?
        let noModel = faceless_dlib_hog_create(nil, &noHandle)
        #expect(noModel.map { String(cString: $0) } == "model is null" && noHandle == nil)
        faceless_dlib_free(noModel)
        // Built against Debian bookworm's dlib.
        #expect(String(cString: faceless_dlib_version()) == "19.24.0")
    }

    /// The box is about face-sized and its centre is near the image's vertical midline.
    static func expectCentred(_ rect: PixelRect, in image: GreyImage, sourceLocation: SourceLocation = #_sourceLocation) {
        let centre = Double(rect.x) + Double(rect.width) / 2
        #expect(abs(centre - Double(image.width) / 2) < 40, "face box \(rect)", sourceLocation: sourceLocation)
        #expect(rect.width > 80 && rect.width < 300, "face box \(rect)", sourceLocation: sourceLocation)
        #expect(rect.y > 0 && rect.y + rect.height < image.height, "face box \(rect)", sourceLocation: sourceLocation)
    }

    /// Intersection over union.
    static func overlap(_ a: PixelRect, _ b: PixelRect) -> Double {
        let w = max(0, min(a.x + a.width, b.x + b.width) - max(a.x, b.x))
        let h = max(0, min(a.y + a.height, b.y + b.height) - max(a.y, b.y))
        let intersection = Double(w * h)
        return intersection / (Double(a.width * a.height + b.width * b.height) - intersection)
    }
}
