import Foundation
import Imaging
import Volume

/// What drowning wrote.
public struct DrownReport: Sendable, Codable, Equatable {
    public var mode: String
    public var replacedVoxels: Int
    /// Real-world values written (HU on CT): the lowest and highest.
    public var writtenRange: ClosedRange<Double>?
    /// Voxels the stored range clamped.
    public var clampedVoxels: Int
}

/// Replaces the voxels whose role is `replaced` by the mode's values (design.md §4 step 5).
public enum Drowning {
    /// Drowns `volume` in place. Values are real-world values turned into stored ones through
    /// the volume's rescale, rounded half away from zero and clamped to the voxel type.
    ///
    /// `face` draws each voxel independently from the distribution of the shell's values
    /// inside the soft-tissue range; draws are seeded per slice, so the output depends only on
    /// the seed, not on the number of threads.
    public static func drown<V: VoxelScalar>(_ volume: inout Volume<V>, masks: HeadMasks, modality: DefaceModality,
                                             options: DefaceOptions) -> DrownReport {
        drown(&volume, masks: masks, modality: modality, options: options, shellHistogram: nil)
    }

    /// `drown`, with the shell's histogram already counted (see `Palette.init`).
    static func drown<V: VoxelScalar>(_ volume: inout Volume<V>, masks: HeadMasks, modality: DefaceModality,
                                      options: DefaceOptions, shellHistogram: [Int]?) -> DrownReport {
        let slope = volume.rescale.slope, intercept = volume.rescale.intercept
        let palette = Palette(volume, masks: masks, modality: modality, options: options, shellHistogram: shellHistogram)
        let perSlice = volume.size.x * volume.size.y
        let slices = volume.size.z
        let clamped = Counter(), written = Counter()
        var lowest = Double.infinity, highest = -Double.infinity
        for value in palette.values { lowest = min(lowest, value); highest = max(highest, value) }
        let storedPalette = palette.values.map { V.clamped(($0 - intercept) / slope) }
        let paletteClamped = zip(palette.values, storedPalette).map { abs($0.1.doubleValue * slope + intercept - $0.0) > abs(slope) / 2 + 1e-9 }
        let single = palette.values.count == 1
        let slots = palette.slots(of: storedPalette)
        // Clamping is rare (a palette value beyond the stored range): only then are clamped draws counted.
        let anyClamped = paletteClamped.contains(true)
        let clampedSlots = anyClamped ? palette.slots(of: paletteClamped.map { UInt8($0 ? 1 : 0) }) : []
        masks.roles.bytes.withUnsafeBufferPointer { roleBuffer in
            volume.voxels.withUnsafeMutableBufferPointer { voxelBuffer in
                slots.withUnsafeBufferPointer { slotBuffer in
                    clampedSlots.withUnsafeBufferPointer { clampedBuffer in
                        let target = SharedVoxels(voxelBuffer)
                        let roles = SharedVoxels(UnsafeMutableBufferPointer(mutating: roleBuffer))
                        let table = SharedVoxels(UnsafeMutableBufferPointer(mutating: slotBuffer))
                        let clampedTable = SharedVoxels(UnsafeMutableBufferPointer(mutating: clampedBuffer))
                        DispatchQueue.concurrentPerform(iterations: slices) { k in
                            var random = QuarterDraws(SplitMix64(seed: options.seed, stream: UInt64(k)))
                            let (count, clampedHere) = drawSlice(roles: roles.base.baseAddress! + k * perSlice, voxels: target.base.baseAddress! + k * perSlice,
                                                                 count: perSlice, slots: table.base.baseAddress!, single: single,
                                                                 clampedSlots: anyClamped ? clampedTable.base.baseAddress! : nil, random: &random)
                            written.add(count)
                            clamped.add(clampedHere)
                        }
                    }
                }
            }
        }
        return DrownReport(mode: options.mode.description, replacedVoxels: written.value,
                           writtenRange: written.value > 0 ? lowest...highest : nil, clampedVoxels: clamped.value)
    }
}

