import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writing a file so that readers see either nothing or all of it: the bytes go to a temporary
/// name in the target's folder, which is then renamed over the target.
///
/// Foundation's `.atomic` option does the same but also fsyncs and stats every file, which made
/// writing a 301-file study several times slower than `cp -r`; a batch that is interrupted is
/// rerun (and its files rewritten), so durability at each file is not worth that price here.
public enum AtomicFile {
    /// Writes `bytes` to `url`, creating missing folders; nothing is left under a temporary
    /// name when it fails.
    public static func write(_ bytes: UnsafeRawBufferPointer, to url: URL) throws(DICOMError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UInt64.random(in: 0 ... .max)).partial").path
        try create(temporary, folder: folder, reportingAs: url, bytes)
        guard rename(temporary, url.path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(url, code)
        }
    }

    /// Creates `path` exclusively (and missing folders up to `folder`) and writes `bytes` to it;
    /// removes it if that fails.
    static func create(_ path: String, folder: URL, reportingAs url: URL, _ bytes: UnsafeRawBufferPointer) throws(DICOMError) {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == ENOENT {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw DICOMError(.io, at: 0, "cannot create \(folder.path): \(error.localizedDescription)")
            }
            descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw failure(url, errno) }
        try write(bytes, to: descriptor, removing: path, reportingAs: url)
    }

    /// Writes all of `bytes` to `descriptor` and closes it; on failure, also removes `path`.
    static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, removing path: String, reportingAs url: URL) throws(DICOMError) {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                unlink(path)
                throw failure(url, code)
            }
            offset += written
        }
        guard close(descriptor) == 0 else {
            let code = errno
            unlink(path)
            throw failure(url, code)
        }
    }

    /// Writes `data` to `url` (see `write(_:to:)` for raw bytes).
    public static func write(_ data: Data, to url: URL) throws(DICOMError) {
        var failure: DICOMError?
        data.withUnsafeBytes { raw in
            do throws(DICOMError) { try write(raw, to: url) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    static func failure(_ url: URL, _ code: Int32) -> DICOMError {
        DICOMError(.io, at: 0, "cannot write \(url.path): \(String(cString: strerror(code)))")
    }
}
