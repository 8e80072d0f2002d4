import Foundation
import Imaging
import Volume

/// The regions of one head volume that drowning needs (design.md §4).
public struct HeadMasks: Sendable {
    /// Every voxel's role on the volume's grid: guarded (never changes: the cranial cavity and
    /// the skull, each with a margin, on CT; everything deeper below the skin than the shell and
    /// its margin on MR and PET), replaced (outside air and the shell of skin and fat below it,
    /// never guarded; with features, only near the named parts) and shell (closed-body voxels
    /// within the shell depth of outside air, not guarded: `face` mode draws from their values).
    public let roles: VoxelRoles
    /// Voxel counts, for reports.
    public let counts: Counts
    /// Voxel spacing (mm) of the grid body, air, cavity and shell were found on.
    public let segmentationSpacing: SIMD3<Double>

    public struct Counts: Sendable, Equatable, Codable {
        public var body = 0
        public var outsideAir = 0
        public var bone = 0
        public var cranialCavity = 0
        public var guardRegion = 0
        public var shell = 0
        public var replaced = 0
    }
}

/// Finds body, outside air, skull, guard and shell in a head volume.
///
/// The regions are found on blocks of at most `DefaceOptions.segmentationMillimetres` (2.5 mm:
/// a 0.45 × 0.45 × 1 mm CT is segmented on 50 times fewer voxels); the bone margin of the
/// guard, the one decision that needs every voxel, is then made on the full grid
/// (`HeadMaskRefinement`).
public enum HeadSegmentation {
    /// The fewest slices a volume must have to be defaced.
    public static let minimumSlices = 8

    /// Segments `volume` for drowning. CT is read in HU through the volume's rescale; MR and
    /// PET by intensity statistics (Otsu's threshold for the body, depth below the skin for
    /// the guard, since bone has no intensity of its own there).
    public static func segment<V: VoxelScalar>(_ volume: Volume<V>, modality: DefaceModality,
                                               options: DefaceOptions) throws(DefaceError) -> HeadMasks {
        try segment(volume, modality: modality, options: options, summarizing: false).masks
    }

    /// `segment`; `summarizing`, also the guard's fingerprint of `volume` and, for face mode on
    /// CT, the shell's histogram, both gathered on the way (what drowning this same volume needs next).
    static func segment<V: VoxelScalar>(_ volume: Volume<V>, modality: DefaceModality, options: DefaceOptions,
                                        summarizing: Bool) throws(DefaceError) -> SegmentedHead {
        guard volume.size.z >= minimumSlices, volume.size.x >= minimumSlices, volume.size.y >= minimumSlices else {
            throw DefaceError(.tooFewSlices, "volume \(volume.size.x)×\(volume.size.y)×\(volume.size.z) is too small to deface (at least \(minimumSlices) voxels along each axis)")
        }
        let pooling: BlockPooling
        do {
            let fine = try Grid(of: volume)
            pooling = try BlockPooling(fine, factors: BlockPooling.factors(for: fine.spacing, atMost: options.segmentationMillimetres))
        } catch { throw DefaceError(.unsupported, "\(error)") }
        let thresholds = try Thresholds(volume, modality: modality, options: options)
        let regions: HeadRegions
        if pooling.isIdentity {
            let bone = modality == .ct ? try threshold(volume, above: thresholds.bone) : nil
            regions = try HeadRegions(volume, bone: bone, pooling: pooling, modality: modality, thresholds: thresholds, options: options)
        } else {
            // Block means stand for the tissue of a block; bone is any bone in the block, so
            // thin bone still rims the cranial cavity.
            let summary = pooling.summarize(volume, anyAbove: modality == .ct ? thresholds.bone : nil)
            regions = try HeadRegions(summary.means, bone: summary.anyAbove, pooling: pooling, modality: modality,
                                      thresholds: thresholds, options: options)
        }
        let shellRange = summarizing && modality == .ct && options.mode == .face ? options.softTissueHounsfield : nil
        return HeadMaskRefinement.masks(regions, volume: volume, pooling: pooling, thresholds: thresholds, options: options,
                                        summarizing: summarizing, shellRange: shellRange)
    }
}

