import KhabarCore
import KhabarText
import Testing
@testable import KhabarExtract

/// The rules and data added in issue 5's eighth round, on sentences written in the style of the
/// news the extractor reads (none is taken from an evaluation sample).
@Suite struct EntityRoundEightTests {
    /// A family name compiled from Persian news (`surnames-compiled.tsv`) names a person said
    /// alone; not when a word that may be an unlisted given name comes before it, nor when a
    /// short word or an ending continues it.
    @Test(arguments: [
        ("در این دیدار کریمی بهترین بازیکن زمین بود.", .persian, [("کریمی", .person)], []),
        ("بعد از بازی کرانچار از داوری انتقاد کرد.", .persian, [("کرانچار", .person)], []),
        ("قرارداد کامرانی فر با باشگاه تمدید شد.", .persian, [], ["کامرانی"]),
        ("گل دوم را سیاوش فلاح زاده به ثمر رساند.", .persian, [], ["فلاح"]),
    ] as [Fixture.MentionCase])
    func compiledSurnames(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    @Test func compiledSurnamesShip() {
        #expect(!ExtractLexicon.load("surnames-compiled").isEmpty)
        #expect(Cues.surnamesPersian.contains(RollingHash.hash(MatchKey.key(of: "کرانچار"))))
        // Ordinary words the rule let through were left out by hand.
        #expect(!Cues.surnamesPersian.contains(RollingHash.hash(MatchKey.key(of: "کشاورز"))))
    }

    /// A Slavic family name is read by its ending; the words and English towns so ending are not.
    @Test(arguments: [
        ("در دقیقه ۸۰ مودریچ توپ را به دروازه رساند.", .persian, [("مودریچ", .person)], []),
        ("مهاجم لهستانی تیم، لواندوفسکی، دو گل زد.", .persian, [("لواندوفسکی", .person)], []),
        ("وأضاف أن مودريتش قدم مباراة كبيرة أمام الدنمارك.", .arabic, [("مودريتش", .person)], []),
        ("او پس از تمرین یک ساندویچ خورد و به هتل رفت.", .persian, [], ["ساندویچ"]),
        ("يستضيف فريق وست بروميتش منافسه يوم السبت.", .arabic, [], ["بروميتش"]),
    ] as [Fixture.MentionCase])
    func slavicSurnames(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }

    /// سید written together with a listed given name starts a name.
    @Test(arguments: [
        ("سیدجلال حسینی کاپیتان تیم در تمرین امروز حاضر شد.", .persian, [("سیدجلال حسینی", .person)], []),
    ] as [Fixture.MentionCase])
    func sayyidGivenNames(_ text: String, _ language: Language, _ expected: [(String, EntityType)], _ absent: [String]) {
        Fixture.checkMentions(text, language, expected, absent)
    }
}
