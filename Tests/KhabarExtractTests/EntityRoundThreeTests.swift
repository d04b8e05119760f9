import KhabarCore
import KhabarText
import Testing
@testable import KhabarExtract

/// The rules added in issue 5's third round, on sentences written in the style of the news the
/// extractor reads (none is taken from an evaluation sample).
@Suite struct EntityRoundThreeTests {
    /// A form of address or rank that a person's alias starts with, and a province marker that a
    /// place's alias starts with, stay outside the span.
    @Test(arguments: [
        ("مراسم سالگرد شهادت سردار سلیمانی امروز در کرمان برگزار شد.", .persian,
         [("سلیمانی", .person), ("کرمان", .place)], ["سردار سلیمانی"]),
        ("سخنران مراسم از حاج قاسم سلیمانی به نیکی یاد کرد.", .persian, [("قاسم سلیمانی", .person)], ["حاج قاسم سلیمانی"]),
        ("در مراسم بزرگداشت شهید حاج قاسم سلیمانی سخنرانی کرد.", .persian, [("قاسم سلیمانی", .person)], ["حاج"]),
        ("علی حاج کاظم امروز در گفت‌وگو با خبرنگار فارس در کرج اظهار داشت که طرح اجرا می‌شود.", .persian,
         [("علی حاج کاظم", .person)], ["کاظم"]),
        ("قتل خمسة من عناصر الحوثي في محافظة البيضاء وسط اليمن.", .arabic,
         [("البيضاء", .place), ("اليمن", .place)], ["محافظة البيضاء"]),
        ("وصلت تعزيزات جديدة إلى محافظة عمران شمال صنعاء.", .arabic, [("عمران", .place)], ["محافظة عمران"]),
    ] as [Fixture.MentionCase])
    func classifiersStayOutside(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// An Arabic country name spelled like a feminine adjective is the adjective only when it
    /// agrees in definiteness with the noun before it.
    @Test(arguments: [
        ("أعلنت السعودية أنها ستستضيف القمة المقبلة.", .arabic, [("السعودية", .place)], []),
        ("تتواصل الحرب التي تقودها السعودية منذ سنوات.", .arabic, [("السعودية", .place)], []),
        ("تعمل القوات بقيادة السعودية على تأمين الساحل.", .arabic, [("السعودية", .place)], []),
        ("وقالت القوات السعودية إنها اعترضت صاروخا.", .arabic, [], ["السعودية"]),
        ("وأكدت والقوات السعودية والإماراتية جاهزيتها.", .arabic, [], ["السعودية"]),
        ("سقطت قذيفة على مدينة سورية قرب الحدود.", .arabic, [], ["سورية"]),
    ] as [Fixture.MentionCase])
    func adjectiveAgreesInDefiniteness(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// After a Persian given name a word of a surname's shape before a light verb stays in the
    /// name; a frequent word there is the verb's noun.
    @Test(arguments: [
        ("تنها گل این دیدار را مهدی رضایی زد و تیمش برنده شد.", .persian, [("مهدی رضایی", .person)], []),
        ("پس از گل دوم، رضا اعلام کرد که از تیم جدا می‌شود.", .persian, [], ["رضا اعلام"]),
        ("در تمرین امروز حسین بازی کرد و مربی راضی بود.", .persian, [], ["حسین بازی"]),
    ] as [Fixture.MentionCase])
    func givenNameBeforeLightVerb(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// Outlets: a marker written twice is taken once; a name in brackets after a newspaper or
    /// channel marker; a verbal noun after a network marker is no name.
    @Test(arguments: [
        ("به گزارش خبرگزاری خبرگزاری فارس از تبریز، این همایش فردا برگزار می‌شود.", .persian,
         [("خبرگزاری فارس", .organization)], ["خبرگزاری خبرگزاری فارس"]),
        ("به نوشته روزنامه (همدلی)، این طرح به زودی اجرا می‌شود.", .persian, [("همدلی", .organization)], []),
        ("ونقلت صحيفة (الغد) عن مصادر مطلعة أن الاجتماع تأجل.", .arabic, [("الغد", .organization)], []),
        ("أعلنت الشرطة تفكيك شبكة تهريب للمخدرات في المدينة.", .arabic, [], ["تهريب للمخدرات", "شبكة تهريب"]),
        ("كشفت شبكة تدريب دولية عن برنامجها الجديد.", .arabic, [], ["تدريب دولية"]),
    ] as [Fixture.MentionCase])
    func outletNames(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// Markers: a Persian neighbourhood (محله) and a hussainiya are places; a facility marker
    /// before a subjunctive verb or a predicate names nothing.
    @Test(arguments: [
        ("این مراسم در محله نازی‌آباد تهران برگزار شد.", .persian, [("نازی‌آباد", .place)], []),
        ("مراسم عزاداری در حسینیه بنی‌فاطمه برگزار شد.", .persian, [("حسینیه بنی‌فاطمه", .place)], []),
        ("هواداران باید به استادیوم بیایند تا از تیم حمایت کنند.", .persian, [], ["استادیوم بیایند"]),
        ("جو بسیار خوبی در ورزشگاه حاکم بود و بازیکنان انگیزه داشتند.", .persian, [], ["ورزشگاه حاکم"]),
    ] as [Fixture.MentionCase])
    func markers(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// Gazetteer additions of this round: short club names in a text about sport, Yemeni forces,
    /// outlets.
    @Test(arguments: [
        ("در هفته دهم لیگ برتر ذوب مقابل تراکتور به برتری رسید و بازیکنان و هواداران این تیم در ورزشگاه جشن گرفتند.", .persian,
         [("ذوب", .organization)], []),
        ("به گزارش دویچه‌وله، صدراعظم آلمان به برلین بازگشت.", .persian, [("دویچه‌وله", .organization), ("برلین", .place)], []),
        ("تقدمت ألوية العمالقة نحو مدينة الخوخة على الساحل الغربي.", .arabic,
         [("ألوية العمالقة", .organization), ("الخوخة", .place)], []),
        ("وذكرت صحيفة لوموند أن الحكومة تدرس الاقتراح.", .arabic, [("لوموند", .organization)], []),
    ] as [Fixture.MentionCase])
    func gazetteerAdditions(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// In Persian text the letters پ چ ژ گ must be written as the Persian alias writes them (match
    /// keys fold them for Arabic spellings); Arabic text keeps the fold.
    @Test(arguments: [
        ("این ملی پوش سابق فوتبال ایران به تمرین بازگشت.", .persian, [("ایران", .place)], ["پوش"]),
        ("فرانس بکن باوئر اسطوره فوتبال آلمان است.", .persian, [("آلمان", .place)], ["بکن"]),
        ("هیئت ایرانی امروز وارد پکن شد.", .persian, [("پکن", .place)], []),
        ("التقى الرئيس الإيراني مسعود بزشكيان نظيره الروسي في موسكو.", .arabic, [("مسعود بزشكيان", .person), ("موسكو", .place)], []),
    ] as [Fixture.MentionCase])
    func persianLettersMustAgree(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// Words only sport uses make a text about sport, where a club's ordinary-word name is read;
    /// temporal adverbs, "like" and nouns of compound verbs end a name.
    @Test(arguments: [
        ("هواداران استقلال پس از فینال جام به خیابان آمدند و نیمکت تیم را تشویق کردند.", .persian,
         [("استقلال", .organization)], []),
        ("تفوق الأهلي في الشوط الأول على منافسه، وأشاد المدرب بأداء اللاعبين في المباريات الأخيرة.", .arabic,
         [("الأهلي", .organization)], []),
        ("حسین کاظمی لحظاتی قبل در گفت‌وگو با خبرنگار فارس اظهار داشت که جلسه تمام شد.", .persian,
         [("حسین کاظمی", .person)], ["حسین کاظمی لحظاتی"]),
        ("بازیکنانی مانند مهرداد کریمی مانند سال گذشته در تمرین حاضر شدند.", .persian,
         [("مهرداد کریمی", .person)], ["مهرداد کریمی مانند"]),
        ("این همایش با حضور مسئولان دانشگاه برگزار خواهد شد.", .persian, [], ["دانشگاه برگزار"]),
    ] as [Fixture.MentionCase])
    func sportsWordsAndStops(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// Arabic: a month name of a date is no place (آب is also the key of إب); an indefinite
    /// plural in ات after a body's marker is what it deals in, not its name.
    @Test(arguments: [
        ("وقع الهجوم في 9 أغسطس/ آب الماضي قرب الحدود.", .arabic, [], ["آب"]),
        ("اشتدت المعارك في آب الماضي على أطراف المدينة.", .arabic, [], ["آب"]),
        ("سيطرت القوات على مدينة إب وسط اليمن.", .arabic, [("إب", .place), ("اليمن", .place)], []),
        ("تورطت شركة اتصالات رائدة في القضية.", .arabic, [], ["شركة اتصالات"]),
        ("أعلنت شركة أرامكو السعودية عن أرباحها.", .arabic, [("أرامكو", .organization)], ["السعودية"]),
    ] as [Fixture.MentionCase])
    func arabicDatesAndGenericBodies(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// A quoted name after a media marker and an adjective of nationality; verbs with personal
    /// endings and frequent nouns end a Persian name.
    @Test(arguments: [
        ("نشریه انگلیسی «میرر» از گزینه جدیدی خبر داد.", .persian, [("میرر", .organization)], []),
        // Arabic puts the adjective after the name, which is read already.
        ("وذكرت صحيفة \"ذا صن\" البريطانية أن الصفقة اكتملت.", .arabic, [("ذا صن", .organization)], []),
        ("جلسه خوبی با مسئولان کمیته انضباطی داشتیم و قرار شد پرونده بررسی شود.", .persian,
         [], ["کمیته انضباطی داشتیم"]),
        ("این فرد از ساکنان شهریار مبلغ 400 میلیون ریال گرفته بود.", .persian, [], ["شهریار مبلغ"]),
        ("تیم میزبان در ورزشگاه خانگی خود شکست خورد و هواداران و بازیکنان ناراحت بودند.", .persian, [], ["ورزشگاه خانگی"]),
    ] as [Fixture.MentionCase])
    func quotedAfterAdjectiveAndPersianStops(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// Arabic: a prince's or sheikh's title in an alias stays outside the span; a verb with an
    /// object pronoun after a newspaper marker is no name; إضافة ends a name.
    @Test(arguments: [
        ("استقبل الأمير محمد بن سلمان الوفد في الرياض.", .arabic, [("محمد بن سلمان", .person), ("الرياض", .place)], ["الأمير محمد بن سلمان"]),
        ("نقلت صحيفة تديرها الدولة أن الاتفاق وقع.", .arabic, [], ["تديرها"]),
        ("التقى رئيس الوزراء الإثيوبي آبي أحمد إضافة إلى وزراء آخرين.", .arabic, [], ["آبي أحمد إضافة"]),
    ] as [Fixture.MentionCase])
    func arabicTitlesAndVerbs(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// A counted organisation marker is a common noun.
    @Test(arguments: [
        ("در حال حاضر 90 موسسه قرآنی در استان کرمان فعالیت می‌کنند.", .persian, [("استان کرمان", .place)], ["موسسه قرآنی"]),
        ("چند دانشگاه دولتی در این طرح شرکت کردند.", .persian, [], ["دانشگاه دولتی"]),
        ("يلزم القانون كل شركة الاتصالات العاملة في البلاد بالتسجيل.", .arabic, [], ["شركة الاتصالات"]),
        ("لم تعلن أي منظمة التحرير مسؤوليتها.", .arabic, [], ["منظمة التحرير"]),
    ] as [Fixture.MentionCase])
    func countedMarkers(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// Persian places by their form: a stem joined to آباد, or written apart from it after a
    /// place marker.
    @Test(arguments: [
        ("این حادثه در روستای حسن‌آباد رخ داد و اهالی حسن‌آباد کمک کردند.", .persian, [("حسن‌آباد", .place)], []),
        ("مراسم در مسجد جامع اسلام‌آباد غرب و در نازی‌آباد برگزار شد.", .persian, [("نازی‌آباد", .place)], []),
        ("این مراسم در محله دولت آباد برگزار شد.", .persian, [("دولت آباد", .place)], ["دولت"]),
        ("او کشور را آباد کرد.", .persian, [], ["را آباد", "آباد"]),
    ] as [Fixture.MentionCase])
    func persianAbadPlaces(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }
}
