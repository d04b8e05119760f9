public import KhabarCore
public import KhabarText

/// Finds figures (percentages, money, counts) with what they measure and their period.
public struct FigureExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The figures of `text`, in text order.
    public func extract(
        from text: ScalarText, folded: FoldedText, tokens: [Token], language: Language,
        dates: [DateMention], reference: CivilDate?
    ) -> [Figure] {
        []
    }
}
