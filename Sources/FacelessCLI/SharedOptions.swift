import ArgumentParser
import Deface
import Deidentify
import Foundation

/// The secret key's options, shared by `headers` and `deid`.
struct KeyOptions: ParsableArguments {
    @Option(help: ArgumentHelp("File holding the secret key (at least 16 bytes).", valueName: "KEY"), completion: .file())
    var keyFile: String?

    @Flag(help: "Use a random key for this run (outputs link to no other run).")
    var randomKey = false

    /// The key from --key-file, else FACELESS_KEY, else a random one when asked; `command`
    /// names the command in the warning about a random key.
    func load(command: String) throws(DeidentificationError) -> PseudonymKey {
        if let keyFile {
            if randomKey { throw .badKey("give --key-file or --random-key, not both") }
            return try PseudonymKey(contentsOf: URL(fileURLWithPath: keyFile))
        }
        if let value = ProcessInfo.processInfo.environment["FACELESS_KEY"], !value.isEmpty {
            if randomKey { throw .badKey("FACELESS_KEY is set and --random-key given; unset one") }
            return try PseudonymKey(environmentValue: value)
        }
        if randomKey {
            printError("faceless \(command): using a RANDOM key: UIDs, IDs and date shifts of this run cannot be reproduced or linked to any other run")
            return PseudonymKey.random()
        }
        throw .badKey("give --key-file KEY or set FACELESS_KEY (a secret of at least 16 bytes, e.g. `head -c 32 /dev/urandom > key`); --random-key for a one-off run")
    }
}

/// The header profile's options, shared by `headers` and `deid`.
struct ProfileOptions: ParsableArguments {
    @Option(name: .customLong("map"), help: ArgumentHelp("Mapping sheet (.xlsx or .csv) with New_ID and Accession_number and/or PatientID.", valueName: "SHEET"), completion: .file())
    var mapPath: String?

    @Flag(help: "Give studies without a row in the mapping sheet a keyed pseudonym instead of failing them.")
    var allowUnmapped = false

    @Option(name: .customLong("option"), help: ArgumentHelp("A PS3.15 option, e.g. retain-patient-characteristics.", valueName: "NAME"))
    var options: [String] = []

    @Option(help: ArgumentHelp("YAML recipe overriding actions per tag.", valueName: "FILE"), completion: .file())
    var recipe: String?

    @Option(help: ArgumentHelp("Range of the per-patient date shift in days (Modified Dates option).", valueName: "MIN:MAX"))
    var dateShift = "-3650:-365"

    @Flag(help: "Leave Patient's Name to the table (empty) instead of setting it to the new ID.")
    var keepNameEmpty = false

    /// The profile options named by --option, the date-shift range and the naming.
    func configuration() throws -> DeidentificationConfiguration {
        var chosen = Set<ProfileOption>()
        for name in options {
            guard let option = ProfileOption(name: name), ProfileOption.headerOptions.contains(option) else {
                throw ValidationError("unknown option \(name); one of: \(ProfileOption.headerOptions.map(\.commandLineName).joined(separator: ", "))")
            }
            chosen.insert(option)
        }
        let bounds = dateShift.split(separator: ":").compactMap { Int($0) }
        guard bounds.count == 2, bounds[0] <= bounds[1] else { throw ValidationError("--date-shift takes MIN:MAX days, e.g. -3650:-365") }
        return DeidentificationConfiguration(options: chosen, dateShiftRange: bounds[0] ... bounds[1], newIDIsPatientName: !keepNameEmpty)
    }
}

/// How the face is removed, shared by `deface` and `deid`.
struct FaceOptions: ParsableArguments {
    @Option(help: "face (seeded soft-tissue values), air (-1000 HU), or a value in HU.")
    var mode: String = "face"

    @Option(name: .customLong("shell-mm"), help: "Thickness of skin and fat replaced under the outside air, mm.")
    var shellMillimetres: Double = 10

    @Option(help: "Seed of the face mode: the same seed gives the same output.")
    var seed: UInt64 = 0

    @Option(help: "Drown only around these parts: a comma-separated list of eyes, nose, mouth, ears.")
    var features: String?

    @Option(help: "CT, MR or PT: how intensities are read (default: from the DICOM header, or guessed for NIfTI).")
    var modality: String?

    func validate() throws {
        guard DrownMode(argument: mode) != nil else { throw ValidationError("--mode must be face, air or a number of HU, not \(mode)") }
        guard shellMillimetres > 0, shellMillimetres <= 50 else { throw ValidationError("--shell-mm must be between 0 and 50") }
        if let features { _ = try Self.parseFeatures(features) }
        if let modality, DefaceModality(rawValue: modality.uppercased()) == nil {
            throw ValidationError("--modality must be CT, MR or PT, not \(modality)")
        }
    }

    static func parseFeatures(_ text: String) throws -> Set<FaceFeature> {
        var set = Set<FaceFeature>()
        for name in text.split(separator: ",") {
            guard let feature = FaceFeature(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw ValidationError("--features: \(name) is not one of eyes, nose, mouth, ears")
            }
            set.insert(feature)
        }
        return set
    }

    /// The options, once `validate()` has passed.
    var defaceOptions: DefaceOptions {
        DefaceOptions(mode: DrownMode(argument: mode)!, shellMillimetres: shellMillimetres, seed: seed,
                      features: try? features.map(Self.parseFeatures), modality: modality.flatMap { DefaceModality(rawValue: $0.uppercased()) })
    }
}
