/// Where a long run reports its progress (the command line draws a bar from it). Called from
/// any worker thread.
public protocol RunProgress: Sendable {
    /// `count` more units of work (series) are done.
    func advance(by count: Int)
    /// A line worth showing on its own (a study finished, and how).
    func note(_ line: String)
    /// The run is over.
    func finish()
}
