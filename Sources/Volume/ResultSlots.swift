import Foundation

/// Results that concurrent workers fill in, one slot each, read when all are done.
public final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    public func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// The slots, nil where no worker set one.
    public var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
