/// An input that could not be stored, and why: printed as `path:line: reason`.
public struct Rejection: Sendable, Hashable, CustomStringConvertible {
    /// The path as given on the command line (plus its path inside a directory), or `-`.
    public var path: String
    /// The 1-based line the problem is on; `nil` for a problem with the whole file.
    public var line: Int?
    /// What is wrong, in one phrase.
    public var reason: String

    /// Creates a rejection.
    public init(path: String, line: Int?, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// `path:line: reason`; a whole-file problem is reported on line 1, where it starts.
    public var description: String { "\(path):\(line ?? 1): \(reason)" }
}
