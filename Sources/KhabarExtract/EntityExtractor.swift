public import KhabarCore
public import KhabarText

/// Finds people, organisations and places and links each to one canonical entity.
public struct EntityExtractor: Sendable {
    /// The entities the extractor knows by name.
    public let gazetteer: Gazetteer

    /// Creates an extractor over `gazetteer`.
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// The entity mentions of `text`, in text order, without overlaps.
    public func extract(from text: ScalarText, folded: FoldedText, tokens: [Token], language: Language) -> [EntityMention] {
        []
    }
}
