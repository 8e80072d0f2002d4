import DICOM
import Foundation

/// Where images lie in patient space, and how a stack of them is ordered.
enum SliceGeometry {
    struct Unplaceable: Error { let message: String }

    /// The slices of a data set: one for a single-frame image, one per frame for an
    /// enhanced multi-frame image (per-frame functional groups, PS3.3 C.7.6.16).
    static func slices(of dataSet: DataSet, url: URL) -> Result<[SliceSource], Unplaceable> {
        guard let rows = dataSet.int(.rows), let columns = dataSet.int(.columns) else {
            return .failure(Unplaceable(message: "no Rows/Columns"))
        }
        let sliceLocation = dataSet.double(.sliceLocation)
        let instance = dataSet.int(.instanceNumber)
        let perFrame = dataSet[Tag(0x5200, 0x9230)]?.items ?? []
        let shared = dataSet[Tag(0x5200, 0x9229)]?.items?.first
        if perFrame.isEmpty {
            guard let slice = slice(url: url, frame: 0, rows: rows, columns: columns, sources: [dataSet],
                                    sliceLocation: sliceLocation, instance: instance) else {
                return .failure(Unplaceable(message: "no Image Position/Orientation (Patient) or Pixel Spacing: cannot place it in a volume"))
            }
            return .success([slice])
        }
        var slices: [SliceSource] = []
        for (index, frame) in perFrame.enumerated() {
            // A functional group is per frame, else shared, else (rarely) at the top level.
            let sources = [frame, shared, dataSet].compactMap { $0 }
            guard let slice = slice(url: url, frame: index, rows: rows, columns: columns, sources: sources,
                                    sliceLocation: nil, instance: instance) else {
                return .failure(Unplaceable(message: "frame \(index + 1) has no plane position, orientation or pixel measures"))
            }
            slices.append(slice)
        }
        return .success(slices)
    }

    /// Looks each attribute up directly in the sources or inside their functional-group sequences.
    private static func slice(url: URL, frame: Int, rows: Int, columns: Int, sources: [DataSet],
                              sliceLocation: Double?, instance: Int?) -> SliceSource? {
        func find(_ tag: Tag, in group: Tag) -> [Double]? {
            for source in sources {
                if let values = source.doubles(tag), !values.isEmpty { return values }
                if let item = source[group]?.items?.first, let values = item.doubles(tag), !values.isEmpty { return values }
            }
            return nil
        }
        guard let position = find(.imagePositionPatient, in: Tag(0x0020, 0x9113)), position.count == 3,
              let orientation = find(.imageOrientationPatient, in: Tag(0x0020, 0x9116)), orientation.count == 6,
              let spacing = find(.pixelSpacing, in: Tag(0x0028, 0x9110)), spacing.count == 2 else { return nil }
        let slope = find(.rescaleSlope, in: Tag(0x0028, 0x9145))?.first ?? 1
        let intercept = find(.rescaleIntercept, in: Tag(0x0028, 0x9145))?.first ?? 0
        let row = SIMD3(orientation[0], orientation[1], orientation[2])
        let column = SIMD3(orientation[3], orientation[4], orientation[5])
        guard (row * row).sum() > 0.5, (column * column).sum() > 0.5 else { return nil }
        return SliceSource(url: url, frame: frame, position: SIMD3(position[0], position[1], position[2]),
                           rowDirection: row / (row * row).sum().squareRoot(),
                           columnDirection: column / (column * column).sum().squareRoot(),
                           // DICOM Pixel Spacing is (between rows, between columns); ours is (x, y).
                           pixelSpacing: SIMD2(spacing[1], spacing[0]), rescale: (slope, intercept),
                           rows: rows, columns: columns, sliceLocation: sliceLocation, instanceNumber: instance)
    }

    /// Sorts slices by position along the normal (never by SliceLocation or InstanceNumber)
    /// and reports duplicates (dropped, named), missing slices, uneven spacing, gantry tilt,
    /// and SliceLocation values that contradict the positions.
    static func order(_ slices: [SliceSource]) -> (sorted: [SliceSource], findings: [String]) {
        guard let first = slices.first else { return ([], []) }
        let normal = first.normal
        var sorted = slices.sorted { (normal * $0.position).sum() < (normal * $1.position).sum() }
        var findings: [String] = []

        var unique: [SliceSource] = [sorted[0]]
        for slice in sorted.dropFirst() {
            let step = (normal * (slice.position - unique.last!.position)).sum()
            if abs(step) < 1e-3 {
                findings.append("duplicate position \(format(slice.position)): \(slice.url.lastPathComponent) frame \(slice.frame + 1) dropped, \(unique.last!.url.lastPathComponent) kept")
            } else {
                unique.append(slice)
            }
        }
        sorted = unique
        guard sorted.count > 1 else { return (sorted, findings) }

        let steps = zip(sorted.dropFirst(), sorted).map { (normal * ($0.position - $1.position)).sum() }
        let median = steps.sorted()[steps.count / 2]
        for (index, step) in steps.enumerated() where abs(step - median) > max(0.01, 0.01 * median) {
            let ratio = step / median
            if ratio > 1.5, abs(ratio - ratio.rounded()) < 0.1 {
                findings.append("missing \(Int(ratio.rounded()) - 1) slice(s) between \(sorted[index].url.lastPathComponent) and \(sorted[index + 1].url.lastPathComponent) (gap \(format(step)) mm, usual \(format(median)) mm)")
            } else {
                findings.append("uneven spacing: \(format(step)) mm between \(sorted[index].url.lastPathComponent) and \(sorted[index + 1].url.lastPathComponent), usual \(format(median)) mm")
            }
        }

        let span = sorted.last!.position - sorted.first!.position
        let along = (span * normal).sum()
        let across = span - normal * along
        let tilt = atan2((across * across).sum().squareRoot(), abs(along)) * 180 / .pi
        if tilt > 0.01 {
            findings.append(String(format: "gantry tilt or sheared stack: slices step %.3f° off their normal; the volume keeps the true (sheared) geometry", tilt))
        }

        // Scanners write SliceLocation as the position along the normal plus a constant; any
        // other relation is reported (tools that sort by it flip or scramble the volume).
        let locations = sorted.compactMap(\.sliceLocation)
        if locations.count == sorted.count, locations.count > 1 {
            let offsets = zip(locations, sorted).map { $0 - ($1.position * normal).sum() }
            if offsets.max()! - offsets.min()! > 0.01 {
                let steps = zip(locations.dropFirst(), locations).map { $0 - $1 }
                let how = steps.allSatisfy { $0 > 0 } ? "its steps differ from the positions'"
                    : steps.allSatisfy { $0 < 0 } ? "it runs against the slice normal" : "it is not in slice order"
                findings.append("SliceLocation disagrees with Image Position (Patient) (\(how)); ordered by position, SliceLocation ignored")
            }
        }
        return (sorted, findings)
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
    static func format(_ p: SIMD3<Double>) -> String { "(\(format(p.x)), \(format(p.y)), \(format(p.z)))" }
}
