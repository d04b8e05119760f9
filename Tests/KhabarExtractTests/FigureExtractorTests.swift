import KhabarCore
import KhabarText
import Testing
@testable import KhabarExtract

@Suite struct FigureExtractorTests {
    // MARK: - Values and units

    @Test(arguments: [
        ("رشد ۱۳ درصد بود", Language.persian, "۱۳ درصد"),
        ("رشد 13 درصد بود", .persian, "13 درصد"),
        ("رشد 13% بود", .persian, "13%"),
        ("ارتفع بنسبة 13% العام الماضي", .arabic, "13%"),
        ("ارتفع بنسبة ١٣٪ العام الماضي", .arabic, "١٣٪"),
        ("ارتفع بنسبة 13 بالمئة", .arabic, "13 بالمئة"),
        ("ارتفع بنسبة ثلاثة عشر في المئة", .arabic, "ثلاثة عشر في المئة"),
        ("grew by 13 percent", .english, "13 percent"),
        ("вырос на 13 процентов", .russian, "13 процентов"),
    ] as [(String, Language, String)])
    func percentagesCompareEqual(text: String, language: Language, slice: String) {
        let figures = Fixture.figures(text, language)
        #expect(figures.count == 1)
        #expect(figures.first?.value == 13)
        #expect(figures.first?.unit == "percent")
        #expect(figures.first?.text == slice)
    }

    @Test(arguments: [
        ("جذب ۲۲۴ میلیارد ریال تسهیلات", Language.persian, 224e9, "IRR", "۲۲۴ میلیارد ریال"),
        ("قیمت ۵۰ هزار تومان شد", .persian, 50e3, "IRT", "۵۰ هزار تومان"),
        ("صادرات ۳.۵ میلیارد دلار بود", .persian, 3.5e9, "USD", "۳.۵ میلیارد دلار"),
        ("بلغت الصادرات 5 مليارات دولار", .arabic, 5e9, "USD", "5 مليارات دولار"),
        ("بقيمة ثلاثة ملايين ريال سعودي", .arabic, 3e6, "SAR", "ثلاثة ملايين ريال سعودي"),
        ("نحو 2,500 جنيه مصري", .arabic, 2500, "EGP", "2,500 جنيه مصري"),
        ("a deal worth $5 billion", .english, 5e9, "USD", "$5 billion"),
        ("контракт на 10 млрд рублей", .russian, 10e9, "RUB", "10 млрд рублей"),
    ] as [(String, Language, Double, String, String)])
    func money(text: String, language: Language, value: Double, unit: String, slice: String) {
        let figure = Fixture.figures(text, language).first
        #expect(figure?.value == value)
        #expect(figure?.unit == unit)
        #expect(figure?.text == slice)
    }

    @Test(arguments: [
        ("بهره‌برداری 6 هزار و 127 دفتر", Language.persian, 6127.0, "6 هزار و 127"),
        ("سیصد و بیست و پنج نفر", .persian, 325, "سیصد و بیست و پنج نفر"),
        ("دو میلیون و سیصد هزار نفر", .persian, 2_300_000, "دو میلیون و سیصد هزار نفر"),
        ("مقتل 30 فلسطينيا و71 إرهابيا", .arabic, 71, "71 إرهابيا"),
        ("قُتل ثمانية أشخاص", .arabic, 8, "ثمانية أشخاص"),
        ("نحو 792 ألف ولادة", .arabic, 792_000, "792 ألف"),
    ] as [(String, Language, Double, String)])
    func counts(text: String, language: Language, value: Double, slice: String) {
        let figures = Fixture.figures(text, language)
        #expect(figures.contains { $0.value == value && $0.unit == "count" && $0.text == slice }, "\(figures.map(\.text))")
    }

    @Test(arguments: [
        ("سیصدمین سالگرد مختومقلی", Language.persian),  // an ordinal word
        ("۳۰۰مین سالگرد", .persian),  // an ordinal in digits
        ("در سال ۲۰۲۴ میلادی", .persian),  // a year
        ("روابط دو کشور", .persian),  // a number word with no unit
        ("۱۲ دسامبر به عنوان روز", .persian),  // a date
        ("قطعنامه ۲۲۳۱ شورای امنیت", .persian),  // an identifier
        ("في 9 فبراير", .arabic),
    ] as [(String, Language)])
    func notFigures(text: String, language: Language) {
        #expect(Fixture.figures(text, language).isEmpty)
    }

    @Test func numbersInsideDateMentionsAreNotFigures() {
        let text = "در ۲۸ دی ۱۴۰۳ امضا شد"
        let date = Fixture.date("۲۸ دی ۱۴۰۳", in: text, from: "2025-01-17", to: "2025-01-17", granularity: .day)
        #expect(Fixture.figures(text, .persian, dates: [date]).isEmpty)
    }

    // MARK: - Measures and periods

    /// Seed 000's sentence, with the date mentions the time stage finds in it.
    static let persianSentence = "خاطرنشان کرد: در سال ۲۰۲۴ میلادی، رشد مبادلات تجاری ۱۳ درصد بوده است و در ۹ ماه نخست سال ۲۰۲۵، هشت درصد دیگر افزایش داشته است."

