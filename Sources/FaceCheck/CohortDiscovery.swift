import Foundation

/// One volume of a cohort folder: a NIfTI file, or a folder of DICOM files (a series or a study,
/// read as `faceless render` reads a folder: the largest series).
public struct CohortVolume: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case nifti = "NIfTI"
        case dicom = "DICOM"
    }

    /// The name it is paired by: its path relative to the cohort folder, without `.nii` or
    /// `.nii.gz`, so `a/b.nii.gz` in one folder pairs with `a/b.nii` in the other.
    public var name: String
    public var url: URL
    public var kind: Kind
    /// The file (NIfTI) or every regular file below the folder (DICOM), sorted: what the
    /// cache's key is hashed from.
    public var files: [URL]

    public init(name: String, url: URL, kind: Kind, files: [URL]) {
        self.name = name
        self.url = url
        self.kind = kind
        self.files = files
    }
}

/// Originals and defaced volumes matched by name, and what could not be matched.
public struct CohortPairing: Sendable {
    public struct Pair: Sendable {
        public var name: String
        public var original: CohortVolume
        public var defaced: CohortVolume

        public init(name: String, original: CohortVolume, defaced: CohortVolume) {
            self.name = name
            self.original = original
            self.defaced = defaced
        }
    }

    /// Paired volumes, sorted by name.
    public var pairs: [Pair]
    /// Originals with no defaced volume of their name.
    public var originalsOnly: [CohortVolume]
    /// Defaced volumes with no original of their name.
    public var defacedOnly: [CohortVolume]
    /// Volumes whose name more than one volume holds in one folder (e.g. `a.nii` beside
    /// `a.nii.gz`, or a NIfTI file beside a DICOM folder of that name), with their namesakes in
    /// the other folder: none of them is paired.
    public var ambiguous: [CohortVolume]

    public init(pairs: [Pair], originalsOnly: [CohortVolume], defacedOnly: [CohortVolume], ambiguous: [CohortVolume]) {
        self.pairs = pairs
        self.originalsOnly = originalsOnly
        self.defacedOnly = defacedOnly
        self.ambiguous = ambiguous
    }
}

/// Finding the volumes of a cohort folder and pairing originals with defaced volumes.
public enum CohortDiscovery {
    /// Whether `path` names a NIfTI file.
    public static func isNIfTI(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".nii") || lowered.hasSuffix(".nii.gz")
    }

    /// The volumes found in a folder, and the files that are neither.
    public struct Listing: Sendable {
        public var volumes: [CohortVolume]
        /// Files outside any DICOM folder that are neither NIfTI nor DICOM (notes, sheets).
        public var ignored: [URL]
    }

    /// The volumes below `folder`. A folder that directly holds a DICOM file is one DICOM
    /// volume (its subfolders belong to it, as a study's series do); otherwise its NIfTI files
    /// are volumes and its subfolders are searched. Hidden files and folders are skipped (a
    /// previous run's temporary files, `.DS_Store`).
    public static func volumes(in folder: URL) throws(FaceCheckError) -> Listing {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw .unreadableInput("\(folder.path): no such folder")
        }
        guard isDirectory.boolValue else { throw .unreadableInput("\(folder.path): not a folder") }
        var found = Listing(volumes: [], ignored: [])
        try collect(root, relative: "", into: &found)
        found.volumes.sort { $0.name < $1.name }
        return found
    }

    private static func collect(_ folder: URL, relative: String, into found: inout Listing) throws(FaceCheckError) {
        let entries = try listing(folder)
        let files = entries.filter { !$0.isDirectory }, folders = entries.filter(\.isDirectory)
        let others = files.filter { !isNIfTI($0.url.lastPathComponent) }
        if others.contains(where: { looksLikeDICOM($0.url) }) {
            let all = try regularFiles(below: folder)
            found.volumes.append(CohortVolume(name: relative.isEmpty ? "." : relative, url: folder, kind: .dicom, files: all))
            return
        }
        found.ignored += others.map(\.url)
        for file in files where isNIfTI(file.url.lastPathComponent) {
            let stem = stripNIfTIExtension(file.url.lastPathComponent)
            found.volumes.append(CohortVolume(name: relative.isEmpty ? stem : relative + "/" + stem, url: file.url, kind: .nifti, files: [file.url]))
        }
        for sub in folders {
            let name = sub.url.lastPathComponent
            try collect(sub.url, relative: relative.isEmpty ? name : relative + "/" + name, into: &found)
        }
    }

    /// A Part 10 file ("DICM" after the 128-byte preamble), or a bare data set starting with a
    /// group 0002 or 0008 tag (files written without preamble, which readers accept).
    static func looksLikeDICOM(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 132), head.count >= 4 else { return false }
        if head.count == 132, head.suffix(4).elementsEqual("DICM".utf8) { return true }
        let group = UInt16(head[head.startIndex]) | UInt16(head[head.startIndex + 1]) << 8
        return group == 0x0002 || group == 0x0008
    }

    /// `name` without `.nii.gz` or `.nii` (any case).
    static func stripNIfTIExtension(_ name: String) -> String {
        let lowered = name.lowercased()
        for suffix in [".nii.gz", ".nii"] where lowered.hasSuffix(suffix) { return String(name.dropLast(suffix.count)) }
        return name
    }

    private struct Entry {
        var url: URL
        var isDirectory: Bool
    }

    /// The visible entries of `folder` (symbolic links followed), sorted by name.
    private static func listing(_ folder: URL) throws(FaceCheckError) -> [Entry] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch {
            throw .unreadableInput("\(folder.path): cannot list the folder (\(error.localizedDescription))")
        }
        return names.filter { !$0.hasPrefix(".") }.sorted().compactMap { name in
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
            return Entry(url: url, isDirectory: isDirectory.boolValue)
        }
    }

    private static func regularFiles(below folder: URL) throws(FaceCheckError) -> [URL] {
        var files: [URL] = []
        for entry in try listing(folder) {
            if entry.isDirectory { files += try regularFiles(below: entry.url) } else { files.append(entry.url) }
        }
        return files
    }

    /// Pairs the volumes of two folders by name.
    public static func pair(originals: [CohortVolume], defaced: [CohortVolume]) -> CohortPairing {
        func counts(_ volumes: [CohortVolume]) -> [String: Int] { volumes.reduce(into: [:]) { $0[$1.name, default: 0] += 1 } }
        let left = counts(originals), right = counts(defaced)
        // A name held twice on either side is ambiguous on both: which of the two is the pair?
        let ambiguous = Set(left.filter { $0.value > 1 }.keys).union(right.filter { $0.value > 1 }.keys)
        let byName = Dictionary(uniqueKeysWithValues: defaced.filter { !ambiguous.contains($0.name) }.map { ($0.name, $0) })
        let clear = originals.filter { !ambiguous.contains($0.name) }
        return CohortPairing(
            pairs: clear.compactMap { original in byName[original.name].map { CohortPairing.Pair(name: original.name, original: original, defaced: $0) } }
                .sorted { $0.name < $1.name },
            originalsOnly: clear.filter { right[$0.name] == nil }.sorted { $0.name < $1.name },
            defacedOnly: byName.values.filter { left[$0.name] == nil }.sorted { $0.name < $1.name },
            ambiguous: (originals + defaced).filter { ambiguous.contains($0.name) }.sorted { ($0.name, $0.url.path) < ($1.name, $1.url.path) }
        )
    }
}
