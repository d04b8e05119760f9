public import KhabarCore

/// One analysed document as `khabar analyze --format json` prints it:
/// `{"text","language","published","published_source","normalized","dates","entities","figures","quotes"}`.
///
/// Entities encode as `{"text","start","end","type","id","name","role"}`, figures as
/// `{"text","start","end","value","unit","measure","period"}` with `period`
/// `{"text","start","end","start_date","end_date"}` or null, quotes as
/// `{"speaker":{"id","name","text"},"text","start","end"}`; a field without a value is `null`,
/// never missing.
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

    /// Encodes the document in the CLI contract's shape (fields without a value are `null`).
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
        try c.encode(analysis.quotes.map(QuoteRecord.init), forKey: .quotes)
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

/// A quote as the CLI contract prints it: the speaker's `id` and `name` are `null` when the
/// speaker is not linked (the core type leaves them out).
struct QuoteRecord: Encodable {
    var quote: Quote

    enum Keys: String, CodingKey { case speaker, text, start, end }
    enum SpeakerKeys: String, CodingKey { case id, name, text }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        if let speaker = quote.speaker {
            var s = c.nestedContainer(keyedBy: SpeakerKeys.self, forKey: .speaker)
            try s.encode(speaker.id, forKey: .id)
            try s.encode(speaker.name, forKey: .name)
            try s.encode(speaker.text, forKey: .text)
        } else {
            try c.encodeNil(forKey: .speaker)
        }
        try c.encode(quote.text, forKey: .text)
        try c.encode(quote.span.start, forKey: .start)
        try c.encode(quote.span.end, forKey: .end)
    }
}