/// Masks of one volume with what was summed over that volume's voxels while they were found.
struct SegmentedHead {
    let masks: HeadMasks
    /// When summarized: the guard's stored values before drowning.
    let guardFingerprint: GuardFingerprint?
    /// CT face mode: the shell's histogram over the soft-tissue range (`Palette.addShell`).
    let shellHistogram: [Int]?
}

/// Steps 1–4 of design.md §4 on the segmentation grid: what the fine grid then only refines.
struct HeadRegions {
    /// The head: the largest part above the body threshold.
    let body: Mask
    /// What the volume's border reaches past the body closed by a ball.
    let outsideAir: Mask
    /// CT: bone in the body (on a coarse grid, blocks holding any bone); nil for MR and PET.
    let bone: Mask?
    /// CT: the cranial cavity; nil for MR and PET.
    let cavity: Mask?
    /// What never changes, but for the bone margin: CT, the cavity with the guard's margin
    /// (and half a block more, for the blocks' coarseness); MR and PET, everything deeper
    /// than the shell and its margin.
    let protected: Mask
    /// Closed-body voxels within the shell depth of outside air.
    let shellZone: Mask
    /// Outside air and shell zone (with features, only near the named parts).
    let replaceZone: Mask

    init<V: VoxelScalar>(_ volume: Volume<V>, bone boneAbove: Mask?, pooling: BlockPooling, modality: DefaceModality,
                         thresholds: Thresholds, options: DefaceOptions) throws(DefaceError) {
        let grid = pooling.coarse
        // 1. Body: above the body threshold, largest connected part after an opening that cuts
        //    thin bridges to a head holder or table, then grown back within the threshold.
        let above = try threshold(volume, above: thresholds.body)
        let core = above.opened(byBall: options.openingMillimetres).largestComponent()
        guard core.insideCount > 0 else { throw DefaceError(.notAHead, "no body found above \(thresholds.bodyDescription)") }
        body = above.intersection(core.dilated(byBall: options.openingMillimetres + 0.5)).largestComponent()

        // 2. Outside air: what the border reaches through the complement of the closed body.
        let closed = body.closed(byBall: options.closingMillimetres)
        outsideAir = closed.inverted().connectedToBorder()
        let outsideCount = outsideAir.insideCount
        guard outsideCount > grid.count / 100 else {
            throw DefaceError(.noAir, "only \(outsideCount) voxels of air around the body: the volume seems cropped to the head, so there is no face surface to drown")
        }

        // 3. Guard (but for the bone margin). The distances to outside air serve the shell too.
        let nearOutsideAir: Mask
        switch modality {
        case .ct:
            let bone = (boneAbove ?? Mask(grid: grid, filledWith: false)).intersection(body)
            // Where the skull has a gap (a craniotomy, thin bone) the cavity would reach the skin;
            // it stops short of the outside air by the guard's margin (and half a block) plus 2 mm,
            // so the skin there is still drowned and the guard still covers what lies deeper.
            let margin = options.guardMillimetres + pooling.halfBlockDiagonal
            let nearAir = Mask.within([margin + 2, options.shellMillimetres], of: outsideAir)
            let cavity = try cranialCavity(volume, body: body, bone: bone).subtracting(nearAir[0])
            // A head CT has a skull around a cavity of at least a few hundred millilitres.
            let voxelMillilitres = grid.spacing.x * grid.spacing.y * grid.spacing.z / 1000
            let millilitres = Double(cavity.insideCount) * voxelMillilitres
            guard millilitres > 100 else {
                throw DefaceError(.notAHead, String(format: "no skull enclosing a cranial cavity found (%.0f ml enclosed by bone above %.0f HU): not a head CT, or a localizer", millilitres, options.boneHounsfield))
            }
            self.bone = bone
            self.cavity = cavity
            protected = cavity.dilated(byBall: margin)
            nearOutsideAir = nearAir[1]
        case .mr, .pet:
            bone = nil
            cavity = nil
            let nearAir = Mask.within([options.shellMillimetres + options.guardMillimetres, options.shellMillimetres], of: outsideAir)
            protected = closed.subtracting(nearAir[0])
            nearOutsideAir = nearAir[1]
        }

        // 4. Shell: the closed body, so air in the nostrils and mouth near the surface is drowned too.
        shellZone = nearOutsideAir.intersection(closed)
        var replaceZone = outsideAir.union(shellZone)
        if let features = options.features {
            replaceZone = replaceZone.intersection(FeatureRegions.locate(features, outsideAir: outsideAir, body: body, grid: grid))
        }
        self.replaceZone = replaceZone
    }
}

