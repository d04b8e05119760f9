import KhabarCore
import Testing
@testable import KhabarTime

/// The forms and rules added with the third blind set (Guides/Time.md, Evaluation): windows ahead,
/// "in N units", days counted in a period, halves of a month, the new year, "on this day", open
/// ranges after از and منذ, the tense read from the shape of Arabic verbs, the past reading of
/// Arabic dates without a tense cue, the document's calendar frame and UTC weekday glosses. The
/// sentences are written for these tests in the style of the news the sets were drawn from.
@Suite struct DateTenseAndFrameTests {
    // MARK: - Windows ahead and "in N units"

    @Test(arguments: [
        PatternCase("بارش‌ها طی سه روز آینده ادامه دارد.", .persian, ref: "2025-01-14",
                    "سه روز آینده", "2025-01-14", "2025-01-16", .day),
        PatternCase("در ۴۸ ساعت آینده هوای پایتخت آلوده است.", .persian, ref: "2025-01-14",
                    "۴۸ ساعت آینده", "2025-01-14", "2025-01-16", .day),
        PatternCase("ويتوقع أن يتراجع التضخم خلال الأشهر الستة المقبلة.", .arabic, ref: "2025-01-14",
                    "الأشهر الستة المقبلة", "2025-01-14", "2025-07-13", .month),
        PatternCase("وستتواصل المفاوضات خلال الأسبوعين المقبلين.", .arabic, ref: "2025-01-14",
                    "الأسبوعين المقبلين", "2025-01-14", "2025-01-27", .week),
        PatternCase("Talks will continue over the next two weeks.", .english, ref: "2025-01-14",
                    "next two weeks", "2025-01-14", "2025-01-27", .week),
        PatternCase("این پالایشگاه سه سال دیگر به بهره‌برداری می‌رسد.", .persian, ref: "2024-11-20",
                    "سه سال دیگر", "2027-03-21", "2028-03-19", .year, .persian),
        PatternCase("مسابقه برگشت ۱۲ روز دیگر برگزار خواهد شد.", .persian, ref: "2024-11-20",
                    "۱۲ روز دیگر", "2024-12-02", nil, .day),
    ])
    func ahead(_ c: PatternCase) { c.check() }

    /// "N more units" with a verb that announces nothing is a duration.
    @Test(arguments: [
        ("او دو سال دیگر با این باشگاه قرارداد دارد.", Language.persian),
        ("قرارداد او سه سال دیگر تمدید شد.", .persian),
    ])
    func moreUnitsAsDuration(text: String, language: Language) {
        expectNoDates(text, language, reference: "2024-11-20")
    }

    // MARK: - Days of a period, halves, the new year, this day of another year

