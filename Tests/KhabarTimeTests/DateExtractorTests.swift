import KhabarCore
import KhabarTestSupport
import KhabarText
import Testing
@testable import KhabarTime

/// One pattern case: a text, its language and reference, and the one mention expected in it.
struct PatternCase: CustomStringConvertible, Sendable {
    let text: String
    let language: Language
    let reference: String?
    let mention: String
    let start: String
    let end: String?
    let granularity: DateGranularity
    let calendar: CalendarSystem?

    init(_ text: String, _ language: Language, ref reference: String? = "2025-12-12", _ mention: String,
         _ start: String, _ end: String? = nil, _ granularity: DateGranularity = .day, _ calendar: CalendarSystem? = nil,
         open: Bool = false) {
        self.text = text
        self.language = language
        self.reference = reference
        self.mention = mention
        self.start = start
        self.end = open ? nil : (end ?? start)
        self.granularity = granularity
        self.calendar = calendar
    }

    var description: String { "\(language.code): \(text)" }

    func check() {
        let mentions = DateExtractor().extract(
            from: ScalarText(text), language: language, reference: reference.flatMap { CivilDate(iso: $0) })
        let found = mentions.first { $0.text == mention }
        #expect(found != nil, "\(mention) not in \(mentions.map(\.text))")
        guard let found else { return }
        #expect(found.range.start.iso == start)
        #expect(found.range.end?.iso == end)
        #expect(found.granularity == granularity)
        #expect(found.calendar == calendar)
    }
}

/// Expects no date mention in `text`: a test of what is no date.
func expectNoDates(_ text: String, _ language: Language, reference: String = "2025-12-12",
                   sourceLocation: SourceLocation = #_sourceLocation) {
    let mentions = DateExtractor().extract(from: ScalarText(text), language: language, reference: CivilDate(iso: reference))
    #expect(mentions.isEmpty, "\(mentions.map(\.text))", sourceLocation: sourceLocation)
}

@Suite struct DateExtractorTests {
    // MARK: - Solar Hijri

