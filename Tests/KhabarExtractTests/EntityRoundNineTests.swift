import KhabarCore
import KhabarText
import Testing
@testable import KhabarExtract

/// The rules and data added in issue 5's ninth round, on sentences written in the style of the
/// news the extractor reads (none is taken from an evaluation sample).
@Suite struct EntityRoundNineTests {
    /// A Persian name read after a given name ends at a negated verb, at a frequent word after a
    /// family name of relation (not at a second part of the surname), and in a sports line-up at
    /// the next player's given name.
    @Test(arguments: [
        ("در این دیدار تیم ملی بسکتبال حامد حدادی نداشت و باخت.", .persian, [("حامد حدادی", .person)], ["حامد حدادی نداشت"]),
        ("کارت زرد: رضا علیاری دقیقه ۶۵ و مهدی رحمتی دقیقه ۸۰", .persian, [("رضا علیاری", .person)], ["رضا علیاری دقیقه"]),
        ("قرارداد سینا هاشمی فرد با باشگاه تمدید شد.", .persian, [("سینا هاشمی فرد", .person)], []),
        ("در این میان آنتونیو کونته علاقه زیادی به جذب این بازیکن دارد.", .persian, [("آنتونیو کونته", .person)], ["آنتونیو کونته علاقه"]),
        ("ترکیب تیم در بازی لیگ برتر فوتبال: علی دشتی رضا اسدی ایوب والی؛ سرمربی تیم پس از بازی به داور اعتراض کرد.", .persian,
         [("علی دشتی", .person), ("رضا اسدی", .person)], ["علی دشتی رضا اسدی"]),
    ] as [Fixture.MentionCase])
    func persianNameBoundaries(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// Military ranks are forms of address; کاملا "completely" and پول "money" are no given names.
    @Test(arguments: [
        ("سرهنگ اسرافیل جعفری فرمانده انتظامی شهرستان گفت که باند قاچاق متلاشی شد.", .persian, [("اسرافیل جعفری", .person)], []),
        ("این موضوع کاملا طبیعی است و پول مالیات را باشگاه می‌پردازد.", .persian, [], ["کاملا طبیعی", "پول مالیات"]),
    ] as [Fixture.MentionCase])
    func ranksAndOrdinaryWords(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// Clubs and nicknames of the ninth round's gazetteer additions, in a text about sport.
    @Test(arguments: [
        ("در هفته هفتم لیگ برتر، ساندرلند در بازی خانگی مقابل کریستال پالاس به برتری رسید و هواداران گل‌های تیم را جشن گرفتند.", .persian,
         [("ساندرلند", .organization), ("کریستال پالاس", .organization)], []),
        ("شیاطین سرخ در بازی لیگ با دو گل برنده شدند و مربی تیم از بازیکنان تشکر کرد.", .persian, [("شیاطین سرخ", .organization)], []),
        ("مس کرمان در بازی هفته دوم لیگ یک مقابل راه آهن به گل رسید و تیم سه امتیاز گرفت.", .persian,
         [("مس کرمان", .organization)], ["کرمان"]),
        // After این a sports name is its ordinary word: "this phenomenon", not Padideh.
        ("مربی تیم گفت این پدیده در لیگ و فوتبال ما تازه نیست و بازیکنان باید تمرین کنند.", .persian, [], ["پدیده"]),
        // A team's country is a mention of its own.
        ("هافبک تیم ملی قرار بود به تیم وولفسبورگ آلمان بپیوندد اما در لیگ ماند و برای باشگاه گل زد.", .persian,
         [("وولفسبورگ", .organization), ("آلمان", .place)], ["وولفسبورگ آلمان"]),
    ] as [Fixture.MentionCase])
    func clubs(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// Persian bodies: councils, units and secretariats are markers; a body's name takes a city
    /// district with its number, a festival's name and a town after شهرستان; a negated verb ends it.
    @Test(arguments: [
        ("معاون شهرداری منطقه ۶ تهران از طرح جدید خبر داد.", .persian, [("شهرداری منطقه ۶ تهران", .organization)], []),
        ("یگان حفاظت منطقه 12 در این عملیات شرکت داشت.", .persian, [("یگان حفاظت منطقه 12", .organization)], []),
        ("اعضای شورای سیاستگذاری سی و ششمین جشنواره فیلم فجر معرفی شدند.", .persian,
         [("شورای سیاستگذاری سی و ششمین جشنواره فیلم فجر", .organization)], []),
        ("در جلسه شورای اداری شهرستان شهرضا از مدیران تقدیر شد.", .persian, [("شورای اداری شهرستان شهرضا", .organization)], []),
        ("اعضای شورای اسلامی ندارند اختیار لازم را.", .persian, [], ["شورای اسلامی ندارند"]),
        ("کارگاه آموزشی ویژه زوج‌های شرکت کننده برگزار شد.", .persian, [], ["شرکت کننده"]),
        ("رئیس اداره پست بانک استان گفت که پست بانک خدمات تازه دارد.", .persian, [("پست بانک", .organization)], []),
    ] as [Fixture.MentionCase])
    func persianBodies(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// In Persian sports news a surname alone that opens its clause before a verb of saying is a
    /// person, and names the person again elsewhere; an adverb there is none.
    @Test(arguments: [
        ("در نشست خبری پیش از بازی لیگ، پوگبا گفت: ما برای برد به زمین می‌رویم. هواداران از پوگبا حمایت کردند و تیم تمرین کرد.", .persian,
         [("پوگبا", .person)], []),
        ("پس از بازی لیگ و تمرین تیم، شخصا گفت که داوری بد بود و باشگاه شکایت می‌کند.", .persian, [], ["شخصا"]),
    ] as [Fixture.MentionCase])
    func speakerAlone(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// An Arabic name counts عبد or أبو and the next word as one word, so its family name stays
    /// and names the person again.
    @Test func arabicCompoundGivenNames() {
        let text = "وصل الدكتور عبد الرحمن محمد القططي إلى المستشفى. وكان القططي يعمل مسعفا."
        let found = Fixture.mentions(text, .arabic).filter { $0.type == .person }
        #expect(found.map(\.text) == ["عبد الرحمن محمد القططي", "القططي"])
        #expect(Set(found.map(\.id)).count == 1)
    }
}
