import KhabarCore
import KhabarText
import Testing
@testable import KhabarExtract

@Suite struct EntityExtractorTests {
    /// `(text, language, expected (surface, id) pairs in order)`.
    typealias Case = (String, Language, [(String, String)])

    // MARK: - Gazetteer matching, per language and rule

    @Test(arguments: [
        // Spelling variants listed in the gazetteer.
        ("ولادیمر پوتین و ولادیمیر پوتین دیدار کردند", .persian, [("ولادیمر پوتین", "Q7747"), ("ولادیمیر پوتین", "Q7747")]),
        // Space, ZWNJ or nothing between the parts of a name.
        ("در عشق آباد، عشقآباد و عشق‌آباد", .persian, [("عشق آباد", "kh:place/ashgabat"), ("عشقآباد", "kh:place/ashgabat"), ("عشق‌آباد", "kh:place/ashgabat")]),
        // Lost ZWNJ in a Persian compound that the gazetteer writes spaced.
        ("آژانس بینالمللی انرژی اتمی گزارش داد", .persian, [("آژانس بینالمللی انرژی اتمی", "kh:org/iaea")]),
        // Arabic yeh and kaf in Persian text (old Fars News spelling).
        ("به گزارش خبرگزاري فارس، علي لاريجاني گفت", .persian, [("خبرگزاري فارس", "kh:outlet/fars"), ("علي لاريجاني", "kh:person/ali-larijani")]),
        // Persian ezafe yeh after a name that ends in a vowel letter.
        ("سیاست آمریکای جدید", .persian, [("آمریکا", "Q30")]),
        // An ordinary word alias (فارس) only after an attribution cue.
        ("زبان فارسی و استان فارس؛ به گزارش فارس", .persian, [("استان فارس", "kh:place/fars-province"), ("فارس", "kh:outlet/fars")]),
    ] as [Case])
    func persian(text: String, language: Language, expected: [(String, String)]) {
        let found = Fixture.mentions(text, language)
        #expect(found.map(\.text) == expected.map(\.0))
        #expect(found.map(\.id) == expected.map(\.1))
    }

    @Test(arguments: [
        // پ/ب and ک/ك in the Arabic rendering of a Persian name.
        ("الرئيس الإيراني مسعود بزشكيان", .arabic, [("مسعود بزشكيان", "kh:person/masoud-pezeshkian")]),
        // Attached proclitics: ب, ل, و, و+ال, ل+ال (لل keeps its whole word).
        ("وصل بوتين بموسكو ثم لروسيا والعراق وللسعودية", .arabic,
         [("بوتين", "Q7747"), ("موسكو", "Q649"), ("روسيا", "Q159"), ("العراق", "Q796"), ("للسعودية", "Q851")]),
        // Hamza forms and teh marbuta folded: أنقرة = انقره.
        ("زار انقرة والقاهرة", .arabic, [("انقرة", "Q3640"), ("القاهرة", "Q85")]),
        // A hashtag's words joined by an underscore.
        ("قال #دونالد_ترامب إن", .arabic, [("دونالد_ترامب", "Q22686")]),
        // The Arabic word for "city" is not the Persian name of Medina.
        ("في مدينة نجران", .arabic, [("نجران", "kh:place/najran")]),
    ] as [Case])
    func arabic(text: String, language: Language, expected: [(String, String)]) {
        let found = Fixture.mentions(text, language)
        #expect(found.map(\.text) == expected.map(\.0))
        #expect(found.map(\.id) == expected.map(\.1))
    }

    /// A name the gazetteer does not know, written as a hashtag, is named as people write it;
    /// its text stays as the article has it.
    @Test func aHashtagNameIsNamedWithoutItsMarks() {
        #expect(EntityExtractor.displayName("محمد #المقدشي") == "محمد المقدشي")
        #expect(EntityExtractor.displayName("علي_حمود_عباد") == "علي حمود عباد")
        #expect(EntityExtractor.displayName("جون كيري") == "جون كيري")
        let found = Fixture.mentions("وقال رئيس الوزراء اليمني #أحمد_عبيد_بن_دغر إن الحكومة ستعود إلى عدن.", .arabic)
        let person = found.first { $0.type == .person }
        #expect(person?.text.contains("_") == true)
        #expect(person.map { !$0.name.contains("_") && !$0.name.contains("#") } == true)
    }

