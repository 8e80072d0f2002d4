import Foundation
import Pipeline
#if canImport(Glibc)
import Glibc
#endif

/// Progress of a long batch on standard error: on a terminal a bar redrawn in place with the
/// count, the rate and the time left, notes printed above it; otherwise one plain line per
/// step and note (logs and CI keep every line, and no control characters). Workers on any
/// thread may report; lines never interleave.
final class ProgressBar: @unchecked Sendable, RunProgress {
    private let lock = NSLock()
    private let command: String
    private let total: Int
    private let unit: String
    private let isTerminal: Bool
    private let start = ContinuousClock.now
    private var done = 0, reused = 0, failed = 0
    private var drawn = false

    init(command: String, total: Int, unit: String, isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.command = command
        self.total = total
        self.unit = unit
        self.isTerminal = isTerminal
    }

    /// Says what is about to happen (a line), and on a terminal draws the empty bar.
    func begin(_ what: String) {
        note(what)
    }

    /// `done` items finished, `reused` of them without work (a cache), `failed` of them
    /// failed; `item` says what the last one was.
    func update(done: Int, reused: Int = 0, failed: Int = 0, item: String) {
        lock.lock()
        defer { lock.unlock() }
        (self.done, self.reused, self.failed) = (min(done, total), reused, failed)
        if isTerminal { redraw() } else { printError("faceless \(command): [\(self.done)/\(total) \(unit)] \(item)") }
    }

    func advance(by count: Int) {
        lock.lock()
        defer { lock.unlock() }
        done = min(total, done + count)
        if isTerminal { redraw() } else { printError("faceless \(command): [\(done)/\(total) \(unit)]" + timeLeft()) }
    }

    func note(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        printError("faceless \(command): \(line)")
        if isTerminal { redraw() }
    }

    /// Ends the bar's line (on a terminal), so later output starts on a fresh one.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
        drawn = false
    }

    private func redraw() {
        let width = 28, filled = total == 0 ? width : width * done / total
        var line = "\r\u{1B}[2K\(command) [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            + "] \(done)/\(total) \(unit)"
        var notes: [String] = []
        if reused > 0 { notes.append("\(reused) cached") }
        if failed > 0 { notes.append("\(failed) failed") }
        if !notes.isEmpty { line += " (" + notes.joined(separator: ", ") + ")" }
        FileHandle.standardError.write(Data((line + timeLeft()).utf8))
        drawn = true
    }

    /// ", 0.8/min, about 2m10s left": cached items take no time, so the rate counts the others.
    private func timeLeft() -> String {
        let worked = done - reused
        guard worked > 0, done < total else { return "" }
        let elapsed = (ContinuousClock.now - start) / .seconds(1)
        return String(format: ", %.1f/min", Double(worked) / elapsed * 60)
            + ", about " + Self.duration(elapsed / Double(worked) * Double(total - done)) + " left"
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole < 60 ? "\(whole)s" : whole < 3600 ? "\(whole / 60)m\(String(format: "%02d", whole % 60))s"
            : "\(whole / 3600)h\(String(format: "%02d", whole % 3600 / 60))m"
    }
}
