/// The outlet an article comes from, as the metadata gives it or as the text names it
/// ("به گزارش تابناک", "إيران برس -").
public struct OutletAttribution: Sendable, Hashable, Codable {
    /// The canonical id of the outlet when it is in the gazetteer, else `nil`.
    public var id: String?
    /// The display name: the canonical English name, or the metadata value as given.
    public var name: String
    /// Where the name came from.
    public var source: PublicationSource
    /// Where the text names the outlet, when it does.
    public var span: TextSpan?

    /// Creates an attribution.
    public init(id: String?, name: String, source: PublicationSource, span: TextSpan?) {
        self.id = id
        self.name = name
        self.source = source
        self.span = span
    }
}

/// Everything the pure stages learn about one article: the value that flows from `KhabarText`
/// through `KhabarTime` and `KhabarExtract` to `KhabarEvents`.
///
/// Each stage fills its own fields; none changes what an earlier stage wrote. All spans are
/// Unicode scalar offsets into ``Article/text``.
public struct ArticleAnalysis: Sendable, Hashable, Codable {
    /// The version of the analyser that produced this value, so stored analyses can be
    /// recomputed after an upgrade (`khabar reanalyze`).
    public var version: String
    /// The identified language of the whole text.
    public var language: Language
    /// The headline: the metadata title, or a first line that reads as one.
    public var title: String?
    /// The outlet, from metadata or recognised in the text.
    public var outlet: OutletAttribution?
    /// The publication day.
    public var published: CivilDate?
    /// Where the publication day came from.
    public var publishedSource: PublicationSource?
    /// The display-normalised text (letters unified, ZWNJ restored). Offsets do not refer to it.
    public var normalized: String
    /// Every date expression, in text order.
    public var dates: [DateMention]
    /// Every linked name, in text order.
    public var entities: [EntityMention]
    /// Every figure, in text order.
    public var figures: [Figure]
    /// Every quote, in text order.
    public var quotes: [Quote]
    /// When the reported event happens, and whether it has happened.
    public var eventDating: EventDating?

    /// Creates an analysis.
    public init(
        version: String, language: Language, title: String? = nil, outlet: OutletAttribution? = nil,
        published: CivilDate? = nil, publishedSource: PublicationSource? = nil, normalized: String = "",
        dates: [DateMention] = [], entities: [EntityMention] = [], figures: [Figure] = [],
        quotes: [Quote] = [], eventDating: EventDating? = nil
    ) {
        self.version = version
        self.language = language
        self.title = title
        self.outlet = outlet
        self.published = published
        self.publishedSource = publishedSource
        self.normalized = normalized
        self.dates = dates
        self.entities = entities
        self.figures = figures
        self.quotes = quotes
        self.eventDating = eventDating
    }
}