    @Test(arguments: [
        PatternCase("جشنواره در نخستین روز دهه فجر آغاز شد.", .persian, ref: "2025-02-05",
                    "نخستین روز دهه فجر", "2025-01-31", nil, .day, .persian),
        PatternCase("ادارات در آخرین روز سال تعطیل هستند.", .persian, ref: "2025-03-01",
                    "آخرین روز سال", "2025-03-20", nil, .day, .persian),
        PatternCase("تبدأ العطلة في ثاني أيام عيد الفطر.", .arabic, ref: "2025-03-20",
                    "ثاني أيام عيد الفطر", "2025-03-31", nil, .day, .islamic),
        PatternCase("وصادف اليوم الأول من شهر رمضان يوم السبت.", .arabic, ref: "2025-03-05",
                    "اليوم الأول من شهر رمضان", "2025-03-01", nil, .day, .islamic),
        PatternCase("ثبت‌نام در نیمه دوم خرداد انجام می‌شود.", .persian, ref: "2024-05-01",
                    "نیمه دوم خرداد", "2024-06-05", "2024-06-20", .day, .persian),
        PatternCase("وتجري الانتخابات في النصف الأول من مارس.", .arabic, ref: "2025-01-14",
                    "النصف الأول من مارس", "2025-03-01", "2025-03-15", .day, .gregorian),
        PatternCase("بودجه سال جدید هفته آینده بررسی می‌شود.", .persian, ref: "2025-03-05",
                    "سال جدید", "2025-03-21", "2026-03-20", .year, .persian),
        PatternCase("برنامه‌های سال جدید اعلام شد.", .persian, ref: "2025-04-05",
                    "سال جدید", "2025-03-21", "2026-03-20", .year, .persian),
        PatternCase("تدخل الزيادة حيز التنفيذ مع مطلع العام الجديد.", .arabic, ref: "2024-12-31",
                    "مطلع العام الجديد", "2025-01-01", "2025-01-31", .month, .gregorian),
        PatternCase("في مثل هذا اليوم من العام الماضي اندلعت الحرب.", .arabic, ref: "2024-10-07",
                    "مثل هذا اليوم من العام الماضي", "2023-10-07", nil, .day, .gregorian),
        PatternCase("در چنین روزی در سال ۱۳۵۷ انقلاب پیروز شد.", .persian, ref: "2025-02-10",
                    "چنین روزی در سال ۱۳۵۷", "1979-02-11", nil, .day, .persian),
        PatternCase("يستضيف الأردن اجتماعا وزاريا الخميس.", .arabic, ref: "2025-01-14",
                    "الخميس", "2025-01-16", nil, .day),
    ])
    func periods(_ c: PatternCase) { c.check() }

    @Test(arguments: [
        PatternCase("في 12 سبتمبر من عام 1976 وقع الحادث، وفي نفس اليوم من عام 1980 وقع انقلاب.", .arabic, ref: "2018-09-30",
                    "نفس اليوم من عام 1980", "1980-09-12", nil, .day, .gregorian),
        PatternCase("این موقوفه در سال 454 هـ.ق وقف شده است.", .persian, ref: "2015-05-01",
                    "سال 454 هـ.ق", "1062-01-21", "1063-01-09", .year, .islamic),
        PatternCase("إنها المرة الأولى منذ 15 عاما التي يلتقي فيها الطرفان.", .arabic, ref: "2018-05-16",
                    "منذ 15 عاما", "2003-01-01", "2003-12-31", .year, .gregorian),
        PatternCase("وقتل الصحفي قبل 20 يوما في المدينة.", .arabic, ref: "2018-05-16",
                    "قبل 20 يوما", "2018-04-26", nil, .day),
        PatternCase("وتراجع الدولار على مدى العام المنقضي.", .arabic, ref: "2018-03-20",
                    "العام المنقضي", "2017-01-01", "2017-12-31", .year, .gregorian),
        PatternCase("خرجت الودائع خلال الفترة ما بين يونيو وحتى ديسمبر من العام الماضي.", .arabic, ref: "2018-06-10",
                    "بين يونيو وحتى ديسمبر من العام الماضي", "2017-06-01", "2017-12-31", .month, .gregorian),
        PatternCase("تصادف‌ها در هفت ماه ابتدای سال ۹ درصد رشد داشته است.", .persian, ref: "2008-10-20",
                    "هفت ماه ابتدای سال", "2008-03-20", "2008-10-21", .month, .persian),
        PatternCase("مدیرعامل سازمان که هفته گذشته از دنیا رفت تشییع شد.", .persian, ref: "2008-10-20",
                    "هفته گذشته", "2008-10-11", "2008-10-17", .week),
    ])
    func moreForms(_ c: PatternCase) { c.check() }

    // MARK: - Open ranges

