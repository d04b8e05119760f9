import KhabarCore
import KhabarTestSupport
import Testing
@testable import KhabarText

@Suite struct LanguageIdentifierTests {
    let identifier = LanguageIdentifier()

    @Test(arguments: [
        ("دیدار روسای جمهور ایران و روسیه در عشق آباد", Language.persian),        // a headline
        ("پوتين و پزشكيان در عشق آباد ديدار كردند", .persian),                    // old-style ي/ك
        ("بوتين يلتقي بزشكيان في عشق آباد", .arabic),
        ("الرئيس الإيراني يصل إلى موسكو", .arabic),
        ("روس اور ایران کے صدور کی ملاقات ہوئی", .urdu),
        ("د ایران او روسیې ولسمشرانو په عشق آباد کې وکتل", .pashto),
        ("سەرۆکی ئێران و ڕووسیا لە عەشق ئاباد کۆبوونەوە", .kurdish),
        ("Putin meets Pezeshkian in Ashgabat", .english),
        ("Путин встретился с Пезешкианом в Ашхабаде", .russian),
        ("۱۴۰۴", .undetermined),
        ("", .undetermined),
    ])
    func identifies(text: String, expected: Language) {
        #expect(identifier.identify(text) == expected)
    }

    @Test func seeds() {
        #expect(identifier.identify(Seeds.content("000")) == .persian)
        #expect(identifier.identify(Seeds.content("001")) == .persian)
        #expect(identifier.identify(Seeds.content("002")) == .arabic)
        #expect(identifier.identify(Seeds.content("003")) == .persian)
        #expect(identifier.identify(Seeds.content("004")) == .persian)
    }

    @Test func spansOfAPersianReportQuotingEnglish() {
        let text = ScalarText("پوتین در این دیدار گفت که روابط رو به رشد است. He said: We support Iran at the United Nations. سپس دو طرف درباره گاز گفتگو کردند.")
        let spans = identifier.spans(in: text)
        #expect(spans.map(\.language) == [.persian, .english, .persian])
        #expect(text[spans[1].span].hasPrefix("He said"))
        #expect(spans.first?.span.start == 0)
    }

    @Test func shortLatinInsertStaysInItsSentence() {
        let text = ScalarText("نصب نرم افزار در 300 دفتر ICT روستایی انجام شد.")
        #expect(identifier.spans(in: text).map(\.language) == [.persian])
    }
}
