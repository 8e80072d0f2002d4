import Crypto
import Foundation
import Volume

/// SHA-256 of files, on all cores: the audit log's and the resume markers' identity of inputs
/// and outputs.
enum FileHashes {
    /// Lower-case hex digests in the order of `urls`; nil for a file that cannot be read.
    static func sha256(of urls: [URL]) -> [String?] {
        let digests = ResultSlots<String>(count: urls.count)
        DispatchQueue.concurrentPerform(iterations: urls.count) { index in
            guard let data = try? Data(contentsOf: urls[index], options: .alwaysMapped) else { return }
            digests.set(index, SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined())
        }
        return digests.values
    }
}
