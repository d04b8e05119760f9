public import KhabarCore

/// The search-key form of a text: what the index stores and queries are turned into, so a query
/// in any spelling finds every spelling.
public struct SearchKeys: Sendable {
    /// The language whose rules apply.
    public var language: Language

    /// Creates a key maker for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The keys of `text`, separated by spaces.
    public func keys(for text: String) -> String {
        let folded = FoldedText(text)
        return Tokenizer().tokens(in: folded).filter { $0.kind != .punctuation }
            .map { folded.string($0.range) }.joined(separator: " ")
    }
}
