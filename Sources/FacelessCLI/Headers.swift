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

    @Option(help: ArgumentHelp("File holding the secret key (at least 16 bytes).", valueName: "KEY"), completion: .file())
    var keyFile: String?

    @Flag(help: "Use a random key for this run (outputs link to no other run).")
    var randomKey = false

    @Option(name: .customLong("map"), help: ArgumentHelp("Mapping sheet (.xlsx or .csv) with New_ID and Accession_number and/or PatientID.", valueName: "SHEET"), completion: .file())
    var mapPath: String?

    @Flag(help: "Give studies without a row in the mapping sheet a keyed pseudonym instead of failing them.")
    var allowUnmapped = false

    @Option(name: .customLong("option"), help: ArgumentHelp("A PS3.15 option, e.g. retain-patient-characteristics.", valueName: "NAME"))
    var options: [String] = []

    @Option(help: ArgumentHelp("YAML recipe overriding actions per tag.", valueName: "FILE"), completion: .file())
    var recipe: String?

    @Option(help: ArgumentHelp("Process only shard i of N (by a stable hash of each file's relative path).", valueName: "i/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Write the original → new ID table (CSV) here; never inside OUT.", valueName: "FILE"), completion: .file())
    var mappingOut: String?

    @Option(help: ArgumentHelp("Range of the per-patient date shift in days (Modified Dates option).", valueName: "MIN:MAX"))
    var dateShift = "-3650:-365"

    @Flag(help: "Leave Patient's Name to the table (empty) instead of setting it to the new ID.")
    var keepNameEmpty = false

    func run() throws {
        let key: PseudonymKey
        do {
            key = try loadKey()
        } catch {
            printError("faceless headers: \(error)")
            throw ExitCode(2)
        }
        do {
            var chosen = Set<ProfileOption>()
            for name in options {
                guard let option = ProfileOption(name: name), ProfileOption.headerOptions.contains(option) else {
                    throw ValidationError("unknown option \(name); one of: \(ProfileOption.headerOptions.map(\.commandLineName).joined(separator: ", "))")
                }
                chosen.insert(option)
            }
            let bounds = dateShift.split(separator: ":").compactMap { Int($0) }
            guard bounds.count == 2, bounds[0] <= bounds[1] else { throw ValidationError("--date-shift takes MIN:MAX days, e.g. -3650:-365") }
            let configuration = DeidentificationConfiguration(options: chosen, dateShiftRange: bounds[0] ... bounds[1],
                                                              newIDIsPatientName: !keepNameEmpty)
            let sheet = try mapPath.map { try MappingSheet(contentsOf: URL(fileURLWithPath: $0)) }
            let recipeValue = try recipe.map { try Recipe(contentsOf: URL(fileURLWithPath: $0)) }
            let deidentifier = try Deidentifier(key: key, configuration: configuration, sheet: sheet,
                                                allowUnmapped: allowUnmapped, recipe: recipeValue)
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

    private func loadKey() throws(DeidentificationError) -> PseudonymKey {
        if let keyFile {
            if randomKey { throw .badKey("give --key-file or --random-key, not both") }
            return try PseudonymKey(contentsOf: URL(fileURLWithPath: keyFile))
        }
        if let value = ProcessInfo.processInfo.environment["FACELESS_KEY"], !value.isEmpty {
            if randomKey { throw .badKey("FACELESS_KEY is set and --random-key given; unset one") }
            return try PseudonymKey(environmentValue: value)
        }
        if randomKey {
            printError("faceless headers: using a RANDOM key: UIDs, IDs and date shifts of this run cannot be reproduced or linked to any other run")
            return PseudonymKey.random()
        }
        throw .badKey("give --key-file KEY or set FACELESS_KEY (a secret of at least 16 bytes, e.g. `head -c 32 /dev/urandom > key`); --random-key for a one-off run")
    }
}
