import Foundation
import Testing
import TestSupport

/// Runs `faceless` with `arguments`; the exit status and both outputs come back.
func faceless(_ arguments: [String], in directory: URL? = nil) throws -> Processes.Result {
    try FacelessTool.run(arguments, in: directory)
}

/// The path of a fetched test file; a missing one fails the test.
func corpusFile(_ relative: String) throws -> String {
    try #require(TestData.file(relative)).path
}
