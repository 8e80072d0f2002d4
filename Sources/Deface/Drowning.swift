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
        let slope = volume.rescale.slope, intercept = volume.rescale.intercept
        let palette = Palette(volume, masks: masks, modality: modality, options: options)
        let perSlice = volume.size.x * volume.size.y
        let slices = volume.size.z
        let clamped = Counter(), written = Counter()
        var lowest = Double.infinity, highest = -Double.infinity
        for value in palette.values { lowest = min(lowest, value); highest = max(highest, value) }
        let storedPalette = palette.values.map { V.clamped(($0 - intercept) / slope) }
        let paletteClamped = zip(palette.values, storedPalette).map { abs($0.1.doubleValue * slope + intercept - $0.0) > abs(slope) / 2 + 1e-9 }
        let columns = palette.drawColumns(stored: storedPalette)
        // Clamping is rare (a palette value beyond the stored range): only then are draws tallied by value.
        let anyClamped = paletteClamped.contains(true)
        masks.roles.bytes.withUnsafeBufferPointer { roleBuffer in
            volume.voxels.withUnsafeMutableBufferPointer { voxelBuffer in
                columns.withUnsafeBufferPointer { columnBuffer in
                    let target = SharedVoxels(voxelBuffer)
                    let roles = SharedVoxels(UnsafeMutableBufferPointer(mutating: roleBuffer))
                    let table = SharedVoxels(UnsafeMutableBufferPointer(mutating: columnBuffer))
                    DispatchQueue.concurrentPerform(iterations: slices) { k in
                        var random = PairedDraws(SplitMix64(seed: options.seed, stream: UInt64(k)))
                        var tally = [Int](repeating: 0, count: anyClamped ? columns.count : 0)
                        let count = tally.withUnsafeMutableBufferPointer { tallyBuffer in
                            drawSlice(roles: roles.base.baseAddress! + k * perSlice, voxels: target.base.baseAddress! + k * perSlice,
                                      count: perSlice, columns: UnsafeBufferPointer(table.base), random: &random, tally: anyClamped ? tallyBuffer.baseAddress : nil)
                        }
                        written.add(count)
                        clamped.add(tally.indices.reduce(0) { $0 + (paletteClamped[$1] ? tally[$1] : 0) })
                    }
                }
            }
        }
        return DrownReport(mode: options.mode.description, replacedVoxels: written.value,
                           writtenRange: written.value > 0 ? lowest...highest : nil, clampedVoxels: clamped.value)
    }
}

extension Drowning {
    /// One slice's replaced voxels set to draws from `columns` (the alias table with its
    /// stored values); returns how many. With `tally`, counts draws by palette index.
    @inline(__always)
    static func drawSlice<V: VoxelScalar>(roles: UnsafePointer<UInt8>, voxels: UnsafeMutablePointer<V>, count: Int,
                                          columns: UnsafeBufferPointer<DrawColumn<V>>, random: inout PairedDraws,
                                          tally: UnsafeMutablePointer<Int>?) -> Int {
        let single = columns.count == 1, scale = UInt32(columns.count)
        var written = 0
        VoxelRole.replaced.forEachRun(in: roles, count: count) { run in
            for i in run {
                // The high 16 bits of a 32-bit draw pick a column, the low 16 bits keep it or take
                // its alias; both values are at hand, so the choice is a select, not a branch.
                let bits = single ? 0 : random.next()
                let column = columns[Int(((bits >> 16) &* scale) >> 16)]
                let kept = (bits & 0xFFFF) < column.keepBelow
                voxels[i] = kept ? column.kept : column.alias
                if let tally { tally[Int(kept ? column.keptIndex : column.aliasIndex)] &+= 1 }
            }
            written &+= run.count
        }
        return written
    }
}

/// A column of the alias table with the stored values it draws.
struct DrawColumn<V: VoxelScalar> {
    let keepBelow: UInt32
    let kept: V
    let alias: V
    let keptIndex: Int32
    let aliasIndex: Int32
}

