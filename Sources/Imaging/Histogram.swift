import Volume

/// A histogram of a volume's real values, for intensity thresholds where HU do not apply
/// (MRI, PET): Otsu's threshold and percentiles.
///
/// Bins are equal, `[lower + b·width, lower + (b+1)·width)`, the last one closed, as
/// `numpy.histogram(values, bins, range)` makes them; values outside the range are not counted.
public struct Histogram: Sendable, Equatable {
    /// Lower edge of the first bin.
    public let lowerBound: Double
    /// Width of every bin.
    public let binWidth: Double
    /// Values per bin.
    public let counts: [Int]

    /// Counts of given bins.
    public init(lowerBound: Double, binWidth: Double, counts: [Int]) throws(ImagingError) {
        guard !counts.isEmpty, binWidth > 0, binWidth.isFinite, lowerBound.isFinite else {
            throw ImagingError("a histogram needs bins of positive finite width")
        }
        self.lowerBound = lowerBound
        self.binWidth = binWidth
        self.counts = counts
    }

    /// The histogram of the real values of `volume` (of the voxels inside `mask`, if given)
    /// with `bins` bins over `range` (default: the smallest to the largest value counted).
    public init<V: VoxelScalar>(_ volume: Volume<V>, bins: Int = 256, range: ClosedRange<Double>? = nil,
                                inside mask: Mask? = nil) throws(ImagingError) {
        guard bins > 0 else { throw ImagingError("a histogram needs at least one bin") }
        if let mask, mask.size != volume.size { throw ImagingError("mask size \(mask.size) differs from volume size \(volume.size)") }
        let slope = volume.rescale.slope, intercept = volume.rescale.intercept
        let selected = mask?.voxels
        func forEachValue(_ body: (Double) -> Void) {
            volume.voxels.withUnsafeBufferPointer { v in
                if let selected {
                    selected.withUnsafeBufferPointer { m in for i in 0..<v.count where m[i] != 0 { body(v[i].doubleValue * slope + intercept) } }
                } else {
                    for x in v { body(x.doubleValue * slope + intercept) }
                }
            }
        }
        var low = range?.lowerBound ?? .infinity, high = range?.upperBound ?? -.infinity
        if range == nil { forEachValue { low = min(low, $0); high = max(high, $0) } }
        guard low.isFinite, high.isFinite else { throw ImagingError("no voxels to make a histogram of") }
        if high == low { low -= 0.5; high += 0.5 }  // numpy's convention for a single value
        let width = (high - low) / Double(bins), norm = Double(bins) / (high - low)
        var counts = [Int](repeating: 0, count: bins)
        counts.withUnsafeMutableBufferPointer { c in
            forEachValue { value in
                guard value >= low, value <= high else { return }
                // As numpy does: scale, then correct against the edges (b · width + low).
                var b = min(bins - 1, Int((value - low) * norm))
                if value < Double(b) * width + low { b -= 1 } else if b < bins - 1 && value >= Double(b + 1) * width + low { b += 1 }
                c[b] += 1
            }
        }
        try self.init(lowerBound: low, binWidth: width, counts: counts)
    }

    /// Number of values counted.
    public var total: Int { counts.reduce(0, +) }

    /// Otsu's threshold: the bin edge that splits the values into two classes of greatest
    /// between-class variance (bins represented by their centres). Values at or above it are
    /// the upper class. Nil when all values fall in one bin.
    public var otsuThreshold: Double? {
        let total = Double(self.total)
        guard total > 0 else { return nil }
        var sumAll = 0.0
        for (b, c) in counts.enumerated() { sumAll += Double(c) * center(b) }
        var weightBelow = 0.0, sumBelow = 0.0
        var best = -1.0, bestEdge: Double?
        for b in 0..<(counts.count - 1) {
            weightBelow += Double(counts[b])
            sumBelow += Double(counts[b]) * center(b)
            let weightAbove = total - weightBelow
            guard weightBelow > 0, weightAbove > 0 else { continue }
            let meanBelow = sumBelow / weightBelow, meanAbove = (sumAll - sumBelow) / weightAbove
            let between = weightBelow * weightAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove)
            if between > best { best = between; bestEdge = lowerBound + Double(b + 1) * binWidth }
        }
        return bestEdge
    }

    /// The value below which `percent` % of the counted values lie, interpolated linearly within its bin.
    public func percentile(_ percent: Double) -> Double? {
        let total = self.total
        guard total > 0, percent >= 0, percent <= 100 else { return nil }
        let target = percent / 100 * Double(total)
        var below = 0.0
        for (b, c) in counts.enumerated() where c > 0 {
            if below + Double(c) >= target {
                return lowerBound + binWidth * (Double(b) + max(0, target - below) / Double(c))
            }
            below += Double(c)
        }
        return lowerBound + binWidth * Double(counts.count)
    }

    func center(_ bin: Int) -> Double { lowerBound + (Double(bin) + 0.5) * binWidth }
}
