import DICOM
import Foundation

/// De-identifies every file under an input folder into an output folder with the same relative
/// layout, in parallel, optionally one shard of N.
///
/// Shards are chosen by a stable hash of each file's relative path, so `--shard 1/2` and
/// `--shard 2/2` run anywhere give together exactly the files of one run; as every UID, ID and
/// date shift is keyed, their outputs are the same bytes too, with no coordination.
public struct BatchRun: Sendable {
    public let deidentifier: Deidentifier
    public let input: URL
    public let output: URL
    public let shard: Shard
    /// Where to write the original → new ID table (CSV); never inside `output` or `input`.
    public let mappingOut: URL?

    /// One shard of N: `index` counts from 1.
    public struct Shard: Sendable, Hashable, CustomStringConvertible {
        public let index: Int
        public let count: Int
        public static let whole = Shard(index: 1, count: 1)
        public init(index: Int, count: Int) {
            self.index = index
            self.count = count
        }

        /// Parses "i/N" with 1 ≤ i ≤ N.
        public init(parsing text: String) throws(DeidentificationError) {
            let parts = text.split(separator: "/")
            guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else {
                throw .badRun("--shard takes i/N with 1 ≤ i ≤ N, e.g. 1/4; not \"\(text)\"")
            }
            self.init(index: i, count: n)
        }

        public var description: String { "\(index)/\(count)" }

        /// True when the file at `relativePath` belongs to this shard (FNV-1a 64 of the path's UTF-8).
        public func contains(relativePath: String) -> Bool {
            guard count > 1 else { return true }
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in relativePath.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
            return Int(hash % UInt64(count)) == index - 1
        }
    }

    public init(deidentifier: Deidentifier, input: URL, output: URL, shard: Shard = .whole, mappingOut: URL? = nil) {
        self.deidentifier = deidentifier
        self.input = input
        self.output = output
        self.shard = shard
        self.mappingOut = mappingOut
    }

    /// Runs the batch. Throws only for a misuse that stops the whole run (overlapping folders, a
    /// missing input); a file that fails is listed in the summary, and no output is written for it.
    public func run() throws(DeidentificationError) -> BatchSummary {
        try checkFolders()
        let files = try Self.listFiles(under: input)
        let selected = files.filter { shard.contains(relativePath: $0) }
        let store = ResultStore(count: selected.count)
        let deidentifier = self.deidentifier, input = self.input, output = self.output
        DispatchQueue.concurrentPerform(iterations: selected.count) { index in
            let relative = selected[index]
            let outcome: Result<Deidentifier.Result, DeidentificationError>
            do throws(DeidentificationError) {
                outcome = .success(try deidentifier.deidentify(fileAt: input.appendingPathComponent(relative),
                                                                 to: output.appendingPathComponent(relative)))
            } catch {
                outcome = .failure(error)
            }
            store.set(index, outcome)
        }
        var summary = BatchSummary(filesConsidered: files.count, shard: shard)
        var studies: [String: MappingTable.Row] = [:]
        for (index, outcome) in store.outcomes.enumerated() {
            switch outcome {
            case .success(let result):
                summary.filesWritten += 1
                summary.tally.merge(result.tally)
                let identity = result.identity
                let key = identity.originalStudyInstanceUID + "|" + identity.originalAccessionNumber + "|" + identity.originalPatientID
                studies[key] = MappingTable.Row(identity: identity, newStudyInstanceUID: result.newStudyInstanceUID)
            case .failure(let error):
                summary.failures.append(.init(relativePath: selected[index], message: error.description))
                if case .unmappedStudy(let accession, let patientID) = error {
                    summary.unmappedStudies.insert("AccessionNumber \(accession), PatientID \(patientID)")
                }
            case nil:
                summary.failures.append(.init(relativePath: selected[index], message: "not processed"))
            }
        }
        summary.filesInShard = selected.count
        if let mappingOut {
            var table = MappingTable(showsDateShift: deidentifier.configuration.options.contains(.retainLongitudinalModifiedDates))
            table.rows = Array(studies.values)
            try table.write(to: mappingOut)
            summary.mappingRows = studies.count
        }
        return summary
    }

