import KhabarCore
import KhabarText
import Testing
@testable import KhabarExtract

/// The rules added in issue 5's fifth round for names read from patterns in the body of an
/// article, on sentences written in the style of the news the extractor reads (none is taken
/// from an evaluation sample).
@Suite struct EntityBodyTextTests {
    /// An Arabic name read from a pattern does not go on with a frequent word of the news, bare,
    /// with a proclitic, with a pronoun suffix or in the accusative; a Maghrebi name in بو stays.
    @Test(arguments: [
        ("وفاز المخرج التونسي كريم بن سالم بفيلمه الأول بجائزة لجنة التحكيم.", .arabic,
         [("كريم بن سالم", .person)], ["كريم بن سالم بفيلمه"]),
        ("وتقدم الوزير سمير بورقة إلغاء الرسوم على الواردات.", .arabic, [], ["سمير بورقة إلغاء"]),
        ("وقال الصحافي كمال ناصر عرضا إن الاجتماع تأجل.", .arabic, [("كمال ناصر", .person)], ["كمال ناصر عرضا"]),
        ("وترك الصحافي جميل حداد عمله في الصحيفة بعد الحادث.", .arabic, [("جميل حداد", .person)], ["جميل حداد عمله"]),
        ("وأشاد الرئيس الجزائري عبد العزيز بوتفليقة بالاتفاق.", .arabic, [("عبد العزيز بوتفليقة", .person)], []),
        ("واستقبل وزير الخارجية المغربي ناصر بوريطة نظيره الفرنسي.", .arabic, [("ناصر بوريطة", .person)], []),
    ] as [Fixture.MentionCase])
    func arabicNameStopsAtOrdinaryWord(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// An Arabic name read from a pattern does not go on with an imperfect verb, a participle in
    /// the accusative, ب + a noun in ة or a preposition with a pronoun suffix.
    @Test(arguments: [
        ("وكان الطفل كريم يمارس الرياضة كل يوم.", .arabic, [], ["كريم يمارس", "يمارس"]),
        ("وظهر الممثل وليد تاركا المسرح قبل النهاية.", .arabic, [], ["وليد تاركا"]),
        ("وعمل الصحافي حسين خليل مراسلا لقناة محلية.", .arabic, [("حسين خليل", .person)], ["حسين خليل مراسلا"]),
        ("وقتل الضابط فريد منصور برصاصة في الرأس.", .arabic, [("فريد منصور", .person)], ["فريد منصور برصاصة"]),
        ("ورحل اللاعب سمير داود بعدها إلى أوروبا.", .arabic, [("سمير داود", .person)], ["سمير داود بعدها"]),
        ("وذكرت الصحيفة أن اللواء فهمي نشأ في قرية صغيرة.", .arabic, [("فهمي", .person)], ["فهمي نشأ"]),
        ("وبعد الحفل كوفئ الممثل زياد رحباني بجائزة.", .arabic, [], ["كوفئ"]),
        ("وقادت الطيارة ماتيلد المقاتلات فوق البحر.", .arabic, [], ["ماتيلد المقاتلات"]),
        ("وقال الرئيس الروسي السابق بوريس يلتسين إن الإصلاح ضروري.", .arabic, [("بوريس يلتسين", .person)], []),
        ("وقال السفير عبد الله بشارة إن المجلس سيجتمع.", .arabic, [("عبد الله بشارة", .person)], []),
        ("وقالت المغنية ماريا فرنانديز إن الحفل كان ناجحا.", .arabic, [("ماريا فرنانديز", .person)], []),
    ] as [Fixture.MentionCase])
    func arabicNameStopsAtVerbOrParticiple(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// ل + a frequent word of four letters or more is no name (لمكافحة الإرهاب).
    @Test(arguments: [
        ("وقال السيد لمكافحة الإرهاب إن الخطة جاهزة.", .arabic, [], ["لمكافحة الإرهاب", "لمكافحة"]),
        ("وقال السيد خالد لطفي إن الخطة جاهزة.", .arabic, [("خالد لطفي", .person)], []),
    ] as [Fixture.MentionCase])
    func arabicLamBeforeOrdinaryWord(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// A Persian name does not take the noun of a present-tense light verb with می (سوژه می‌شود).
    @Test(arguments: [
        ("در پایان بازی بار دیگر پابلو مارتینز سوژه می‌شود و عکس‌هایش منتشر شد.", .persian,
         [("پابلو مارتینز", .person)], ["پابلو مارتینز سوژه"]),
        ("پس از این دیدار مهدی تاج اعلام می‌کند که استعفا داده است.", .persian, [], ["مهدی تاج اعلام"]),
    ] as [Fixture.MentionCase])
    func persianNameBeforePresentLightVerb(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }
}
