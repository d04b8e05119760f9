public import KhabarCore

/// One analysed document as `khabar analyze --format json` prints it:
/// `{"text","language","published","published_source","normalized","dates","entities","figures","quotes"}`.
public struct AnalysisDocument: Sendable, Encodable {
    /// The article text all offsets refer to.
    public var text: String
    /// What the analyser found.
    public var analysis: ArticleAnalysis

    /// Pairs a text with its analysis.
    public init(text: String, analysis: ArticleAnalysis) {
        self.text = text
        self.analysis = analysis
    }

    enum CodingKeys: String, CodingKey {
        case text, language, title, outlet, published, publishedSource = "published_source", normalized
        case dates, entities, figures, quotes, eventDate = "event_date", tense, version
    }

    enum DateKeys: String, CodingKey { case start, end }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(analysis.language, forKey: .language)
        try c.encode(analysis.title, forKey: .title)
        try c.encode(analysis.outlet?.name, forKey: .outlet)
        try c.encode(analysis.published, forKey: .published)
        try c.encode(analysis.publishedSource, forKey: .publishedSource)
        try c.encode(analysis.normalized, forKey: .normalized)
        try c.encode(analysis.dates, forKey: .dates)
        try c.encode(analysis.entities, forKey: .entities)
        try c.encode(analysis.figures, forKey: .figures)
        try c.encode(analysis.quotes, forKey: .quotes)
        if let dating = analysis.eventDating {
            var d = c.nestedContainer(keyedBy: DateKeys.self, forKey: .eventDate)
            try d.encode(dating.range.start, forKey: .start)
            try d.encode(dating.range.end, forKey: .end)
        } else {
            try c.encodeNil(forKey: .eventDate)
        }
        try c.encode(analysis.eventDating?.tense ?? .unknown, forKey: .tense)
        try c.encode(analysis.version, forKey: .version)
    }
}
