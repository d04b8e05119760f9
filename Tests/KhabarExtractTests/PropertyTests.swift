import Foundation
import KhabarCore
import KhabarTestSupport
import KhabarText
import Testing
@testable import KhabarExtract

/// Random and hostile input through every extractor: no crash, every span inside the text and
/// every `text` field the exact slice.
@Suite struct PropertyTests {
    /// Scalars that matter to the stages: Persian and Arabic letters, proclitics, digits in three
    /// sets, ZWNJ, punctuation, quote marks, units, Latin and Cyrillic, combining marks.
    static let alphabet: [Unicode.Scalar] = Array(
        "پوتینبزشکیانعشقآبادروسیهایرانالرئیسبوتينموسكوولبكفگچژ ‌\u{200C}\u{064E}\u{0651}:،.«»\"%٪۱۳٠١٢3456789 درصد بالمئة$ -_#\nabcPutinПутинМосква"
            .unicodeScalars)

    static func randomText(_ rng: inout SplitMix64, length: Int) -> String {
        var view = String.UnicodeScalarView()
        for _ in 0..<length {
            if Int.random(in: 0..<10, using: &rng) == 0 {
                // Any scalar at all now and then, surrogates excluded.
                var value = UInt32.random(in: 0...0x10FFFF, using: &rng)
                if (0xD800...0xDFFF).contains(value) { value = 0x20 }
                view.append(Unicode.Scalar(value) ?? " ")
            } else {
                view.append(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)])
            }
        }
        return String(view)
    }

    static func check(_ text: String, language: Language) {
        let scalars = ScalarText(text)
        let folded = FoldedText(scalars)
        let tokens = Tokenizer().tokens(in: folded)
        let mentions = Fixture.entities.extract(from: scalars, folded: folded, tokens: tokens, language: language)
        let figures = FigureExtractor().extract(from: scalars, folded: folded, tokens: tokens, language: language, dates: [], reference: nil)
        let quotes = Fixture.quotes.extract(from: scalars, folded: folded, tokens: tokens, language: language, entities: mentions)
        let spans = mentions.map { ($0.span, $0.text) } + figures.map { ($0.span, $0.text) } + quotes.map { ($0.span, $0.text) }
        for (span, slice) in spans {
            #expect(span.start >= 0 && span.start <= span.end && span.end <= scalars.count)
            #expect(scalars[span] == slice)
        }
        for figure in figures { #expect(figure.value.isFinite) }
        for (a, b) in zip(mentions, mentions.dropFirst()) { #expect(a.span.end <= b.span.start) }
    }

    @Test(arguments: [Language.persian, .arabic, .english, .russian, .undetermined])
    func randomInputIsSafe(language: Language) {
        var rng = SplitMix64(seed: 0x4B48_4142_4152 &+ UInt64(language.code.unicodeScalars.first!.value))
        for _ in 0..<300 {
            Self.check(Self.randomText(&rng, length: Int.random(in: 0..<160, using: &rng)), language: language)
        }
    }

    @Test(arguments: ["", " ", "\n\n", "گفت:", ":", "«", "%", "و", "ال", "لل", "٪", "$", "-", "_", "۱۳", "هشت"])
    func edgeCases(text: String) {
        Self.check(text, language: .persian)
        Self.check(text, language: .arabic)
    }

    @Test func seedsWithDamageAreSafe() {
        // Every seed cut at random points still gives valid spans.
        var rng = SplitMix64(seed: 7)
        for prefix in ["000", "001", "002", "003", "004"] {
            let scalars = Array(Fixture.seed(prefix).text.unicodeScalars)
            for _ in 0..<20 {
                let a = Int.random(in: 0..<scalars.count, using: &rng)
                let b = Int.random(in: a..<scalars.count, using: &rng)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[a..<b])
                Self.check(String(view), language: prefix == "002" ? .arabic : .persian)
            }
        }
    }
}
