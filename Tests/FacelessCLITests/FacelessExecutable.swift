import Foundation
import Testing
import TestSupport

/// The built `faceless` executable, run as a user runs it.
enum FacelessExecutable {
    static let url: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [besideTests, besideTests.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("faceless")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/faceless")
    }()
}

/// Runs `faceless` with `arguments`; the exit status and both outputs come back.
func faceless(_ arguments: [String], in directory: URL? = nil) throws -> Processes.Result {
    try Processes.run(FacelessExecutable.url, arguments, in: directory)
}

/// The path of a fetched test file; a missing one fails the test.
func corpusFile(_ relative: String) throws -> String {
    try #require(TestData.file(relative)).path
}
