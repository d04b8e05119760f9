public import KhabarCore

/// A text with what every stage reads it through: its scalars, its folded form and its tokens
/// (hashtags opened into words). Made once per article and passed along, so no stage folds or
/// tokenises the same text again.
public struct PreparedText: Sendable {
    /// The original text.
    public let text: ScalarText
    /// The text folded for matching.
    public let folded: FoldedText
    /// The tokens of the folded text (``Tokenizer/wordTokens(in:)``).
    public let tokens: [Token]

    /// Prepares `text`.
    public init(_ text: ScalarText) {
        self.text = text
        folded = FoldedText(text)
        tokens = Tokenizer().wordTokens(in: folded)
    }

    /// Prepares `text`.
    public init(_ text: String) {
        self.init(ScalarText(text))
    }
}