    @Test func persianFiguresTakeTheDateBeforeThem() {
        let text = Self.persianSentence
        let dates = [
            Fixture.date("سال ۲۰۲۴ میلادی", in: text, from: "2024-01-01", to: "2024-12-31"),
            Fixture.date("۹ ماه نخست سال ۲۰۲۵", in: text, from: "2025-01-01", to: "2025-09-30", granularity: .month),
        ]
        let figures = Fixture.figures(text, .persian, dates: dates)
        #expect(figures.map(\.text) == ["۱۳ درصد", "هشت درصد"])
        #expect(figures.map(\.value) == [13, 8])
        #expect(figures.map(\.measure) == ["رشد مبادلات تجاری", "رشد مبادلات تجاری"])
        #expect(figures.map { $0.period?.text } == ["سال ۲۰۲۴ میلادی", "۹ ماه نخست سال ۲۰۲۵"])
        #expect(figures[0].period?.range == DayRange(start: CivilDate(iso: "2024-01-01")!, end: CivilDate(iso: "2024-12-31")!))
        #expect(figures[1].period?.span == dates[1].span)
    }

    @Test func periodsWithoutDateMentionsKeepTheirPhrase() {
        // The same sentence before the time stage resolves anything: the phrases are still periods.
        let figures = Fixture.figures(Self.persianSentence, .persian)
        #expect(figures.map { $0.period?.text } == ["سال ۲۰۲۴ میلادی", "۹ ماه نخست سال ۲۰۲۵"])
        #expect(figures[0].period?.range?.start == CivilDate(iso: "2024-01-01"))
    }

    @Test func relativePeriodsAttachToTheirFigure() {
        let text = "روابط تجاری ایران و روسیه در سال گذشته 13 درصد و در 9 ماهه امسال 8 درصد افزایش داشته است."
        let dates = [
            Fixture.date("سال گذشته", in: text, from: "2024-03-20", to: "2025-03-20"),
            Fixture.date("9 ماهه امسال", in: text, from: "2025-03-21", to: "2025-12-21", granularity: .month),
        ]
        for given in [dates, []] {
            let figures = Fixture.figures(text, .persian, dates: given)
            #expect(figures.map(\.value) == [13, 8])
            #expect(figures.map(\.measure) == ["روابط تجاری ایران و روسیه", "روابط تجاری ایران و روسیه"])
            #expect(figures.map { $0.period?.text } == ["سال گذشته", "9 ماهه امسال"])
        }
        // Unresolved (no date mention): the phrase is kept, the dates are null.
        #expect(Fixture.figures(text, .persian).first?.period?.range == nil)
    }

    @Test func arabicPeriodsFollowTheirFigure() {
        let text = "كما لفت إلى أن حجم التبادل التجاري بين روسيا وإيران ارتفع بنسبة 13% العام الماضي، وبنسبة 8% أخرى هذا العام."
        let dates = [
            Fixture.date("العام الماضي", in: text, from: "2024-01-01", to: "2024-12-31"),
            Fixture.date("هذا العام", in: text, from: "2025-01-01", to: "2025-12-31"),
        ]
        let figures = Fixture.figures(text, .arabic, dates: dates)
        #expect(figures.map(\.text) == ["13%", "8%"])
        #expect(figures.map(\.measure) == ["حجم التبادل التجاري", "حجم التبادل التجاري"])
        #expect(figures.map { $0.period?.text } == ["العام الماضي", "هذا العام"])
        #expect(figures.map { $0.period?.range?.start.year } == [2024, 2025])
    }

    @Test func aSharedDateServesEveryFigureOfItsSentence() {
        let text = "در سال ۲۰۲۳ صادرات ۵ درصد و واردات ۳ درصد رشد کرد."
        let dates = [Fixture.date("سال ۲۰۲۳", in: text, from: "2023-01-01", to: "2023-12-31")]
        let figures = Fixture.figures(text, .persian, dates: dates)
        #expect(figures.map { $0.period?.text } == ["سال ۲۰۲۳", "سال ۲۰۲۳"])
        #expect(figures.map(\.measure) == ["صادرات", "واردات"])
    }

    @Test func countMeasureIsTheCountedNoun() {
        let figures = Fixture.figures("انتظار می‌رود حداقل 60 تن در این حادثه کشته شده باشند.", .persian)
        #expect(figures.first?.value == 60)
        #expect(figures.first?.unit == "count")
        #expect(figures.first?.measure == "تن")
    }

    // MARK: - The seeds

    @Test(arguments: ["000", "001", "002"])
    func seedTradeFigures(prefix: String) {
        let figures = Fixture.analysis(ofSeed: prefix).figures.filter { $0.unit == "percent" }
        // 13% and 8% (002 states them twice: in the body and in its key points).
        let values = figures.map(\.value)
        #expect(values.prefix(2) == [13, 8])
        #expect(Set(values) == [13, 8])
        for figure in figures {
            #expect(figure.measure != nil, "\(figure.text) has a measure")
            #expect(figure.period != nil, "\(figure.text) has a period")
        }
    }

    // MARK: - Properties

    @Test func spansAreExactSlices() {
        for prefix in ["000", "001", "002", "003", "004"] {
            let text = Fixture.seed(prefix).text
            let scalars = ScalarText(text)
            for figure in Fixture.analysis(ofSeed: prefix).figures {
                #expect(scalars[figure.span] == figure.text)
                if let measure = figure.measure { #expect(text.contains(measure)) }
                if let period = figure.period, let span = period.span { #expect(scalars[span] == period.text) }
            }
        }
    }
}
