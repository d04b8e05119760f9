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
    })

    /// Speech verbs and attribution phrases.
    static let speech: PhraseIndex<SpeechCue> = PhraseIndex(ExtractLexicon.speech.compactMap { row in
        guard row.fields.count >= 2, let kind = SpeechCue.Kind(rawValue: row.fields[1]) else { return nil }
        return (row.fields[0], SpeechCue(kind: kind, language: row.language))
    })

    /// Words that attribute a report to an outlet (the outlet recogniser's cues).
    static let attribution: PhraseIndex<Bool> = PhraseIndex(OutletRecognizer.attributionCues.map { ($0, true) })

    /// Hashes of the keys of the stop words: words that end a name.
    static let stopwords = HashSet64(ExtractLexicon.stopwords.compactMap { row in
        let key = MatchKey.key(of: row.fields[0])
        return key.isEmpty ? nil : RollingHash.hash(key)
    })

    /// Hashes of common given names: a given name and the words after it read as a person.
    // Persian news names Arab people too (طارق الهاشمي, اياد علاوي): both lists apply there.
    static let firstNamesPersian = HashSet64(firstNameHashes(.persian) + firstNameHashes(.arabic))
    static let firstNamesArabic = HashSet64(firstNameHashes(.arabic))

    static func firstNameHashes(_ language: Language) -> [UInt64] {
        ExtractLexicon.firstNames.compactMap { row in
            let key = MatchKey.key(of: row.fields[0])
            return key.isEmpty || row.language != language ? nil : RollingHash.hash(key)
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

    /// Words that open a two-word Arabic given name: عبد الله, أبو بكر.
    static let namePrefixes: Set<UInt64> = Set(["عبد", "أبو", "ابو", "أبي"].map { RollingHash.hash(MatchKey.key(of: $0)) })

    /// Stop words that may still stand inside an organisation's name (وزارت امور خارجه, وزارة الخارجية).
    static let organizationWords: Set<UInt64> = Set([
        "کشور", "اسلامی", "امور", "خارجه", "جمهوری", "ملی", "عالی", "دفاع", "کشاورزی", "اطلاعات", "ارتباطات",
        "الخارجية", "الداخلية", "الدفاع", "الحكومة", "الدولة", "الجمهورية",
    ].map { RollingHash.hash(MatchKey.key(of: $0)) })

    /// Words before an agency's name that belong to it: خبرگزاری (فارس), وكالة (رويترز).
    static let outletPrefixes: PhraseIndex<Bool> = PhraseIndex(["خبرگزاری", "وكالة", "وكالة أنباء"].map { ($0, true) })

    /// Demonstratives: "این شهرستان" is not a place marker before a name.
    static let demonstratives: Set<UInt64> = Set(["این", "آن", "همین", "هذه", "هذا", "تلك", "ذلك", "نفس"].map { RollingHash.hash(MatchKey.key(of: $0)) })

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
        let cues = match.phrases.map { titles[$0].value }
        return cues.first { $0.language == language } ?? cues.first { $0.language == nil }
    }

    /// Whether token `i` is a stop word. Arabic على (alef maksura) and the name علي (yeh) fold
    /// to one key; the original letter tells them apart.
    @inline(__always)
    static func isStopword(_ i: Int, in keyed: KeyedTokens) -> Bool {
        guard stopwords.contains(keyed.hashes[i]) else { return false }
        if keyed.hashes[i] == ali, endsWithYeh(i, in: keyed) { return false }
        return true
    }

    static let ali = RollingHash.hash(MatchKey.key(of: "علي"))

    /// Whether token `i` is written with a final Arabic yeh U+064A (علي, not على).
    static func endsWithYeh(_ i: Int, in keyed: KeyedTokens) -> Bool {
        let range = keyed.tokens[i].range
        guard !range.isEmpty, range.upperBound - 1 < keyed.folded.origins.count else { return false }
        return keyed.originalScalar(at: range.upperBound - 1) == "\u{064A}"
    }
}