    /// Refuses an output inside the input (or the reverse) and a mapping table inside either.
    private func checkFolders() throws(DeidentificationError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .badRun("the input \(input.path) is not a folder")
        }
        let inputPath = FolderPaths.canonical(input), outputPath = FolderPaths.canonical(output)
        if FolderPaths.isInside(outputPath, inputPath) {
            throw .badRun("the output \(output.path) is inside the input \(input.path): Faceless never writes into its input")
        }
        if FolderPaths.isInside(inputPath, outputPath) {
            throw .badRun("the input \(input.path) is inside the output \(output.path)")
        }
        if let mappingOut {
            let mappingPath = FolderPaths.canonical(mappingOut)
            if FolderPaths.isInside(mappingPath, outputPath) {
                throw .badRun("--mapping-out \(mappingOut.path) is inside the output folder: the ID table must stay with the data manager, apart from the shared data")
            }
            if FolderPaths.isInside(mappingPath, inputPath) {
                throw .badRun("--mapping-out \(mappingOut.path) is inside the input folder: Faceless never writes into its input")
            }
        }
    }

    /// Regular files under `folder`, as sorted relative paths (hidden files included: they may be DICOM).
    static func listFiles(under folder: URL) throws(DeidentificationError) -> [String] {
        let base = folder.standardizedFileURL.resolvingSymlinksInPath()
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw .badRun("cannot list \(folder.path)")
        }
        let prefix = base.path.hasSuffix("/") ? base.path : base.path + "/"
        var files: [String] = []
        while let url = walker.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            guard path.hasPrefix(prefix) else { continue }
            files.append(String(path.dropFirst(prefix.count)))
        }
        return files.sorted()
    }
}

/// Results of the parallel loop, one slot per file.
private final class ResultStore: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var outcomes: [Result<Deidentifier.Result, DeidentificationError>?]

    init(count: Int) { outcomes = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ outcome: Result<Deidentifier.Result, DeidentificationError>) {
        lock.lock()
        outcomes[index] = outcome
        lock.unlock()
    }
}

/// What a batch run did.
public struct BatchSummary: Sendable {
    /// Files under the input folder (all shards).
    public var filesConsidered: Int
    public let shard: BatchRun.Shard
    /// Files that fell in this shard.
    public var filesInShard = 0
    public var filesWritten = 0
    public var failures: [Failure] = []
    public var tally = ActionTally()
    /// Studies without a row in the mapping sheet.
    public var unmappedStudies = Set<String>()
    /// Rows written to --mapping-out.
    public var mappingRows = 0

    public struct Failure: Sendable, Hashable {
        public let relativePath: String
        public let message: String
    }

    init(filesConsidered: Int, shard: BatchRun.Shard) {
        self.filesConsidered = filesConsidered
        self.shard = shard
    }

    /// A text report: counts, failures, and the actions per tag.
    public func report() -> String {
        var lines = ["files: \(filesWritten) written, \(failures.count) failed, \(filesInShard) in shard \(shard) of \(filesConsidered)"]
        if !unmappedStudies.isEmpty {
            lines.append("studies without a row in the mapping sheet (\(unmappedStudies.count)):")
            lines += unmappedStudies.sorted().map { "  \($0)" }
        }
        if !failures.isEmpty {
            lines.append("failed files (not written):")
            lines += failures.sorted { $0.relativePath < $1.relativePath }.map { "  \($0.relativePath): \($0.message)" }
        }
        lines.append("actions per tag (tag, keyword, action, count):")
        for row in tally.rows {
            let keyword = row.tag.isPrivate ? "private group" : DataDictionary.entry(for: row.tag)?.keyword ?? ""
            let tagText = row.tag.isPrivate ? "(\(String(format: "%04X", row.tag.group)),xxxx)" : row.tag.description
            lines.append("  \(tagText) \(keyword.isEmpty ? "-" : keyword) \(row.kind.rawValue) \(row.count)")
        }
        return lines.joined(separator: "\n")
    }
}
