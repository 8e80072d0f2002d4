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
        masks.replaced.voxels.withUnsafeBufferPointer { mask in
            volume.voxels.withUnsafeMutableBufferPointer { voxels in
                let target = SharedVoxels(voxels)
                let mask = SharedVoxels(UnsafeMutableBufferPointer(mutating: mask))  // read only
                DispatchQueue.concurrentPerform(iterations: slices) { k in
                    var random = SplitMix64(seed: options.seed, stream: UInt64(k))
                    var count = 0, clampedHere = 0
                    for i in k * perSlice ..< (k + 1) * perSlice where mask[i] != 0 {
                        let choice = palette.draw(&random)
                        target[i] = storedPalette[choice]
                        count += 1
                        if paletteClamped[choice] { clampedHere += 1 }
                    }
                    written.add(count)
                    clamped.add(clampedHere)
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
    /// Cumulative weights, scaled to 2^32, for drawing.
    let cumulative: [UInt64]

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
            var histogram = [Int](repeating: 0, count: bins)
            masks.shell.voxels.withUnsafeBufferPointer { shell in
                volume.voxels.withUnsafeBufferPointer { voxels in
                    for i in 0..<voxels.count where shell[i] != 0 {
                        let real = voxels[i].doubleValue * slope + intercept
                        guard range.contains(real) else { continue }
                        histogram[min(bins - 1, Int(real - range.lowerBound))] += 1
                    }
                }
            }
            // No soft tissue in the shell (an unusual volume): draw uniformly from the range.
            if histogram.allSatisfy({ $0 == 0 }) { histogram = [Int](repeating: 1, count: bins) }
            let used = histogram.indices.filter { histogram[$0] > 0 }
            values = used.map { min(range.lowerBound + Double($0), range.upperBound) }
            let weights = used.map { histogram[$0] }
            let total = Double(weights.reduce(0, +))
            var running = 0
            cumulative = weights.map { running += $0; return UInt64((Double(running) / total * 4_294_967_296).rounded()) }
            return
        }
        cumulative = [4_294_967_296]
    }

    /// An index into `values`, drawn by weight.
    @inline(__always) func draw(_ random: inout SplitMix64) -> Int {
        if values.count == 1 { return 0 }
        let u = random.next() >> 32
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > u { high = mid } else { low = mid + 1 }
        }
        return low
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