/// The cranial cavity of a CT: brain, CSF and blood (−30…120 HU) eroded by 4 mm, which cuts
/// the scalp and every thin link through gaps in the skull (thin or partial-volume bone,
/// craniotomies, foramina); of the three largest parts left, the one whose 3 mm rim is most
/// bone, grown back by 4.5 mm within the same values, holes filled.
func cranialCavity<V: VoxelScalar>(_ volume: Volume<V>, body: Mask, bone: Mask) throws(DefaceError) -> Mask {
    let soft: Mask
    do { soft = try Mask(volume, within: -30...120).intersection(body) } catch { throw DefaceError(.unsupported, "\(error)") }
    let erosion = 4.0
    var best: (mask: Mask, rimFraction: Double, score: Double)?
    for part in soft.eroded(byBall: erosion).largestComponents(3) {
        let rim = part.ring(from: erosion, to: erosion + 3)
        let rimFraction = Double(rim.intersection(bone).insideCount) / Double(max(1, rim.insideCount))
        // Enclosure by bone decides; size breaks near-ties toward the brain.
        let score = rimFraction * Double(part.insideCount).squareRoot()
        if score > best?.score ?? -1 { best = (part, rimFraction, score) }
    }
    // A head's brain is mostly rimmed by skull; soft tissue that is not (a limb, a phantom
    // without bone) is no cranial cavity.
    guard let best, best.rimFraction >= 0.25 else { return Mask(grid: body.grid, filledWith: false) }
    return best.mask.dilated(byBall: erosion + 0.5).intersection(soft).holesFilled()
}

/// The voxels whose real value is above `value`, as a deface error when the geometry is unusable.
func threshold<V: VoxelScalar>(_ volume: Volume<V>, above value: Double) throws(DefaceError) -> Mask {
    do { return try Mask(volume, above: value) } catch { throw DefaceError(.unsupported, "\(error)") }
}

/// Intensity thresholds in real values (HU on CT).
struct Thresholds {
    let body: Double
    let bone: Double
    let bodyDescription: String

    init<V: VoxelScalar>(_ volume: Volume<V>, modality: DefaceModality, options: DefaceOptions) throws(DefaceError) {
        switch modality {
        case .ct:
            body = options.bodyHounsfield
            bone = options.boneHounsfield
            bodyDescription = "\(options.bodyHounsfield) HU"
        case .mr, .pet:
            // Half of Otsu's threshold keeps dim skin and fat that the threshold itself misses.
            let histogram: Histogram
            do { histogram = try Histogram(volume, bins: 256) } catch { throw DefaceError(.unsupported, "\(error)") }
            guard let otsu = histogram.otsuThreshold else {
                throw DefaceError(.notAHead, "the volume has a single intensity: no body to find")
            }
            body = histogram.lowerBound + (otsu - histogram.lowerBound) / 2
            bone = .infinity
            bodyDescription = String(format: "%.1f (half of Otsu's threshold %.1f above the minimum)", body, otsu)
        }
    }
}
