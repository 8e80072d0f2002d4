import Foundation
import Render
import Testing
import TestSupport
import Volume

/// Renders and contact sheets written as PNG and read back by Pillow (Tests/Oracle/png_oracle.py).
@Suite("Render PNG output")
struct PNGOutputTests {
    static let samples = [[0, 0], [64, 64], [100, 90], [127, 127], [30, 100], [200, 40], [300, 250]]

    /// Our own sums over a grey image, in the oracle's terms.
    static func sums(_ image: PNGImage) -> (sum: Int, x: Int, y: Int) {
        var sum = 0, sx = 0, sy = 0
        for row in 0..<image.height {
            for column in 0..<image.width {
                let v = Int(image.pixels[row * image.width + column])
                sum += v
                sx += v * (column + 1)
                sy += v * (row + 1)
            }
        }
        return (sum, sx, sy)
    }

    @Test("a render and a contact sheet read back by Pillow: size, 8-bit grey, every pixel (by weighted sums) and samples")
    func readBack() throws {
        let volume = Phantom.volume(Phantom.union([Phantom.sphere(centre: .zero, radius: 20),
                                                   Phantom.sphere(centre: SIMD3(10, -18, 5), radius: 5)]),
                                    size: SIMD3(60, 60, 60), spacing: SIMD3(1, 1, 1), centre: .zero)
        let renderer = IsosurfaceRenderer(volume: .float32(volume), threshold: 0)
        let renders = renderer.render([StandardViews.front, StandardViews.left, StandardViews.top], size: 128)
        let sheet = ContactSheet.views(renders, columns: 2)
        let pairs = ContactSheet.pairs(before: renders, after: renders.reversed())
        let folder = try TestData.scratchFolder("faceless-render-png")
        defer { try? FileManager.default.removeItem(at: folder) }
        let images = [("front.png", renders[0].image), ("sheet.png", sheet), ("pairs.png", pairs)]
        for (name, image) in images { try image.write(to: folder.appendingPathComponent(name)) }

        let report = try Oracle.run("png_oracle.py", "png", manifest: [
            "files": images.map { folder.appendingPathComponent($0.0).path }, "samples": Self.samples,
        ])
        let files = try #require(report["files"] as? [[String: Any]])
        try #require(files.count == images.count)
        for ((name, image), read) in zip(images, files) {
            #expect(read["format"] as? String == "PNG" && read["mode"] as? String == "L", "\(name): \(Oracle.describe(read))")
            #expect(read["width"] as? Int == image.width && read["height"] as? Int == image.height, "\(name)")
            let ours = Self.sums(image)
            #expect(read["sum"] as? Int == ours.sum && read["sum_x"] as? Int == ours.x && read["sum_y"] as? Int == ours.y, "\(name)")
            let expected = Self.samples.filter { $0[0] < image.width && $0[1] < image.height }.map { Int(image.pixels[$0[1] * image.width + $0[0]]) }
            #expect(read["samples"] as? [Int] == expected, "\(name)")
        }
        // The render itself: 128², black background, lit surface in the middle.
        #expect(renders[0].image.width == 128 && renders[0].grey[0] == 0 && renders[0].grey[64 * 128 + 64] > 200)
        // Sheet layout: two columns of 128-pixel cells with 8-pixel gaps and a 30-pixel label strip.
        #expect(sheet.width == 2 * 128 + 3 * 8 && sheet.height == 2 * (7 * 2 + 16 + 128) + 8)
        #expect(pairs.width == 4 * 128 + 5 * 8)
    }

    @Test("labels: the bitmap font inks the glyphs' dots in the label strip, and nothing else")
    func labels() {
        let blank = PNGImage(width: 40, height: 20, channels: 1, pixels: [UInt8](repeating: 0, count: 800))
        let sheet = ContactSheet.make([ContactSheet.Tile(label: "L", image: blank)], columns: 1, gap: 4, labelScale: 1)
        // "L": a vertical bar in column 0 of the glyph, rows 0–6, and the bottom row fully inked.
        let width = sheet.width
        let inked = sheet.pixels.enumerated().filter { $0.element == 255 }.map { ($0.offset % width, $0.offset / width) }
        let expected = (0..<7).map { (4, 4 + $0) } + (1..<5).map { (4 + $0, 10) }
        #expect(Set(inked.map { "\($0.0),\($0.1)" }) == Set(expected.map { "\($0.0),\($0.1)" }))
        #expect(BitmapFont.width(of: "FRONT") == 29)
        #expect(BitmapFont.glyph("a") == BitmapFont.glyph("A"))
        // Every glyph is 7 rows of 5 dots.
        for character in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -+=.,:/_()%°" {
            let glyph = BitmapFont.glyph(character)
            #expect(glyph.count == 7 && glyph.allSatisfy { $0.count == 5 }, "glyph \(character)")
        }
        #expect(BitmapFont.glyph("€") == BitmapFont.glyph("\u{FFFD}"))
    }
}
