import Foundation
import Render
import Testing
import TestSupport
import TextRedaction
import Volume

/// Burned-in text found and blanked in CT slices, and nothing else touched.
@Suite("Burned-in text")
struct BurnedInTextTests {
    /// The phantom head in a 300 mm field of view: air on every side, as in a scanner's image.
    static let phantom = HeadPhantom(size: SIMD3(200, 200, 40), spacing: SIMD3(1.5, 1.5, 2))

    /// The phantom head with `text` drawn at `origin` into every slice at 3071 HU; the mask of
    /// drawn pixels comes back too.
    static func phantomWithText(_ text: String, at origin: SIMD2<Int>) -> (volume: Volume<Int16>, drawn: [UInt8]) {
        var volume = Self.phantom.volume
        let (nx, ny) = (volume.size.x, volume.size.y)
        var drawn = [UInt8](repeating: 0, count: nx * ny)
        BitmapFont.draw(text, into: &drawn, width: nx, x: origin.x, y: origin.y, scale: 2)
        for k in 0..<volume.size.z {
            for n in 0..<(nx * ny) where drawn[n] != 0 { volume.voxels[k * nx * ny + n] = Int16(3071 + 1024) }
        }
        return (volume, drawn)
    }

    @Test("A name and an ID in the air around the head: every text pixel set to air, no other voxel but the rim changed")
    func phantomText() {
        let original = Self.phantom.volume
        var (volume, drawn) = Self.phantomWithText("DOE JANE", at: SIMD2(4, 4))
        let (nx, ny) = (volume.size.x, volume.size.y)
        var second = [UInt8](repeating: 0, count: nx * ny)
        BitmapFont.draw("4711", into: &second, width: nx, x: 150, y: 60, scale: 2)
        for k in 0..<volume.size.z { for n in 0..<(nx * ny) where second[n] != 0 { volume.voxels[k * nx * ny + n] = 4095 } }
        for n in 0..<(nx * ny) where second[n] != 0 { drawn[n] = 255 }

        let regions = BurnedInTextRemover().remove(from: &volume)
        #expect(Set(regions.map(\.slice)).count == volume.size.z, "text found in every slice")
        var textLeft = 0, otherChanged = 0
        for k in 0..<volume.size.z {
            for n in 0..<(nx * ny) {
                let index = k * nx * ny + n
                if drawn[n] != 0 {
                    if volume.realValue(at: index) != -1000 { textLeft += 1 }
                } else if volume.voxels[index] != original.voxels[index] {
                    // Only the 1-pixel rim around a glyph may change, and only from non-air.
                    let (x, y) = (n % nx, n / nx)
                    let nearText = (max(0, y - 1)...min(ny - 1, y + 1)).contains { yy in (max(0, x - 1)...min(nx - 1, x + 1)).contains { drawn[yy * nx + $0] != 0 } }
                    if !nearText { otherChanged += 1 }
                }
            }
        }
        #expect(textLeft == 0, "\(textLeft) text voxels left")
        #expect(otherChanged == 0, "\(otherChanged) voxels away from the text changed")
    }

    @Test("The real head CT has no burned-in text: nothing is found, not even the head holder's edge")
    func realCTUntouched() throws {
        let url = try #require(TestData.file("invesalius/Cranium.inv3"))
        let ct = try InVesaliusProject(contentsOf: url).volume
        var copy = ct
        let regions = BurnedInTextRemover().remove(from: &copy)
        #expect(regions.isEmpty, "\(regions.prefix(5))")
        #expect(copy.voxels == ct.voxels)
    }

    @Test("Lone bright flecks in air are not text; two letters are not a line, three are")
    func linesOnly() {
        var volume = Volume<Int16>(size: SIMD3(128, 128, 1), spacing: SIMD3(1, 1, 1), voxels: Array(repeating: 0, count: 128 * 128), rescale: (1, -1024))
        var marks = [UInt8](repeating: 0, count: 128 * 128)
        BitmapFont.draw("AB", into: &marks, width: 128, x: 4, y: 4, scale: 2)
        BitmapFont.draw("XYZ", into: &marks, width: 128, x: 4, y: 60, scale: 2)
        for index in [128 * 100 + 50, 128 * 100 + 90] { marks[index] = 1; marks[index + 1] = 1 }
        for n in marks.indices where marks[n] != 0 { volume.voxels[n] = 4095 }
        let regions = BurnedInTextRemover().remove(from: &volume)
        #expect(regions.count == 3 && regions.allSatisfy { $0.y == 60 }, "\(regions)")
        #expect(volume.voxels[128 * 100 + 50] == 4095, "a lone fleck was blanked")
    }

    @Test("A letter touching the skin goes with its line; bone in the tissue stays")
    func letterTouchingSkin() {
        let n = 160
        var volume = Volume<Int16>(size: SIMD3(n, n, 1), spacing: SIMD3(1, 1, 1), voxels: Array(repeating: 0, count: n * n), rescale: (1, -1024))
        // A disc of skin (40 HU) whose left edge the last letter of the line overlaps, and a
        // fleck of bone (1000 HU) inside it on the same row.
        for y in 0..<n { for x in 0..<n where (x - 110) * (x - 110) + (y - 20) * (y - 20) <= 40 * 40 { volume.voxels[y * n + x] = 1064 } }
        for y in 18..<22 { for x in 120..<124 { volume.voxels[y * n + x] = 2024 } }
        var marks = [UInt8](repeating: 0, count: n * n)
        BitmapFont.draw("ABCDEF", into: &marks, width: n, x: 4, y: 14, scale: 2)
        for index in marks.indices where marks[index] != 0 { volume.voxels[index] = 4095 }
        let regions = BurnedInTextRemover().remove(from: &volume)
        #expect(regions.count == 6, "\(regions)")
        #expect(marks.indices.allSatisfy { marks[$0] == 0 || volume.voxels[$0] == 24 }, "a letter is left")
        #expect(volume.voxels[20 * n + 121] == 2024, "the bone fleck was blanked")
    }

    @Test("Signed storage, a negative slope and other voxel types are read through the rescale")
    func rescales() {
        for slope in [1.0, -1.0] {
            let air = Float(slope > 0 ? -1000 : 1000), bright = Float(slope > 0 ? 3000 : -3000)
            var volume = Volume<Float>(size: SIMD3(96, 32, 2), spacing: SIMD3(0.5, 0.5, 1), voxels: Array(repeating: air, count: 96 * 32 * 2), rescale: (slope, 0))
            var marks = [UInt8](repeating: 0, count: 96 * 32)
            BitmapFont.draw("ABC", into: &marks, width: 96, x: 2, y: 2, scale: 2)
            for k in 0..<2 { for n in marks.indices where marks[n] != 0 { volume.voxels[k * 96 * 32 + n] = bright } }
            let regions = BurnedInTextRemover().remove(from: &volume)
            #expect(regions.count == 6, "slope \(slope): \(regions.count) regions")
            #expect(volume.voxels.allSatisfy { $0 == air }, "slope \(slope): text left")
        }
    }
}
