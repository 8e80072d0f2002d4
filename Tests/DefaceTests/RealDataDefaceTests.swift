import Deface
import Foundation
import Imaging
import Render
import Testing
import TestSupport
import Volume

/// Defacing the real head CT (InVesalius Cranium.inv3) and the real MRI head (brainsmall.den).
/// Renders stay in memory: no real face is written anywhere.
@Suite("Defacing real heads")
struct RealDataDefaceTests {
    static func cranium() throws -> Volume<Int16> {
        try InVesaliusProject(contentsOf: try #require(TestData.file("invesalius/Cranium.inv3"))).volume
    }

    static func brainsmall() throws -> Volume<UInt8> {
        // The header has no spacing; about 2 mm fits the head's size (VolPackDen's notes).
        try VolPackDen(contentsOf: try #require(TestData.file("volpack/brainsmall.den")), spacing: SIMD3(2, 2, 2)).volume
    }

    /// Depth variance (mm²) of the front render's central fifth: the face's relief.
    static func faceRelief(_ volume: AnyVolume, threshold: Double) -> Double {
        let render = IsosurfaceRenderer(volume: volume, threshold: threshold).render(StandardViews.front, size: 256)
        return render.depthVariance(in: PixelRect.centred(fraction: 0.2, in: render.size)) ?? 0
    }

    /// The first voxel along each anterior→posterior ray (one per column and slice) above
    /// `threshold` HU, found by stepping in LPS +y: what a viewer in front of the face sees.
    static func firstHits(_ volume: Volume<Int16>, threshold: Double) -> [SIMD3<Int>: Int] {
        var hits: [SIMD3<Int>: Int] = [:]
        let size = volume.size
        for k in 0..<size.z {
            for i in 0..<size.x {
                for step in 0..<size.y {
                    let j = step  // rows run anterior → posterior (checked by the caller)
                    let n = i + size.x * (j + size.y * k)
                    if Double(volume.voxels[n]) * volume.rescale.slope + volume.rescale.intercept > threshold {
                        hits[SIMD3(i, 0, k)] = n
                        break
                    }
                }
            }
        }
        return hits
    }

    @Test("Real CT, face mode: guard and ≥ 99% of bone unchanged, the face's skin replaced, the relief gone")
    func realCT() throws {
        let original = try Self.cranium()
        let result = try Defacer.deface(.int16(original), modality: .ct, options: DefaceOptions(mode: .face, seed: 3))
        guard case .int16(let after) = result.volume else { throw DefaceError(.unsupported, "not Int16") }
        print("real CT: \(result.masks.counts), \(result.report)")

        // Bone: above 300 HU in the head (the largest part above −500 HU, which leaves out
        // the head holder).
        let head = try Mask(original, above: -500).largestComponent()
        var guardChanged = 0, bone = 0, boneChanged = 0
        for n in 0..<original.voxels.count {
            let changed = after.voxels[n] != original.voxels[n]
            if result.masks.roles[n].contains(.guarded) && changed { guardChanged += 1 }
            if head[n], Double(original.voxels[n]) * original.rescale.slope + original.rescale.intercept > 300 {
                bone += 1
                if changed { boneChanged += 1 }
            }
        }
        #expect(guardChanged == 0)
        #expect(Double(boneChanged) <= 0.01 * Double(bone), "\(boneChanged) of \(bone) bone voxels changed")
        print("real CT: bone voxels changed \(boneChanged) of \(bone)")

        // The face: rays from the front whose skin (−300 HU) lies 3 to 40 mm in front of bone
        // (rays through the gap in this skull's frontal bone meet the back of the skull), leaving
        // out rays that enter a nostril (their skin lies over 8 mm behind that of a ray within
        // 3 voxels).
        #expect(original.direction.1.y > 0, "rows should run anterior → posterior")
        let skin = Self.firstHits(original, threshold: -300), skull = Self.firstHits(original, threshold: 300)
        let size = original.size
        func row(_ n: Int) -> Int { n / size.x % size.y }
        var face = 0, missed = 0
        for (ray, skinVoxel) in skin {
            guard let boneVoxel = skull[ray] else { continue }
            let depth = abs(Double(row(boneVoxel) - row(skinVoxel))) * original.spacing.y
            guard depth >= 3, depth <= 40 else { continue }
            var shallowest = row(skinVoxel)
            for dk in -3...3 { for di in -3...3 {
                if let other = skin[ray &+ SIMD3(di, 0, dk)] { shallowest = min(shallowest, row(other)) }
            } }
            guard Double(row(skinVoxel) - shallowest) * original.spacing.y <= 8 else { continue }
            face += 1
            if !result.masks.roles[skinVoxel].contains(.replaced) { missed += 1 }
        }
        print("real CT: \(face) face skin voxels seen from the front, \(missed) not replaced")
        #expect(face > 1000)
        #expect(missed == 0)

        let before = Self.faceRelief(.int16(original), threshold: -300)
        let afterRelief = Self.faceRelief(result.volume, threshold: -300)
        print(String(format: "real CT: front relief %.1f mm² before, %.1f mm² after (face mode)", before, afterRelief))
        #expect(before > 20)
        #expect(afterRelief < before / 4)
    }

    @Test("Real CT, air mode: exactly −1000 HU written, guard unchanged")
    func realCTAir() throws {
        let original = try Self.cranium()
        let result = try Defacer.deface(.int16(original), modality: .ct, options: DefaceOptions(mode: .air))
        guard case .int16(let after) = result.volume else { throw DefaceError(.unsupported, "not Int16") }
        var written = Set<Int16>()
        for n in 0..<after.voxels.count where result.masks.roles[n].contains(.replaced) { written.insert(after.voxels[n]) }
        #expect(written == [Int16(-1000 - original.rescale.intercept)])
        let relief = Self.faceRelief(result.volume, threshold: -300)
        print(String(format: "real CT: front relief after air mode %.1f mm² (the skull's own relief remains)", relief))
    }

    @Test("Real MRI (brainsmall): drowned by intensity statistics; guard unchanged; relief reduced")
    func realMRI() throws {
        let original = try Self.brainsmall()
        let result = try Defacer.deface(.uint8(original), modality: .mr, options: DefaceOptions(mode: .face, seed: 5))
        guard case .uint8(let after) = result.volume else { throw DefaceError(.unsupported, "not UInt8") }
        print("real MRI: \(result.masks.counts), \(result.report)")
        var guardChanged = 0
        for n in 0..<original.voxels.count where result.masks.roles[n].contains(.guarded) && after.voxels[n] != original.voxels[n] { guardChanged += 1 }
        #expect(guardChanged == 0)
        #expect(result.masks.counts.shell > 0 && result.masks.counts.guardRegion > 0)
        let threshold = SurfaceThreshold.choose(for: .uint8(original), modality: "MR").value
        let before = Self.faceRelief(.uint8(original), threshold: threshold)
        let afterRelief = Self.faceRelief(result.volume, threshold: threshold)
        print(String(format: "real MRI: front relief %.1f mm² before, %.1f mm² after (threshold %.1f)", before, afterRelief, threshold))
        #expect(afterRelief < before / 4)
    }
}
