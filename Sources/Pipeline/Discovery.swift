import DICOM
import Foundation
import Volume

/// One image series found under the input, with what selection and naming need.
public struct DiscoveredSeries: Sendable {
    public let series: ImageSeries
    public let attributes: SeriesAttributes
    /// The header of the series' first image (no pixel data): the pipeline derives the new
    /// patient ID and UIDs from it before any pixel is read.
    public let firstHeader: DICOMFile

    /// The input files of the series, once each, in slice order.
    public var files: [URL] {
        var seen = Set<URL>()
        return series.slices.map(\.url).filter { seen.insert($0).inserted }
    }
}

/// The series of one study (one Study Instance UID) of one patient.
public struct DiscoveredStudy: Sendable {
    public let studyInstanceUID: String
    public let patientID: String
    public var series: [DiscoveredSeries]
}

/// A file under the input that is not part of any image series, and why. Such files are
/// listed, never copied: they may be notes, reports or broken files full of identifiers.
public struct UnusableFile: Sendable {
    public let url: URL
    public let reason: String
}

/// What the input folder holds: patients' studies of image series (headers only), and every
/// other file with the reason it is not used.
public struct Discovery: Sendable {
    public var studies: [DiscoveredStudy] = []
    public var unusable: [UnusableFile] = []
    /// Regular files under the input.
    public var fileCount = 0

    /// Walks `folder` (any depth, hidden files included: a DICOM file may be hidden, and a
    /// `.DS_Store` must be listed like any other file that is not used) reading headers only.
    public static func scan(_ folder: URL) throws(PipelineError) -> Discovery {
        let files = try regularFiles(under: folder)
        var discovery = Discovery()
        discovery.fileCount = files.count
        let scan = SeriesScanner.scan(files)
        discovery.unusable = scan.skipped.map { UnusableFile(url: $0.url, reason: $0.reason) }
        var studies: [String: DiscoveredStudy] = [:]
        for series in scan.series {
            let first = series.slices[0].url
            guard let header = try? DICOMFile(contentsOf: first, options: .init(stopBeforePixelData: true)) else {
                for url in Set(series.slices.map(\.url)) { discovery.unusable.append(UnusableFile(url: url, reason: "header no longer readable")) }
                continue
            }
            let studyUID = header.dataSet.string(.studyInstanceUID) ?? ""
            let patientID = header.dataSet.string(.patientID) ?? ""
            // Files without a Study Instance UID still belong together when they share a patient.
            let key = studyUID.isEmpty ? "patient:" + patientID : studyUID
            studies[key, default: DiscoveredStudy(studyInstanceUID: studyUID, patientID: patientID, series: [])]
                .series.append(DiscoveredSeries(series: series, attributes: SeriesAttributes(header.dataSet), firstHeader: header))
        }
        discovery.studies = studies.values.sorted { ($0.patientID, $0.studyInstanceUID) < ($1.patientID, $1.studyInstanceUID) }
        discovery.unusable.sort { $0.url.path < $1.url.path }
        return discovery
    }

    /// Regular files below `folder`, sorted by path; symbolic links are followed once.
    static func regularFiles(under folder: URL) throws(PipelineError) -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .badRun("the input \(folder.path) is not a folder")
        }
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw .badRun("cannot list \(folder.path)")
        }
        var files: [URL] = []
        while let url = walker.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }
}
