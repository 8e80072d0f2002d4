import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder that no reader sees until all of it is written and it is moved into place, whose
/// files are created ahead of time.
///
/// Creating a file can cost far more than writing half a megabyte into it: ext4 without a
/// journal looks past every inode freed in the last minutes on each create (250 creates took
/// 135 ms after a few runs in a row, 8 ms on a quiet disk), and creates in one folder wait on
/// its lock. So a background thread makes empty files while the caller computes, and each
/// write takes one and renames it to its own name. Files need no temporary names: the folder
/// is the unit that appears whole.
public final class StagingFolder: @unchecked Sendable {
    /// The folder: hidden, beside the destination, on the same file system.
    public let url: URL
    private let lock = NSLock()
    /// Prepared files made so far, the number taken, and the writes that made their own file.
    private var made = 0, taken = 0, madeByWriters = 0
    private let expected: Int
    private let creatorDone = DispatchSemaphore(value: 0)
    private var creatorRunning = true

    /// A staging folder beside `destination` for `expectedFiles` files; starts preparing them.
    public init(beside destination: URL, expectedFiles: Int) {
        url = destination.deletingLastPathComponent()
            .appendingPathComponent(".faceless-partial-\(destination.lastPathComponent)-\(UUID().uuidString)")
        expected = expectedFiles
        // A thread of its own: a worker of the global queues would be one fewer for the
        // caller's concurrentPerform.
        let thread = Thread { [self] in
            defer { creatorDone.signal() }
            guard (try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)) != nil else { return }
            while true {
                lock.lock()
                let next = made, wanted = made + madeByWriters < expected && creatorRunning
                lock.unlock()
                guard wanted else { return }
                let descriptor = open(preparedPath(next), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                guard descriptor >= 0 else { return }
                close(descriptor)
                lock.lock()
                made += 1
                lock.unlock()
            }
        }
        thread.start()
    }

    private func preparedPath(_ index: Int) -> String { url.appendingPathComponent(".prepared-\(index)").path }

    /// Writes `bytes` as the file `name` of the folder, into a prepared file when one is ready
    /// (else a new one). A file of that name already there is replaced.
    public func write(_ bytes: UnsafeRawBufferPointer, named name: String) throws(DICOMError) {
        let target = url.appendingPathComponent(name)
        lock.lock()
        let prepared = taken < made ? taken : nil
        if prepared != nil { taken += 1 } else { madeByWriters += 1 }
        lock.unlock()
        guard let prepared else {
            try AtomicFile.create(target.path, folder: url, reportingAs: target, bytes)
            return
        }
        let path = preparedPath(prepared)
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw AtomicFile.failure(target, errno) }
        try AtomicFile.write(bytes, to: descriptor, removing: path, reportingAs: target)
        guard rename(path, target.path) == 0 else {
            let code = errno
            unlink(path)
            throw AtomicFile.failure(target, code)
        }
    }

    /// Stops preparing files and removes the prepared files no write took.
    public func finishWriting() {
        lock.lock()
        creatorRunning = false
        lock.unlock()
        // Signalled again so that a later call does not wait for ever.
        creatorDone.wait()
        creatorDone.signal()
        lock.lock()
        let unused = taken ..< made
        made = taken
        lock.unlock()
        for index in unused { unlink(preparedPath(index)) }
    }

    /// Moves `files` (written here) into `folder`: this folder renamed to `folder` when nothing
    /// is at that path yet, else each file renamed over its namesake there. Returns where they went.
    public func moveFiles(_ files: [URL], into folder: URL) throws(DICOMError) -> [URL] {
        finishWriting()
        let targets = files.map { folder.appendingPathComponent($0.lastPathComponent) }
        var status = stat()
        if lstat(folder.path, &status) != 0 && errno == ENOENT && rename(url.path, folder.path) == 0 { return targets }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw DICOMError(.io, at: 0, "cannot create \(folder.path): \(error.localizedDescription)")
        }
        for (file, target) in zip(files, targets) where rename(file.path, target.path) != 0 {
            throw AtomicFile.failure(target, errno)
        }
        return targets
    }

    /// Removes the folder and what is left in it (nothing once it was moved into place).
    public func remove() {
        finishWriting()
        try? FileManager.default.removeItem(at: url)
    }
}

extension DICOMFile {
    /// Writes the file as `name` in `staging` (see `write(to:as:)`).
    public func write(named name: String, in staging: StagingFolder, as syntax: TransferSyntax? = nil) throws(DICOMError) {
        let bytes = try serializedBytes(as: syntax)
        var failure: DICOMError?
        bytes.withUnsafeBytes { raw in
            do throws(DICOMError) { try staging.write(raw, named: name) } catch { failure = error }
        }
        if let failure { throw failure }
    }
}
