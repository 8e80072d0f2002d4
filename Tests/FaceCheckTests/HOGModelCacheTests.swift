@testable import FaceCheck
import Foundation
import Testing

/// The unpacked HOG model kept in a cache file: read back intact, remade when damaged, and
/// the detector made from it finds exactly what dlib's own unpacked model finds.
@Suite("HOG model cache")
struct HOGModelCacheTests {
    @Test("unpacked once, then read from the cache; a damaged cache is remade; detections identical")
    func cacheRoundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("faceless-hog-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("nested/model.dat")

        let unpacked = try HOGModel(cache: cache)
        #expect(!unpacked.fromCache)
        let written = try Data(contentsOf: cache)
        #expect(written.count > 100_000, "cache file of \(written.count) bytes")
        let cached = try HOGModel(cache: cache)
        #expect(cached.fromCache)

        let image = try Fixtures.cranium("front")
        let reference = try HOGFaceDetector(model: try HOGModel(cache: nil)).faces(in: image)
        #expect(!reference.isEmpty)
        for model in [unpacked, cached] {
            let faces = try HOGFaceDetector(model: model).faces(in: image)
            #expect(faces.map(\.rect) == reference.map(\.rect) && faces.map(\.score) == reference.map(\.score)
                && faces.map(\.filterIndex) == reference.map(\.filterIndex))
        }

        // One flipped byte in the model, a truncated file, another header: each is unpacked
        // afresh and the cache rewritten whole.
        var flipped = written
        flipped[flipped.count - 1000] ^= 0x40
        for damaged in [flipped, written.prefix(written.count / 2), Data("not a model".utf8) + written.dropFirst(11)] {
            try damaged.write(to: cache)
            let remade = try HOGModel(cache: cache)
            #expect(!remade.fromCache)
            #expect(try Data(contentsOf: cache) == written)
            #expect(try HOGFaceDetector(model: remade).faces(in: image).map(\.score) == reference.map(\.score))
        }
    }

    @Test("the default cache lives under XDG_CACHE_HOME, else ~/.cache, named for the dlib version")
    func defaultLocation() throws {
        let xdg = try #require(HOGModel.defaultCache(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"]))
        #expect(xdg.path.hasPrefix("/x/cache/faceless/dlib-") && xdg.path.hasSuffix("-frontal-face-model.dat"))
        let home = try #require(HOGModel.defaultCache(environment: ["HOME": "/home/u"]))
        #expect(home.path.hasPrefix("/home/u/.cache/faceless/dlib-"))
        #expect(HOGModel.defaultCache(environment: [:]) == nil)
        #expect(HOGModel.defaultCache(environment: ["XDG_CACHE_HOME": "relative", "HOME": "also-relative"]) == nil)
    }
}