    @Test(arguments: [
        PatternCase("سجل الذهب أدنى مستوى له منذ 12 ديسمبر.", .arabic, ref: "2018-07-16",
                    "منذ 12 ديسمبر", "2017-12-12", nil, .day, .gregorian, open: true),
        PatternCase("وتتوقف الصادرات بدءا من نوفمبر.", .arabic, ref: "2018-06-27",
                    "بدءا من نوفمبر", "2018-11-01", nil, .month, .gregorian, open: true),
        PatternCase("این تیم از سال گذشته رقابت‌ها را آغاز کرده است.", .persian, ref: "2018-10-01",
                    "از سال گذشته", "2017-03-21", nil, .year, .persian, open: true),
        PatternCase("این تیم امسال بهتر از سال گذشته بازی می‌کند.", .persian, ref: "2018-10-01",
                    "سال گذشته", "2017-03-21", "2018-03-20", .year, .persian),
        PatternCase("با گذشت هفت ماه از سال جاری", .persian, ref: "2018-10-01",
                    "سال جاری", "2018-03-21", "2019-03-20", .year, .persian),
    ])
    func openRanges(_ c: PatternCase) { c.check() }

    // MARK: - Tense from the shape of Arabic verbs

    @Test(arguments: [
        // A perfect of a derived form before the weekday: the past one.
        PatternCase("احتفل المسلمون الأحد بذكرى المولد الذي يوافق الثاني عشر من ربيع الأول.", .arabic, ref: "2024-09-16",
                    "الأحد", "2024-09-15", nil, .day),
        PatternCase("واجتمعت اللجنة السبت في مقرها.", .arabic, ref: "2025-01-14",
                    "السبت", "2025-01-11", nil, .day),
        // A present verb before the weekday announces it; كان before it makes it past.
        PatternCase("يشهد الفندق الفاخر الثلاثاء قمة تاريخية.", .arabic, ref: "2018-06-11",
                    "الثلاثاء", "2018-06-12", nil, .day),
        PatternCase("وفي الوقت الذي كان يعرض فيه الفيلم مساء الثلاثاء تذمر الصحافيون.", .arabic, ref: "2018-05-09",
                    "الثلاثاء", "2018-05-08", nil, .day),
        // A reported clause after the weekday does not give its tense.
        PatternCase("وأخبر ترامب الصحفيين الجمعة أنه يرحب بالبيان.", .arabic, ref: "2018-05-27",
                    "الجمعة", "2018-05-25", nil, .day),
        // يعود … إلى dates something back.
        PatternCase("ويعود آخر لقاء بين الرئيسين إلى تشرين الثاني في فيتنام.", .arabic, ref: "2018-06-10",
                    "تشرين الثاني", "2017-11-01", "2017-11-30", .month, .gregorian),
        // لن announces; after يتم a perfect-looking word (بحث) is a verbal noun.
        PatternCase("لن يتم بحث مسألة توسيع الاتحاد الخميس.", .arabic, ref: "2018-05-16",
                    "الخميس", "2018-05-17", nil, .day),
        // Without a tense cue, an Arabic month without its year more than two months ahead is the past one.
        PatternCase("وفي 5 حزيران/يونيو قطعت الدول الأربع علاقاتها مع قطر.", .arabic, ref: "2018-03-13",
                    "5 حزيران/يونيو", "2017-06-05", nil, .day, .gregorian),
        PatternCase("وتجري الانتخابات التشريعية في نوفمبر.", .arabic, ref: "2018-09-06",
                    "نوفمبر", "2018-11-01", "2018-11-30", .month, .gregorian),
    ])
    func arabicTense(_ c: PatternCase) { c.check() }

    // MARK: - Calendar frames and time zones

    /// A Persian wire story whose dates are all Gregorian counts its relative years in Gregorian.
    @Test func documentFrame() {
        let text = "مسکو – ولادیمیر پوتین ۱۵ ژانویه ۲۰۲۵ گفت روابط گسترش می‌یابد. وی افزود حجم تجارت سال گذشته ۲۰ درصد رشد کرد."
        let mentions = DateExtractor().extract(from: ScalarText(text), language: .persian, reference: CivilDate(iso: "2025-01-16"))
        let lastYear = mentions.first { $0.text == "سال گذشته" }
        #expect(lastYear?.range.start.iso == "2024-01-01")
        #expect(lastYear?.range.end?.iso == "2024-12-31")
        #expect(lastYear?.calendar == .gregorian)
        // A Solar Hijri date in the text keeps the Solar Hijri frame.
        let domestic = "پوتین ۲۶ دی گفت روابط گسترش می‌یابد. وی افزود حجم تجارت سال گذشته ۲۰ درصد رشد کرد."
        let other = DateExtractor().extract(from: ScalarText(domestic), language: .persian, reference: CivilDate(iso: "2025-01-16"))
        #expect(other.first { $0.text == "سال گذشته" }?.range.start.iso == "2023-03-21")
    }

