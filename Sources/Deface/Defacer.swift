import Imaging
import Volume

/// One defaced volume and what was done to it.
public struct DefaceResult: Sendable {
    /// The drowned volume, of the input's voxel type and geometry.
    public let volume: AnyVolume
    public let masks: HeadMasks
    public let report: DrownReport
    public let modality: DefaceModality
    /// The guard's stored values before drowning; after writing, read the output back and
    /// check it against this.
    public let guardFingerprint: GuardFingerprint
}

/// The defacing engine: segment, drown, check the guard (design.md §4).
public enum Defacer {
    /// Defaces `volume`, read as `modality`. The guard is checked in memory here; callers that
    /// write the result check it again on what they read back.
    public static func deface(_ volume: AnyVolume, modality: DefaceModality, options: DefaceOptions = DefaceOptions()) throws(DefaceError) -> DefaceResult {
        switch volume {
        case .uint8(let v): try deface(v, modality: modality, options: options, wrap: AnyVolume.uint8)
        case .int16(let v): try deface(v, modality: modality, options: options, wrap: AnyVolume.int16)
        case .uint16(let v): try deface(v, modality: modality, options: options, wrap: AnyVolume.uint16)
        case .float32(let v): try deface(v, modality: modality, options: options, wrap: AnyVolume.float32)
        }
    }

    /// Drowns `volume` with masks computed elsewhere (on another series of the same frame of
    /// reference, resampled to this one's grid).
    public static func drown(_ volume: AnyVolume, masks: HeadMasks, modality: DefaceModality, options: DefaceOptions) throws(DefaceError) -> DefaceResult {
        switch volume {
        case .uint8(let v): try drown(v, masks: masks, modality: modality, options: options, wrap: AnyVolume.uint8)
        case .int16(let v): try drown(v, masks: masks, modality: modality, options: options, wrap: AnyVolume.int16)
        case .uint16(let v): try drown(v, masks: masks, modality: modality, options: options, wrap: AnyVolume.uint16)
        case .float32(let v): try drown(v, masks: masks, modality: modality, options: options, wrap: AnyVolume.float32)
        }
    }

    /// The modality a volume's values suggest when no header says: CT when they reach air
    /// (−1000 HU) and bone, else MR.
    public static func guessModality(_ volume: AnyVolume) -> DefaceModality {
        let real = volume.realValues.voxels
        guard let low = real.min(), let high = real.max() else { return .mr }
        return low <= -900 && high >= 300 ? .ct : .mr
    }

    static func deface<V: VoxelScalar>(_ volume: Volume<V>, modality: DefaceModality, options: DefaceOptions,
                                       wrap: (Volume<V>) -> AnyVolume) throws(DefaceError) -> DefaceResult {
        let masks = try HeadSegmentation.segment(volume, modality: modality, options: options)
        return try drown(volume, masks: masks, modality: modality, options: options, wrap: wrap)
    }

    static func drown<V: VoxelScalar>(_ volume: Volume<V>, masks: HeadMasks, modality: DefaceModality, options: DefaceOptions,
                                      wrap: (Volume<V>) -> AnyVolume) throws(DefaceError) -> DefaceResult {
        guard masks.replaced.size == volume.size, masks.guardRegion.size == volume.size else {
            throw DefaceError(.unsupported, "masks \(masks.replaced.size) do not fit the volume \(volume.size)")
        }
        let before = GuardFingerprint(volume, guardRegion: masks.guardRegion)
        var drowned = volume
        let report = Drowning.drown(&drowned, masks: masks, modality: modality, options: options)
        try before.verify(GuardFingerprint(drowned, guardRegion: masks.guardRegion), context: "drowning")
        return DefaceResult(volume: wrap(drowned), masks: masks, report: report, modality: modality, guardFingerprint: before)
    }
}
