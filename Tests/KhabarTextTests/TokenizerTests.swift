import KhabarCore
import Testing
@testable import KhabarText

@Suite struct TokenizerTests {
    @Test func wordScalarTableMatchesTheRules() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if Tokenizer.isWordScalar(scalar) != Tokenizer.isWordScalarByRules(scalar) {
                Issue.record("U+\(String(value, radix: 16))")
            }
        }
    }

    func tokens(_ text: String) -> [(String, TokenKind)] {
        let folded = FoldedText(text)
        return Tokenizer().tokens(in: folded).map { (folded.string($0.range), $0.kind) }
    }

    @Test func numbersInEveryDigitSet() {
        #expect(tokens("۱۲٫۵ و ١٬٥٠٠ و 3.5").map(\.0) == ["12.5", "و", "1,500", "و", "3.5"])
        #expect(tokens("۱۳٪").map(\.1) == [.number, .punctuation])
    }

    @Test func wordsKeepZWNJFormsWhole() {
        #expect(tokens("می‌کنند ICT پوتین").map(\.0) == ["میکنند", "ict", "پوتین"])
        #expect(tokens("می‌کنند ICT پوتین").allSatisfy { $0.1 == .word })
    }

    @Test func urlsHashtagsMentionsEmails() {
        let result = tokens("به گزارش https://www.irna.ir/news/123. #ایران @IRNA_fa info@tabnak.ir")
        #expect(result.contains { $0 == ("https://www.irna.ir/news/123", .url) })
        #expect(result.contains { $0 == ("#ایران", .hashtag) })
        #expect(result.contains { $0 == ("@irna_fa", .mention) })
        #expect(result.contains { $0 == ("info@tabnak.ir", .email) })
    }

    @Test func emptyAndPunctuation() {
        #expect(tokens("").isEmpty)
        #expect(tokens("«»،").map(\.1) == [.punctuation, .punctuation, .punctuation])
    }
}

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let scalars = ScalarText(text)
        return SentenceSplitter().sentences(in: scalars).map { scalars[$0] }
    }

    @Test func splitsOnPersianAndLatinTerminators() {
        #expect(sentences("آیا می‌آیی؟ بله! رفتیم. Done.") == ["آیا می‌آیی؟", "بله!", "رفتیم.", "Done."])
    }

    @Test func keepsNumbersUrlsAndAbbreviations() {
        #expect(sentences("رشد ۳.۵ درصد بود. سایت www.irna.ir است.") == ["رشد ۳.۵ درصد بود.", "سایت www.irna.ir است."])
        #expect(sentences("Dr. Smith arrived. He spoke.") == ["Dr. Smith arrived.", "He spoke."])
        #expect(sentences("سال ۱۳۵۷ ه.ش. انقلاب شد.") == ["سال ۱۳۵۷ ه.ش. انقلاب شد."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(sentences("او گفت: «ما آماده‌ایم.» سپس رفت.") == ["او گفت: «ما آماده‌ایم.»", "سپس رفت."])
    }

    @Test func lineBreaksEndSentences() {
        #expect(sentences("تیتر خبر\nمتن خبر") == ["تیتر خبر", "متن خبر"])
    }
}

@Suite struct SearchKeysTests {
    @Test func persianKeysMatchAcrossSpellings() {
        let keys = SearchKeys(language: .persian)
        #expect(keys.keys(for: "رئیس‌جمهور در بخش‌های گاز") == keys.keys(for: "رئيسجمهور در بخشهاي گاز"))
        #expect(keys.keys(for: "کشورها") == keys.keys(for: "کشور"))
        #expect(keys.keys(for: "۱۳ درصد") == "13 درصد")
    }

    @Test func arabicKeysFoldHamzaAndStripLightAffixes() {
        let keys = SearchKeys(language: .arabic)
        #expect(keys.keys(for: "والمدينة") == keys.keys(for: "مدينة"))
        #expect(keys.keys(for: "أحمد") == keys.keys(for: "احمد"))
        #expect(keys.keys(for: "في المدرسة") == keys.keys(for: "المدرسه"))
    }

    @Test func stopWordListsLoad() {
        #expect(StopWords.persian.count > 300)
        #expect(StopWords.arabic.count > 100)
        #expect(StopWords.persian.contains("در"))
        #expect(StopWords.arabic.contains(FoldedText.key("في")))
    }

    @Test(arguments: [
        ("کشورهای", Language.persian, "کشور"),
        ("بزرگترین", .persian, "بزرگ"),
        ("میکنند", .persian, "کنند"),
        ("کتاب", .persian, "کتاب"),
        ("والمدینه", .arabic, "مدین"),
        ("المعلمون", .arabic, "معلم"),
        ("Putin", .english, "Putin"),
    ])
    func stems(word: String, language: Language, expected: String) {
        #expect(Stemmer().stem(word, language: language) == expected)
    }

    /// A stem as a range within its word is the stem as a string, for every word of a Persian and
    /// an Arabic text, each read inside a longer run of scalars.
    @Test func stemRangesAreTheStems() {
        let texts: [(Language, String)] = [
            (.persian, "رئیس‌جمهور روسیه با همتای ایرانی خود در کاخ کرملین دیدار کرد و طرفین درباره همکاری‌های اقتصادی و پروژه‌های مشترک گفت‌وگو کردند؛ بزرگترین سرمایه‌گذاریها در بخشهای انرژی است و میکنند نمیکنند کتابهایشان."),
            (.arabic, "أعلنت الحكومة البريطانية استقالة وزير الخارجية والمدينة بالمعلمين فالكتاب للمدرسين والمعلمون وزيرا استقالات سفيرهما وأكدت المصادر."),
        ]
        for (language, text) in texts {
            let folded = FoldedText(text)
            for token in Tokenizer().wordTokens(in: folded) where token.kind == .word {
                let range = Stemmer().stemRange(token.range, in: folded.scalars, language: language)
                #expect(folded.string(range) == Stemmer().stem(folded.string(token.range), language: language))
            }
        }
    }
}