    @Test(arguments: [
        PatternCase("جلسه در ۲۱ آذر ۱۴۰۴ برگزار شد.", .persian, "۲۱ آذر ۱۴۰۴", "2025-12-12", nil, .day, .persian),
        PatternCase("مهرماه ۱۴۰۳ آغاز شد.", .persian, "مهرماه ۱۴۰۳", "2024-09-22", "2024-10-21", .month, .persian),
        PatternCase("مهر ماه ۱۴۰۳ آغاز شد.", .persian, "مهر ماه ۱۴۰۳", "2024-09-22", "2024-10-21", .month, .persian),
        PatternCase("در سال ۱۴۰۳ رشد کرد.", .persian, "سال ۱۴۰۳", "2024-03-20", "2025-03-20", .year, .persian),
        PatternCase("در سال 87 تصویب شد.", .persian, "سال 87", "2008-03-20", "2009-03-20", .year, .persian),
        PatternCase("مصوب ۱۴۰۳/۱۰/۲۸ است.", .persian, "۱۴۰۳/۱۰/۲۸", "2025-01-17", nil, .day, .persian),
        PatternCase("مصوب 1403-10-28 است.", .persian, "1403-10-28", "2025-01-17", nil, .day, .persian),
        PatternCase("در ۸۷/۵/۱۲ ثبت شد.", .persian, "۸۷/۵/۱۲", "2008-08-02", nil, .day, .persian),
        PatternCase("بیست و یکم آذر ۱۴۰۴ بود.", .persian, "بیست و یکم آذر ۱۴۰۴", "2025-12-12", nil, .day, .persian),
        PatternCase("روز جمعه ۲۸ دیماه ۱۴۰۳ امضا شد.", .persian, "روز جمعه ۲۸ دیماه ۱۴۰۳", "2025-01-17", nil, .day, .persian),
        PatternCase("در ۳۰ اسفند ۱۴۰۳ تعطیل است.", .persian, "۳۰ اسفند ۱۴۰۳", "2025-03-20", nil, .day, .persian),
        PatternCase("از ۱ فروردین ۱۴۰۴ اجرا می‌شود.", .persian, "از ۱ فروردین ۱۴۰۴", "2025-03-21", nil, .day, .persian, open: true),
        PatternCase("در ۱ فروردین ۱۴۰۴ اجرا می‌شود.", .persian, "۱ فروردین ۱۴۰۴", "2025-03-21", nil, .day, .persian),
        PatternCase("۱ تا ۳ آبان ۱۴۰۳ در کازان", .persian, "۱ تا ۳ آبان ۱۴۰۳", "2024-10-22", "2024-10-24", .day, .persian),
        PatternCase("از ۲۸ اسفند تا ۵ فروردین ۱۴۰۴", .persian, "از ۲۸ اسفند تا ۵ فروردین ۱۴۰۴", "2025-03-18", "2025-03-25", .day, .persian),
        PatternCase("فروردین تا خرداد ۱۴۰۳", .persian, "فروردین تا خرداد ۱۴۰۳", "2024-03-20", "2024-06-20", .month, .persian),
        PatternCase("در سال‌های ۱۳۹۸ تا ۱۴۰۰", .persian, "سال‌های ۱۳۹۸ تا ۱۴۰۰", "2019-03-21", "2022-03-20", .year, .persian),
        PatternCase("اواخر اسفند ۱۴۰۳ بود.", .persian, "اواخر اسفند ۱۴۰۳", "2025-03-11", "2025-03-20", .day, .persian),
        PatternCase("در کودتای ۲۸ مرداد نقش داشت.", .persian, "۲۸ مرداد", "1953-08-19", nil, .day, .persian),
        PatternCase("سه ماهه دوم سال ۱۴۰۲", .persian, "سه ماهه دوم سال ۱۴۰۲", "2023-06-22", "2023-09-22", .month, .persian),
        PatternCase("در دهه ۷۰ منعقد شد.", .persian, "دهه ۷۰", "1991-03-21", "2001-03-20", .decade, .persian),
        PatternCase("در دهه ۹۰ میلادی", .persian, "دهه ۹۰ میلادی", "1990-01-01", "1999-12-31", .decade, .gregorian),
        PatternCase("سال ۱۴۰۳ هجری شمسی", .persian, "سال ۱۴۰۳ هجری شمسی", "2024-03-20", "2025-03-20", .year, .persian),
    ])
    func solarHijri(_ c: PatternCase) { c.check() }

    // MARK: - Gregorian in four languages

