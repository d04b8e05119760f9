import KhabarCore
import KhabarText

/// A title, honorific or marker from `titles.tsv`.
struct TitleCue: Sendable {
    /// What the cue introduces.
    enum Kind: String, Sendable {
        /// An office ("رئیس‌جمهور", "وزير الخارجية"): a role, often followed by a country and a name.
        case office
        /// A form of address ("آقای", "السيد"): a name follows.
        case honorific
        /// A word between a title and a name ("سابق", "السابق").
        case modifier
        /// A place marker ("شهر", "محافظة"): a place name follows.
        case place
        /// An organisation marker ("دانشگاه", "وزارة"): the marker and the name form the organisation.
        case organization
        /// An occupation ("الصحافي", "المؤرخ", "اللاعب"): in Arabic a name may follow it, after
        /// adjectives of nationality ("الصحافي الهندي أديتيا سينها"); in any language it ends a name.
        case occupation
    }

    var kind: Kind
    /// The English role (offices) or class (markers).
    var role: String
    var language: Language?
}

/// A speech verb or attribution phrase from `speech.tsv`.
struct SpeechCue: Sendable {
    enum Kind: String, Sendable {
        /// A verb of saying: گفت, قال, said.
        case say
        /// "According to X": به گفته, وفقا ل, according to.
        case according
    }

    var kind: Kind
    var language: Language?
}

/// The cue tables compiled once into phrase indexes.
enum Cues {
    /// Titles, honorifics and markers.
    static let titles: PhraseIndex<TitleCue> = PhraseIndex(ExtractLexicon.titles.compactMap { row in
        guard row.fields.count >= 3, let kind = TitleCue.Kind(rawValue: row.fields[1]) else { return nil }
        return (row.fields[0], TitleCue(kind: kind, role: row.fields[2], language: row.language))
    }, filterBit: FilterBit.titles)

    /// Speech verbs and attribution phrases.
    static let speech: PhraseIndex<SpeechCue> = PhraseIndex(ExtractLexicon.speech.compactMap { row in
        guard row.fields.count >= 2, let kind = SpeechCue.Kind(rawValue: row.fields[1]) else { return nil }
        return (row.fields[0], SpeechCue(kind: kind, language: row.language))
    }, filterBit: FilterBit.speech)

    /// The longest title phrase at token `i`, from the keyed text's cache when `rules` are its own.
    @inline(__always)
    static func titleMatch(at i: Int, in keyed: KeyedTokens, rules: AffixRules) -> PhraseIndex<TitleCue>.Match? {
        rules == keyed.rules ? keyed.titleMatch(at: i) : titles.longestMatch(at: i, in: keyed, rules: rules)
    }

    /// The longest speech cue at token `i`, from the keyed text's cache when `rules` are its own.
    @inline(__always)
    static func speechMatch(at i: Int, in keyed: KeyedTokens, rules: AffixRules) -> PhraseIndex<SpeechCue>.Match? {
        rules == keyed.rules ? keyed.speechMatch(at: i) : speech.longestMatch(at: i, in: keyed, rules: rules)
    }

    /// Words that attribute a report to an outlet (the outlet recogniser's cues).
    static let attribution: PhraseIndex<Bool> = PhraseIndex(OutletRecognizer.attributionCues.map { ($0, true) }, filterBit: FilterBit.attribution)

    /// Hashes of the keys of the stop words of every language: words that end a name or a measure.
    static let stopwords = HashSet64(stopwordHashes { _ in true })

    /// The stop words that end a name in Persian text (Persian and Latin- or Cyrillic-script
    /// ones): Arabic فإن is not Persian فان, "van".
    static let stopwordsPersian = HashSet64(stopwordHashes { $0 != .arabic })
    /// The stop words that end a name in Arabic text.
    static let stopwordsArabic = HashSet64(stopwordHashes { $0 != .persian })

    static func stopwordHashes(_ include: (Language?) -> Bool) -> [UInt64] {
        ExtractLexicon.stopwords.compactMap { row in
            guard include(row.language) else { return nil }
            let key = MatchKey.key(of: row.fields[0])
            return key.isEmpty ? nil : RollingHash.hash(key)
        }
    }

    /// The stop words that end a name in text of `language`.
    static func stopwords(_ language: Language) -> HashSet64 {
        switch language {
        case .persian, .urdu, .pashto, .kurdish: stopwordsPersian
        case .arabic: stopwordsArabic
        default: stopwords
        }
    }