extension Drowning {
    /// One slice's replaced voxels set to draws from `slots` (the palette's stored values, each
    /// value in as many of the 65,536 slots as its weight earns; a single value when the palette
    /// has one); returns how many were set and, with `clampedSlots` (1 where a slot's value was
    /// clamped), how many of those drew a clamped value.
    @inline(__always)
    static func drawSlice<V: VoxelScalar>(roles: UnsafePointer<UInt8>, voxels: UnsafeMutablePointer<V>, count: Int, slots: UnsafePointer<V>,
                                          single: Bool, clampedSlots: UnsafePointer<UInt8>?, random: inout QuarterDraws) -> (written: Int, clamped: Int) {
        var written = 0, clamped = 0
        VoxelRole.replaced.forEachRun(in: roles, count: count) { run in
            written &+= run.count
            if single {
                (voxels + run.lowerBound).update(repeating: slots[0], count: run.count)
                if let clampedSlots { clamped &+= Int(clampedSlots[0]) * run.count }
            } else if let clampedSlots {
                for i in run {
                    let slot = random.next()
                    voxels[i] = slots[slot]
                    clamped &+= Int(clampedSlots[slot])
                }
            } else {
                for i in run { voxels[i] = slots[random.next()] }
            }
        }
        return (written, clamped)
    }
}

/// The real-world values drowning writes and how often: one value for `air` and numbers, the
/// shell's soft-tissue histogram (1 HU bins on CT) for `face`.
struct Palette {
    let values: [Double]
    /// How many of the 65,536 slots of a draw table each value fills: a draw is 16 random bits
    /// read as a slot, one load without data-dependent branches (a binary search over the
    /// weights mispredicts a branch at nearly every step, and 50 million draws made that the
    /// slowest part of drowning).
    let quotas: [Int]

    /// The palette of `options.mode` for `volume`. `shellHistogram`, when given, is the CT
    /// shell's histogram over `options.softTissueHounsfield` as `addShell` counts it, already
    /// gathered (segmentation does so while the voxels are at hand); otherwise it is counted here.
    init<V: VoxelScalar>(_ volume: Volume<V>, masks: HeadMasks, modality: DefaceModality, options: DefaceOptions, shellHistogram: [Int]? = nil) {
        let slope = volume.rescale.slope, intercept = volume.rescale.intercept
        switch options.mode {
        case .air:
            values = [modality == .ct ? -1000 : (volume.voxels.min()?.doubleValue ?? 0) * slope + intercept]
        case .value(let v):
            values = [v]
        case .face:
            let range = modality == .ct ? options.softTissueHounsfield : Self.softTissueRange(volume, roles: masks.roles)
            let bins = Self.binCount(range)
            var histogram = [Int](repeating: 0, count: bins)
            if let shellHistogram, modality == .ct, shellHistogram.count == bins {
                histogram = shellHistogram
            } else {
                // One histogram per slice, concurrently, then summed.
                let plane = volume.size.x * volume.size.y, slices = volume.size.z
                var perSlice = [Int](repeating: 0, count: bins * slices)
                masks.roles.bytes.withUnsafeBufferPointer { roleBuffer in
                    volume.voxels.withUnsafeBufferPointer { voxelBuffer in
                        perSlice.withUnsafeMutableBufferPointer { histogramBuffer in
                            let roles = SharedVoxels(UnsafeMutableBufferPointer(mutating: roleBuffer))
                            let voxels = SharedVoxels(UnsafeMutableBufferPointer(mutating: voxelBuffer))
                            let histograms = SharedVoxels(histogramBuffer)
                            DispatchQueue.concurrentPerform(iterations: slices) { k in
                                Self.addShell(voxels.base.baseAddress! + k * plane, roles: roles.base.baseAddress! + k * plane, count: plane,
                                              slope: slope, intercept: intercept, range: range, into: histograms.base.baseAddress! + k * bins)
                            }
                        }
                    }
                }
                for k in 0..<slices { for b in 0..<bins { histogram[b] += perSlice[k * bins + b] } }
            }
            // No soft tissue in the shell (an unusual volume): draw uniformly from the range.
            if histogram.allSatisfy({ $0 == 0 }) { histogram = [Int](repeating: 1, count: bins) }
            let used = histogram.indices.filter { histogram[$0] > 0 }
            values = used.map { min(range.lowerBound + Double($0), range.upperBound) }
            quotas = Self.quotas(used.map { histogram[$0] })
            return
        }
        quotas = [Self.slotCount]
    }

    /// Bins of one real unit (1 HU on CT) over `range`.
    static func binCount(_ range: ClosedRange<Double>) -> Int { max(1, Int((range.upperBound - range.lowerBound).rounded(.down)) + 1) }

