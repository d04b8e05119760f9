import KhabarCore
import KhabarText
import Testing
@testable import KhabarExtract

/// The rules and data added in issue 5's seventh round, on sentences written in the style of the
/// news the extractor reads (none is taken from an evaluation sample).
@Suite struct EntityRoundSevenTests {
    /// Given names compiled from Faker's lists (`firstnames-compiled.tsv`) start a name; the
    /// ordinary words the build left out do not.
    @Test(arguments: [
        ("وقال جوشوا هولت في رسالة إلى عائلته إنه بخير.", .arabic, [("جوشوا هولت", .person)], []),
        ("وصرحت فيدريكا موجيريني بأن الاتفاق ما زال قائما.", .arabic, [("فيدريكا موجيريني", .person)], []),
        ("مربی تیم گفت که جیمی بایلن از کار برکنار شد.", .persian, [("جیمی بایلن", .person)], []),
        ("در کنار زمین تماشاگران زیادی حضور داشتند.", .persian, [], ["کنار زمین"]),
        ("وجاء القرار بعد أن رضي الطرفان بالوساطة.", .arabic, [], ["رضي الطرفان"]),
    ] as [Fixture.MentionCase])
    func compiledGivenNames(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    @Test func compiledGivenNamesShip() {
        #expect(!ExtractLexicon.load("firstnames-compiled").isEmpty)
        // Read with the hand-written list: a name of either file is a given name.
        let jimmy = RollingHash.hash(MatchKey.key(of: "جیمی"))
        #expect(Cues.firstNamesPersian.contains(jimmy))
        // The hand list keeps its judgement: امیر stays a Persian given name though Arabic الأمير
        // is "the prince".
        #expect(Cues.firstNamesPersian.contains(RollingHash.hash(MatchKey.key(of: "امیر"))))
    }

    /// A gazetteer place whose name is a given name, followed by a surname, is a person; the
    /// second word of a two-word given name belongs to it, so the surname alone names them again.
    @Test(arguments: [
        ("أعلن الحزب أن رئيسه السابق صلاح الدين دميرتاش سيترشح للانتخابات، وقال دميرتاش إنه مستعد.", .arabic,
         [("صلاح الدين دميرتاش", .person), ("دميرتاش", .person)], ["صلاح الدين دميرتاش سيترشح"]),
        ("وصلت تعزيزات عسكرية إلى محافظة صلاح الدين شمال بغداد.", .arabic, [("صلاح الدين", .place)], []),
    ] as [Fixture.MentionCase])
    func givenNamePlaces(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// A surname that starts with بن names the person named in full with it.
    @Test func surnameWithBin() {
        let text = "استقبل رئيس الوزراء أحمد عبيد بن دغر الوفد في عدن. وقال بن دغر إن الحكومة ملتزمة بالسلام."
        let found = Fixture.mentions(text, .arabic).filter { $0.type == .person }
        #expect(found.map(\.text) == ["أحمد عبيد بن دغر", "بن دغر"])
        #expect(Set(found.map(\.id)).count == 1)
    }

    /// دولة before a country stays outside the place; دولة الاحتلال stays whole.
    @Test(arguments: [
        ("وقعت دولة الإمارات اتفاقية تعاون جديدة.", .arabic, [("الإمارات", .place)], ["دولة الإمارات"]),
        ("استقبلت دولة قطر الوفد الرسمي.", .arabic, [("قطر", .place)], ["دولة قطر"]),
    ] as [Fixture.MentionCase])
    func stateBeforeCountry(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// An Arabic body's name ends at a participle of allegiance.
    @Test(arguments: [
        ("أعلن حزب العمال الديمقراطي الموالي للحكومة مقاطعة الجلسة.", .arabic,
         [("حزب العمال الديمقراطي", .organization)], ["حزب العمال الديمقراطي الموالي"]),
    ] as [Fixture.MentionCase])
    func allegianceEndsBody(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// Occupations of sport and science read a name after them, past a modifier.
    @Test(arguments: [
        ("فاز الدراج الفرنسي جوليان ألافيليب بالمرحلة الثالثة.", .arabic, [("جوليان ألافيليب", .person)], []),
        ("كشف الصحافي البريطاني الشهير روبرت فيسك تفاصيل جديدة.", .arabic, [("روبرت فيسك", .person)], []),
    ] as [Fixture.MentionCase])
    func occupations(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// Persian clubs: a team or company with its city is one mention; a team marker and its sport
    /// before the name; an age group is no team.
    @Test(arguments: [
        ("استقلال تهران در دیدار هفته دوم به مصاف تراکتور رفت.", .persian, [("استقلال تهران", .organization)], ["تهران"]),
        ("مسئولان تیم بسکتبال لس آنجلس لیکرز سرمربی خود را برکنار کردند.", .persian,
         [("لس آنجلس لیکرز", .organization)], ["بسکتبال لس آنجلس لیکرز"]),
        ("اردوی تیم فوتبال بزرگسالان از فردا آغاز می‌شود و بازیکنان در لیگ حاضرند.", .persian, [], ["بزرگسالان"]),
    ] as [Fixture.MentionCase])
    func persianClubs(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// The IRGC's provincial corps and Islamic Azad University are organisations of their own.
    @Test(arguments: [
        ("فرمانده سپاه کربلا از برگزاری رزمایش در ساری خبر داد.", .persian, [("سپاه کربلا", .organization), ("ساری", .place)], []),
        ("این پژوهش در دانشگاه آزاد اسلامی واحد علوم و تحقیقات انجام شد.", .persian,
         [("دانشگاه آزاد اسلامی واحد علوم و تحقیقات", .organization)], []),
    ] as [Fixture.MentionCase])
    func persianBodies(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// Places added to the gazetteer as the Arabic news spells them.
    @Test(arguments: [
        ("وصل الوزير إلى دوشانبي في زيارة رسمية.", .arabic, [("دوشانبي", .place)], []),
        ("استهدفت الغارة مواقع شرق الفرات.", .arabic, [("الفرات", .place)], []),
        ("وقع الحادث في مدينة سالزبري جنوب إنجلترا.", .arabic, [("سالزبري", .place), ("إنجلترا", .place)], []),
        ("حاول بعضهم النيل من سمعة المؤسسة.", .arabic, [], ["النيل"]),
    ] as [Fixture.MentionCase])
    func places(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }
}