    /// Hashes of the family names compiled from Persian news (`surnames-compiled.tsv`): said
    /// alone, such a word names a person.
    static let surnamesPersian = HashSet64(ExtractLexicon.surnames.compactMap { row in
        guard row.language == .persian else { return nil }
        let key = MatchKey.key(of: row.fields[0])
        return key.isEmpty ? nil : RollingHash.hash(key)
    })

    /// Hashes of common given names: a given name and the words after it read as a person.
    // Persian news names Arab people too (طارق الهاشمي, اياد علاوي): both lists apply there, less
    // the names either list marks as ordinary words too (Arabic هنري "Henry" is Persian هنری
    // "artistic").
    static let firstNamesPersian: HashSet64 = {
        let ambiguous = Set(firstNameHashes(.persian, ambiguous: true) + firstNameHashes(.arabic, ambiguous: true))
        return HashSet64((firstNameHashes(.persian) + firstNameHashes(.arabic)).filter { !ambiguous.contains($0) })
    }()
    static let firstNamesArabic = HashSet64(firstNameHashes(.arabic))
    /// Every given name of the Arabic list, ordinary words too included (وجميل is "and Jamil").
    static let allArabicGivenNames = HashSet64(firstNameHashes(.arabic) + firstNameHashes(.arabic, ambiguous: true))

    /// The hashes of the given names listed for `language`: those not marked `~`, or (with
    /// `ambiguous`) those marked `~`, ordinary words too such as امید "hope" or عمر "age".
    static func firstNameHashes(_ language: Language, ambiguous: Bool = false) -> [UInt64] {
        ExtractLexicon.firstNames.compactMap { row in
            guard row.language == language, row.fields[0].hasPrefix("~") == ambiguous else { return nil }
            let key = MatchKey.key(of: ambiguous ? String(row.fields[0].dropFirst()) : row.fields[0])
            return key.isEmpty ? nil : RollingHash.hash(key)
        }
    }

    /// The given names of `language`, if it has a list.
    static func firstNames(_ language: Language) -> HashSet64? {
        switch language {
        case .persian: firstNamesPersian
        case .arabic: firstNamesArabic
        default: nil
        }
    }

    /// Every given name of either list, ordinary words too included: one right before a surname
    /// makes it another person's (document aliases).
    static let anyGivenName = HashSet64(firstNameHashes(.persian) + firstNameHashes(.persian, ambiguous: true)
        + firstNameHashes(.arabic) + firstNameHashes(.arabic, ambiguous: true))

    /// The given names either list marks as ordinary words too (امید "hope", نادر "rare"): a
    /// surname spelled like one does not name a person by itself.
    static let ordinaryGivenNames = HashSet64(firstNameHashes(.persian, ambiguous: true) + firstNameHashes(.arabic, ambiguous: true))

    /// Month names of the Solar Hijri, Arabic and Gregorian calendars as Persian and Arabic news
    /// write them: a surname spelled like one (مهر, آذر) does not name a person by itself.
    static let months = HashSet64([
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
        "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
        "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
        "يناير", "فبراير", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ].map { RollingHash.hash(MatchKey.key(of: $0)) })

    /// Every word of a title, office or marker phrase (`titles.tsv`) and of a number word
    /// (`numbers.tsv`): a surname spelled like one (الأمين, فدراسیون, سوم) names no one by itself.
    static let titleAndNumberWords: HashSet64 = {
        var hashes: [UInt64] = []
        for row in ExtractLexicon.titles + ExtractLexicon.numbers {
            for word in MatchKey.words(of: row.fields[0]) where !word.isEmpty { hashes.append(RollingHash.hash(word)) }
        }
        return HashSet64(hashes)
    }()

