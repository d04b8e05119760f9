import KhabarCore
import KhabarText
import Testing
@testable import KhabarExtract

/// Issue 5, sixth round: a name given in full and said again later by a shorter form, on
/// sentences written in the style of the news the extractor reads (none is taken from an
/// evaluation sample).
@Suite struct EntityCoreferenceTests {
    /// A text, its language, the full name, and the short forms (as the text writes them, span
    /// included) that must name the same entity.
    typealias Case = (String, Language, String, [String])

    /// A bare surname the gazetteer gives to someone else (المالكي → Nouri al-Maliki) names the
    /// person the text names in full with it; with the gazetteer's person named in full, or named
    /// by the surname alone, it stays theirs.
    @Test func aBareSurnameNamesThePersonTheTextNamesInFull() {
        let spokesman = """
            وقال المتحدث باسم قوات التحالف العقيد تركي المالكي إن الدفاعات الجوية اعترضت صاروخا.
            وأضاف المالكي أن الصاروخ أطلق من محافظة صعدة.
            """
        Self.checkSameEntity(spokesman, .arabic, "تركي المالكي", ["المالكي"])
        #expect(Fixture.mentions(spokesman, .arabic).allSatisfy { $0.id != "kh:person/nouri-al-maliki" })
        let both = "والتقى نوري المالكي بالعقيد تركي المالكي في بغداد. وقال المالكي إن الزيارة ناجحة."
        #expect(Fixture.mentions(both, .arabic).last { $0.text == "المالكي" }?.id == "kh:person/nouri-al-maliki")
        let alone = "وقال المالكي إن ائتلاف دولة القانون سيشارك في الحكومة المقبلة."
        #expect(Fixture.mentions(alone, .arabic).first?.id == "kh:person/nouri-al-maliki")
    }

