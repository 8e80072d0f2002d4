import Volume

/// The default surface threshold for a volume: where the skin is.
///
/// - CT (DICOM Modality CT, or a volume whose real values reach −900 or lower, as only HU data
///   does): **−300 HU**. Air is about −1000 HU and fat −100…−50 HU, skin and muscle 0…+60 HU;
///   the half-way point −300 HU (in the −200…−500 HU range surface renderers of the skin use)
///   sits on the steepest part of the partial-volume edge and stays clear of the noise in air.
/// - Anything else (MR, PET, uint8 data): **half of Otsu's threshold** over a 256-bin
///   histogram of the real values. Otsu alone splits the head's tissue classes from each
///   other as often as from the background (on MR the skin and fat are bright but thin); half
///   of it lies between the background noise and the dimmest tissue.
public enum SurfaceThreshold {
    /// The CT skin threshold, HU.
    public static let computedTomographyHU = -300.0

    /// The threshold for `volume` and a short reason for reports. `modality` is the DICOM
    /// Modality when known (nil for NIfTI).
    public static func choose(for volume: AnyVolume, modality: String?) -> (value: Double, reason: String) {
        let histogram = Histogram(volume)
        let isCT = modality.map { $0.uppercased() == "CT" } ?? (histogram.minimum <= -900)
        if isCT {
            let why = modality != nil ? "CT" : "values down to \(Int(histogram.minimum)), HU"
            return (computedTomographyHU, "\(Int(computedTomographyHU)) HU, the CT skin default (\(why))")
        }
        let otsu = histogram.otsuThreshold()
        let value = histogram.minimum + (otsu - histogram.minimum) / 2
        return (value, "\(formatted(value)), half-way from the minimum to Otsu's threshold \(formatted(otsu)) (\(modality ?? "not CT"))")
    }

    static func formatted(_ value: Double) -> String {
        abs(value) >= 100 || value == value.rounded() ? String(Int(value.rounded())) : String((value * 100).rounded() / 100)
    }
}

/// A 256-bin histogram of a volume's real values (stored × slope + intercept).
public struct Histogram: Sendable {
    public let minimum: Double
    public let maximum: Double
    public let counts: [Int]

    /// Counts the real values of every voxel.
    public init(_ volume: AnyVolume, bins: Int = 256) {
        switch volume {
        case .uint8(let v): self.init(v, bins: bins)
        case .int16(let v): self.init(v, bins: bins)
        case .uint16(let v): self.init(v, bins: bins)
        case .float32(let v): self.init(v, bins: bins)
        }
    }

    init<V: VoxelScalar>(_ volume: Volume<V>, bins: Int) {
        let (slope, intercept) = volume.rescale
        var low = Double.infinity, high = -Double.infinity
        volume.voxels.withUnsafeBufferPointer { voxels in
            for value in voxels {
                let stored = value.doubleValue
                guard stored.isFinite else { continue }
                low = min(low, stored)
                high = max(high, stored)
            }
        }
        if !low.isFinite { (low, high) = (0, 0) }
        var counts = [Int](repeating: 0, count: bins)
        let scale = high > low ? Double(bins) / (high - low) : 0
        volume.voxels.withUnsafeBufferPointer { voxels in
            for value in voxels {
                let stored = value.doubleValue
                guard stored.isFinite else { continue }
                counts[min(bins - 1, Int((stored - low) * scale))] += 1
            }
        }
        // Stored extremes become real ones (a negative slope swaps them and reverses the bins).
        let a = low * slope + intercept, b = high * slope + intercept
        minimum = min(a, b)
        maximum = max(a, b)
        self.counts = slope < 0 ? counts.reversed() : counts
    }

    /// The real value at the lower edge of `bin`.
    public func value(atBin bin: Int) -> Double {
        minimum + (maximum - minimum) * Double(bin) / Double(counts.count)
    }

    /// Otsu's threshold: the bin edge that maximises the between-class variance.
    public func otsuThreshold() -> Double {
        let total = Double(counts.reduce(0, +))
        guard total > 0, maximum > minimum else { return minimum }
        let weightedTotal = counts.enumerated().reduce(0.0) { $0 + Double($1.offset) * Double($1.element) }
        var below = 0.0, weightedBelow = 0.0
        var best = -1.0, bestBin = 1
        for bin in 0..<(counts.count - 1) {
            below += Double(counts[bin])
            weightedBelow += Double(bin) * Double(counts[bin])
            let above = total - below
            guard below > 0, above > 0 else { continue }
            let meanBelow = weightedBelow / below, meanAbove = (weightedTotal - weightedBelow) / above
            let between = below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove)
            if between > best { best = between; bestBin = bin + 1 }
        }
        return value(atBin: bestBin)
    }
}