    @Test(arguments: [
        PatternCase("در ۱۴ ژانویه ۲۰۲۵ منتشر شد.", .persian, "۱۴ ژانویه ۲۰۲۵", "2025-01-14", nil, .day, .gregorian),
        PatternCase("در ۵ مه ۲۰۲۴ منتشر شد.", .persian, "۵ مه ۲۰۲۴", "2024-05-05", nil, .day, .gregorian),
        PatternCase("در ۵ مئی ۲۰۲۴ منتشر شد.", .persian, "۵ مئی ۲۰۲۴", "2024-05-05", nil, .day, .gregorian),
        PatternCase("در ۱۰ جولای ۲۰۲۴ منتشر شد.", .persian, "۱۰ جولای ۲۰۲۴", "2024-07-10", nil, .day, .gregorian),
        PatternCase("در ۱۰ آگوست ۲۰۲۴ منتشر شد.", .persian, "۱۰ آگوست ۲۰۲۴", "2024-08-10", nil, .day, .gregorian),
        PatternCase("سال ۲۰۲۴ میلادی", .persian, "سال ۲۰۲۴ میلادی", "2024-01-01", "2024-12-31", .year, .gregorian),
        PatternCase("في 12 كانون الأول/ديسمبر 2025", .arabic, "12 كانون الأول/ديسمبر 2025", "2025-12-12", nil, .day, .gregorian),
        PatternCase("في ١٢ ديسمبر ٢٠٢٥", .arabic, "١٢ ديسمبر ٢٠٢٥", "2025-12-12", nil, .day, .gregorian),
        PatternCase("في تشرين الثاني 2024", .arabic, "تشرين الثاني 2024", "2024-11-01", "2024-11-30", .month, .gregorian),
        PatternCase("عام 2018 م", .arabic, "عام 2018 م", "2018-01-01", "2018-12-31", .year, .gregorian),
        PatternCase("في 2018/05/12 صدر", .arabic, "2018/05/12", "2018-05-12", nil, .day, .gregorian),
        PatternCase("من 1 إلى 3 ديسمبر 2025", .arabic, "من 1 إلى 3 ديسمبر 2025", "2025-12-01", "2025-12-03", .day, .gregorian),
        PatternCase("بين عامي 2015 و2020", .arabic, "بين عامي 2015 و2020", "2015-01-01", "2020-12-31", .year, .gregorian),
        PatternCase("منذ عام 2011", .arabic, "منذ عام 2011", "2011-01-01", nil, .year, .gregorian, open: true),
        PatternCase("في الثمانينيات", .arabic, "الثمانينيات", "1980-01-01", "1989-12-31", .decade, .gregorian),
        PatternCase("الرابع عشر من حزيران/يونيو 2018", .arabic, "الرابع عشر من حزيران/يونيو 2018", "2018-06-14", nil, .day, .gregorian),
        PatternCase("on Friday, December 12, 2025", .english, "Friday, December 12, 2025", "2025-12-12", nil, .day, .gregorian),
        PatternCase("on 12 December 2025", .english, "12 December 2025", "2025-12-12", nil, .day, .gregorian),
        PatternCase("in the 1990s", .english, "1990s", "1990-01-01", "1999-12-31", .decade, .gregorian),
        PatternCase("since 2015", .english, "since 2015", "2015-01-01", nil, .year, .gregorian, open: true),
        PatternCase("12 декабря 2025 года", .russian, "12 декабря 2025 года", "2025-12-12", nil, .day, .gregorian),
        PatternCase("в декабре 2025 года", .russian, "декабре 2025 года", "2025-12-01", "2025-12-31", .month, .gregorian),
        PatternCase("в 1990-е годы", .russian, "1990-е годы", "1990-01-01", "1999-12-31", .decade, .gregorian),
        PatternCase("14.01.2025", .russian, "14.01.2025", "2025-01-14", nil, .day, .gregorian),
    ])
    func gregorian(_ c: PatternCase) { c.check() }

    // MARK: - Lunar Hijri

    @Test(arguments: [
        PatternCase("في رمضان ١٤٤٦", .arabic, "رمضان ١٤٤٦", "2025-03-01", "2025-03-29", .month, .islamic),
        PatternCase("جمادى الآخرة 1447 هـ", .arabic, "جمادى الآخرة 1447 هـ", "2025-11-22", "2025-12-20", .month, .islamic),
        PatternCase("الأول من رمضان 1446", .arabic, "الأول من رمضان 1446", "2025-03-01", nil, .day, .islamic),
        PatternCase("عام 1440هـ", .arabic, "عام 1440هـ", "2018-09-11", "2019-08-30", .year, .islamic),
        PatternCase("1439/05/12 هـ", .arabic, "1439/05/12 هـ", "2018-01-29", nil, .day, .islamic),
        PatternCase("در ربیع‌الاول ۱۴۴۶", .persian, "ربیع‌الاول ۱۴۴۶", "2024-09-04", "2024-10-03", .month, .islamic),
        PatternCase("سال ۱۴۴۶ هجری قمری", .persian, "سال ۱۴۴۶ هجری قمری", "2024-07-07", "2025-06-25", .year, .islamic),
        PatternCase("در ماه رمضان", .persian, ref: "2025-02-20", "ماه رمضان", "2025-03-01", "2025-03-29", .month, .islamic),
    ])
    func lunarHijri(_ c: PatternCase) { c.check() }

