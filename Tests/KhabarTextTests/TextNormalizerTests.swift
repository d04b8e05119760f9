import KhabarCore
import KhabarTestSupport
import Testing
@testable import KhabarText

@Suite struct TextNormalizerTests {
    @Test func persianDisplayForm() {
        let input = "رئيسجمهور ايران ميگويد: «روابط با روسیه در بخشهای گاز ۱۳ درصد رشد كرد»"
        #expect(TextNormalizer(language: .persian).normalize(input)
            == "رئیس‌جمهور ایران می‌گوید: «روابط با روسیه در بخش‌های گاز ۱۳ درصد رشد کرد»")
    }

    @Test func arabicDisplayFormNeverPersianizes() {
        let input = "قال الرئيس بزشکیان إن العلاقات مع روسيا تنمو ١٣٪"
        let output = TextNormalizer(language: .arabic).normalize(input)
        #expect(output == "قال الرئيس بزشكيان إن العلاقات مع روسيا تنمو ١٣٪")
        #expect(!output.unicodeScalars.contains(ArabicScript.farsiYeh))
        #expect(!output.unicodeScalars.contains(ArabicScript.keheh))
    }

    @Test func seedsNormaliseWithoutLosingLetters() {
        for prefix in ["000", "001", "002", "003", "004"] {
            let text = ScalarText(Seeds.content(prefix))
            let language = LanguageIdentifier().identify(text)
            let normalized = TextNormalizer(language: language).normalize(text)
            // Only spacing and ZWNJ may differ: the letters, digits and punctuation are the same.
            let letters = { (t: String) in FoldedText(t).string.unicodeScalars.filter { $0 != " " && $0 != "\n" } }
            #expect(Array(letters(normalized.string)) == Array(letters(text.string)), "seed \(prefix)")
        }
    }

    // MARK: - Properties over random and adversarial input

    @Test(arguments: [Language.persian, .arabic, .urdu, .english, .undetermined])
    func properties(language: Language) {
        var rng = SplitMix64(seed: 2026)
        let normalizer = TextNormalizer(language: language)
        for round in 0..<300 {
            let text = RandomText.mixed(using: &rng, length: 1 + round % 80)
            let original = ScalarText(text)
            let once = normalizer.normalize(original)
            // Offsets always map into the original, in order.
            #expect(once.origins.allSatisfy { $0 >= 0 && $0 < max(1, original.count) })
            #expect(once.origins == once.origins.sorted())
            // Valid Unicode out: no lone surrogates can exist in scalars; the String round-trips.
            #expect(Array(once.string.unicodeScalars) == once.scalars)
            // Idempotent.
            #expect(normalizer.normalize(once.string) == once.string, "not idempotent on \(text.debugDescription)")
        }
    }

    @Test func emptyInput() {
        #expect(TextNormalizer(language: .persian).normalize("") == "")
        #expect(TextNormalizer(language: .arabic).normalize(ScalarText("")).scalars.isEmpty)
    }
}
