public import KhabarCore
public import KhabarText
import KhabarTime

/// Runs every pure stage over one article: text, time, then extraction.
///
/// The analyser is the one place the stages are chained. Each stage reads the article and what
/// earlier stages found, and adds its own findings to the ``ArticleAnalysis``; none reaches back.
///
/// ```swift
/// let analyzer = ArticleAnalyzer(gazetteer: .bundled)
/// let analysis = analyzer.analyze(article)
/// ```
public struct ArticleAnalyzer: Sendable {
    /// The analyser version recorded with every stored analysis. Bump it whenever a change to
    /// any stage changes what it finds, so `khabar reanalyze` knows what is stale.
    public static let version = "0.7.4"

    private let gazetteer: Gazetteer
    private let outlets: OutletRecognizer
    private let entities: EntityExtractor
    private let quotes: QuoteExtractor

    /// Creates an analyser that links names with `gazetteer`.
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        self.outlets = OutletRecognizer(gazetteer: gazetteer)
        self.entities = EntityExtractor(gazetteer: gazetteer)
        self.quotes = QuoteExtractor(compiled: entities.compiled)
    }

    /// Analyses one article.
    public func analyze(_ article: Article) -> ArticleAnalysis {
        analyze(article, prepared: PreparedText(article.text), normalizing: true)
    }

    /// Analyses one article whose text is already prepared.
    ///
    /// - Parameter normalizing: Whether to compute the display-normalised text
    ///   (``ArticleAnalysis/normalized``). Ingest skips it: nothing downstream reads it, and it is
    ///   the costliest part of the text stage.
    public func analyze(_ article: Article, prepared: PreparedText, normalizing: Bool) -> ArticleAnalysis {
        let text = prepared.text
        let folded = prepared.folded
        let language = article.declaredLanguage.flatMap { $0 == .undetermined ? nil : $0 }
            ?? LanguageIdentifier().identify(text)

        // Publication day, date mentions and event dating in one pass over the tokens.
        let time = DateExtractor().analyze(text, folded: folded, language: language, published: article.published)
        let published = time.published
        let publishedSource: PublicationSource? =
            article.published != nil ? .metadata : time.publishedSpan != nil ? .text : nil
        let dates = time.mentions
        let (entities, figures, quotes) = extract(prepared, language: language, dates: dates, reference: published)
        let dating = time.eventDating

        return ArticleAnalysis(
            version: ArticleAnalyzer.version,
            language: language,
            title: (article.title?.trimmingWhitespace().nilIfEmpty ?? HeadlineFinder().headline(of: text))
                .map { TextNormalizer(language: language).normalize($0) },
            outlet: outlets.attribution(metadataOutlet: article.outlet, text: text, folded: folded),
            published: published,
            publishedSource: publishedSource,
            normalized: normalizing ? TextNormalizer(language: language).normalize(text).string : "",
            dates: dates,
            entities: entities,
            figures: figures,
            quotes: quotes,
            eventDating: dating)
    }
}

extension ArticleAnalyzer {
    /// The extraction stage alone: entities, figures and quotes of a prepared text, computed over
    /// one keyed copy of its tokens that the three extractors share.
    ///
    /// - Parameters:
    ///   - prepared: The text, folded and tokenised.
    ///   - language: The language of the text.
    ///   - dates: The date mentions the time stage found in it.
    ///   - reference: The publication day, if known.
    /// - Returns: What ``EntityExtractor``, ``FigureExtractor`` and ``QuoteExtractor`` find, as
    ///   their own `extract` methods would.
    public func extract(
        _ prepared: PreparedText, language: Language, dates: [DateMention], reference: CivilDate?
    ) -> (entities: [EntityMention], figures: [Figure], quotes: [Quote]) {
        let keyed = KeyedTokens(folded: prepared.folded, tokens: prepared.tokens, original: prepared.text, rules: AffixRules.forLanguage(language), filter: self.entities.compiled.filter)
        let entities = entities.extract(keyed: keyed, text: prepared.text, language: language)
        let figures = FigureExtractor().extract(keyed: keyed, text: prepared.text, language: language, dates: dates)
        let quotes = quotes.extract(keyed: keyed, text: prepared.text, language: language, entities: entities)
        return (entities, figures, quotes)
    }
}

/// Finds the headline of a text that has no title in its metadata: a short first line that
/// stands apart from the body.
struct HeadlineFinder {
    /// The longest first line (in scalars) still read as a headline.
    static let maximumLength = 160

    func headline(of text: ScalarText) -> String? {
        let scalars = text.scalars
        var start = 0
        while start < scalars.count, scalars[start].properties.isWhitespace { start += 1 }
        var end = start
        while end < scalars.count, scalars[end] != "\n", scalars[end] != "\r" { end += 1 }
        // A headline is followed by more text and is short; a first line that runs long is the
        // opening paragraph (seed 001 opens with one).
        guard end < scalars.count, end - start > 0, end - start <= HeadlineFinder.maximumLength else { return nil }
        let rest = scalars[end...].contains { !$0.properties.isWhitespace }
        guard rest else { return nil }
        return text[TextSpan(start: start, end: end)].trimmingWhitespace()
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
