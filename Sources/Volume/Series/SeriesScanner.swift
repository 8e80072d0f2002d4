import DICOM
import Foundation

/// One 2-D image of a series: a single-frame file, or one frame of an enhanced multi-frame file.
public struct SliceSource: Sendable {
    public let url: URL
    /// 0 for single-frame files; the frame's index in an enhanced multi-frame file.
    public let frame: Int
    /// Image Position (Patient): LPS mm of the centre of the first transmitted pixel.
    public let position: SIMD3<Double>
    /// Image Orientation (Patient): the row direction (increasing column index) and the
    /// column direction (increasing row index).
    public let rowDirection: SIMD3<Double>
    public let columnDirection: SIMD3<Double>
    /// Pixel Spacing: (between columns, between rows), mm.
    public let pixelSpacing: SIMD2<Double>
    public let rescale: (slope: Double, intercept: Double)
    public let rows: Int
    public let columns: Int
    /// SliceLocation as the file states it (never used for ordering; kept for reports).
    public let sliceLocation: Double?
    public let instanceNumber: Int?

    /// The slice normal, row direction × column direction.
    public var normal: SIMD3<Double> { simdCross(rowDirection, columnDirection) }
}

/// The images of one series that share orientation and size, in order along the slice normal.
public struct ImageSeries: Sendable {
    public let seriesInstanceUID: String
    public let frameOfReferenceUID: String?
    public let modality: String?
    public let seriesDescription: String?
    /// Slices sorted by position along the normal, ascending.
    public let slices: [SliceSource]
    /// Problems found while assembling: uneven spacing, missing slices, duplicates, gantry tilt.
    public let findings: [String]
}

/// What a folder held: assembled series, and everything that was not used, with the reason.
public struct SeriesScan: Sendable {
    public var series: [ImageSeries] = []
    /// Files that are not DICOM, not images, or lack the geometry to place them, with reasons.
    public var skipped: [(url: URL, reason: String)] = []
}

/// Finds and assembles image series in files and folders, reading headers only.
public enum SeriesScanner {
    /// Scans `inputs` (files or folders, walked recursively) and assembles every image series.
    /// Headers are read on all cores; the result does not depend on their order.
    public static func scan(_ inputs: [URL]) -> SeriesScan {
        var scan = SeriesScan()
        var groups: [GroupKey: [SliceSource]] = [:]
        var seriesInfo: [String: (frameOfReference: String?, modality: String?, description: String?)] = [:]
        let urls = files(in: inputs)
        let headers = ResultSlots<HeaderReading>(count: urls.count)
        DispatchQueue.concurrentPerform(iterations: urls.count) { n in headers.set(n, HeaderReading(urls[n])) }
        for (url, reading) in zip(urls, headers.values) {
            switch reading {
            case .skipped(let reason)?:
                scan.skipped.append((url, reason))
            case .slices(let uid, let info, let slices)?:
                seriesInfo[uid] = info
                for slice in slices { groups[GroupKey(uid, slice), default: []].append(slice) }
            case nil:
                scan.skipped.append((url, "not read"))
            }
        }
        let keys = groups.keys.sorted { ($0.seriesUID, $0.description) < ($1.seriesUID, $1.description) }
        let splitSeries = Set(keys.map(\.seriesUID).filter { uid in keys.filter { $0.seriesUID == uid }.count > 1 })
        for key in keys {
            let info = seriesInfo[key.seriesUID]
            var (sorted, findings) = SliceGeometry.order(groups[key]!)
            if splitSeries.contains(key.seriesUID) {
                findings.insert("series \(key.seriesUID) mixes orientations or sizes; this part is \(key.description)", at: 0)
            }
            scan.series.append(ImageSeries(seriesInstanceUID: key.seriesUID, frameOfReferenceUID: info?.frameOfReference,
                                           modality: info?.modality, seriesDescription: info?.description,
                                           slices: sorted, findings: findings))
        }
        return scan
    }

    /// What one file's header gave: its slices and series, or why it is skipped.
    enum HeaderReading: Sendable {
        case slices(seriesUID: String, info: (frameOfReference: String?, modality: String?, description: String?), [SliceSource])
        case skipped(String)

        init(_ url: URL) {
            let file: DICOMFile
            do {
                file = try DICOMFile(contentsOf: url, options: .init(stopBeforePixelData: true))
            } catch {
                self = .skipped("not readable as DICOM: \(error)")
                return
            }
            let dataSet = file.dataSet
            guard file.endedAtPixelData || dataSet.contains(.pixelData) || dataSet.contains(.floatPixelData) else {
                self = .skipped("no pixel data (\(dataSet.string(.sopClassUID).flatMap { UIDRegistry.entry(for: $0)?.name } ?? "unknown SOP class"))")
                return
            }
            let uid = dataSet.string(.seriesInstanceUID) ?? "(no Series Instance UID)"
            switch SliceGeometry.slices(of: dataSet, url: url) {
            case .success(let slices):
                self = .slices(seriesUID: uid, info: (dataSet.string(.frameOfReferenceUID), dataSet.string(.modality), dataSet.string(.seriesDescription)), slices)
            case .failure(let reason):
                self = .skipped(reason.message)
            }
        }
    }

    /// Regular files below `inputs`, sorted, hidden ones excluded. Folders are read with
    /// readdir, whose entries carry their type (Foundation's enumerator asked for each file's
    /// resource values, which cost more than reading its header).
    static func files(in inputs: [URL]) -> [URL] {
        var files: [URL] = []
        for input in inputs {
            var info = stat()
            guard stat(input.path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                walk(input.path, into: &files)
            } else {
                files.append(input)
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Appends the regular files below the folder at `folder`, walked depth first; names that
    /// start with a dot and symbolic links are left out.
    static func walk(_ folder: String, into files: inout [URL]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            guard !name.hasPrefix(".") else { continue }
            let path = prefix + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                type = info.st_mode & S_IFMT == S_IFDIR ? Int32(DT_DIR) : info.st_mode & S_IFMT == S_IFREG ? Int32(DT_REG) : Int32(DT_UNKNOWN)
            }
            if type == Int32(DT_DIR) {
                walk(path, into: &files)
            } else if type == Int32(DT_REG) {
                files.append(URL(fileURLWithPath: path, isDirectory: false))
            }
        }
    }

    /// Slices belong together when they share series, orientation (to 1e-4) and size.
    struct GroupKey: Hashable {
        let seriesUID: String
        let orientation: [Int]
        let rows: Int, columns: Int

        init(_ seriesUID: String, _ slice: SliceSource) {
            self.seriesUID = seriesUID
            let cosines = [slice.rowDirection.x, slice.rowDirection.y, slice.rowDirection.z,
                           slice.columnDirection.x, slice.columnDirection.y, slice.columnDirection.z]
            orientation = cosines.map { Int(($0 * 1e4).rounded()) }
            rows = slice.rows
            columns = slice.columns
        }

        var description: String {
            "\(rows)×\(columns), orientation \(orientation.map { String(format: "%.4f", Double($0) / 1e4) }.joined(separator: "\\"))"
        }
    }
}
