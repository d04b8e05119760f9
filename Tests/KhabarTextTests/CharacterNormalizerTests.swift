import KhabarCore
import KhabarTestSupport
import Testing
@testable import KhabarText

@Suite struct CharacterNormalizerTests {
    // MARK: - Persian letter forms

    @Test(arguments: [
        ("علي", "علی"),                    // U+064A ARABIC YEH → FARSI YEH
        ("مصطفى", "مصطفی"),                // U+0649 ALEF MAKSURA → FARSI YEH
        ("كتاب", "کتاب"),                  // U+0643 ARABIC KAF → KEHEH
        ("ہمه", "همه"),                    // U+06C1 HEH GOAL → HEH
        ("خانۀ ما", "خانۀ ما"),            // U+06C0 HEH WITH YEH ABOVE kept
        ("دائرة", "دائرة"),                // teh marbuta kept in display
        ("رئيس", "رئیس"),                  // yeh with hamza kept, the yeh after it folded
        ("مسئول مؤسسه", "مسئول مؤسسه"),    // hamza forms kept
        ("۱۴۰۴ و ١٤٠٤ و 1404", "۱۴۰۴ و ١٤٠٤ و 1404"),  // digits kept as written
        ("", ""),
        ("Tehran 2024", "Tehran 2024"),
    ])
    func persianLetters(input: String, expected: String) {
        #expect(CharacterNormalizer(language: .persian).normalize(input) == expected)
    }

    // MARK: - Arabic letter forms

    @Test(arguments: [
        ("علي", "علي"),                    // ARABIC YEH never becomes FARSI YEH
        ("كتاب", "كتاب"),                  // ARABIC KAF never becomes KEHEH
        ("بزشکیان", "بزشكيان"),            // KEHEH → KAF, medial FARSI YEH → YEH
        ("فی", "فى"),                      // final FARSI YEH → ALEF MAKSURA (its dotless shape)
        ("الجمهوريّة", "الجمهورية"),        // shadda removed
        ("مدرسة", "مدرسة"),                // teh marbuta kept
        ("إلى أن", "إلى أن"),              // hamza forms kept
        ("٢٠٢٥", "٢٠٢٥"),                  // Arabic-Indic digits kept
    ])
    func arabicLetters(input: String, expected: String) {
        #expect(CharacterNormalizer(language: .arabic).normalize(input) == expected)
    }

    // MARK: - Marks, controls, presentation forms

    @Test(arguments: [
        ("كِتَابٌ", "کتاب"),                          // harakat removed
        ("بـــزرگ", "بزرگ"),                          // tatweel removed
        ("\u{202B}سلام\u{202C}", "سلام"),             // bidi embedding removed
        ("\u{200F}سلام\u{200E}", "سلام"),             // RLM, LRM removed
        ("سل\u{200B}ام", "سلام"),                     // zero-width space removed
        ("\u{FEFF}سلام", "سلام"),                     // BOM removed
        ("می\u{200C}\u{200C}رود", "می\u{200C}رود"),   // doubled ZWNJ collapses
        ("\u{200C}سلام\u{200C} دنیا", "سلام دنیا"),   // ZWNJ at word edges removed
        ("\u{FEB3}\u{FEFC}\u{FEE1}", "سلام"),         // presentation forms → letters, lam-alef → ل ا
        ("\u{0627}\u{0653}ب", "آب"),                  // alef + madda above → آ
        ("\u{0627}\u{0654}\u{0645}", "أم"),           // alef + hamza above → أ
        ("\u{0648}\u{0654}", "ؤ"),                    // waw + hamza above → ؤ
        ("\u{0627}\u{0655}", "إ"),                    // alef + hamza below → إ
        ("خانه\u{0654} ما", "خانه\u{0654} ما"),       // ه + hamza above (ezafe) kept in Persian
    ])
    func marksAndControls(input: String, expected: String) {
        #expect(CharacterNormalizer(language: .persian).normalize(input) == expected)
    }

