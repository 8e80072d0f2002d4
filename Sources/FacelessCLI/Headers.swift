import ArgumentParser
import Deidentify
import Foundation

/// `faceless headers`: de-identify the DICOM headers of every file under a folder.
struct Headers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "De-identify DICOM headers (PS3.15 Basic Profile and options) from IN into OUT.",
        discussion: """
            Every file under IN is written to the same relative path under OUT with its header \
            de-identified; pixel data is copied untouched. UIDs, patient IDs and date shifts are \
            keyed pseudonyms: the same key gives the same output on every run and machine, so \
            shards (--shard i/N) need no coordination. The key comes from --key-file or the \
            FACELESS_KEY environment variable; without one the command refuses unless \
            --random-key is given. A file that fails is listed and not written; the exit status \
            is then 1.

            Options (--option, repeatable): \(ProfileOption.headerOptions.map(\.commandLineName).joined(separator: ", ")).
            """
    )

    @Argument(help: "Input folder (never written to).", completion: .directory)
    var input: String

    @Argument(help: "Output folder (must not be inside the input).", completion: .directory)
    var output: String

    @OptionGroup var key: KeyOptions

    @OptionGroup var profile: ProfileOptions

    @Option(help: ArgumentHelp("Process only shard i of N (by a stable hash of each file's relative path).", valueName: "i/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Write the original → new ID table (CSV) here; never inside OUT.", valueName: "FILE"), completion: .file())
    var mappingOut: String?

    func run() throws {
        let key: PseudonymKey
        do {
            key = try self.key.load(command: "headers")
        } catch {
            printError("faceless headers: \(error)")
            throw ExitCode(2)
        }
        do {
            let configuration = try profile.configuration()
            let sheet = try profile.mapPath.map { try MappingSheet(contentsOf: URL(fileURLWithPath: $0)) }
            let recipeValue = try profile.recipe.map { try Recipe(contentsOf: URL(fileURLWithPath: $0)) }
            let deidentifier = try Deidentifier(key: key, configuration: configuration, sheet: sheet,
                                                allowUnmapped: profile.allowUnmapped, recipe: recipeValue)
            let batch = BatchRun(deidentifier: deidentifier, input: URL(fileURLWithPath: input),
                                 output: URL(fileURLWithPath: output),
                                 shard: try shard.map { try BatchRun.Shard(parsing: $0) } ?? .whole,
                                 mappingOut: mappingOut.map { URL(fileURLWithPath: $0) })
            let start = ContinuousClock.now
            let summary = try batch.run()
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            print(summary.report())
            print(String(format: "time: %.2f s, %.0f files/s", seconds, Double(summary.filesInShard) / max(seconds, 1e-9)))
            if let mappingOut { print("mapping table: \(summary.mappingRows) studies written to \(mappingOut)") }
            if !summary.failures.isEmpty { throw ExitCode(1) }
        } catch let error as DeidentificationError {
            printError("faceless headers: \(error)")
            throw ExitCode(2)
        }
    }
}