    static func checkSameEntity(_ text: String, _ language: Language, _ full: String, _ short: [String],
                                sourceLocation: SourceLocation = #_sourceLocation) {
        let found = Fixture.mentions(text, language)
        guard let named = found.first(where: { $0.text == full }) else {
            Issue.record("\(full) not found in \(found.map(\.text))", sourceLocation: sourceLocation)
            return
        }
        for form in short {
            let matches = found.filter { $0.text == form }
            #expect(!matches.isEmpty, "\(form) not found in \(found.map(\.text))", sourceLocation: sourceLocation)
            for mention in matches {
                #expect(mention.id == named.id && mention.type == named.type,
                        "\(form) is \(mention.id), not \(named.id)", sourceLocation: sourceLocation)
            }
        }
    }

    /// A person named in full, then by surname: bare, with an Arabic proclitic (وبحسب → بحسب is
    /// no name; بالزعبي, للزعبي) or a Persian ezafe, a compound surname, a misspelt given name.
    @Test(arguments: [
        ("أعلن المتحدث باسم الشرطة المقدم خالد الزعبي توقيف ثلاثة مشتبه بهم. وأضاف الزعبي أن التحقيقات مستمرة، وبحسب الزعبي فإن الموقوفين من جنسيات مختلفة.",
         .arabic, "خالد الزعبي", ["الزعبي"]),
        ("وقال الصحافي سامر قطيشات إن الرسالة وصلت متأخرة. واتصلت الوكالة بقطيشات ولم يرد، فيما نفى مسؤول ما قاله قطيشات.",
         .arabic, "سامر قطيشات", ["قطيشات"]),
        ("وكان المحامي خالد الزعبي قد تسلم الملف. وقالت العائلة للزعبي إنها تنتظر الحكم.", .arabic, "خالد الزعبي", ["للزعبي"]),
        ("وقتل زعيم تنظيم القاعدة أسامة بن لادن عام 2011. وكان بن لادن قد اختبأ سنوات في باكستان.", .arabic,
         "أسامة بن لادن", ["بن لادن"]),
        ("دکتر رضا کمالوند، مدیرکل بهداشت استان، امروز از افتتاح بخش جدید خبر داد. کمالوند گفت: این بخش ۲۰ تخت دارد.", .persian,
         "رضا کمالوند", ["کمالوند"]),
        ("سرمربی تیم، علی حسین زاده، پس از بازی با خبرنگاران گفت‌وگو کرد. حسین‌زاده از عملکرد بازیکنان راضی بود.", .persian,
         "علی حسین زاده", ["حسین‌زاده"]),
        ("در این دیدار ابوالفضل جلالی در دقیقه ۷۰ به میدان آمد. پس از بازی ابولفضل جلالی گفت که آماده است.", .persian,
         "ابوالفضل جلالی", ["ابولفضل جلالی"]),
        ("فرانک رومرا سرمربی اسپانیایی تیم است و بازیکنان به تاکتیک‌های رومرای اسپانیایی عادت کرده‌اند.", .persian,
         "فرانک رومرا", ["رومرا"]),
        // A royal title and the given name name the person of a patronymic name.
        ("وأعلن الأمير فيصل بن خالد أمير المنطقة افتتاح المشروع. وقال الأمير فيصل إن المشروع يخدم الأهالي.", .arabic,
         "فيصل بن خالد", ["فيصل"]),
    ] as [Case])
    func surnameNamesThePerson(_ text: String, _ language: Language, _ full: String, _ short: [String]) {
        Self.checkSameEntity(text, language, full, short)
    }

    /// An organisation named with its marker, then by its name alone.
    @Test(arguments: [
        ("دبیرکل حزب اعتماد ملی امروز در نشست خبری شرکت کرد. وی گفت اعتماد ملی در انتخابات نامزد معرفی خواهد کرد.", .persian,
         "حزب اعتماد ملی", ["اعتماد ملی"]),
    ] as [Case])
    func shortFormNamesTheOrganization(_ text: String, _ language: Language, _ full: String, _ short: [String]) {
        Self.checkSameEntity(text, language, full, short)
    }

    /// A surname that is a frequent word, a title word or a month names no one by itself; a
    /// surname two people share names neither; one after another given name is that person's.
    @Test(arguments: [
        // الأمين is also a title word (الأمين العام).
        ("وقال المحامي سمير الأمين إن الحكم نهائي. من جهته، رحب الأمين العام للجامعة بالقرار.", .arabic,
         [("سمير الأمين", EntityType.person)], ["الأمين"]),
        // Two people called الزعبي: a bare الزعبي is neither.
        ("والتقى خالد الزعبي وسامي الزعبي في عمان أمس. وقال الزعبي إن المحادثات كانت مثمرة.", .arabic,
         [("خالد الزعبي", .person), ("سامي الزعبي", .person)], ["الزعبي"]),
        // مهر is a month.
        ("به گزارش خبرنگار ما، علی مهر مدیر این مجموعه است. جشنواره هر سال در مهر برگزار می‌شود.", .persian,
         [], ["مهر"]),
        // دقیقه ("minute") is a frequent word: a name that ran on into it gives no surname.
        ("در این بازی گل اول را رضا علیاری دقیقه ۴۰ زد و گل دوم در دقیقه ۸۶ به ثمر رسید.", .persian,
         [], ["دقیقه"]),
    ] as [(String, Language, [(String, EntityType)], [String])])
    func ordinaryOrSharedSurnameNamesNoOne(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// A royal title and a given name followed by another patronymic is someone else.
    @Test func titledGivenNameWithAnotherFather() {
        let found = Fixture.mentions("وأعلن الأمير فيصل بن خالد افتتاح المشروع. وحضر الأمير فيصل بن تركي الحفل.", .arabic)
        let full = found.first { $0.text == "فيصل بن خالد" }
        #expect(full != nil)
        #expect(!found.contains { $0.text == "فيصل" && $0.id == full?.id }, "\(found.map { "\($0.text) \($0.id)" })")
    }

    /// A given name followed by the sentence is the person named in full (ودخل عباس المستشفى);
    /// followed by a word that may be a surname it starts another person's name, which is left
    /// alone.
    @Test func givenNameAsSurname() {
        let text = "وقال المتحدث باسم الحكومة محمد عباس إن الاجتماع انتهى. ودخل عباس إلى القاعة بعد ذلك. وقال عباس غازي للصحافيين إنه سيعود."
        let found = Fixture.mentions(text, .arabic).filter { $0.type == .person }
        let full = found.first { $0.text == "محمد عباس" }
        #expect(full != nil, "\(found.map(\.text))")
        let bare = found.filter { $0.text == "عباس" }
        #expect(bare.count == 1 && bare.first?.id == full?.id, "\(found.map { "\($0.text) \($0.id)" })")
    }
}

/// A city marker at the head of a city's alias stays outside the span when the rest names a
/// place by itself (the annotation convention: شهر X → X).
@Suite struct CityMarkerTests {
    @Test(arguments: [
        ("وتظاهر مئات الموظفين في مدينة غزة أمام المقر الرئيسي للوكالة.", Language.arabic, [("غزة", EntityType.place)], ["مدينة غزة"]),
        ("وأدى آلاف المصلين الصلاة في مدينة الصدر شرقي بغداد.", .arabic, [("مدينة الصدر", .place)], []),
    ] as [(String, Language, [(String, EntityType)], [String])])
    func cityMarkerOutside(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
        if let gaza = Fixture.mentions(text, language).first(where: { $0.text == "غزة" }) {
            #expect(gaza.id == "kh:place/gaza-city")
        }
    }
}
