import ArgumentParser

@main
struct Faceless: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "faceless",
        abstract: "Make head scans safe to share: de-identify headers, remove burned-in text, remove the face.",
        subcommands: [Deid.self, Dump.self, Convert.self, Headers.self, DefaceCommand.self, RenderCommand.self, Verify.self, Evaluate.self]
    )
}