    /// A historical Hijri year does not make an Arabic document count its years in Hijri.
    @Test func historicalYearKeepsTheFrame() {
        let text = "تراجع الدولار على مدى العام الماضي. وتوفي الشاعر سنة 911 للهجرة."
        let mentions = DateExtractor().extract(from: ScalarText(text), language: .arabic, reference: CivilDate(iso: "2018-09-29"))
        #expect(mentions.first?.range.start.iso == "2017-01-01")
        let dated = "تراجع الدولار على مدى العام الماضي. وصدر القرار في 5 محرم 1440 هـ."
        let hijri = DateExtractor().extract(from: ScalarText(dated), language: .arabic, reference: CivilDate(iso: "2018-09-29"))
        #expect(hijri.first?.range.start.iso == "2017-09-21")
    }

    /// A local weekday glossed with its UTC weekday is the day after that one.
    @Test func utcWeekday() {
        let text = "قتل ثلاثة أشخاص فجر الأحد بالتوقيت المحلي (22:00 بتوقيت غرينتش السبت) في غارة."
        let mentions = DateExtractor().extract(from: ScalarText(text), language: .arabic, reference: CivilDate(iso: "2024-11-30"))
        #expect(mentions.map(\.range.start.iso) == ["2024-12-01", "2024-11-30"], "\(mentions.map(\.text))")
    }

    // MARK: - Not dates

    @Test(arguments: [
        ("به گزارش خبرنگار خبرگزاری فارس در دوشنبه، رزمایش مشترک برگزار شد.", Language.persian),
        ("این هفته نامه در گزارش خود آورده است.", .persian),
        ("آخرین روز سال تحصیلی اعلام شد.", .persian),
        ("السعة: 2000 متفرج.", .arabic),
    ])
    func notDates(text: String, language: Language) {
        let mentions = DateExtractor().extract(from: ScalarText(text), language: language, reference: CivilDate(iso: "2019-04-29"))
        #expect(mentions.isEmpty, "\(mentions.map(\.text))")
    }

    /// A year after a label and a colon (an information box) is a date.
    @Test func labelledYear() {
        let mentions = DateExtractor().extract(
            from: ScalarText("الافتتاح: 1956 - أعيد افتتاحه بعد التطوير."), language: .arabic, reference: CivilDate(iso: "2018-06-08"))
        #expect(mentions.map(\.text) == ["1956"])
    }

    /// The shape rules of Arabic verbs, word by word.
    @Test(arguments: [
        ("احتفل", true), ("اجتمعت", true), ("انطلقوا", true), ("استقبل", true), ("واختتم", true), ("توصلت", true),
        ("اصطدم", true), ("احتفال", false), ("استقبال", false), ("الترك", false), ("استاد", false), ("اكتوبر", false),
        ("تحركات", false), ("تونس", false),
    ])
    func arabicPerfectShape(word: String, perfect: Bool) {
        #expect(ClauseTense.isArabicDerivedPerfect(ArraySlice(Array(word.unicodeScalars))) == perfect)
    }

    @Test(arguments: [
        ("يستضيف", true), ("يشهد", true), ("ويسعى", true), ("ليفربول", false), ("فيسبوك", false), ("يوم", false), ("يونيو", false),
        ("يأتي", false), ("يوسف", false), ("يد", false),
    ])
    func arabicImperfectShape(word: String, imperfect: Bool) {
        #expect(ClauseTense.isArabicImperfect(ArraySlice(Array(word.unicodeScalars))) == imperfect)
    }
}