    // MARK: - Relative forms (reference Friday 2025-12-12 = 21 Azar 1404)

    @Test(arguments: [
        PatternCase("امروز اعلام شد.", .persian, "امروز", "2025-12-12"),
        PatternCase("دیروز اعلام شد.", .persian, "دیروز", "2025-12-11"),
        PatternCase("فردا اعلام خواهد شد.", .persian, "فردا", "2025-12-13"),
        PatternCase("روز چهارشنبه دیدار کرد.", .persian, "روز چهارشنبه", "2025-12-10"),
        PatternCase("روز دوشنبه دیدار خواهد کرد.", .persian, "روز دوشنبه", "2025-12-15"),
        PatternCase("جمعه گذشته برگزار شد.", .persian, "جمعه گذشته", "2025-12-05"),
        PatternCase("هفته گذشته برگزار شد.", .persian, "هفته گذشته", "2025-11-29", "2025-12-05", .week),
        PatternCase("ماه آینده برگزار می‌شود.", .persian, "ماه آینده", "2025-12-22", "2026-01-20", .month, .persian),
        PatternCase("رشد سال گذشته زیاد بود.", .persian, "سال گذشته", "2024-03-20", "2025-03-20", .year, .persian),
        PatternCase("رشد سال گذشته میلادی زیاد بود.", .persian, "سال گذشته میلادی", "2024-01-01", "2024-12-31", .year, .gregorian),
        PatternCase("پارسال رشد کرد.", .persian, "پارسال", "2024-03-20", "2025-03-20", .year, .persian),
        PatternCase("در ۹ ماهه نخست امسال", .persian, "۹ ماهه نخست امسال", "2025-03-21", "2025-12-21", .month, .persian),
        PatternCase("تابستان امسال نهایی شد.", .persian, "تابستان امسال", "2025-06-22", "2025-09-22", .season, .persian),
        PatternCase("سه روز پیش آمد.", .persian, "سه روز پیش", "2025-12-09"),
        PatternCase("در دو سال گذشته", .persian, "دو سال گذشته", "2023-12-13", "2025-12-12", .year),
        PatternCase("قال أمس إن", .arabic, "أمس", "2025-12-11"),
        PatternCase("وقال يوم الجمعة الماضي", .arabic, "يوم الجمعة الماضي", "2025-12-05"),
        PatternCase("سيعقد الاجتماع يوم الأحد", .arabic, "يوم الأحد", "2025-12-14"),
        PatternCase("ارتفع بنسبة 13% العام الماضي", .arabic, "العام الماضي", "2024-01-01", "2024-12-31", .year, .gregorian),
        PatternCase("الأسبوع المقبل", .arabic, "الأسبوع المقبل", "2025-12-13", "2025-12-19", .week),
        PatternCase("في يونيو الماضي", .arabic, "يونيو الماضي", "2025-06-01", "2025-06-30", .month, .gregorian),
        PatternCase("قبل ثلاثة أيام", .arabic, "قبل ثلاثة أيام", "2025-12-09"),
        PatternCase("خلال العامين الماضيين", .arabic, "العامين الماضيين", "2023-12-13", "2025-12-12", .year),
        PatternCase("الأشهر التسعة الأولى من العام الجاري", .arabic, "الأشهر التسعة الأولى من العام الجاري", "2025-01-01", "2025-09-30", .month, .gregorian),
        PatternCase("أواخر العام الماضي", .arabic, "أواخر العام الماضي", "2024-09-01", "2024-12-31", .month, .gregorian),
        PatternCase("العام الماضي 1446 هـ", .arabic, "العام الماضي", "2024-07-07", "2025-06-25", .year, .islamic),
        PatternCase("We met yesterday.", .english, "yesterday", "2025-12-11"),
        PatternCase("They met last week.", .english, "last week", "2025-12-01", "2025-12-07", .week),
        PatternCase("It will open next month.", .english, "next month", "2026-01-01", "2026-01-31", .month, .gregorian),
        PatternCase("Встреча состоится в пятницу.", .russian, "пятницу", "2025-12-12"),
        PatternCase("в прошлом году", .russian, "прошлом году", "2024-01-01", "2024-12-31", .year, .gregorian),
        PatternCase("три дня назад", .russian, "три дня назад", "2025-12-09"),
    ])
    func relative(_ c: PatternCase) { c.check() }

