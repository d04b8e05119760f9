import KhabarCore
import KhabarTestSupport
import KhabarText
import Testing
@testable import KhabarExtract

/// The fast paths of phrase lookup against plain ones: a keyed text with a ``PrefixFilter`` and
/// cached lookups must find exactly what one without them finds, and the analyser's shared keyed
/// text must give what the three public extractors give on their own.
@Suite struct PhraseIndexTests {
    static let compiled = Fixture.entities.compiled

    /// Texts to compare on: the seeds and seeded random text in both scripts.
    static var texts: [(String, Language)] {
        var texts: [(String, Language)] = ["000", "001", "002", "003", "004"].map {
            (Fixture.seed($0).text, $0 == "002" ? .arabic : .persian)
        }
        var rng = SplitMix64(seed: 5)
        for n in 0..<20 {
            texts.append((PropertyTests.randomText(&rng, length: 400), n % 2 == 0 ? .persian : .arabic))
        }
        return texts
    }

    struct Found: Equatable {
        var first, last, startTrim, endTrim, keyLength, spanTrim: Int
        var phrases: [Int]
    }

    static func found<V>(_ index: PhraseIndex<V>, _ keyed: KeyedTokens, _ rules: AffixRules) -> [[Found]] {
        (0..<keyed.count).map { i in
            index.matches(at: i, in: keyed, rules: rules).map {
                Found(first: $0.first, last: $0.last, startTrim: $0.startTrim, endTrim: $0.endTrim, keyLength: $0.keyLength,
                      spanTrim: $0.spanTrim, phrases: index.phrases(of: $0))
            }
        }
    }

    @Test func filteredLookupsFindWhatPlainLookupsFind() {
        for (text, language) in Self.texts {
            let scalars = ScalarText(text)
            let folded = FoldedText(scalars)
            let tokens = Tokenizer().wordTokens(in: folded)
            let rules = AffixRules.forLanguage(language)
            // The fast keyed text: variant hashes and the filter. The plain one: neither.
            let fast = KeyedTokens(folded: folded, tokens: tokens, original: scalars, rules: rules, filter: Self.compiled.filter)
            let plain = KeyedTokens(folded: folded, tokens: tokens, original: scalars)
            #expect(Self.found(Self.compiled.names, fast, rules) == Self.found(Self.compiled.names, plain, rules))
            #expect(Self.found(Cues.titles, fast, rules) == Self.found(Cues.titles, plain, rules))
            #expect(Self.found(Cues.speech, fast, rules) == Self.found(Cues.speech, plain, rules))
            #expect(Self.found(FigureLexicon.periods, fast, rules) == Self.found(FigureLexicon.periods, plain, rules))
            #expect(Self.found(FigureLexicon.numbers, fast, AffixRules()) == Self.found(FigureLexicon.numbers, plain, AffixRules()))
            #expect(Self.found(FigureLexicon.units, fast, AffixRules()) == Self.found(FigureLexicon.units, plain, AffixRules()))
            // The cached title and speech lookups are the longest matches.
            for i in 0..<fast.count {
                #expect(fast.titleMatch(at: i)?.last == Cues.titles.longestMatch(at: i, in: plain, rules: rules)?.last)
                #expect(fast.speechMatch(at: i)?.last == Cues.speech.longestMatch(at: i, in: plain, rules: rules)?.last)
            }
        }
    }

    @Test func sharedKeyedTextGivesWhatEachExtractorGives() {
        let analyzer = Fixture.analyzer
        for prefix in ["000", "001", "002", "003", "004"] {
            let seed = Fixture.seed(prefix)
            let language: Language = prefix == "002" ? .arabic : .persian
            let prepared = PreparedText(seed.text)
            let shared = analyzer.extract(prepared, language: language, dates: [], reference: seed.published)
            let entities = Fixture.entities.extract(from: prepared.text, folded: prepared.folded, tokens: prepared.tokens, language: language)
            let figures = FigureExtractor().extract(
                from: prepared.text, folded: prepared.folded, tokens: prepared.tokens, language: language, dates: [], reference: seed.published)
            let quotes = Fixture.quotes.extract(
                from: prepared.text, folded: prepared.folded, tokens: prepared.tokens, language: language, entities: entities)
            #expect(shared.entities == entities, "entities of \(prefix)")
            #expect(shared.figures == figures, "figures of \(prefix)")
            #expect(shared.quotes == quotes, "quotes of \(prefix)")
        }
    }

    @Test func wordBoundaryPrefixes() {
        // A token shorter than three letters starts a phrase only as its first word: در is no
        // start of دریای خزر, but "آل" starts "آل سعود".
        let index = PhraseIndex<Int>([("دریای خزر", 1), ("آل سعود", 2)])
        func keyed(_ text: String) -> KeyedTokens {
            let folded = FoldedText(text)
            return KeyedTokens(folded: folded, tokens: Tokenizer().wordTokens(in: folded))
        }
        #expect(index.longestMatch(at: 0, in: keyed("آل سعود")).map { index.firstPhrase(of: $0) } == 1)
        #expect(index.longestMatch(at: 0, in: keyed("دریای خزر")) != nil)
        #expect(index.longestMatch(at: 0, in: keyed("در یای خزر")) == nil)
    }
}
