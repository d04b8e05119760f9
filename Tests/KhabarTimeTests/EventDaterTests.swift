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

    /// Nothing points to the recalled day (not the lead, no event word, no weekday): the report
    /// is dated by its publication day, without evidence, so the event stage dates it from others.
    @Test(arguments: [
        ("""
         أسرة الصحفي تطالب بلجنة تحقيق دولية مستقلة
         طالبت أسرة الصحفي المفقود بتشكيل لجنة دولية مستقلة ومحايدة للتحقيق في ملابسات اختفائه.
         وقالت الأسرة في بيان إنها تثق في القضاء لكنها تريد الحقيقة كاملة.
         وكان الصحفي قد دخل مبنى القنصلية في 2 أكتوبر ولم يخرج منه.
         """, Language.arabic, "2018-10-16"),
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
}
