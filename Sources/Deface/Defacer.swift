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

extension DefaceResult {
    /// Proves on `written`, the series as written and read back a file at a time, that no
    /// guard voxel changed.
    public func verifyGuard(written: ImageSeries, context: String) throws(DefaceError) {
        switch volume {
        case .uint8: try guardFingerprint.verify(written: written, as: UInt8.self, roles: masks.roles, context: context)
        case .int16: try guardFingerprint.verify(written: written, as: Int16.self, roles: masks.roles, context: context)
        case .uint16: try guardFingerprint.verify(written: written, as: UInt16.self, roles: masks.roles, context: context)
        case .float32: try guardFingerprint.verify(written: written, as: Float.self, roles: masks.roles, context: context)
        }
    }
}

/// Where drowning is proved to have left every guard voxel as it was.
public enum GuardProof: Sendable {
    /// In memory, before `Defacer` returns: for callers that keep the result in memory.
    case inMemory
    /// On the output as written and read back, by the caller (`StudyDefacing.write`,
    /// `DefaceResult.verifyGuard(written:context:)`), which proves what the in-memory pass
    /// would, on what leaves the process; the in-memory pass is then skipped.
    case onWrittenOutput
}

/// The defacing engine: segment, drown, check the guard (design.md §4).
public enum Defacer {
    /// Defaces `volume`, read as `modality`. The guard is checked where `proof` says. The volume
    /// is consumed: when the caller keeps no other copy, it is drowned in place rather than copied.
    public static func deface(_ volume: consuming AnyVolume, modality: DefaceModality, options: DefaceOptions = DefaceOptions(),
                              proof: GuardProof = .inMemory) throws(DefaceError) -> DefaceResult {
        switch consume volume {
        case .uint8(let v): try deface(v, modality: modality, options: options, proof: proof, wrap: AnyVolume.uint8)
        case .int16(let v): try deface(v, modality: modality, options: options, proof: proof, wrap: AnyVolume.int16)
        case .uint16(let v): try deface(v, modality: modality, options: options, proof: proof, wrap: AnyVolume.uint16)
        case .float32(let v): try deface(v, modality: modality, options: options, proof: proof, wrap: AnyVolume.float32)
        }
    }

    /// Drowns `volume` with masks computed elsewhere (on another series of the same frame of
    /// reference, resampled to this one's grid).
    public static func drown(_ volume: consuming AnyVolume, masks: HeadMasks, modality: DefaceModality, options: DefaceOptions,
                             proof: GuardProof = .inMemory) throws(DefaceError) -> DefaceResult {
        switch consume volume {
        case .uint8(let v): try drown(v, masks: masks, modality: modality, options: options, proof: proof, wrap: AnyVolume.uint8)
        case .int16(let v): try drown(v, masks: masks, modality: modality, options: options, proof: proof, wrap: AnyVolume.int16)
        case .uint16(let v): try drown(v, masks: masks, modality: modality, options: options, proof: proof, wrap: AnyVolume.uint16)
        case .float32(let v): try drown(v, masks: masks, modality: modality, options: options, proof: proof, wrap: AnyVolume.float32)
        }
    }

    /// The modality a volume's values suggest when no header says: CT when they reach air
    /// (−1000 HU) and bone, else MR.
    public static func guessModality(_ volume: AnyVolume) -> DefaceModality {
        let real = volume.realValues.voxels
        guard let low = real.min(), let high = real.max() else { return .mr }
        return low <= -900 && high >= 300 ? .ct : .mr
    }

    static func deface<V: VoxelScalar>(_ volume: consuming Volume<V>, modality: DefaceModality, options: DefaceOptions,
                                       proof: GuardProof, wrap: (Volume<V>) -> AnyVolume) throws(DefaceError) -> DefaceResult {
        let head = try HeadSegmentation.segment(volume, modality: modality, options: options, summarizing: true)
        return try drown(consume volume, masks: head.masks, modality: modality, options: options, proof: proof, wrap: wrap,
                         before: head.guardFingerprint, shellHistogram: head.shellHistogram)
    }

    /// Drowns `volume`; `before`, when given, is the guard's fingerprint of this same volume,
    /// and `shellHistogram` its shell's histogram (both gathered by segmentation).
    static func drown<V: VoxelScalar>(_ volume: consuming Volume<V>, masks: HeadMasks, modality: DefaceModality, options: DefaceOptions,
                                      proof: GuardProof, wrap: (Volume<V>) -> AnyVolume,
                                      before known: GuardFingerprint? = nil, shellHistogram: [Int]? = nil) throws(DefaceError) -> DefaceResult {
        let size = volume.size
        guard masks.roles.size == size else {
            throw DefaceError(.unsupported, "masks \(masks.roles.size) do not fit the volume \(size)")
        }
        let before = known ?? GuardFingerprint(copy volume, roles: masks.roles)
        var report = Drowning.drown(&volume, masks: masks, modality: modality, options: options, shellHistogram: shellHistogram)
        if options.mode == .face, options.features == nil, let drawn = report.writtenRange {
            // On CT the lid is the top of the soft-tissue range whatever the shell held, so every
            // soft-tissue window meets it; MR and PET have no fixed scale, so the highest value drawn.
            let lid = modality == .ct ? options.softTissueHounsfield.upperBound : drawn.upperBound
            Drowning.seal(&volume, masks: masks, hounsfield: lid)
            report.writtenRange = drawn.lowerBound...max(drawn.upperBound, lid)
        }
        if proof == .inMemory { try before.verify(GuardFingerprint(copy volume, roles: masks.roles), context: "drowning") }
        return DefaceResult(volume: wrap(volume), masks: masks, report: report, modality: modality, guardFingerprint: before)
    }
}
