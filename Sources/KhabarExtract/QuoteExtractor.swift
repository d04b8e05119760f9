public import KhabarCore
public import KhabarText

/// Finds direct and reported speech and attributes it to its speaker.
public struct QuoteExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The quotes of `text`, in text order.
    public func extract(
        from text: ScalarText, folded: FoldedText, tokens: [Token], language: Language, entities: [EntityMention]
    ) -> [Quote] {
        []
    }
}