    // MARK: - Without a reference

    /// Without a reference, relative forms are left out; a day written without its year takes
    /// the year from the nearest absolute date of the text.
    @Test func relativeFormsNeedAReference() {
        let text = ScalarText("امروز و سال گذشته و روز جمعه و ۱۲ دسامبر؛ اما ۲۱ آذر ۱۴۰۴ مطلق است.")
        let mentions = DateExtractor().extract(from: text, language: .persian, reference: nil)
        #expect(mentions.map(\.text) == ["۱۲ دسامبر", "۲۱ آذر ۱۴۰۴"])
        #expect(mentions.allSatisfy { !$0.isRelative && $0.range.start.iso == "2025-12-12" })
        let alone = DateExtractor().extract(from: ScalarText("۱۲ دسامبر"), language: .persian, reference: nil)
        #expect(alone.isEmpty)
    }

    @Test func relativeFlagTellsWhetherTheReferenceWasNeeded() {
        let text = ScalarText("۲۱ آذر ۱۴۰۴ و دیروز و ۱۲ دسامبر")
        let mentions = DateExtractor().extract(from: text, language: .persian, reference: CivilDate(year: 2025, month: 12, day: 14))
        #expect(mentions.map(\.isRelative) == [false, true, true])
        #expect(mentions[1].calendar == nil)
    }

    // MARK: - Things that are not dates

    @Test(arguments: [
        ("امام جمعه تهران گفت.", Language.persian),
        ("نماز عبادی سیاسی جمعه برگزار شد.", .persian),
        ("در 2000نسخه چاپ شد.", .persian),
        ("قیمت 1403 تومان است.", .persian),
        ("مساحت 2018 متر است.", .persian),
        ("في أمس الحاجة إليه.", .arabic),
        ("في اليوم ذاته قال.", .arabic),
        ("صلاة الجمعة في المسجد.", .arabic),
        ("الأحد عشر لاعبا.", .arabic),
        ("نسخه 3.5 منتشر شد.", .persian),
        ("تلفن 021-1234-5678 است.", .persian),
        ("You may go.", .english),
        ("این دهه و دهه‌های گذشته", .persian),
        ("جشن نوروز در تاجیکستان", .persian),
        ("درس‌های واقعه عاشورا برای جوانان", .persian),
        ("در پایان هر اربعین ترک نشود", .persian),
        ("دو روز قبل از انتخابات", .persian),
        ("ساعت 17 و 24 ساعت پیش", .persian),
        ("الساعة 12:30 وقبل ساعة", .arabic),
        ("تعرض لها في المباراة", .arabic),
    ])
    func notDates(text: String, language: Language) {
        expectNoDates(text, language)
    }

    // MARK: - Damage: ZWNJ lost or kept, mixed digits, presentation forms

    @Test(arguments: ["۲۸ دیماه ۱۴۰۳", "۲۸ دی‌ماه ۱۴۰۳", "۲۸ دی ماه ۱۴۰۳", "28 دی ماه 1403", "٢٨ دی ١٤٠٣", "۲۸ دي ۱۴۰۳"])
    func spellingVariants(text: String) {
        let mentions = DateExtractor().extract(from: ScalarText("در \(text) امضا شد"), language: .persian, reference: nil)
        #expect(mentions.count == 1)
        #expect(mentions.first?.text == text)
        #expect(mentions.first?.range == DayRange(day: CivilDate(year: 2025, month: 1, day: 17)!))
    }

