import Crypto
import Foundation
import Synchronization
import Volume

/// SHA-256 of files, on all cores: the audit log's and the resume markers' identity of inputs
/// and outputs.
enum FileHashes {
    /// Lower-case hex digests in the order of `urls`; nil for a file that cannot be read.
    static func sha256(of urls: [URL]) -> [String?] {
        let digests = ResultSlots<String>(count: urls.count)
        let workers = min(urls.count, ProcessInfo.processInfo.activeProcessorCount)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            // Read with one buffer per thread: mapping each file costs more in page faults and
            // unmapping than the hashing itself.
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 64)
            defer { buffer.deallocate() }
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < urls.count else { break }
                if let digest = sha256(of: urls[index], buffer: buffer) { digests.set(index, digest) }
            }
        }
        return digests.values
    }

    private static let chunkSize = 1 << 20

    private static func sha256(of url: URL, buffer: UnsafeMutableRawBufferPointer) -> String? {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var hasher = SHA256()
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