    @Test func arabicDropsZWNJ() {
        #expect(CharacterNormalizer(language: .arabic).normalize("في\u{200C}ها") == "فيها")
    }

    // MARK: - Whitespace and punctuation

    @Test(arguments: [
        ("سلام   دنیا", "سلام دنیا"),                 // runs of spaces
        ("سلام\u{00A0}\u{2009}دنیا", "سلام دنیا"),   // Unicode spaces
        ("  سلام  \n  دنیا  ", "سلام\nدنیا"),         // lines trimmed, line breaks kept
        ("الف\r\nب\rج", "الف\nب\nج"),                // CR LF and CR → LF
        ("سلام ، دنیا", "سلام، دنیا"),                // no space before ،
        ("سلام،دنیا", "سلام، دنیا"),                  // a space after ، before a letter
        ("چرا ؟", "چرا؟"),                            // no space before ؟
        ("گفت : « سلام » و رفت", "گفت: «سلام» و رفت"), // guillemets hug their content
        ("گفت«سلام»و رفت", "گفت «سلام» و رفت"),       // and are spaced from words outside
        ("پایان .", "پایان."),                        // no space before a final dot
        ("۱۲،۵", "۱۲،۵"),                             // a comma between digits is left alone
        ("3 . 5", "3 . 5"),                           // Latin text is left alone
        ("www.farsnews.ir", "www.farsnews.ir"),
    ])
    func spacing(input: String, expected: String) {
        #expect(CharacterNormalizer(language: .persian).normalize(input) == expected)
    }

    // MARK: - Offsets and the two entry points

    @Test func offsetsMapBackToTheOriginal() {
        let original = ScalarText("كِتَابِ  علي ، ۱۴۰۴")
        let normalized = CharacterNormalizer(language: .persian).normalize(original)
        #expect(normalized.string == "کتاب علی، ۱۴۰۴")
        for (scalar, origin) in zip(normalized.scalars, normalized.origins) where scalar != " " {
            let source = original.scalars[origin]
            #expect(FoldedText.key(String(scalar)) == FoldedText.key(String(source)))
        }
    }

    @Test(arguments: [Language.persian, .arabic, .urdu, .english])
    func utf8PathMatchesScalarPath(language: Language) {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let text = RandomText.mixed(using: &rng, length: 60)
            let normalizer = CharacterNormalizer(language: language)
            #expect(normalizer.normalize(text) == normalizer.normalize(ScalarText(text)).string)
        }
    }

    // MARK: - Copied runs (the fast path) against the rules applied scalar by scalar

    @Test(arguments: [Language.persian, .arabic, .urdu, .english])
    func copiedRunsMatchTheRules(language: Language) {
        var rng = SplitMix64(seed: 11)
        var texts = (0..<300).map { RandomText.mixed(using: &rng, length: 1 + $0 % 90) }
        texts += ["000", "001", "002", "003", "004"].map { Seeds.content($0) }
        texts += ["کتاب \u{200C}ها", "می\u{200C} کنند", "«کتاب» ، ۱۲ ٪", "علی  \u{200C}رضا", "گفت: «نه»", "a\u{200C}ب"]
        let normalizer = CharacterNormalizer(language: language)
        for text in texts {
            let scalars = ScalarText(text)
            let fast = normalizer.normalize(scalars, copyingRuns: true)
            let reference = normalizer.normalize(scalars, copyingRuns: false)
            #expect(fast == reference, "scalar path differs on \(text.debugDescription)")
            var copy = text
            let fastUTF8 = copy.withUTF8 { normalizer.normalize(utf8: $0, copyingRuns: true) }
            let referenceUTF8 = copy.withUTF8 { normalizer.normalize(utf8: $0, copyingRuns: false) }
            #expect(fastUTF8 == referenceUTF8, "UTF-8 path differs on \(text.debugDescription)")
            #expect(fastUTF8 == reference.string)
        }
    }
}
