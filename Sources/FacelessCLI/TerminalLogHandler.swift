import Foundation
import Logging

/// Log lines as the other commands print their messages: `faceless deid: …` on standard
/// error, the level named only below notice and above error.
struct TerminalLogHandler: LogHandler {
    let command: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let level = [.notice, .error].contains(event.level) ? "" : " [\(event.level)]"
        printError("faceless \(command)\(level): \(event.message)")
    }
}