/// The real-world values drowning writes and how often: one value for `air` and numbers, the
/// shell's soft-tissue histogram (1 HU bins on CT) for `face`.
struct Palette {
    let values: [Double]
    /// Walker's alias table, for drawing in constant time without data-dependent branches
    /// (a binary search over the weights mispredicts a branch at nearly every step, and 50
    /// million draws made that the slowest part of drowning): column c is kept when the low
    /// 16 bits of a 32-bit draw are below `keep[c]` (of 65,536), else it gives way to `alias[c]`.
    let keep: [UInt32]
    let alias: [Int32]

    init<V: VoxelScalar>(_ volume: Volume<V>, masks: HeadMasks, modality: DefaceModality, options: DefaceOptions) {
        let slope = volume.rescale.slope, intercept = volume.rescale.intercept
        switch options.mode {
        case .air:
            values = [modality == .ct ? -1000 : (volume.voxels.min()?.doubleValue ?? 0) * slope + intercept]
        case .value(let v):
            values = [v]
        case .face:
            let range = modality == .ct ? options.softTissueHounsfield : Self.softTissueRange(volume, roles: masks.roles)
            let bins = max(1, Int((range.upperBound - range.lowerBound).rounded(.down)) + 1)
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
                            let histogram = histograms.base.baseAddress! + k * bins, start = k * plane
                            VoxelRole.shell.forEachRun(in: roles.base.baseAddress! + start, count: plane) { run in
                                for i in run {
                                    let real = voxels[start + i].doubleValue * slope + intercept
                                    guard range.contains(real) else { continue }
                                    histogram[min(bins - 1, Int(real - range.lowerBound))] += 1
                                }
                            }
                        }
                    }
                }
            }
            var histogram = [Int](repeating: 0, count: bins)
            for k in 0..<slices { for b in 0..<bins { histogram[b] += perSlice[k * bins + b] } }
            // No soft tissue in the shell (an unusual volume): draw uniformly from the range.
            if histogram.allSatisfy({ $0 == 0 }) { histogram = [Int](repeating: 1, count: bins) }
            let used = histogram.indices.filter { histogram[$0] > 0 }
            values = used.map { min(range.lowerBound + Double($0), range.upperBound) }
            let weights = used.map { histogram[$0] }
            (keep, alias) = Self.aliasTable(weights)
            return
        }
        (keep, alias) = ([1 << 16], [0])
    }

    /// Vose's construction of the alias table of `weights` (all positive).
    static func aliasTable(_ weights: [Int]) -> (keep: [UInt32], alias: [Int32]) {
        let n = weights.count, total = Double(weights.reduce(0, +))
        var scaled = weights.map { Double($0) * Double(n) / total }
        var keep = [UInt32](repeating: 1 << 16, count: n), alias = (0..<n).map { Int32($0) }
        var small = scaled.indices.filter { scaled[$0] < 1 }, large = scaled.indices.filter { scaled[$0] >= 1 }
        while let s = small.popLast(), let l = large.popLast() {
            keep[s] = UInt32((scaled[s] * 65_536).rounded())
            alias[s] = Int32(l)
            scaled[l] -= 1 - scaled[s]
            if scaled[l] < 1 { small.append(l) } else { large.append(l) }
        }
        return (keep, alias)
    }

    /// The alias table with each column's stored value and its alias's (1/65,536 steps of
    /// probability are far finer than a texture of noise needs, and two 32-bit draws come
    /// from each 64-bit output of the generator).
    func drawColumns<V: VoxelScalar>(stored: [V]) -> [DrawColumn<V>] {
        keep.indices.map { c in
            DrawColumn(keepBelow: keep[c], kept: stored[c], alias: stored[Int(alias[c])], keptIndex: Int32(c), aliasIndex: alias[c])
        }
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

/// 32-bit draws, two from each 64-bit output of a generator.
struct PairedDraws {
    var generator: SplitMix64
    var spare: UInt64 = 0
    var hasSpare = false

    init(_ generator: SplitMix64) { self.generator = generator }

    @inline(__always) mutating func next() -> UInt32 {
        if hasSpare {
            hasSpare = false
            return UInt32(truncatingIfNeeded: spare >> 32)
        }
        spare = generator.next()
        hasSpare = true
        return UInt32(truncatingIfNeeded: spare)
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
