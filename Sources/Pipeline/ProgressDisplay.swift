import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Progress of a long run on standard error: on a terminal a bar redrawn in place with counts,
/// rate and time left, notes printed above it; otherwise (a log file, CI) one plain line per
/// note and per tenth of the work, so logs stay readable.
public final class ProgressDisplay: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let unit: String
    private let isTerminal: Bool
    private let write: @Sendable (String) -> Void
    private let start = ContinuousClock.now
    private var done = 0
    private var lastPlainTenth = 0

    /// `write` receives finished text (with line breaks and, on a terminal, control sequences).
    public init(total: Int, unit: String, isTerminal: Bool = isatty(STDERR_FILENO) == 1,
                write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.total = max(total, 0)
        self.unit = unit
        self.isTerminal = isTerminal
        self.write = write
    }

    /// Counts `count` more units done.
    public func advance(by count: Int = 1) {
        lock.lock()
        defer { lock.unlock() }
        done = min(total, done + count)
        if isTerminal {
            write("\r\u{1B}[K" + bar())
        } else if total > 0, done * 10 / total > lastPlainTenth {
            lastPlainTenth = done * 10 / total
            write(status() + "\n")
        }
    }

    /// Prints a line of its own (above the bar on a terminal).
    public func note(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        write(isTerminal ? "\r\u{1B}[K" + line + "\n" + bar() : line + "\n")
    }

    /// Ends the bar's line.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if isTerminal { write("\r\u{1B}[K" + status() + "\n") }
    }

    private func bar(width: Int = 30) -> String {
        let filled = total == 0 ? width : done * width / total
        return "[" + String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled) + "] " + status()
    }

    /// "3/10 series, 0.8/s, 0:09 left" (or the time taken when done).
    private func status() -> String {
        let elapsed = (ContinuousClock.now - start) / .seconds(1)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var text = "\(done)/\(total) \(unit)" + String(format: ", %.2f/s", rate)
        if done == total {
            text += ", " + Self.clock(elapsed) + " in all"
        } else if rate > 0 {
            text += ", " + Self.clock(Double(total - done) / rate) + " left"
        }
        return text
    }

    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 3600 ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
            : String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
