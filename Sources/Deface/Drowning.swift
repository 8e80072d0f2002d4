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

/// Replaces the voxels of `HeadMasks.replaced` by the mode's values (design.md §4 step 5).
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
        let columns = palette.values.count
        masks.replaced.voxels.withUnsafeBufferPointer { maskBuffer in
            volume.voxels.withUnsafeMutableBufferPointer { voxels in
                palette.keep.withUnsafeBufferPointer { keepBuffer in
                    palette.alias.withUnsafeBufferPointer { aliasBuffer in
                        storedPalette.withUnsafeBufferPointer { storedBuffer in
                            let target = SharedVoxels(voxels)
                            // Read only:
                            let mask = SharedVoxels(UnsafeMutableBufferPointer(mutating: maskBuffer))
                            let keep = SharedVoxels(UnsafeMutableBufferPointer(mutating: keepBuffer))
                            let alias = SharedVoxels(UnsafeMutableBufferPointer(mutating: aliasBuffer))
                            let stored = SharedVoxels(UnsafeMutableBufferPointer(mutating: storedBuffer))
                            DispatchQueue.concurrentPerform(iterations: slices) { k in
                                var random = SplitMix64(seed: options.seed, stream: UInt64(k))
                                var tally = [Int](repeating: 0, count: columns)
                                tally.withUnsafeMutableBufferPointer { tally in
                                    for i in k * perSlice ..< (k + 1) * perSlice where mask[i] != 0 {
                                        let choice = Palette.draw(&random, columns: columns, keep: keep, alias: alias)
                                        target[i] = stored[choice]
                                        tally[choice] &+= 1
                                    }
                                }
                                written.add(tally.reduce(0, +))
                                clamped.add(tally.indices.reduce(0) { $0 + (paletteClamped[$1] ? tally[$1] : 0) })
                            }
                        }
                    }
                }
            }
        }
        return DrownReport(mode: options.mode.description, replacedVoxels: written.value,
                           writtenRange: written.value > 0 ? lowest...highest : nil, clampedVoxels: clamped.value)
    }
}

/// The real-world values drowning writes and how often: one value for `air` and numbers, the
/// shell's soft-tissue histogram (1 HU bins on CT) for `face`.
struct Palette {
    let values: [Double]
    /// Walker's alias table, for drawing in constant time without data-dependent branches
    /// (a binary search over the weights mispredicts a branch at nearly every step, and 50
    /// million draws made that the slowest part of drowning): column c is kept when the low
    /// 32 bits of a draw are below `keep[c]`, else it gives way to `alias[c]`.
    let keep: [UInt64]
    let alias: [Int32]

    init<V: VoxelScalar>(_ volume: Volume<V>, masks: HeadMasks, modality: DefaceModality, options: DefaceOptions) {
        let slope = volume.rescale.slope, intercept = volume.rescale.intercept
        switch options.mode {
        case .air:
            values = [modality == .ct ? -1000 : (volume.voxels.min()?.doubleValue ?? 0) * slope + intercept]
        case .value(let v):
            values = [v]
        case .face:
            let range = modality == .ct ? options.softTissueHounsfield : Self.softTissueRange(volume, shell: masks.shell)
            let bins = max(1, Int((range.upperBound - range.lowerBound).rounded(.down)) + 1)
            // One histogram per slice, concurrently, then summed.
            let plane = volume.size.x * volume.size.y, slices = volume.size.z
            var perSlice = [Int](repeating: 0, count: bins * slices)
            masks.shell.voxels.withUnsafeBufferPointer { shellBuffer in
                volume.voxels.withUnsafeBufferPointer { voxelBuffer in
                    perSlice.withUnsafeMutableBufferPointer { histogramBuffer in
                        let shell = SharedVoxels(UnsafeMutableBufferPointer(mutating: shellBuffer))
                        let voxels = SharedVoxels(UnsafeMutableBufferPointer(mutating: voxelBuffer))
                        let histograms = SharedVoxels(histogramBuffer)
                        DispatchQueue.concurrentPerform(iterations: slices) { k in
                            for i in k * plane ..< (k + 1) * plane where shell[i] != 0 {
                                let real = voxels[i].doubleValue * slope + intercept
                                guard range.contains(real) else { continue }
                                histograms[k * bins + min(bins - 1, Int(real - range.lowerBound))] += 1
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
        (keep, alias) = ([1 << 32], [0])
    }

    /// Vose's construction of the alias table of `weights` (all positive).
    static func aliasTable(_ weights: [Int]) -> (keep: [UInt64], alias: [Int32]) {
        let n = weights.count, total = Double(weights.reduce(0, +))
        var scaled = weights.map { Double($0) * Double(n) / total }
        var keep = [UInt64](repeating: 1 << 32, count: n), alias = (0..<n).map { Int32($0) }
        var small = scaled.indices.filter { scaled[$0] < 1 }, large = scaled.indices.filter { scaled[$0] >= 1 }
        while let s = small.popLast(), let l = large.popLast() {
            keep[s] = UInt64((scaled[s] * 4_294_967_296).rounded())
            alias[s] = Int32(l)
            scaled[l] -= 1 - scaled[s]
            if scaled[l] < 1 { small.append(l) } else { large.append(l) }
        }
        return (keep, alias)
    }

    /// An index into the palette's values, drawn by weight: the high 32 bits pick a column, the
    /// low 32 bits decide between it and its alias.
    @inline(__always) static func draw(_ random: inout SplitMix64, columns: Int, keep: SharedVoxels<UInt64>, alias: SharedVoxels<Int32>) -> Int {
        if columns == 1 { return 0 }
        let bits = random.next()
        let column = Int(((bits >> 32) &* UInt64(columns)) >> 32)
        return (bits & 0xFFFF_FFFF) < keep[column] ? column : Int(alias[column])
    }

    /// MR/PET: the middle half (25th to 75th percentile) of the shell's values stands for
    /// soft tissue, since there is no fixed scale.
    static func softTissueRange<V: VoxelScalar>(_ volume: Volume<V>, shell: Mask) -> ClosedRange<Double> {
        var values: [Double] = []
        shell.voxels.withUnsafeBufferPointer { m in
            volume.voxels.withUnsafeBufferPointer { v in
                for i in stride(from: 0, to: v.count, by: 7) where m[i] != 0 {
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