    /// Counts into `histogram` (`binCount(range)` bins) the shell voxels among the `count` at
    /// `voxels`, with their roles at `roles`, whose real value lies in `range`.
    @inline(__always)
    static func addShell<V: VoxelScalar>(_ voxels: UnsafePointer<V>, roles: UnsafePointer<UInt8>, count: Int, slope: Double, intercept: Double,
                                         range: ClosedRange<Double>, into histogram: UnsafeMutablePointer<Int>) {
        let last = binCount(range) - 1
        VoxelRole.shell.forEachRun(in: roles, count: count) { run in
            for i in run {
                let real = voxels[i].doubleValue * slope + intercept
                guard range.contains(real) else { continue }
                histogram[min(last, Int(real - range.lowerBound))] += 1
            }
        }
    }

    /// Slots in a draw table: 1/65,536 steps of probability are far finer than a texture of noise needs.
    static let slotCount = 1 << 16

    /// Slots per weight (all positive, at most `slotCount` of them): one each, and the rest
    /// shared in proportion to the weights, largest remainders first, so the quotas fill the
    /// table exactly and every value of the palette can be drawn.
    static func quotas(_ weights: [Int]) -> [Int] {
        precondition(!weights.isEmpty && weights.count <= slotCount && weights.allSatisfy { $0 > 0 }, "weights must be positive, at most \(slotCount)")
        let total = Double(weights.reduce(0, +)), spare = Double(slotCount - weights.count)
        let shares = weights.map { Double($0) / total * spare }
        var quotas = shares.map { 1 + Int($0.rounded(.down)) }
        let order = shares.indices.sorted { (shares[$0] - shares[$0].rounded(.down), $1) > (shares[$1] - shares[$1].rounded(.down), $0) }
        for c in order.prefix(slotCount - quotas.reduce(0, +)) { quotas[c] += 1 }
        return quotas
    }

    /// The draw table of `items` (one per palette value): item c in `quotas[c]` consecutive
    /// slots; a one-value palette's table is that value alone (it is written without draws).
    func slots<T>(of items: [T]) -> [T] { values.count == 1 ? items : Self.slots(of: items, quotas: quotas) }

    /// The draw table of `items`: item c in `quotas[c]` consecutive slots.
    static func slots<T>(of items: [T], quotas: [Int]) -> [T] {
        precondition(items.count == quotas.count, "one item per palette value")
        var table: [T] = []
        table.reserveCapacity(Self.slotCount)
        for (item, quota) in zip(items, quotas) { table.append(contentsOf: repeatElement(item, count: quota)) }
        return table
    }

    /// MR/PET: the middle half (25th to 75th percentile) of the shell's values stands for
    /// soft tissue, since there is no fixed scale.
    static func softTissueRange<V: VoxelScalar>(_ volume: Volume<V>, roles: VoxelRoles) -> ClosedRange<Double> {
        var values: [Double] = []
        roles.bytes.withUnsafeBufferPointer { m in
            volume.voxels.withUnsafeBufferPointer { v in
                for i in stride(from: 0, to: v.count, by: 7) where m[i] & VoxelRole.shell.rawValue != 0 {
                    values.append(v[i].doubleValue * volume.rescale.slope + volume.rescale.intercept)
                }
            }
        }
        guard !values.isEmpty else { return 0...0 }
        values.sort()
        return values[values.count / 4]...max(values[values.count / 4], values[values.count * 3 / 4])
    }
}

/// SplitMix64 with a stream number mixed into the seed, so each slice draws its own sequence.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64, stream: UInt64) {
        state = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// 16-bit draws (slots of a draw table), four from each 64-bit output of a generator.
struct QuarterDraws {
    var generator: SplitMix64
    var bits: UInt64 = 0
    var left = 0

    init(_ generator: SplitMix64) { self.generator = generator }

    @inline(__always) mutating func next() -> Int {
        if left == 0 {
            bits = generator.next()
            left = 4
        }
        let slot = Int(truncatingIfNeeded: bits & 0xFFFF)
        bits >>= 16
        left &-= 1
        return slot
    }
}

/// Voxels that concurrent workers write at disjoint indices.
struct SharedVoxels<V>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<V>
    init(_ base: UnsafeMutableBufferPointer<V>) { self.base = base }
    subscript(index: Int) -> V {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }
}

/// A total that concurrent workers add to.
final class Counter: @unchecked Sendable {
    private var total = 0
    private let lock = NSLock()
    func add(_ amount: Int) { lock.lock(); total += amount; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return total }
}
