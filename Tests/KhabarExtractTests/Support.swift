import Foundation
import KhabarCore
import KhabarText
import Testing
@testable import KhabarExtract

/// The bundled gazetteer's extractors, built once for all tests.
enum Fixture {
    static let entities = EntityExtractor(gazetteer: .bundled)
    static let quotes = QuoteExtractor(gazetteer: .bundled)
    static let analyzer = ArticleAnalyzer(gazetteer: .bundled)

    /// The mentions of `text`.
    static func mentions(_ text: String, _ language: Language, extractor: EntityExtractor = entities) -> [EntityMention] {
        let scalars = ScalarText(text)
        let folded = FoldedText(scalars)
        return extractor.extract(from: scalars, folded: folded, tokens: Tokenizer().wordTokens(in: folded), language: language)
    }

    /// A table row for ``checkMentions(_:_:_:_:sourceLocation:)``: a text, its language, the
    /// mentions expected and the spellings that must not be mentions.
    typealias MentionCase = (String, Language, [(String, EntityType)], [String])

    /// Expects each `(surface, type)` of `expected` among the mentions of `text`, and no mention
    /// spelled like one of `absent`.
    static func checkMentions(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String],
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let found = mentions(text, language)
        for (surface, type) in expected {
            #expect(found.contains { $0.text == surface && $0.type == type }, "\(surface) (\(type.rawValue)) in \(found.map(\.text))",
                    sourceLocation: sourceLocation)
        }
        for surface in absent {
            #expect(!found.contains { $0.text == surface }, "\(surface) is not a mention: \(found.map(\.text))", sourceLocation: sourceLocation)
        }
    }

    /// The figures of `text`.
    static func figures(_ text: String, _ language: Language, dates: [DateMention] = [], reference: CivilDate? = nil) -> [Figure] {
        let scalars = ScalarText(text)
        let folded = FoldedText(scalars)
        return FigureExtractor().extract(
            from: scalars, folded: folded, tokens: Tokenizer().wordTokens(in: folded), language: language, dates: dates, reference: reference)
    }

    /// The quotes of `text`, with the mentions the entity extractor finds.
    static func quotes(_ text: String, _ language: Language) -> [Quote] {
        let scalars = ScalarText(text)
        let folded = FoldedText(scalars)
        let tokens = Tokenizer().wordTokens(in: folded)
        let mentions = entities.extract(from: scalars, folded: folded, tokens: tokens, language: language)
        return quotes.extract(from: scalars, folded: folded, tokens: tokens, language: language, entities: mentions)
    }

    /// A date mention for `phrase` as it occurs in `text` (the n-th occurrence), as the time
    /// stage would report it.
    static func date(_ phrase: String, in text: String, occurrence: Int = 0, from: String, to: String, granularity: DateGranularity = .year) -> DateMention {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(phrase.unicodeScalars)
        var seen = 0
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
            if seen == occurrence {
                return DateMention(
                    span: TextSpan(start: start, end: start + needle.count), text: phrase, calendar: .gregorian,
                    granularity: granularity, range: DayRange(start: CivilDate(iso: from)!, end: CivilDate(iso: to)!), isRelative: false)
            }
            seen += 1
        }
        fatalError("'\(phrase)' does not occur \(occurrence + 1) times in the text")
    }

    /// A seed report's text, without its leading `date` marker, and its publication day.
    static func seed(_ prefix: String) -> (text: String, published: CivilDate?) {
        var text = SeedFiles.content(prefix)
        var published: CivilDate? = nil
        let trimmed = text.drop { $0 == " " || $0 == "\n" }
        if trimmed.hasPrefix("date "), let date = CivilDate(iso: trimmed.dropFirst(5).prefix(10)) {
            published = date
            text = String(trimmed.dropFirst(15))
        }
        return (text, published)
    }

    /// The analysis of a seed report.
    static func analysis(ofSeed prefix: String) -> ArticleAnalysis {
        let seed = seed(prefix)
        return analyzer.analyze(Article(id: prefix, text: seed.text, published: seed.published))
    }
}

/// Seed files, read through the test support target.
enum SeedFiles {
    static func content(_ prefix: String) -> String {
        SeedsBridge.content(prefix)
    }
}
