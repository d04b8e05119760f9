import Foundation
import KhabarCore
import KhabarText
import Testing
@testable import KhabarExtract

@Suite struct QuoteExtractorTests {
    // MARK: - Patterns

    @Test(arguments: [
        // Persian: subject … verb: quote.
        ("ولادیمیر پوتین در این دیدار گفت: روابط دو کشور مثبت است.", Language.persian, "Q7747", "روابط دو کشور مثبت است"),
        // Reported speech after که.
        ("پوتین همچنین گفت که ایران و روسیه همکاری می‌کنند.", .persian, "Q7747", "ایران و روسیه همکاری می‌کنند"),
        // Other speech verbs.
        ("عباس عراقچی خاطرنشان کرد: مذاکرات ادامه دارد.", .persian, "kh:person/abbas-araghchi", "مذاکرات ادامه دارد"),
        ("سید عباس عراقچی تصریح کرد: مذاکرات ادامه دارد.", .persian, "kh:person/abbas-araghchi", "مذاکرات ادامه دارد"),
        // The object of با is not the speaker.
        ("پزشکیان در دیدار با پوتین افزود: همکاری‌ها گسترش می‌یابد.", .persian, "kh:person/masoud-pezeshkian", "همکاری‌ها گسترش می‌یابد"),
        // Direct speech in guillemets.
        ("پوتین گفت: «ما از ایران حمایت می‌کنیم.»", .persian, "Q7747", "ما از ایران حمایت می‌کنیم"),
        // Arabic: verb, subject, إن / أن.
        ("وقال الرئيس الروسي فلاديمير بوتين إن العلاقات تتطور.", .arabic, "Q7747", "العلاقات تتطور"),
        ("وأوضح بوتين أن التعاون يمتد إلى بوشهر.", .arabic, "Q7747", "التعاون يمتد إلى بوشهر"),
        // Subject before the verb.
        ("بوتين يؤكد التطور الإيجابي للعلاقات.", .arabic, "Q7747", "التطور الإيجابي للعلاقات"),
        // According to X.
        ("بحسب لافروف، فإن المحادثات مستمرة.", .arabic, "kh:person/sergey-lavrov", "فإن المحادثات مستمرة"),
    ] as [(String, Language, String, String)])
    func speakerAndWords(text: String, language: Language, speaker: String, words: String) {
        let quotes = Fixture.quotes(text, language)
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.id == speaker)
        #expect(quotes.first?.text == words)
    }

    /// Speakers the gazetteer does not know, as the text names them, with the words they say.
    @Test(arguments: [
        // Relayed through a source: the speaker stands after عن, not the outlet that relays.
        ("ونقلت صحيفة محلية عن مصادر أمنية قولها إن المهاجمين فروا إلى الجبال.", Language.arabic,
         "مصادر أمنية", "المهاجمين فروا إلى الجبال"),
        // A source noun that is a stop word elsewhere, and a quoted name after the subject.
        ("وذكرت مصادر طبية فلسطينية أن الجرحى نقلوا إلى مستشفى المدينة.", .arabic,
         "مصادر طبية فلسطينية", "الجرحى نقلوا إلى مستشفى المدينة"),
        ("وقالت شركة \"نور للطاقة\" في بيان: \"سنبدأ التشغيل التجريبي الشهر المقبل\".", .arabic,
         "شركة \"نور للطاقة\"", "سنبدأ التشغيل التجريبي الشهر المقبل"),
        // A quoted title right after the verb, with أن after it, is the subject, not the quote.
        ("كشف \"تقرير التنمية البشرية 2024\" أن معدلات الفقر تراجعت في المنطقة.", .arabic,
         "\"تقرير التنمية البشرية 2024\"", "معدلات الفقر تراجعت في المنطقة"),
        // To whom it was said ends the subject: لقناة, لشبكة. (A Slavic family name such as
        // لوكاشيفيتش is read as a person since the eighth round, and its speaker is linked.)
        ("وصرح كوماروف لقناة محلية أن المفاوضات ستستأنف قريبا.", .arabic,
         "كوماروف", "المفاوضات ستستأنف قريبا"),
        // Persian puts the subject first; a quoted outlet after به is whom it was said to.
        ("رضایی‌نیا در مورد این دیدار به \"ورزش سه\" گفت: بازی سختی در پیش داریم.", .persian,
         "رضایی‌نیا", "بازی سختی در پیش داریم"),
    ] as [(String, Language, String, String)])
    func unlinkedSpeakersAreNamedAsWritten(text: String, language: Language, speaker: String, words: String) {
        let quotes = Fixture.quotes(text, language)
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.id == nil)
        #expect(quotes.first?.speaker?.name == speaker)
        #expect(quotes.first?.text == words)
    }

    /// After an opening attribution, the subject is the name before the adverbials, not a body
    /// named inside them (در نشست شورای شهر شیراز).
    @Test func thePersianSubjectStandsBeforeTheAdverbials() {
        let text = "به گزارش خبرگزاری فارس از شیراز، نورالله غلامیان دهکردی صبح امروز در نشست شورای برنامه‌ریزی شهرداری شیراز اظهار داشت: طرح جدید اجرا می‌شود."
        let quotes = Fixture.quotes(text, .persian)
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.name == "نورالله غلامیان دهکردی")
        #expect(quotes.first?.text == "طرح جدید اجرا می‌شود")
    }

    /// A Persian occupation phrase (سرمربی پرسپولیس) names again the person quoted before; the
    /// club in it is no speaker. With nobody quoted before, the phrase itself names the speaker.
    @Test func aPersianOccupationPhraseIsThePersonQuotedBefore() {
        let text = """
            علی دایی پس از تمرین امروز اظهار داشت: بازیکنان آماده هستند.
            سرمربی پرسپولیس درباره جذب بازیکن جدید گفت: منتظر کسی نیستیم.
            """
        let quotes = Fixture.quotes(text, .persian)
        #expect(quotes.map { $0.speaker?.name } == ["Ali Daei", "Ali Daei"])
        #expect(quotes.last?.speaker?.text == "سرمربی پرسپولیس")
        let alone = Fixture.quotes("سرمربی پرسپولیس درباره جذب بازیکن جدید گفت: منتظر کسی نیستیم.", .persian)
        #expect(alone.first?.speaker?.id == nil)
        #expect(alone.first?.speaker?.name == "سرمربی پرسپولیس")
    }

    /// A body in the construct state speaks for the country or company named after it; a
    /// definite noun before a name is no such pair (the organisation … Riyadh).
    @Test func aGovernmentSpeaksForItsCountry() {
        let government = Fixture.quotes("قالت حكومة نيوزيلندا، الجمعة، إنها تعتزم فرض ضرائب على السياح الأجانب.", .arabic)
        #expect(government.first?.speaker?.name == "New Zealand")
        #expect(government.first?.text == "تعتزم فرض ضرائب على السياح الأجانب")
        let call = Fixture.quotes("ودعت المنظمة الرياض إلى تحسين نظامها القضائي.", .arabic)
        #expect(call.first?.speaker?.name != "Riyadh")
    }

    /// The outlet an opening attribution cites is no speaker, quoted or not, with or without the
    /// comma after it.
    @Test(arguments: [
        "به گزارش \"ورزش سه\"، اکبر صادقی در مورد قراردادش گفت: اولویت من تیم تهرانی بود.",
        "به گزارش \"ورزش سه\" اکبر صادقی در مورد قراردادش گفت: اولویت من تیم تهرانی بود.",
    ])
    func aCitedOutletIsNoPersianSpeaker(text: String) {
        let quote = Fixture.quotes(text, .persian).first
        #expect(quote?.text == "اولویت من تیم تهرانی بود")
        #expect(quote?.speaker?.id != "kh:outlet/varzesh3")
        #expect(quote?.speaker?.text.contains("صادقی") == true)
    }

    /// The person may follow words the title reader does not take for the office's complement;
    /// a name after a preposition is not them.
    @Test func aPersonAfterAnArabicTitleSpeaks() {
        let minister = Fixture.quotes("وقال وزير المالية السعودي محمد الجدعان في تعليق إن الإصلاحات مستمرة.", .arabic).first
        #expect(minister?.speaker?.name == "محمد الجدعان")
        #expect(minister?.text == "الإصلاحات مستمرة")
        let object = Fixture.quotes("وقال الوزير في حديث مع بوتين إن العلاقات جيدة.", .arabic).first
        #expect(object?.speaker?.id != "Q7747")
    }

    /// Without a comma, the clause starts after the cited outlet: the name there speaks.
    @Test func theSubjectAfterACitedOutletWithoutAComma() {
        let quote = Fixture.quotes("به گزارش \"ورزش سه\" کمالوند در نشست مطبوعاتی خود گفت: سه بازی سخت در پیش داریم.", .persian).first
        #expect(quote?.speaker?.name == "کمالوند")
        #expect(quote?.text == "سه بازی سخت در پیش داریم")
    }

    /// Relayed speech of a known person: "عن … قوله" names the person, not the agency.
    @Test func relayedSpeechNamesThePerson() {
        let text = "ونقلت وكالة الأنباء الرسمية عن وزير الخارجية السعودي عادل الجبير قوله إن المملكة تدعم الحل السياسي."
        let quotes = Fixture.quotes(text, .arabic)
        #expect(quotes.map { $0.speaker?.id } == ["kh:person/adel-al-jubeir"])
        #expect(quotes.first?.text == "المملكة تدعم الحل السياسي")
    }

    /// A pronoun after an unlinked speaker carries the words that named them.
    @Test func aPronounCarriesAnUnlinkedSpeakersName() {
        let text = "رضایی‌نیا در مورد این دیدار به \"ورزش سه\" گفت: بازی سختی در پیش داریم.\nوی افزود: بازیکنان آماده‌اند."
        let quotes = Fixture.quotes(text, .persian)
        #expect(quotes.map { $0.speaker?.name } == ["رضایی‌نیا", "رضایی‌نیا"])
        #expect(quotes.last?.speaker?.text == "وی")
    }

    @Test func pronounsResolveToThePreviousSpeaker() {
        let text = "پوتین گفت: روابط خوب است.\nوی افزود: همکاری ادامه دارد."
        let quotes = Fixture.quotes(text, .persian)
        #expect(quotes.map { $0.speaker?.id } == ["Q7747", "Q7747"])
        #expect(quotes.last?.speaker?.text == "وی")
    }

    @Test func unwrittenArabicSubjectIsThePreviousSpeaker() {
        let text = "وأوضح بوتين أن التعاون يتطور. كما لفت إلى أن حجم التبادل ارتفع."
        let quotes = Fixture.quotes(text, .arabic)
        #expect(quotes.map { $0.speaker?.id } == ["Q7747", "Q7747"])
        #expect(quotes.last?.text == "حجم التبادل ارتفع")
    }

    @Test func aTitleResolvesToThePersonTheTextGivesThatRole() {
        let text = "ولادیمیر پوتین، رئیس‌جمهور روسیه، به عشق‌آباد رفت.\nرئیس‌جمهور روسیه در این دیدار گفت: روابط مثبت است."
        let quote = Fixture.quotes(text, .persian).first
        #expect(quote?.speaker?.id == "Q7747")
        #expect(quote?.speaker?.name == "Vladimir Putin")
        #expect(quote?.speaker?.text == "رئیس‌جمهور روسیه")
    }

    @Test func aTitleResolvesThroughTheGazetteerOffices() {
        // No role in the text: "الرئيس الروسي" is Putin because he is named and holds the office.
        let text = "التقى بوتين بزشكيان. وأشار الرئيس الروسي إلى أن موسكو تدعم طهران."
        let quote = Fixture.quotes(text, .arabic).first
        #expect(quote?.speaker?.id == "Q7747")
        #expect(quote?.speaker?.text == "الرئيس الروسي")
        // Without a gazetteer (no offices, no adjectives) the title stays unlinked.
        let scalars = ScalarText(text)
        let folded = FoldedText(scalars)
        let tokens = Tokenizer().wordTokens(in: folded)
        let mentions = Fixture.entities.extract(from: scalars, folded: folded, tokens: tokens, language: .arabic)
        let bare = QuoteExtractor().extract(from: scalars, folded: folded, tokens: tokens, language: .arabic, entities: mentions)
        #expect(bare.first?.speaker?.id == nil)
        #expect(bare.first?.speaker?.text.hasPrefix("الرئيس") == true)
    }

    @Test func aBarePersianTitleIsTheIranianOffice() {
        let text = "مسعود پزشکیان به ترکمنستان رفت.\nرئیس‌جمهور با تأکید بر همکاری تصریح کرد: مصمم هستیم."
        #expect(Fixture.quotes(text, .persian).first?.speaker?.id == "kh:person/masoud-pezeshkian")
    }

    @Test(arguments: [
        ("پوتین در این دیدار از پزشکیان دعوت کرد.", Language.persian),  // not a speech verb
        ("ولم يؤكد مكتب الرئاسة هذه التقارير.", .arabic),  // negated
        ("به گزارش ایرنا، نشست برگزار شد.", .persian),  // an attribution, no speech
    ] as [(String, Language)])
    func noQuote(text: String, language: Language) {
        #expect(Fixture.quotes(text, language).isEmpty)
    }

    @Test func anOutletCitedIsNotTheSpeaker() {
        let text = "به گزارش ایرنا از رسانه‌های روسیه، ولادیمیر پوتین در این دیدار گفت: بسیار خوشحالم."
        #expect(Fixture.quotes(text, .persian).first?.speaker?.id == "Q7747")
    }

    // MARK: - The seeds

    @Test(arguments: ["000", "001", "002", "003"])
    func seedQuotesHaveTheRightSpeakers(prefix: String) {
        let analysis = Fixture.analysis(ofSeed: prefix)
        let speakers = analysis.quotes.map { $0.speaker?.id }
        #expect(speakers.contains("Q7747"), "Putin speaks in \(prefix)")
        #expect(speakers.allSatisfy { $0 == "Q7747" || $0 == "kh:person/masoud-pezeshkian" || $0 == "Q794" },
                "\(prefix): \(analysis.quotes.map { ($0.speaker?.text ?? "?", $0.text.prefix(30)) })")
    }

    @Test func seedPutinSupportsIranAtTheUN() {
        for (prefix, words) in [("000", "ما از کشور ایران در سازمان ملل متحد پشتیبانی میکنیم"),
                                ("001", "روسیه همواره از جمهوری اسلامی ایران در سازمان ملل حمایت کرده"),
                                ("002", "روسيا تعمل بتنسيق وثيق مع إيران")] {
            let quote = Fixture.analysis(ofSeed: prefix).quotes.first { $0.text.contains(words) }
            #expect(quote?.speaker?.id == "Q7747", "\(prefix)")
            #expect(quote?.speaker?.name == "Vladimir Putin")
        }
        // Pezeshkian's statements.
        let pezeshkian001 = Fixture.analysis(ofSeed: "001").quotes.first { $0.text.hasPrefix("مصمم هستیم") }
        #expect(pezeshkian001?.speaker?.id == "kh:person/masoud-pezeshkian")
        let pezeshkian002 = Fixture.analysis(ofSeed: "002").quotes.first { $0.text.hasPrefix("التزام طهران") }
        #expect(pezeshkian002?.speaker?.id == "kh:person/masoud-pezeshkian")
    }

    // MARK: - Properties

    @Test func spansAreExactSlicesWithoutOverlap() {
        for prefix in ["000", "001", "002", "003", "004"] {
            let text = ScalarText(Fixture.seed(prefix).text)
            let quotes = Fixture.analysis(ofSeed: prefix).quotes
            for quote in quotes { #expect(text[quote.span] == quote.text) }
            for (a, b) in zip(quotes, quotes.dropFirst()) { #expect(a.span.end <= b.span.start) }
        }
    }
}
