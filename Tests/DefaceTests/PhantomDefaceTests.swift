import Deface
import Foundation
import Imaging
import Render
import Testing
import TestSupport
import Volume

/// Defacing generated heads whose anatomy is known voxel by voxel (Volume's HeadPhantom).
@Suite("Defacing phantoms")
struct PhantomDefaceTests {
    static let phantom = HeadPhantom()

    /// Voxels of `part` whose stored value changed, and how many there are.
    static func changed(_ part: HeadPhantom.Part, in phantom: HeadPhantom, after: Volume<Int16>) -> (changed: Int, total: Int) {
        var changed = 0, total = 0
        for n in 0..<phantom.parts.count where phantom.contains(part, voxel: n) {
            total += 1
            if after.voxels[n] != phantom.volume.voxels[n] { changed += 1 }
        }
        return (changed, total)
    }

    static func int16(_ volume: AnyVolume) throws -> Volume<Int16> {
        guard case .int16(let v) = volume else { throw DefaceError(.unsupported, "expected Int16, got \(volume)") }
        return v
    }

    /// Soft-tissue voxels (scalp, nose, lips, ears) with a 6-neighbour in air: the skin surface.
    static func skinSurface(_ phantom: HeadPhantom) -> [Int] {
        let size = phantom.volume.size
        let air = UInt8(HeadPhantom.Part.air.index)
        let skin = Set([HeadPhantom.Part.scalp, .nose, .lips, .ears].map { UInt8($0.index) })
        let parts = phantom.parts, plane = size.x * size.y
        var surface: [Int] = []
        for k in 1 ..< size.z - 1 { for j in 1 ..< size.y - 1 { for i in 1 ..< size.x - 1 {
            let n = i + size.x * (j + size.y * k)
            guard skin.contains(parts[n]) else { continue }
            if parts[n - 1] == air || parts[n + 1] == air || parts[n - size.x] == air || parts[n + size.x] == air
                || parts[n - plane] == air || parts[n + plane] == air {
                surface.append(n)
            }
        } } }
        return surface
    }

    /// The phantom at 1.5 × 1.5 × 2 mm (segmented voxel by voxel) and at 0.9 × 0.9 × 1 mm
    /// (segmented on 1.8 × 1.8 × 2 mm blocks, the bone margin refined voxel by voxel).
    static let phantoms = [phantom, HeadPhantom(size: SIMD3(267, 267, 240), spacing: SIMD3(0.9, 0.9, 1))]

