import KhabarCore
import KhabarTime
import Testing

/// Which mention dates the reported event, on reports written in the style of the wires: a
/// day the body recalls without anything pointing to it is background, not the event.
@Suite struct EventDaterTests {
    /// Dates `text` as published on `published` (ISO), in `language`.
    func dating(_ string: String, _ language: Language, published: String) -> EventDating? {
        let text = ScalarText(string)
        let day = CivilDate(iso: published)
        let mentions = DateExtractor().extract(from: text, language: language, reference: day)
        return EventDater().date(text: text, language: language, mentions: mentions, published: day)
    }

    /// Nothing points to the recalled day (not the lead, no event word, no weekday), or the
    /// sentence recalls the background: the report is dated by its publication day, without
    /// evidence, so the event stage dates it from others.
    @Test(arguments: [
        ("""
         أسرة الصحفي تطالب بلجنة تحقيق دولية مستقلة
         طالبت أسرة الصحفي المفقود بتشكيل لجنة دولية مستقلة ومحايدة للتحقيق في ملابسات اختفائه.
         وقالت الأسرة في بيان إنها تثق في القضاء لكنها تريد الحقيقة كاملة.
         وكان الصحفي قد دخل مبنى القنصلية في 2 أكتوبر ولم يخرج منه.
         """, Language.arabic, "2018-10-16"),
        // A sentence opening with وكان recalls what came before, though an event word and a
        // weekday point to its day: the parliament's session is not the storming.
        ("""
         محتجون يقتحمون مبنى المحافظة ويضرمون فيه النيران
         اقتحم محتجون مبنى المحافظة وأضرموا فيه النيران في اليوم الخامس للاحتجاجات على تردي الخدمات.
         وطالب المرجع الديني بتشكيل حكومة جديدة تختلف عن سابقتها.
         وكان البرلمان قد أعلن عقد جلسة طارئة السبت لمناقشة الوضع في المحافظة.
         """, Language.arabic, "2018-09-07"),
        ("""
         خانواده خبرنگار خواستار تشکیل کمیته حقیقت‌یاب شدند
         خانواده خبرنگار مفقود خواستار تشکیل یک کمیته بین‌المللی مستقل برای روشن شدن سرنوشت او شدند.
         آنها در بیانیه‌ای گفتند که به دستگاه قضایی اعتماد دارند اما حقیقت را می‌خواهند.
         این خبرنگار ۱۰ مهر وارد ساختمان کنسولگری شده بود و دیگر بیرون نیامد.
         """, Language.persian, "2018-10-16"),
    ])
    func aRecalledDayInTheBodyIsBackground(text: String, language: Language, published: String) throws {
        let found = try #require(dating(text, language, published: published))
        #expect(found.evidence == nil)
        #expect(found.range == DayRange(day: CivilDate(iso: published)!))
        #expect(found.tense == .unknown)
    }

    /// The same day in the body does date the event when an event word or a weekday points to it.
    @Test(arguments: [
        ("""
         وزراء الزراعة العرب يبحثون الأمن الغذائي
         بحث وزراء الزراعة العرب خطة مشتركة للأمن الغذائي وسبل تمويلها.
         وقال الأمين العام إن الخطة ستعرض على القادة العرب.
         وكان الاجتماع قد عقد في 12 أكتوبر بمقر الجامعة العربية.
         """, Language.arabic, "2018-10-16", "2018-10-12"),
        ("""
         وزرای کشاورزی کشورهای منطقه درباره امنیت غذایی گفت‌وگو کردند
         وزرای کشاورزی کشورهای منطقه درباره طرح مشترک امنیت غذایی و راه‌های تامین مالی آن گفت‌وگو کردند.
         دبیرکل این سازمان گفت این طرح به سران کشورها ارائه می‌شود.
         این نشست روز جمعه ۲۰ مهر در تهران برگزار شد.
         """, Language.persian, "2018-10-16", "2018-10-12"),
    ])
    func aDayThatIsPointedToDatesTheEvent(text: String, language: Language, published: String, day: String) throws {
        let found = try #require(dating(text, language, published: published))
        #expect(found.evidence != nil)
        #expect(found.range == DayRange(day: CivilDate(iso: day)!))
        #expect(found.tense == .happened)
    }

