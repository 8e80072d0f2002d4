/// Why a `faceless deid` run could not start or go on. Failures of one study or file are not
/// errors of the run: they are reported per study and the run goes on.
public enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A misuse that stops the run before anything is written: overlapping folders, a missing
    /// input, an output left by another run, a bad option.
    case badRun(String)
    /// The output, report or quarantine folder could not be written.
    case unwritable(String)

    public var description: String {
        switch self {
        case .badRun(let message): message
        case .unwritable(let message): "cannot write: \(message)"
        }
    }
}