    @Test(arguments: [
        ("Vladimir Putin met Masoud Pezeshkian in Ashgabat.", .english,
         [("Vladimir Putin", "Q7747"), ("Masoud Pezeshkian", "kh:person/masoud-pezeshkian"), ("Ashgabat", "kh:place/ashgabat")]),
        ("Путина встретили в Москве, затем он вылетел в Казань.", .russian,
         [("Путина", "Q7747"), ("Москве", "Q649"), ("Казань", "kh:place/kazan")]),
        ("the U.S. and us", .english, [("U.S.", "Q30")]),
    ] as [Case])
    func otherLanguages(text: String, language: Language, expected: [(String, String)]) {
        let found = Fixture.mentions(text, language)
        #expect(found.map(\.text) == expected.map(\.0))
        #expect(found.map(\.id) == expected.map(\.1))
    }

    // MARK: - Roles and names from patterns

    @Test(arguments: [
        ("ولادیمیر پوتین، رئیس‌جمهور روسیه، گفت", .persian, "Q7747", "President of Russia"),
        ("مسعود پزشکیان رئیسجمهوری اسلامی ایران در عشقآباد", .persian, "kh:person/masoud-pezeshkian", "President of Iran"),
        ("قال الرئيس الروسي فلاديمير بوتين إن", .arabic, "Q7747", "President of Russia"),
        ("وزير الخارجية الإيراني محمد جواد ظريف", .arabic, "kh:person/mohammad-javad-zarif", "Foreign Minister of Iran"),
        ("رهبر معظم انقلاب آیت‌الله خامنه‌ای", .persian, "Q57336", "Supreme Leader of Iran"),
    ] as [(String, Language, String, String)])
    func rolesTheTextGives(text: String, language: Language, id: String, role: String) {
        let person = Fixture.mentions(text, language).first { $0.id == id }
        #expect(person?.role == role)
    }

    @Test func unknownNameAfterATitleIsAPerson() {
        let found = Fixture.mentions("وقال السفير الأمريكي ديفيد فريدمان إن", .arabic)
        let person = found.first { $0.type == .person }
        #expect(person?.text == "ديفيد فريدمان")
        #expect(person?.role == "Ambassador of United States")
        #expect(person?.id.hasPrefix("kh:person/~") == true)
    }

    @Test func unknownNamesLinkAcrossScripts() {
        // The same unlisted person written in Persian and in Arabic gets one skeleton id.
        let persian = Fixture.mentions("آقای دیوید فریدمن گفت", .persian).first { $0.type == .person }
        let arabic = Fixture.mentions("السيد ديفيد فريدمن قال", .arabic).first { $0.type == .person }
        #expect(persian?.id != nil)
        #expect(persian?.id == arabic?.id)
        #expect(NameSkeleton.skeleton(of: [Array("putin".unicodeScalars)]) == NameSkeleton.skeleton(of: [MatchKey.key(of: "پوتین")]))
        #expect(NameSkeleton.skeleton(of: [MatchKey.key(of: "Путин")]) == NameSkeleton.skeleton(of: [MatchKey.key(of: "بوتين")]))
    }

    @Test func misspelledGazetteerNameLinksBySkeleton() {
        // Not an alias, but the same consonants as "ولادیمیر پوتین": linked to Putin.
        let found = Fixture.mentions("آقای ولادیمیرو پوتینن گفت", .persian)
        #expect(found.first?.id == "Q7747")
    }

