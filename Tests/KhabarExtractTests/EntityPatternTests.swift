import KhabarCore
import KhabarText
import Testing
@testable import KhabarExtract

/// The rules of `EntityExtractor+Patterns.swift` (names read from titles, markers, given names and
/// the shape of a lead) on sentences written in the style of the news the extractor reads.
@Suite struct EntityPatternTests {
    /// `(text, language, expected (surface, type) mentions that must be found)`.
    typealias Case = (String, Language, [(String, EntityType)])

    static func check(_ text: String, _ language: Language, _ expected: [(String, EntityType)]) {
        let found = Fixture.mentions(text, language)
        for (surface, type) in expected {
            #expect(found.contains { $0.text == surface && $0.type == type }, "\(surface) (\(type.rawValue)) in \(found.map(\.text))")
        }
    }

    static func absent(_ text: String, _ language: Language, _ surfaces: [String]) {
        let found = Fixture.mentions(text, language)
        for surface in surfaces {
            #expect(!found.contains { $0.text == surface }, "\(surface) is not a mention: \(found.map(\.text))")
        }
    }

    // MARK: - Persian

    @Test(arguments: [
        // A team marker in a text about sport; the team's city ends its name.
        ("در این بازی تیم شاهین بوشهر مقابل حریف خود به پیروزی رسید و سرمربی تیم از بازیکنان و هواداران تشکر کرد.", .persian,
         [("شاهین بوشهر", .organization)]),
        // An organisation's name of two coordinated nouns, with the body it belongs to.
        ("رئیس کمیسیون برنامه و بودجه مجلس گفت: لایحه بودجه هفته آینده بررسی می‌شود.", .persian,
         [("کمیسیون برنامه و بودجه مجلس", .organization)]),
        // A province at the end of a directorate's name.
        ("به نقل از روابط عمومی اداره کل فرهنگ و ارشاد اسلامی استان یزد، این نمایشگاه فردا گشایش می‌یابد.", .persian,
         [("اداره کل فرهنگ و ارشاد اسلامی استان یزد", .organization)]),
        // A facility is named with its marker.
        ("دیدار دو تیم در ورزشگاه آزادی برگزار شد و تماشاگران زیادی به ورزشگاه آمدند.", .persian,
         [("ورزشگاه آزادی", .place)]),
        // A news lead opens with who speaks.
        ("کیومرث پوراحمد امروز در گفت‌وگو با خبرنگار فارس اظهار داشت: فیلم تازه‌ام آماده نمایش است.", .persian,
         [("کیومرث پوراحمد", .person)]),
        // A family name by its suffix.
        ("در این مسابقه قاسمی‌پور موفق شد حریف روس خود را شکست دهد.", .persian, [("قاسمی‌پور", .person)]),
        // A noun before a light verb leaves a name of several words (کار کند).
        ("مهاجمی که بتواند بهتر از مارکو روبرتی کار کند، هنوز پیدا نشده است.", .persian, [("مارکو روبرتی", .person)]),
        // A copula after a name leaves it whole.
        ("گزینه‌های اصلی باشگاه، مارکو روبرتی و لوکا فرانچی هستند.", .persian, [("مارکو روبرتی", .person), ("لوکا فرانچی", .person)]),
        // Quoted after an attribution cue: an outlet.
        ("به گزارش \"ورزش سه\"، تمرینات تیم از فردا آغاز می‌شود.", .persian, [("ورزش سه", .organization)]),
        // A club whose name is an ordinary word, in a text about sport.
        ("بازیکنان استقلال پس از تساوی در لیگ برتر فوتبال تمرین کردند و سرمربی تیم از داوری انتقاد کرد.", .persian,
         [("استقلال", .organization)]),
    ] as [Case])
    func persianNamesFromPatterns(text: String, language: Language, expected: [(String, EntityType)]) {
        Self.check(text, language, expected)
    }