    /// The day of another event the report is placed against (بعد يوم من …, قبيل أيام من …,
    /// ردا على …) never dates it: the lead's own day does, or, without one, the publication day.
    @Test(arguments: [
        // The police station attack of Monday, not the church attacks of the day before.
        ("""
         تفجير انتحاري في مقر شرطة سورابايا بعد يوم من استهداف كنائس
         أعلنت الشرطة مقتل أربعة انتحاريين في هجوم على مقر الشرطة، بعد يوم من سلسلة تفجيرات استهدفت كنائس خلال قداس الأحد.
         وقع الهجوم في وقت مبكر الاثنين عند نقطة تفتيش أمام المقر.
         """, "2018-05-14", "2018-05-14", true),
        // The inauguration is the point the interview is placed against; the report has no day
        // of its own.
        ("""
         زيهوفر يعد خطة ترحيل صارمة
         قبيل أيام معدودة من تنصيب الحكومة الجديدة واختيار ميركل مستشارة لولاية رابعة (14 آذار/مارس 2018)، كشف وزير الداخلية المرتقب عن خطة للترحيل.
         وقال في مقابلة صحفية إنه سيجتمع بمسؤولي الوزارة فور تسلمه منصبه.
         """, "2018-03-11", "2018-03-11", false),
        // The strike answers the gas attack of a week before: that week is not the strike's.
        ("""
         انفجارات في العاصمة مع بدء عملية عسكرية
         سمع دوي انفجارات متتالية في العاصمة فجرا مع إعلان عملية عسكرية جارية ردا على تقارير عن هجوم بالغاز على بلدة قريبة قبل أسبوع.
         وقال مسؤولون إن العملية تستهدف مخازن للأسلحة.
         """, "2018-04-14", "2018-04-14", false),
    ])
    func aDayPlacedAgainstAnotherEventIsNotTheEvent(text: String, published: String, day: String, dated: Bool) throws {
        let found = try #require(dating(text, .arabic, published: published))
        #expect((found.evidence != nil) == dated)
        #expect(found.range == DayRange(day: CivilDate(iso: day)!))
    }

    /// يزور … الجمعة: an announcing verb before a name set off by two commas gives the weekday
    /// its tense, so the report is dated by the coming Friday, not the last one.
    @Test func aVerbBeforeAnAppositionAnnouncesTheDay() throws {
        let found = try #require(dating("""
            الرئيس السوداني إلى روسيا
            يزور الرئيس السوداني، عمر البشير، روسيا الجمعة، وفق ما نسبت وكالة روسية إلى مصدر حكومي.
            ولم يذكر المصدر ما إذا كان البشير سيلتقي نظيره الروسي.
            """, .arabic, published: "2018-07-12"))
        #expect(found.range == DayRange(day: CivilDate(iso: "2018-07-13")!))
        #expect(found.tense == .scheduled)
    }

    /// إمام الجمعة is the Friday prayer leader, not a day; أمام (in front of), spelt alike once
    /// folded, still leaves the day a date.
    @Test func theFridayImamIsNoDate() {
        let day = CivilDate(iso: "2018-05-08")
        let imam = DateExtractor().extract(
            from: ScalarText("وقال إمام الجمعة في طهران، كاظم صديقي، إن توقعات المرشد كانت صحيحة."),
            language: .arabic, reference: day)
        #expect(imam.isEmpty)
        let front = DateExtractor().extract(
            from: ScalarText("واحتشد المتظاهرون أمام البرلمان الجمعة للمطالبة بالإصلاح."), language: .arabic, reference: day)
        #expect(front.map(\.range) == [DayRange(day: CivilDate(iso: "2018-05-04")!)])
    }
}

