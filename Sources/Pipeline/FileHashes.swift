import Crypto
import Foundation

/// SHA-256 of files, on all cores: the audit log's and the resume markers' identity of inputs
/// and outputs.
enum FileHashes {
    /// Lower-case hex digests in the order of `urls`; nil for a file that cannot be read.
    static func sha256(of urls: [URL]) -> [String?] {
        let digests = Slots<String>(count: urls.count)
        DispatchQueue.concurrentPerform(iterations: urls.count) { index in
            guard let data = try? Data(contentsOf: urls[index], options: .alwaysMapped) else { return }
            digests.set(index, SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined())
        }
        return digests.values
    }
}

/// Results filled in by concurrent workers, one slot each.
final class Slots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Value) { lock.lock(); slots[index] = value; lock.unlock() }
    var values: [Value?] { lock.lock(); defer { lock.unlock() }; return slots }
}
