/// A pure transformation from one pipeline value to the next.
///
/// Stages hold no mutable state, do no I/O and read no clock: everything they need (a lexicon,
/// a reference date) comes in through their initialiser. That makes them deterministic, safe to
/// share across tasks, and easy to test and benchmark alone.
public protocol Stage<Input, Output>: Sendable {
    /// What the stage reads.
    associatedtype Input: Sendable
    /// What the stage produces.
    associatedtype Output: Sendable
    /// Applies the stage.
    func apply(_ input: Input) -> Output
}