    /// Words that link the two words of a compound surname: بن لادن, أبو الغيط, عبد المهدي, آل سعود.
    static let surnameLinkers = hashes(["بن", "ابن", "بنت", "أبو", "ابو", "أبي", "عبد", "آل"])
    /// Words that link a given name to a father's name: حمد بن عيسى.
    static let patronymicLinks = hashes(["بن", "ابن", "بنت"])
    /// Royal and religious titles that precede a given name alone: الملك سلمان, الأمير محمد.
    static let royalTitles = hashes(["الملك", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السلطان", "والملك", "والأمير", "والشيخ"])
    /// Last words of compound surnames: فضل الله, نور الدين, كيليجدار أوغلو.
    static let surnameEndings = hashes(["الله", "الدين", "أوغلو", "اوغلو", "اغلو"])
    /// Second parts of Persian surnames, often written apart (حسین زاده, سلطانی مهر, کامیابی نیا,
    /// هاشمی فرد, وزیری پناه): the surname is both words.
    static let persianSurnameParts = hashes([
        "زاده", "نژاد", "پور", "نیا", "فر", "فرد", "مهر", "پناه", "راد", "وند", "منش", "کیا", "خواه", "دوست",
        "نسب", "زاد", "فام", "تبار", "بخش", "لو",
    ])

    /// Words that open a two-word Arabic given name: عبد الله, أبو بكر.
    static let namePrefixes = HashSet64(["عبد", "أبو", "ابو", "أبي"].map { RollingHash.hash(MatchKey.key(of: $0)) })

    /// Stop words that may still stand inside an organisation's name (وزارت امور خارجه, وزارة الخارجية,
    /// کمیسیون کشاورزی مجلس, ستاد برگزاری نماز جمعه, پارس جنوبی).
    static let organizationWords = HashSet64([
        "کشور", "اسلامی", "امور", "خارجه", "جمهوری", "ملی", "عالی", "دفاع", "کشاورزی", "اطلاعات", "ارتباطات",
        "مجلس", "جمعه", "شمالی", "جنوبی", "شرقی", "غربی",
        "الخارجية", "الداخلية", "الدفاع", "الحكومة", "الدولة", "الجمهورية",
    ].map { RollingHash.hash(MatchKey.key(of: $0)) })

    /// Words before an agency's name that belong to it: خبرگزاری (فارس), وكالة (رويترز).
    static let outletPrefixes: PhraseIndex<Bool> = PhraseIndex(["خبرگزاری", "وكالة", "وكالة أنباء"].map { ($0, true) }, filterBit: FilterBit.outletPrefixes)

    /// Demonstratives: "این شهرستان" is not a place marker before a name.
    static let demonstratives = HashSet64(["این", "آن", "همین", "هذه", "هذا", "تلك", "ذلك", "نفس"].map { RollingHash.hash(MatchKey.key(of: $0)) })

    /// Quantifiers: a marker after one is a common noun (یک شرکت, چند دانشگاه, عدة شركات).
    static let quantifiers = hashes(["یک", "چند", "چندین", "هر", "برخی", "تعدادی", "دو", "سه", "عدة", "بعض", "كل", "أي"])

    /// Whether the marker at token `first` follows a number or a quantifier: "90 موسسه قرآنی".
    static func isCounted(_ first: Int, in keyed: KeyedTokens) -> Bool {
        guard first > 0 else { return false }
        return keyed.tokens[first - 1].kind == .number
            || (keyed.tokens[first - 1].kind == .word && quantifiers.contains(keyed.hashes[first - 1]))
    }

    /// Offices after which an unknown name may be read ("President X"); other offices ("Head",
    /// "Deputy", "Minister") are followed by what they head more often than by a name.
    static let namingOffices: Set<String> = [
        "President", "Prime Minister", "Foreign Minister", "Defense Minister", "Interior Minister",
        "Oil Minister", "Economy Minister", "Spokesperson of the Foreign Ministry", "Government Spokesperson",
        "King", "Crown Prince", "Emir", "Sultan", "Prince", "Supreme Leader", "Chancellor",
        "Secretary-General", "Ambassador", "Envoy", "Vice President", "First Vice President",
    ]

    /// Offices whose holder is, in any language, the Iranian one unless a country is named.
    static let iranianByDefault: Set<String> = ["Supreme Leader"]

    /// The cue of a title match listed for `language` (or for any language), if any: a Persian
    /// marker does not apply to Arabic text (شهر is a city in Persian, a month in Arabic).
    static func title(_ match: PhraseIndex<TitleCue>.Match, language: Language) -> TitleCue? {
        var own: TitleCue? = nil
        var any: TitleCue? = nil
        titles.forEachPhrase(of: match) { phrase in
            let cue = titles[phrase].value
            if own == nil, cue.language == language { own = cue }
            if any == nil, cue.language == nil { any = cue }
        }
        return own ?? any
    }

    /// Whether token `i` is a stop word. Arabic على (alef maksura) and the name علي (yeh) fold
    /// to one key; the original letter tells them apart.
    @inline(__always)
    static func isStopword(_ i: Int, in keyed: KeyedTokens) -> Bool {
        isStopword(i, in: keyed, set: stopwords)
    }

    /// Whether token `i` is a stop word of text in `language`.
    @inline(__always)
    static func isStopword(_ i: Int, in keyed: KeyedTokens, language: Language) -> Bool {
        isStopword(i, in: keyed, set: stopwords(language))
    }

    @inline(__always)
    static func isStopword(_ i: Int, in keyed: KeyedTokens, set: HashSet64) -> Bool {
        guard set.contains(keyed.hashes[i]) else { return false }
        if keyed.hashes[i] == ali, endsWithYeh(i, in: keyed) { return false }
        return true
    }

    static let ali = RollingHash.hash(MatchKey.key(of: "علي"))
    static let yahya = RollingHash.hash(MatchKey.key(of: "يحيى"))

    /// Whether token `i` is written with a final Arabic yeh U+064A (علي, not على).
    static func endsWithYeh(_ i: Int, in keyed: KeyedTokens) -> Bool {
        let range = keyed.tokens[i].range
        guard !range.isEmpty, range.upperBound - 1 < keyed.folded.origins.count else { return false }
        return keyed.originalScalar(at: range.upperBound - 1) == "\u{064A}"
    }
}

extension Cues {
    static func hashes(_ words: [String]) -> HashSet64 {
        HashSet64(words.map { RollingHash.hash(MatchKey.key(of: $0)) })
    }

    /// Words of sport in Persian and Arabic news: a text with three of them or more is about sport,
    /// where a club's name that is an ordinary word too (استقلال, `^` aliases) and "تیم X" name
    /// teams.
    static let sportsWords = HashSet64(sportsWordList)
    static let sportsWordList = [
        "فوتبال", "تیم", "بازیکن", "بازیکنان", "مربی", "سرمربی", "لیگ", "گل", "دروازه‌بان", "مهاجم", "هافبک",
        "مدافع", "ورزشگاه", "استادیوم", "مسابقه", "مسابقات", "قهرمانی", "تساوی", "امتیاز", "هواداران", "والیبال",
        "بسکتبال", "فوتسال", "کشتی", "المپیک", "پنالتی", "فدراسیون", "باشگاه", "نیم‌فصل", "لیگ برتر",
        "كرة القدم", "مباراة", "المباراة", "الدوري", "المنتخب", "منتخب", "اللاعب", "لاعب", "لاعبي", "المدرب",
        "مدرب", "الفريق", "نادي", "النادي", "هدف", "أهداف", "الملعب", "ملعب", "البطولة", "بطولة", "كأس",
        "المونديال", "مونديال", "التعادل", "الهدف", "المهاجم", "حارس", "ركلة", "الأولمبية", "الموسم",
        // Words only sport uses (not دیدار "meeting" or بازی "game", frequent in politics too).
        "جام", "فینال", "گلزنی", "نیمکت", "هوادار", "دروازه", "سرخپوشان", "آبی‌پوشان", "ملی‌پوشان", "ملی‌پوش",
        "کادرفنی", "صدرنشین", "لژیونر", "لژیونرها", "قهرمانان", "المباريات", "مباريات", "اللاعبين", "لاعبين", "لاعبو",
        "الشوط", "شوط", "هدفين",
        // Ninth round: more words only Persian sports news uses, so that a short report is known
        // as one (a sports name such as ^لیل or ^استقلال is read only there).
        "دربی", "گلر", "هت‌تریک", "کاپیتان", "گلزن", "داور", "داوری", "آفساید", "کرنر", "لالیگا", "بوندسلیگا",
        "پریمیرلیگ", "چمپیونزلیگ", "سوپرجام", "تیم‌های", "تیم‌ها", "سرمربیگری", "مربیگری", "فوتبالیست", "فوتبالی",
        "والیبالیست", "کشتی‌گیر", "کشتی‌گیران", "تکواندو", "کاراته", "جودو", "وزنه‌برداری", "فوتبالیست‌ها", "نقل و انتقالات",
    ].map { RollingHash.hash(MatchKey.key(of: $0)) }

    /// Whether a text is about sport: three tokens or more are words of sport.
    static func isSports(_ keyed: KeyedTokens) -> Bool {
        if let count = keyed.sportsWordCount { return count >= 3 }
        var hits = 0
        for i in 0..<keyed.count where sportsWords.contains(keyed.hashes[i]) {
            hits += 1
            if hits >= 3 { return true }
        }
        return false
    }

    /// Organisation marker classes whose marker stays outside the name: تیم پرسپولیس → پرسپولیس,
    /// روزنامه کیهان → کیهان, صحيفة الحياة → الحياة.
    static let outsideMarkerClasses: Set<String> = ["Team", "Newspaper", "Network", "Website", "Publisher"]

    /// Organisation marker classes read only in a text about sport (تیم is a negotiating team too).
    static let sportsMarkerClasses: Set<String> = ["Team"]

    /// Media marker classes: in Arabic their names are often foreign words without the article,
    /// several of them (وكالة فرانس برس, صحيفة نيويورك تايمز).
    static let mediaMarkerClasses: Set<String> = ["Agency", "Newspaper", "Network", "Website"]

    /// Words after a team marker that are not the team's name (تیم ملی, تیم فوتبال, تیم حریف).
    static let teamNonNames = hashes([
        "ملی", "فوتبال", "والیبال", "بسکتبال", "هندبال", "فوتسال", "کشتی", "امید", "جوانان", "نوجوانان", "بانوان",
        "آقایان", "منتخب", "حریف", "میزبان", "مهمان", "میهمان", "قبلی", "جدید", "اول", "دوم", "سوم", "خود", "شان", "مقابل",
        "مذاکره", "مذاکره‌کننده", "کارشناسی", "پزشکی", "فنی", "تحقیق", "بازرسی", "نجات", "امداد", "ویژه", "برتر",
        "پایه", "زنان", "مردان", "دانشجویی", "باشگاهی", "صدرنشین", "قهرمان", "بعدی", "ورزشی", "همشهری",
        "بزرگسالان", "نونهالان", "کودکان", "پیشکسوتان", "ساحلی", "زیر", "دختران", "پسران", "ناشنوایان",
    ])

    /// Classifiers that an organisation's alias may start with but that are not part of its name:
    /// تنظيم القاعدة names القاعدة (and القاعدة alone is also "the base").
    static let classifiers = hashes(["تنظيم", "لتنظيم", "وتنظيم", "بتنظيم"])

    /// Arabic markers of a province or district that a place's alias may start with (محافظة
    /// البيضاء); they stay outside the name, as after a place marker (محافظة الجوف → الجوف).
    /// مدينة is not among them: مدينة الصدر is a name.
    /// City markers at the head of a city's alias (مدينة غزة, شهر غزه): outside the name when the
    /// rest names a place by itself, as شهر is outside a name read after it. So is دولة "state"
    /// before a country (دولة الإمارات → الإمارات, as the government named by its country is the
    /// place); دولة الاحتلال stays whole.
    static let cityMarkers = hashes(["مدينة", "بمدينة", "لمدينة", "ومدينة", "شهر", "دولة", "بدولة", "لدولة", "ودولة"])

    static let placeClassifiers = hashes([
        "محافظة", "بمحافظة", "لمحافظة", "ومحافظة", "ولاية", "بولاية", "لولاية", "وولاية",
        "إقليم", "بإقليم", "لإقليم", "وإقليم", "مديرية", "بمديرية", "لمديرية", "ومديرية",
    ])

    /// Forms of address and ranks that a person's alias may start with (حاج قاسم سلیمانی, سردار
    /// سلیمانی); they stay outside the name, as honorifics written apart do.
    static let personClassifiers = hashes([
        "حاج", "سردار", "سپهبد", "سرلشکر", "شهید", "آقای", "خانم", "الحاج", "الأمير", "الشيخ", "الملك", "السيد",
    ])

    /// Month names of Arabic dates, Levantine and Gregorian (آب is also the key of إب, Ibb).
    static let arabicMonths = hashes([
        "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ])

    /// Words after a month name that make it a date: آب الماضي, تموز المقبل.
    static let arabicDateWords = hashes(["الماضي", "المقبل", "الجاري", "القادم", "المنصرم"])

    /// Arabic relative pronouns: after one, a verb follows (الذي تقوده السعودية), not a noun.
    static let arabicRelatives = hashes(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "اللذان", "اللتان"])

    /// Frequent Persian words (`commonwords.tsv`): after a team or city marker one of them is the
    /// sentence going on (تیم داوری, شهر بهشت), not a name.
    static let commonWordsPersian = HashSet64(ExtractLexicon.commonWords.compactMap { row in
        guard row.language == .persian else { return nil }
        let key = MatchKey.key(of: row.fields[0])
        return key.isEmpty ? nil : RollingHash.hash(key)
    })

    /// A reporter: the outlet named a few words after one is the source (خبرنگار اقتصادی فارس).
    /// Frequent Arabic words (`commonwords.tsv`, ANT corpus, less names and title words): a name
    /// read from a pattern does not go on with one of them, bare or with a proclitic, a pronoun
    /// suffix or the accusative alef (بفيلمه, برصاصة, حتفها, مسؤولا).
    static let commonWordsArabic = HashSet64(ExtractLexicon.commonWords.compactMap { row in
        guard row.language == .arabic else { return nil }
        let key = MatchKey.key(of: row.fields[0])
        return key.isEmpty ? nil : RollingHash.hash(key)
    })

    static let reporters = hashes(["خبرنگار", "خبرنگاران", "مراسل", "مراسلة"])

    /// Persian words formed like family names that are not (امامزاده "shrine", شاهزاده "prince").
    static let surnameLookalikes = hashes([
        "امامزاده", "شاهزاده", "سنگاپور", "شیپور", "نیشاپور", "شاپور", "حلال‌زاده", "حرام‌زاده", "اشراف‌زاده", "آقازاده",
        "آقازاده‌ها", "نجیب‌زاده", "ایرانی‌نژاد", "ایرانی‌تبار", "هم‌نژاد", "عرب‌نژاد", "ترک‌نژاد", "کردنژاد", "نوزاده",
        "اصیل‌زاده", "بیگ‌زاده", "شاه‌پور",
    ])

    /// Persian verbal nouns that take a preposition inside an institution's name (انجمن حمایت از
    /// زندانیان, ستاد مبارزه با مواد مخدر).
    static let nounPrepositions = hashes(["حمایت", "مبارزه", "حفاظت", "پیشگیری", "دفاع", "صیانت", "مقابله", "جلوگیری", "حمایت‌از"])

    /// Words with لل that are no complement of a name (للمرة "for the … time").
    static let nonComplements = hashes(["للمرة", "للغاية", "للتو", "للأسف", "للحظة", "للعام", "للسنة", "للشهر", "لليوم", "للأسبوع"])

    /// Persian adjectives that describe an institution without naming it (هیات استانی, ستاد مربوطه).
    static let genericAdjectives = hashes([
        "استانی", "شهرستانی", "محلی", "دولتی", "خصوصی", "مردمی", "مربوطه", "مربوط", "ذیربط", "ذی‌ربط", "مسئول", "ویژه",
        "جدید", "مختلف", "منطقه‌ای", "کشوری", "ملی", "بین‌المللی", "خارجی", "داخلی", "مرکزی", "نخستین", "متبوع", "مذکور", "یادشده", "فوق",
    ])

    /// Arabic prepositions and particles: a name right after one is a name, not an adjective
    /// (في سورية is Syria).
    static let arabicParticles = hashes([
        "في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "حول", "ضد", "عبر", "نحو", "داخل", "خارج", "مثل", "لدى",
        "عند", "منذ", "قرب", "حتى", "أو", "ثم", "و", "أن", "إن", "بأن", "لأن", "غير", "دون", "بعد", "قبل", "أمام",
    ])

    /// Organisation marker classes whose Arabic name after an indefinite marker starts with a
    /// definite word or a place (لجنة الشؤون الخارجية; "لجنة لتطبيق العقوبات" names none).
    static let definiteNameMarkerClasses: Set<String> = [
        "Committee", "Court", "Office", "Commission", "Council", "Observatory", "Ministry", "Hospital", "Directorate",
        "Foundation", "Association", "Union", "Front", "Brigades", "Police",
    ]

    /// Persian phrases that follow the name of a person who speaks at the start of a news lead:
    /// "داوود پناهی امروز در گفت‌وگو با خبرنگار فارس …", "X در نشست خبری …".
    static let leadCues: PhraseIndex<Bool> = PhraseIndex([
        "در گفت و گو با", "در گفتگو با", "در گفت‌وگو با", "امروز در گفت و گو با", "امروز در گفتگو با",
        "امروز در گفت‌وگو با", "در نشست خبری", "امروز در نشست خبری", "در جمع خبرنگاران", "امروز در جمع خبرنگاران",
        "با اشاره به", "با بیان اینکه", "با بیان این", "ضمن اعلام", "ضمن اشاره", "ضمن بیان", "با تاکید بر",
        "با تأکید بر", "اظهار داشت", "اظهار کرد", "تصریح کرد", "خاطرنشان کرد", "در حاشیه", "امروز در حاشیه",
        "در پیامی", "در سخنانی", "در مصاحبه با", "در نامه‌ای", "در مراسم", "امروز در مراسم", "در همایش",
        "امروز در همایش", "در جلسه", "امروز در جلسه", "در آیین", "امروز در آیین",
    ].map { ($0, true) }, filterBit: FilterBit.leadCues)

    /// The filter of the cue and figure tables (without a gazetteer's names).
    static let staticFilterEntries: [(bit: Int, prefixes: [UInt64], fulls: [UInt64])] = [
        (FilterBit.sportsWords, [], sportsWordList),
        PrefixFilter.entry(titles), PrefixFilter.entry(speech), PrefixFilter.entry(attribution), PrefixFilter.entry(outletPrefixes),
        PrefixFilter.entry(leadCues), PrefixFilter.entry(FigureLexicon.numbers), PrefixFilter.entry(FigureLexicon.units),
        PrefixFilter.entry(FigureLexicon.prefixes), PrefixFilter.entry(FigureLexicon.periods),
    ]
    static let staticFilter = PrefixFilter(staticFilterEntries)

    /// Whether token `k` is a quotation mark (« » " “ ” ').
    @inline(__always)
    static func isQuoteMark(_ k: Int, in keyed: KeyedTokens) -> Bool {
        guard k >= 0, k < keyed.count, keyed.tokens[k].kind == .punctuation else { return false }
        switch keyed.folded.scalars[keyed.tokens[k].range.lowerBound] {
        case "«", "»", "\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}": return true
        default: return false
        }
    }

    /// Whether Persian token `k` is a verb with the continuous prefix می / نمی written apart by a
    /// zero-width non-joiner (می‌توانیم, نمی‌شود): such a word ends a name.
    static func isPersianPrefixedVerb(_ k: Int, in keyed: KeyedTokens) -> Bool {
        let key = keyed.key(k)
        guard key.count >= 4, let original = keyed.original else { return false }
        let start = key.startIndex
        let meem: Unicode.Scalar = "\u{0645}", noon: Unicode.Scalar = "\u{0646}"
        var prefix = 0
        if key[start] == meem, key[start + 1] == ArabicScript.farsiYeh {
            prefix = 2
        } else if key[start] == noon, key[start + 1] == meem, key[start + 2] == ArabicScript.farsiYeh {
            prefix = 3
        } else {
            return false
        }
        // The original scalar right after the prefix is a ZWNJ (U+200C).
        let offset = keyed.keyOrigins[keyed.keyStart[k] + prefix - 1]
        let next = keyed.folded.origins[offset] + 1
        return next < original.count && original[next] == "\u{200C}"
    }

    /// Whether token `k` is an Arabic word that starts with the conjunction و and the article ال
    /// (والتنمية), continuing a name of two coordinated nouns (حزب العدالة والتنمية).
    static func isArabicCoordinatedDefinite(_ k: Int, in keyed: KeyedTokens) -> Bool {
        let key = keyed.key(k)
        guard key.count >= 5 else { return false }
        let s = key.startIndex
        return key[s] == "\u{0648}" && key[s + 1] == ArabicScript.alef && key[s + 2] == "\u{0644}"
    }

    /// Whether token `k` is an Arabic word with the preposition ل fused to the article (للآثار,
    /// للطفولة): the complement of a body's name (المجلس الأعلى للآثار).
    static func isArabicLamArticle(_ k: Int, in keyed: KeyedTokens) -> Bool {
        let key = keyed.key(k)
        guard key.count >= 4 else { return false }
        let s = key.startIndex
        return key[s] == "\u{0644}" && key[s + 1] == "\u{0644}"
    }
}