    @Test func aSkeletonLinksOnlyWhenTheWordsStartAlike() {
        // ماري كولفين (Marie Colvin) has the skeleton of امیر قلعه‌نویی (Amir Ghalenoei), but
        // Marie starts with m and Amir with a vowel: two people.
        let colvin = Fixture.mentions("وقالت الصحفية ماري كولفين قبل مقتلها إن المدينة تتعرض للقصف.", .arabic)
        #expect(colvin.first { $0.text == "ماري كولفين" }?.id == "kh:person/~mr-kln")
        // Misspellings across scripts still link: ف and و both start Vladimir.
        #expect(Fixture.mentions("وقال الرئيس الروسي فلاديمر بوتن إن بلاده لن تتراجع.", .arabic).first?.id == "Q7747")
        #expect(NameSkeleton.initials(ofWords: [Array("vladimir".unicodeScalars), Array("putin".unicodeScalars)])
                == NameSkeleton.initials(ofWords: [MatchKey.key(of: "ولادیمیر"), MatchKey.key(of: "پوتین")]))
        #expect(NameSkeleton.initials(ofWords: [Array("khamenei".unicodeScalars)]) == NameSkeleton.initials(ofWords: [MatchKey.key(of: "خامنه‌ای")]))
        #expect(NameSkeleton.initials(ofWords: [Array("omar".unicodeScalars)]) == NameSkeleton.initials(ofWords: [MatchKey.key(of: "عمر")]))
    }

    @Test func arabicScriptSpellingsKeepTheirThroatLetters() {
        // أحمد الشهري (a Saudi general) and أحمد الشرع (Syria's president) share the skeleton
        // md-lSr and their initials; ه against ع tells them apart.
        let general = Fixture.mentions("أرسلت السعودية وفدا عسكريا برئاسة اللواء أحمد الشهري إلى الجزيرة لاحتواء الخلاف.", .arabic)
        #expect(general.first { $0.text == "أحمد الشهري" }?.id == "kh:person/~md-lSr")
        #expect(Fixture.mentions("وقال الرئيس السوري أحمد الشرع إن الحكومة ستعيد الإعمار.", .arabic).contains { $0.id == "kh:person/ahmed-al-sharaa" })
        // A misspelling that keeps the throat letters still links (ح in both), in either script.
        #expect(Fixture.mentions("وقال السيد محمود عباسي إن الوفد سيصل غدا.", .arabic).first?.id == "kh:person/mahmoud-abbas")
        #expect(Fixture.mentions("وقال آقای حسن روحانیی در نشست خبری گفت", .persian).first?.id == "kh:person/hassan-rouhani")
        #expect(NameSkeleton.gutturals(ofWords: [MatchKey.key(of: "احمد"), MatchKey.key(of: "الشرع")]) == "ح-ع")
        #expect(NameSkeleton.gutturals(ofWords: [MatchKey.key(of: "فاطمه")]) == "")
        #expect(NameSkeleton.gutturals(ofWords: [Array("ahmed".unicodeScalars)]) == nil)
    }

    @Test func givenNameReadsAPersonAndAbsorbsASurnameAlias() {
        let found = Fixture.mentions("حسین گروسی در گفت‌وگو با خبرنگار فارس", .persian)
        #expect(found.first?.text == "حسین گروسی")
        #expect(found.first?.id.hasPrefix("kh:person/~") == true)  // not Rafael Grossi
        #expect(found.last?.id == "kh:outlet/fars")
    }

    @Test func surnameNamesThePersonAgain() {
        let found = Fixture.mentions("وقال السيد يوسف العتيبة إن بلاده مستعدة. وأضاف العتيبة أن", .arabic)
        let people = found.filter { $0.type == .person }
        #expect(people.map(\.text) == ["يوسف العتيبة", "العتيبة"])
        #expect(Set(people.map(\.id)).count == 1)
    }

    @Test(arguments: [
        ("به گزارش خبرگزاری فارس از قلعه‌گنج، مردم", .persian, "قلعه‌گنج", EntityType.place),
        ("در شهر جانگسیسر زلزله آمد", .persian, "جانگسیسر", .place),
        ("وقع الحادث في محافظة الجوف", .arabic, "الجوف", .place),
        ("طالبت وزارة الخارجية البريطانية طهران", .arabic, "وزارة الخارجية البريطانية", .organization),
        ("أعلن حزب الشعب الجمهوري المعارض", .arabic, "حزب الشعب الجمهوري", .organization),
        ("به نقل از وزارت جهاد کشاورزی، عباس", .persian, "وزارت جهاد کشاورزی", .organization),
    ] as [(String, Language, String, EntityType)])
    func markersReadPlacesAndOrganisations(text: String, language: Language, name: String, type: EntityType) {
        #expect(Fixture.mentions(text, language).contains { $0.text == name && $0.type == type })
    }

    @Test(arguments: [
        ("رئیس جمهور همکاریهای کشاورزی را مفید توصیف کرد", Language.persian),
        ("به رهبر معظم انقلاب اسلامی ابلاغ کرد", .persian),
        ("سخنگوی دولت گفت", .persian),
        ("وصلت المساعدات على تقديم الدعم", .arabic),
        ("ما در این شهرستان کاندیدای هشتمین دوره هستیم", .persian),
    ] as [(String, Language)])
    func noPersonWithoutAName(text: String, language: Language) {
        #expect(!Fixture.mentions(text, language).contains { $0.type == .person })
    }

    // MARK: - The seeds

    @Test func seedsNameTheSameEntities() {
        var idsByName: [String: Set<String>] = [:]
        for prefix in ["000", "001", "002", "003", "004"] {
            for mention in Fixture.analysis(ofSeed: prefix).entities {
                idsByName[mention.name, default: []].insert(mention.id)
            }
        }
        #expect(idsByName["Vladimir Putin"] == ["Q7747"])
        #expect(idsByName["Masoud Pezeshkian"] == ["kh:person/masoud-pezeshkian"])
        #expect(idsByName["Ali Khamenei"] == ["Q57336"])
        for prefix in ["000", "001", "002", "003", "004"] {
            let ids = Set(Fixture.analysis(ofSeed: prefix).entities.map(\.id))
            #expect(ids.contains("Q7747"), "seed \(prefix) names Putin")
        }
        // Khamenei in 000 (خامنهای) and 002 (علي الخامنئي).
        #expect(Fixture.analysis(ofSeed: "000").entities.contains { $0.id == "Q57336" })
        #expect(Fixture.analysis(ofSeed: "002").entities.contains { $0.id == "Q57336" && $0.text == "علي الخامنئي" })
    }

    @Test func seedPlacesArePlaces() {
        let all = ["000", "001", "002", "003", "004"].flatMap { Fixture.analysis(ofSeed: $0).entities }
        for (id, name) in [("kh:place/ashgabat", "Ashgabat"), ("Q649", "Moscow"), ("kh:place/kazan", "Kazan"), ("kh:place/bushehr", "Bushehr")] {
            let mentions = all.filter { $0.id == id }
            #expect(!mentions.isEmpty, "\(name) is named")
            #expect(mentions.allSatisfy { $0.type == .place && $0.name == name })
        }
    }

    @Test func seedRoles() {
        // "ولادیمیر پوتین، رئیسجمهور روسیه، … با مسعود پزشکیان، رئیسجمهور ایران،"
        let entities = Fixture.analysis(ofSeed: "004").entities
        #expect(entities.contains { $0.id == "Q7747" && $0.role == "President of Russia" })
        #expect(entities.contains { $0.id == "kh:person/masoud-pezeshkian" && $0.role == "President of Iran" })
        #expect(!entities.contains { $0.id == "Q7747" && $0.role == "President of Iran" })
    }

    // MARK: - Properties

    @Test func spansAreExactSlicesInOrderWithoutOverlap() {
        for prefix in ["000", "001", "002", "003", "004"] {
            let text = Fixture.seed(prefix).text
            let scalars = ScalarText(text)
            let found = Fixture.mentions(text, prefix == "002" ? .arabic : .persian)
            for mention in found {
                #expect(mention.span.start >= 0 && mention.span.end <= scalars.count)
                #expect(scalars[mention.span] == mention.text)
                #expect(!mention.text.isEmpty)
            }
            for (a, b) in zip(found, found.dropFirst()) {
                #expect(a.span.end <= b.span.start, "\(a.text) overlaps \(b.text)")
            }
        }
    }
}
