import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Progress of a long batch on standard error: a bar redrawn in place on a terminal, one plain
/// line per item otherwise (logs and CI keep every line, and no control characters).
/// Workers on any thread may report; lines never interleave.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let command: String
    private let total: Int
    private let isTerminal: Bool
    private let start = ContinuousClock.now
    private var drawn = false

    init(command: String, total: Int, isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.command = command
        self.total = total
        self.isTerminal = isTerminal
    }

    /// Says what is about to happen (a line), and on a terminal draws the empty bar.
    func begin(_ what: String) {
        printError("faceless \(command): \(what)")
        if isTerminal { update(done: 0, reused: 0, failed: 0, item: "") }
    }

    /// `done` items finished, `reused` of them without work (a cache); `item` says what the
    /// last one was.
    func update(done: Int, reused: Int, failed: Int, item: String) {
        lock.lock()
        defer { lock.unlock() }
        guard isTerminal else {
            printError("faceless \(command): [\(done)/\(total)] \(item)")
            return
        }
        let width = 28, filled = total == 0 ? width : width * done / total
        var line = "\r\u{1B}[2K\(command) [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] \(done)/\(total)"
        var notes: [String] = []
        if reused > 0 { notes.append("\(reused) cached") }
        if failed > 0 { notes.append("\(failed) failed") }
        if !notes.isEmpty { line += " (" + notes.joined(separator: ", ") + ")" }
        let worked = done - reused
        if worked > 0, done < total {
            // Cached items take no time, so the rate comes from the items that did work.
            let elapsed = (ContinuousClock.now - start) / .seconds(1)
            line += " about " + Self.duration(elapsed / Double(worked) * Double(total - done)) + " left"
        }
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    /// Ends the bar's line (on a terminal), so later output starts on a fresh one.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
        drawn = false
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole < 60 ? "\(whole)s" : whole < 3600 ? "\(whole / 60)m\(String(format: "%02d", whole % 60))s"
            : "\(whole / 3600)h\(String(format: "%02d", whole % 3600 / 60))m"
    }
}