    @Test func persianWordsThatAreNotNames() {
        // A club's name outside a text about sport is the ordinary word.
        #expect(!Fixture.mentions("مردم روز استقلال را جشن گرفتند و از آزادی کشور سخن گفتند.", .persian).contains { $0.type == .organization })
        // A team marker before a frequent word, and a title before a verb, name nothing.
        Self.absent("تیم داوری این مسابقه در نیمه دوم دچار اشتباه شد و هواداران به بازیکنان و تیم اعتراض کردند.", .persian, ["داوری", "داوری این"])
        // Ordinary words that are also given names (جان "life", امید "hope").
        #expect(!Fixture.mentions("در این حادثه دو نفر جان خود را از دست دادند و امید مردم به امدادرسانی است.", .persian).contains { $0.type == .person })
        // امامزاده (a shrine) is formed like a family name.
        Self.absent("زائران در امامزاده صالح نماز خواندند.", .persian, ["امامزاده"])
        // After ه a fused ی makes an adjective (دانشگاهی), not دانشگاه with the ezafe.
        #expect(!Fixture.mentions("استادان دانشگاهی در این همایش شرکت کردند.", .persian).contains { $0.type == .organization })
        // چون "as, because" folds like the name جون; a name of two words stops at a frequent word.
        #expect(!Fixture.mentions("شهرداری‌ها چون وحدت رویه ندارند، بخشنامه‌ها را اجرا نمی‌کنند.", .persian).contains { $0.type == .person })
        #expect(Fixture.mentions("سردار شهید رئیسعلی دلواری هدف از این قیام را آزادی دانست.", .persian).contains { $0.text == "رئیسعلی دلواری" })
        // The ezafe written apart after ه still joins a name.
        #expect(Fixture.mentions("سیاست روسیه‌ی امروز", .persian).first?.id == "Q159")
    }

    // MARK: - Arabic

    @Test(arguments: [
        // A definite occupation, an adjective of nationality, then a name of two words.
        ("وقال الصحافي الهندي راجيف مالهوترا إن الحكومة تأخرت في الرد.", .arabic, [("راجيف مالهوترا", .person)]),
        // A spokesperson's body (definite words), then the name; the body is read on its own.
        ("وقال المتحدث باسم الجيش المصري العقيد أحمد المنسي إن العملية مستمرة.", .arabic,
         [("الجيش المصري", .organization), ("أحمد المنسي", .person)]),
        ("وقال المتحدث باسم الحكومة اليابانية تاكيشي موري للصحفيين إن", .arabic, [("تاكيشي موري", .person)]),
        // Two coordinated nouns after a party marker; a complement with لل after a council.
        ("أعلن حزب الحرية والعدالة مقاطعة الانتخابات.", .arabic, [("حزب الحرية والعدالة", .organization)]),
        ("وأصدر المجلس الأعلى للإعلام بيانا.", .arabic, [("المجلس الأعلى للإعلام", .organization)]),
        // The genitive of an indefinite noun.
        ("وقال عضو هيئة كبار العلماء في بيان", .arabic, [("هيئة كبار العلماء", .organization)]),
        // A national team; "for the second time" is no part of it.
        ("وفاز منتخب روسيا للمرة الثانية على ضيفه.", .arabic, [("منتخب روسيا", .organization)]),
        // A quoted newspaper after an attribution cue.
        ("وذكرت صحيفة \"الصباح\" أن الوزير استقال.", .arabic, [("الصباح", .organization)]),
        // A facility before an unknown name keeps its marker; before a known city it names the city.
        ("وأقيمت المباراة على ملعب الجوهرة المشعة في جدة.", .arabic, [("ملعب الجوهرة المشعة", .place)]),
        ("وهبطت الطائرة في مطار بغداد الدولي.", .arabic, [("بغداد", .place)]),
        // A classifier stays outside the name.
        ("تبنى تنظيم القاعدة الهجوم.", .arabic, [("القاعدة", .organization)]),
        // A staff rank (العميد الركن, العقيد ركن) is one title; ركن is no part of the name.
        ("وأعلنت المقاومة بقيادة العميد ركن سالم الحارثي تقدمها نحو المدينة.", .arabic, [("سالم الحارثي", .person)]),
        ("وقال قائد اللواء الثالث العميد الركن ناصر العوبلي إن قواته سيطرت على الطريق.", .arabic, [("ناصر العوبلي", .person)]),
    ] as [Case])
    func arabicNamesFromPatterns(text: String, language: Language, expected: [(String, EntityType)]) {
        Self.check(text, language, expected)
    }

