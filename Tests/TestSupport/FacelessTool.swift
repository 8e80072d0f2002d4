import Foundation

/// The built `faceless` executable, run as a user runs it (tests that depend on the
/// FacelessCLI target get it built beside the test bundle).
public enum FacelessTool {
    public static let executable: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [besideTests, besideTests.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("faceless")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/faceless")
    }()

    /// Runs `faceless` with `arguments` in `directory`; the exit status and both outputs come back.
    public static func run(_ arguments: [String], in directory: URL? = nil) throws -> Processes.Result {
        try Processes.run(executable, arguments, in: directory)
    }
}