    @Test("face mode: brain untouched, skull kept, every skin voxel of the face and the ears replaced", arguments: [0, 1])
    func faceMode(grid: Int) throws {
        let phantom = Self.phantoms[grid]
        let result = try Defacer.deface(.int16(phantom.volume), modality: .ct, options: DefaceOptions(mode: .face, seed: 7))
        print("phantom face mode on \(phantom.volume.spacing) mm: segmented on \(result.masks.segmentationSpacing) mm")
        let after = try Self.int16(result.volume)
        let brain = Self.changed(.brain, in: phantom, after: after)
        #expect(brain.changed == 0, "\(brain.changed) of \(brain.total) brain voxels changed")
        let skull = Self.changed(.skull, in: phantom, after: after)
        #expect(Double(skull.changed) <= 0.01 * Double(skull.total), "\(skull.changed) of \(skull.total) skull voxels changed")
        for part in [HeadPhantom.Part.nose, .lips, .ears, .eyes] {
            let replaced = Self.changed(part, in: phantom, after: after)
            print("phantom face mode: \(part.rawValue) \(replaced.changed) of \(replaced.total) changed")
            #expect(replaced.total > 0)
        }
        // Every nose and ear voxel is replaced (a draw may give a voxel its old value back).
        for part in [HeadPhantom.Part.nose, .ears] {
            let kept = phantom.parts.indices.filter { phantom.contains(part, voxel: $0) && !result.masks.roles[$0].contains(.replaced) }
            #expect(kept.isEmpty, "\(part.rawValue): \(kept.count) voxels kept")
        }
        // The face region: in front of the cranium's front (y below it), from brow to chin.
        let size = phantom.volume.size
        let frontOfSkull = -(phantom.shape.head.y - phantom.shape.scalpThickness)
        var kept = 0, faceSurface = 0
        for n in Self.skinSurface(phantom) {
            let k = n / (size.x * size.y), j = (n / size.x) % size.y, i = n % size.x
            let p = phantom.volume.world(SIMD3(Double(i), Double(j), Double(k)))
            guard p.y < frontOfSkull + 10, p.z < 40, p.z > -80 else { continue }
            faceSurface += 1
            // A replaced voxel may draw its own old value: count only those outside soft tissue's range.
            let hu = Double(after.voxels[n]) - 1024
            if after.voxels[n] == phantom.volume.voxels[n] && !DefaceOptions().softTissueHounsfield.contains(hu) { kept += 1 }
        }
        #expect(faceSurface > 500)
        let replacedMask = result.masks.roles.mask(.replaced)
        let missed = Self.skinSurface(phantom).filter { n in
            let k = n / (size.x * size.y), j = (n / size.x) % size.y, i = n % size.x
            let p = phantom.volume.world(SIMD3(Double(i), Double(j), Double(k)))
            return p.y < frontOfSkull + 10 && p.z < 40 && p.z > -80 && !replacedMask[n]
        }
        #expect(missed.isEmpty, "\(missed.count) of \(faceSurface) face skin voxels not replaced")
        #expect(kept == 0)
        // Replaced voxels hold soft tissue only.
        for n in 0..<after.voxels.count where replacedMask[n] {
            let hu = Double(after.voxels[n]) - 1024
            if !DefaceOptions().softTissueHounsfield.contains(hu) { Issue.record("voxel \(n) drowned with \(hu) HU"); break }
        }
        print("phantom face mode: \(result.masks.counts), report \(result.report)")
    }

    @Test("air mode writes exactly −1000 HU; a number writes that number")
    func airAndValue() throws {
        for (mode, hounsfield) in [(DrownMode.air, -1000.0), (.value(80), 80)] {
            let result = try Defacer.deface(.int16(Self.phantom.volume), modality: .ct, options: DefaceOptions(mode: mode))
            let after = try Self.int16(result.volume)
            var written = Set<Int16>()
            for n in 0..<after.voxels.count where result.masks.roles[n].contains(.replaced) { written.insert(after.voxels[n]) }
            #expect(written == [Int16(hounsfield + 1024)], "\(mode): wrote \(written.sorted().prefix(5))")
            #expect(result.report.replacedVoxels == result.masks.counts.replaced)
            #expect(result.report.writtenRange == hounsfield...hounsfield)
        }
    }

