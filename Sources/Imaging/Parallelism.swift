import Foundation
import Synchronization

/// How many threads a kernel may use. Kernels split their work into contiguous chunks
/// (slices, rows or lines) that workers take in turn, so uneven chunks still balance.
public struct Parallelism: Sendable, Equatable {
    /// Worker threads (at least 1).
    public let threads: Int

    public init(threads: Int) { self.threads = max(1, threads) }

    /// One worker per active processor.
    public static var allCores: Parallelism { Parallelism(threads: ProcessInfo.processInfo.activeProcessorCount) }

    /// Everything on the calling thread.
    public static let serial = Parallelism(threads: 1)

    /// Runs `body` on the chunks of `0..<count` (each `chunkSize` long, the last shorter).
    /// Each worker makes its scratch state once with `makeScratch` and reuses it for every
    /// chunk it takes, so no per-item allocation happens in `body`.
    func forEachChunk<Scratch>(of count: Int, chunkSize: Int, makeScratch: @Sendable () -> Scratch,
                               _ body: @Sendable (inout Scratch, Range<Int>) -> Void) {
        guard count > 0 else { return }
        let size = max(1, chunkSize)
        let chunks = (count + size - 1) / size
        let workers = min(threads, chunks)
        if workers == 1 {
            var scratch = makeScratch()
            for c in 0..<chunks { body(&scratch, c * size ..< min(count, (c + 1) * size)) }
            return
        }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var scratch = makeScratch()
            while true {
                let c = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard c < chunks else { break }
                body(&scratch, c * size ..< min(count, (c + 1) * size))
            }
        }
    }

    /// Runs `body` on the chunks of `0..<count` without scratch state.
    func forEachChunk(of count: Int, chunkSize: Int, _ body: @Sendable (Range<Int>) -> Void) {
        forEachChunk(of: count, chunkSize: chunkSize, makeScratch: { () }) { _, range in body(range) }
    }

    /// A chunk size that gives each worker several chunks (for balance) of at least `minimum` items.
    func chunkSize(for count: Int, minimum: Int = 1) -> Int {
        max(minimum, count / max(1, threads * 4))
    }
}

/// A raw pointer that concurrent workers use at disjoint indices (each kernel documents why
/// its workers never touch the same element).
@usableFromInline struct SharedPointer<Element>: @unchecked Sendable {
    @usableFromInline let base: UnsafeMutablePointer<Element>
    @inlinable init(_ base: UnsafeMutablePointer<Element>) { self.base = base }
    @inlinable subscript(i: Int) -> Element {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }
}
