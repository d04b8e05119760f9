public import KhabarCore
public import KhabarText

/// Finds date expressions in a text and resolves them to days or intervals of days.
///
/// This is the entry point of the time stage. It is pure: the reference date (usually the
/// publication day) comes in as a value, and the same input always gives the same mentions.
/// Solar Hijri, Gregorian and lunar Hijri dates in Persian, Arabic, English and Russian are
/// found, with relative forms resolved against the reference; see `Guides/Time.md` for the
/// patterns, the calendar frames and the conventions.
///
/// ```swift
/// let mentions = DateExtractor().extract(
///     from: ScalarText("روز جمعه ۲۱ آذر ۱۴۰۴"), language: .persian,
///     reference: CivilDate(year: 2025, month: 12, day: 14))
/// mentions[0].range    // 2025-12-12
/// ```
///
/// - Complexity: O(*n*) in the length of the text.
public struct DateExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The date expressions of `text`, in text order, without overlaps.
    ///
    /// - Parameters:
    ///   - text: The original text; every mention's span and `text` refer to it.
    ///   - folded: `text` folded for matching, when the caller has it already.
    ///   - language: The language of the text; it decides the default calendar of bare years and
    ///     the calendar frame of relative ones.
    ///   - reference: The day relative expressions are resolved against, or `nil` when unknown
    ///     (relative expressions are then left out; partial dates such as ۱ آبان still take their
    ///     year from an absolute date written in the same text).
    public func extract(
        from text: ScalarText, folded: FoldedText? = nil, language: Language, reference: CivilDate?
    ) -> [DateMention] {
        let folded = folded ?? FoldedText(text)
        let analysis = DateAnalysis(folded: folded, language: language, reference: reference)
        return analysis.mentions(in: text)
    }
}

/// Everything the time stage says about one article: its publication day, its date mentions
/// and the dating of the event it reports.
public struct ArticleDates: Sendable, Hashable {
    /// The publication day: the one given, or the one the text states (a dateline or a line
    /// holding only a date), or `nil`.
    public var published: CivilDate?
    /// Where the text states the publication day, when it was found in the text.
    public var publishedSpan: TextSpan?
    /// The date expressions, resolved against the publication day.
    public var mentions: [DateMention]
    /// When the reported event happens, and whether it has.
    public var eventDating: EventDating?

    /// Creates a value.
    public init(published: CivilDate?, publishedSpan: TextSpan?, mentions: [DateMention], eventDating: EventDating?) {
        self.published = published
        self.publishedSpan = publishedSpan
        self.mentions = mentions
        self.eventDating = eventDating
    }
}

extension DateExtractor {
    /// The whole time stage for one article in one pass over its text: the same results as
    /// ``PublicationDateFinder/find(in:folded:language:)`` (when `published` is `nil`),
    /// ``extract(from:folded:language:reference:)`` and ``EventDater/date(text:folded:language:mentions:published:)``,
    /// with the text tokenised and parsed once instead of three times.
    ///
    /// - Parameters:
    ///   - text: The original text.
    ///   - folded: `text` folded for matching, when the caller has it already.
    ///   - language: The language of the text.
    ///   - published: The publication day from metadata, or `nil` to look for it in the text.
    public func analyze(
        _ text: ScalarText, folded: FoldedText? = nil, language: Language, published: CivilDate?
    ) -> ArticleDates {
        let folded = folded ?? FoldedText(text)
        var analysis = DateAnalysis(folded: folded, language: language, reference: published)
        var publishedDay = published
        var span: TextSpan?
        if published == nil, let stated = PublicationDateFinder().find(in: analysis) {
            publishedDay = stated.date
            span = stated.span
            analysis.resolve(against: stated.date)
        }
        let mentions = analysis.mentions(in: text)
        let dating = EventDater().date(analysis: analysis, mentions: mentions, published: publishedDay)
        return ArticleDates(published: publishedDay, publishedSpan: span, mentions: mentions, eventDating: dating)
    }
}

/// One text's date analysis: units, parsed expressions and their resolutions, shared by the
/// extractor, the publication-date finder and the event dater.
struct DateAnalysis {
    let text: DateText
    let parsed: [ParsedDate]
    private(set) var resolver: DateResolver
    private(set) var resolved: [ResolvedDate?]

    init(folded: FoldedText, language: Language, reference: CivilDate?) {
        text = DateText(folded: folded, language: language)
        parsed = DateGrammar(text: text).parse()
        resolver = DateResolver(text: text, parsed: parsed, reference: reference)
        resolved = parsed.indices.map { [resolver] in resolver.resolve($0) }
    }

    /// Resolves the parsed expressions again against another reference.
    mutating func resolve(against reference: CivilDate?) {
        resolver = DateResolver(text: text, parsed: parsed, reference: reference)
        resolved = parsed.indices.map { [resolver] in resolver.resolve($0) }
    }

    /// A span extended over the tatweel and harakat that folding dropped after its last letter
    /// (هـ, غداً), so the mention's text is the whole written word.
    static func extended(_ span: TextSpan, in original: ScalarText) -> TextSpan {
        var end = span.end
        while end < original.count, original.scalars[end].value == 0x0640 || ArabicScript.isDiacritic(original.scalars[end]) {
            end += 1
        }
        return TextSpan(start: span.start, end: end)
    }

    /// The resolved expressions as mentions of the original text.
    func mentions(in original: ScalarText) -> [DateMention] {
        var mentions: [DateMention] = []
        mentions.reserveCapacity(parsed.count)
        for (p, r) in zip(parsed, resolved) {
            guard let r else { continue }
            let span = DateAnalysis.extended(text.originalSpan(p.units), in: original)
            mentions.append(DateMention(
                span: span, text: original[span], calendar: r.calendar, granularity: r.granularity,
                range: r.range, isRelative: r.isRelative))
        }
        return mentions
    }
}