    @Test("face mode is opaque at every soft-tissue threshold: no render up to +100 HU sees behind the block")
    func opaqueBlock() throws {
        // This phantom's shell holds skin and fat at 4…28 HU: without the lid, a render at +60 HU
        // would look through the drawn values to the skull.
        let result = try Defacer.deface(.int16(Self.phantom.volume), modality: .ct, options: DefaceOptions(seed: 3))
        let size = Self.phantom.volume.size
        let after = try Self.int16(result.volume)
        var drawnMaximum = Int16.min
        for k in 2 ..< size.z - 2 { for j in 2 ..< size.y - 2 { for i in 2 ..< size.x - 2 where result.masks.roles[after.index(i, j, k)].contains(.replaced) {
            drawnMaximum = max(drawnMaximum, after[i, j, k])
        } } }
        #expect(drawnMaximum < 60 + 1024, "the drawn values reach \(drawnMaximum - 1024) HU")
        #expect(result.report.writtenRange?.upperBound == 100)
        for threshold in [-300.0, -100, 0, 60, 100] {
            let renderer = IsosurfaceRenderer(volume: result.volume, threshold: threshold)
            for view in [StandardViews.front, StandardViews.left60, StandardViews.below20] {
                let render = renderer.render(view, size: 256)
                let region = PixelRect.centred(fraction: 0.3, in: 256)
                let depth = try #require(render.depthStatistics(in: region), "\(view.name) at \(threshold): no surface")
                #expect(depth.coverage == 1, "\(view.name) at \(threshold): \(depth.coverage) covered")
                // The block's face is a plane: its depth varies by less than one voxel across the region.
                if view.name == "front" { #expect(depth.variance < 0.1, "front at \(threshold): depth variance \(depth.variance) mm²") }
            }
        }
        // The lid is two voxels of +100 HU on every face of the volume.
        let lid = Int16(100 + 1024)
        #expect(after[0, size.y / 2, size.z / 2] == lid && after[1, size.y / 2, size.z / 2] == lid)
        #expect(after[size.x / 2, size.y / 2, size.z - 1] == lid)
    }

    @Test("face mode is identical for the same seed and differs for another")
    func seeded() throws {
        let input = AnyVolume.int16(Self.phantom.volume)
        let a = try Self.int16(Defacer.deface(input, modality: .ct, options: DefaceOptions(seed: 11)).volume)
        let b = try Self.int16(Defacer.deface(input, modality: .ct, options: DefaceOptions(seed: 11)).volume)
        let c = try Self.int16(Defacer.deface(input, modality: .ct, options: DefaceOptions(seed: 12)).volume)
        #expect(a.voxels == b.voxels)
        #expect(a.voxels != c.voxels)
    }

    @Test("The table is never taken for the head, touching or not", arguments: [0, 3])
    func table(variant: Int) throws {
        let phantom = HeadPhantom(shape: HeadPhantom.variant(variant))
        #expect(phantom.shape.tableGap == (variant == 3 ? 0 : 4))
        let head = phantom.parts.indices.filter { n in
            !phantom.contains(.air, voxel: n) && !phantom.contains(.table, voxel: n)
        }.count
        let result = try Defacer.deface(.int16(phantom.volume), modality: .ct)
        let body = result.masks.counts.body
        #expect(abs(Double(body - head)) < 0.03 * Double(head), "body \(body) voxels, head \(head)")
        let after = try Self.int16(result.volume)
        #expect(Self.changed(.brain, in: phantom, after: after).changed == 0)
    }

    /// The kind of error `body` throws, nil when it succeeds.
    static func failure(_ body: () throws(DefaceError) -> DefaceResult) -> DefaceError.Kind? {
        do {
            _ = try body()
            return nil
        } catch {
            print("refused: \(error)")
            return error.kind
        }
    }

    @Test("Not a head, one slice, no air: a clear error of the right kind")
    func refusals() throws {
        let size = SIMD3(64, 64, 40)
        // A water cylinder: a body, but no skull.
        var water = [Int16](repeating: 24, count: size.x * size.y * size.z)
        for k in 0..<size.z { for j in 0..<size.y { for i in 0..<size.x {
            let dx = Double(i) - 31.5, dy = Double(j) - 31.5
            if dx * dx + dy * dy < 25 * 25 { water[i + size.x * (j + size.y * k)] = 1024 }
        } } }
        let cylinder = Volume(size: size, spacing: SIMD3(2, 2, 2), voxels: water, rescale: (1, -1024))
        #expect(Self.failure { () throws(DefaceError) in try Defacer.deface(.int16(cylinder), modality: .ct) } == .notAHead)
        let slice = Volume(size: SIMD3(64, 64, 1), spacing: SIMD3(1, 1, 1), voxels: [Int16](repeating: 0, count: 64 * 64))
        #expect(Self.failure { () throws(DefaceError) in try Defacer.deface(.int16(slice), modality: .ct) } == .tooFewSlices)
        // The phantom's middle, cropped inside the head: no air anywhere.
        let full = Self.phantom.volume
        let crop = SIMD3(40, 40, 30), start = SIMD3(60, 60, 70)
        var inside: [Int16] = []
        for k in 0..<crop.z { for j in 0..<crop.y { for i in 0..<crop.x {
            inside.append(full.voxels[(start.x + i) + full.size.x * ((start.y + j) + full.size.y * (start.z + k))])
        } } }
        let cropped = Volume(size: crop, spacing: full.spacing, voxels: inside, rescale: full.rescale)
        #expect(Self.failure { () throws(DefaceError) in try Defacer.deface(.int16(cropped), modality: .ct) } == .noAir)
    }
}
