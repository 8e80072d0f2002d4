import Foundation

/// Work started on a thread of its own, whose result is waited for.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async { [self] in
            value = work()
            done.signal()
        }
    }

    /// The result, once the work is done. The semaphore orders the worker's write before this
    /// read; the value never changes afterwards.
    public func wait() -> Value {
        done.wait()
        defer { done.signal() }
        return value!
    }
}