    @Test func arabicNameBoundaries() {
        // A name ends before a preposition fused to a verbal noun, and before و + another name.
        let scorers = Fixture.mentions("وتمكن المدافع عدنان فلاتة بتسجيل الهدف الثاني، فيما غاب أحمد فتحي وعبدالله السعيد.", .arabic)
            .filter { $0.type == .person }.map(\.text)
        #expect(scorers == ["عدنان فلاتة", "أحمد فتحي", "عبدالله السعيد"])
        // A verb after a name ends it; the surname of a person named in full is that person.
        let abbas = Fixture.mentions("التقى الرئيس الفلسطيني محمود عباس الوفد. ودخل عباس المستشفى صباح الأحد.", .arabic)
            .filter { $0.type == .person }
        #expect(abbas.map(\.id) == ["kh:person/mahmoud-abbas", "kh:person/mahmoud-abbas"])
        // يحيي ("performs") is not the name يحيى.
        #expect(!Fixture.mentions("يحيي المطرب حفلا غنائيا في دبي.", .arabic).contains { $0.type == .person })
        // "الداعية" is also "calling for": no name follows it here.
        #expect(!Fixture.mentions("تزايدت الأصوات الداعية لرحيل الحكومة.", .arabic).contains { $0.type == .person })
        // "أجرى الرئيس الروسي محادثات": one unknown word after an office is its object.
        #expect(!Fixture.mentions("وأجرى الرئيس الروسي محادثات مطولة مع ضيفه.", .arabic).contains { $0.text == "محادثات" })
        // بن links to a father's name and counts as no word; a name does not end with it or with عبد.
        let hamad = Fixture.mentions("وقال إن حمد بن جاسم بن جبر التقى محمد بن عبد الله في الدوحة.", .arabic).filter { $0.type == .person }
        #expect(hamad.map(\.text) == ["حمد بن جاسم بن جبر", "محمد بن عبد الله"])
        // Nouns in the accusative (tanween fath) are no part of a name, wherever they start.
        let singer = Fixture.mentions("وأحيت الفنانة نوال الكويتية حفلاً غنائياً في دبي.", .arabic).filter { $0.type == .person }
        #expect(singer.map(\.text) == ["نوال الكويتية"])
        // وعلى is "and on", not و + علي; a stop word that folds like a given name (تامر aside) is none.
        #expect(!Fixture.mentions("وعلى الإدارة أن تقدم حلولا، وعلى الرغم من ذلك لم تفعل.", .arabic).contains { $0.type == .person })
        #expect(Fixture.mentions("فيما وجه تامر حسني رسالة إلى جمهوره.", .arabic).contains { $0.text == "تامر حسني" })
    }

    @Test func arabicAdjectivesAreNotNames() {
        // سورية after an indefinite noun is "Syrian"; after a preposition it is Syria.
        #expect(!Fixture.mentions("استخدمت أسلحة في هجوم على مدينة سورية محاصرة.", .arabic).contains { $0.id == "Q858" })
        #expect(Fixture.mentions("وقعت اشتباكات في سورية أمس.", .arabic).contains { $0.id == "Q858" })
        // الحوثي after a definite noun is "Houthi"; after an indefinite one it names the group.
        #expect(!Fixture.mentions("أسفر القصف الحوثي عن سقوط قتلى.", .arabic).contains { $0.id == "kh:org/houthis" })
        #expect(Fixture.mentions("أعلنت ميليشيا الحوثي مسؤوليتها.", .arabic).contains { $0.id == "kh:org/houthis" })
        // An indefinite adjective after a marker: a Czech court, a military base.
        #expect(!Fixture.mentions("أطلقت محكمة تشيكية سراحه.", .arabic).contains { $0.type == .organization })
        #expect(!Fixture.mentions("انفجرت طائرة في قاعدة عسكرية بلجيكية.", .arabic).contains { $0.type == .place && $0.text.hasPrefix("قاعدة") })
    }

    // MARK: - Sport

    @Test func clubsWinOverTheirCitiesInATextAboutSport() {
        let sport = Fixture.mentions("در این بازی میلان با دو گل مقابل حریف به پیروزی رسید و سرمربی تیم از بازیکنان و هواداران تشکر کرد.", .persian)
        #expect(sport.contains { $0.text == "میلان" && $0.id == "kh:org/ac-milan" })
        let city = Fixture.mentions("نمایشگاه بین‌المللی مد در میلان گشایش یافت.", .persian)
        #expect(!city.contains { $0.id == "kh:org/ac-milan" })
    }
}