    @Test func weekStartsOnSaturdayInPersianAndMondayInEnglish() {
        let reference = CivilDate(year: 2025, month: 12, day: 14)!  // a Sunday
        let fa = DateExtractor().extract(from: ScalarText("این هفته"), language: .persian, reference: reference)
        let en = DateExtractor().extract(from: ScalarText("this week"), language: .english, reference: reference)
        #expect(fa.first?.range.start.iso == "2025-12-13")
        #expect(en.first?.range.start.iso == "2025-12-08")
    }

    // MARK: - Properties

    /// Random text of Persian, Arabic, Latin and digit scalars, punctuation and spaces: no crash,
    /// every span inside the text, every mention's text its exact slice, ranges ordered.
    @Test func randomTextNeverCrashesAndSpansAreValid() {
        var random = SplitMix64(seed: 4)
        let alphabet = Array("۰۱۲۳۴۵۶۷۸۹0123456789٠١٢٣ آذردیماهسالگذشتهامسالروزجمعهتا/-.،:رمضانهـمنذعامالماضيDecember2025 \u{200C}\u{0640}\u{064E}\n".unicodeScalars)
        for _ in 0..<400 {
            let length = Int(random.next() % 120)
            let scalars = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let text = ScalarText(scalars: scalars)
            for language in [Language.persian, .arabic, .english] {
                let mentions = DateExtractor().extract(
                    from: text, language: language, reference: CivilDate(year: 2025, month: 12, day: 12))
                expectValidMentions(mentions, in: text)
                _ = PublicationDateFinder().find(in: text, language: language)
                _ = EventDater().date(text: text, language: language, mentions: mentions, published: nil)
            }
        }
    }

    @Test func arbitraryScalarsNeverCrash() {
        var random = SplitMix64(seed: 1404)
        for _ in 0..<200 {
            let scalars = (0..<Int(random.next() % 80)).compactMap { _ in Unicode.Scalar(UInt32(random.next() % 0x2FFF)) }
            let text = ScalarText(scalars: scalars)
            let result = DateExtractor().analyze(text, language: .persian, published: nil)
            #expect(result.mentions.allSatisfy { $0.span.end <= text.count })
        }
    }

    @Test func emptyText() {
        #expect(DateExtractor().extract(from: ScalarText(""), language: .persian, reference: nil).isEmpty)
        #expect(PublicationDateFinder().find(in: ScalarText(""), language: .arabic) == nil)
        #expect(EventDater().date(text: ScalarText(""), language: .persian, mentions: [], published: nil) == nil)
    }

    // MARK: - Resources

    @Test(arguments: DateLexicon.resourceNames + ["commemorations"])
    func resourceLoadsWithoutErrors(name: String) throws {
        let content = try #require(DateLexicon.resource(name))
        if name != "commemorations" {
            let parsed = DateLexicon.parse(content)
            #expect(parsed.errors.isEmpty)
            #expect(parsed.lines.allSatisfy { DateLexicon.info(for: $0) != nil })
            #expect(!parsed.lines.isEmpty)
        }
        #expect(content.hasPrefix("#"))
    }
}

/// Mentions in text order, without overlaps, inside the text, each an exact slice of it, with a
/// range that does not end before it starts.
func expectValidMentions(_ mentions: [DateMention], in text: ScalarText) {
    var previousEnd = 0
    for mention in mentions {
        #expect(mention.span.start >= previousEnd && mention.span.end <= text.count && mention.span.length > 0)
        #expect(mention.text == text[mention.span])
        #expect(mention.range.end.map { mention.range.start <= $0 } ?? true)
        previousEnd = mention.span.end
    }
}
