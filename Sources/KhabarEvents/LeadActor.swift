import Foundation
import KhabarCore
import KhabarExtract
import KhabarText

/// Reads who acts in a report: the first name of its lead that stands as a subject.
///
/// News leads name the actor first: Arabic puts the verb before its subject ("أعلن الرئيس
/// الإيراني حسن روحاني…", "رحبت إسرائيل…"), Persian and headlines put the subject first
/// ("روسیه اعلام کرد…"). So the actor is the first person, organisation or place of the first
/// sentence, after a dateline ("دبي، الإمارات العربية المتحدة (CNN) –"), that no preposition or
/// proclitic governs (a name after في, من, بـ, در, از is a place or an object, not the subject).
///
/// A person stands for the country of their office (Rouhani for Iran, so that his statement and
/// his foreign minister's are one actor), from the gazetteer's offices or the role the text gives;
/// a capital or a state body stands for the country it acts for (واشنطن, الكرملين, the army), from
/// the gazetteer's `@Capital of …` and `@Government body of …` roles; outlets are sources and
/// regions are settings, never actors; a person the gazetteer does not know, whose office names no
/// country, is skipped for the next name. The result is a hashed key, so that ``EventSplitter`` can
/// compare reports without strings.
struct LeadActorReader: Sendable {
    /// How far past the start of the lead (after its dateline) the actor may stand, in scalars.
    static let subjectReach = 90
    /// How far into the text a dateline may end.
    static let datelineReach = 90

    /// Country ids by English name, to read "President of Iran".
    private let countryByName: [String: String]
    /// The country a known person's office, a capital or a state body stands for.
    private let countryActedFor: [String: String]
    /// Outlets (sources, not actors) and regions (the Middle East does not act).
    private let neverActors: Set<String>
    /// Countries by the folded key of a one-word name or adjective (روسیه, الروسي, الروسية), to
    /// read the country of a body the gazetteer does not list («الجيش الروسي», «ارتش روسیه»).
    private let countryByWord: [String: String]

    init(gazetteer: Gazetteer) {
        var countries: [String: String] = [:]
        var neverActors = Set<String>()
        var byWord: [String: String] = [:]
        for (id, entry) in gazetteer.entries {
            if entry.category == "country" {
                countries[entry.name] = min(id, countries[entry.name] ?? id)
                for alias in entry.aliases {
                    // Names as written, and adjectives (+) with their Arabic feminine (ـية).
                    var forms: [String]
                    switch alias.text.first {
                    case "+": forms = [String(alias.text.dropFirst())]
                        if alias.language == .arabic { forms.append(forms[0] + "\u{0629}") }
                    case "~", "@", "^", "?": forms = []
                    default: forms = [alias.text]
                    }
                    for form in forms where !form.contains(" ") {
                        let key = FoldedText.key(form)
                        // The smallest id when two countries share a word: the same whatever the order.
                        if !key.isEmpty, byWord[key].map({ id < $0 }) ?? true { byWord[key] = id }
                    }
                }
            }
            if entry.category == "outlet" || entry.category == "region" { neverActors.insert(id) }
        }
        var actedFor: [String: String] = [:]
        for (id, entry) in gazetteer.entries {
            // The first role in the file's order that names a known country.
            for alias in entry.aliases where alias.text.hasPrefix("@") {
                if let country = LeadActorReader.country(inRole: String(alias.text.dropFirst()), countries: countries) {
                    actedFor[id] = country
                    break
                }
            }
        }
        countryByName = countries
        countryActedFor = actedFor
        countryByWord = byWord
        self.neverActors = neverActors
    }

    /// The actor of a text and the actors its lead names, as hashed keys (namespace `a`).
    ///
    /// - Returns: `actor` is 0 when the lead names no subject.
    func read(_ entities: [EntityMention], in text: ScalarText, title: String? = nil) -> (actor: UInt64, named: [UInt64]) {
        let scalars = text.scalars
        let sentenceEnd = LeadActorReader.firstSentenceEnd(scalars)
        let leadStart = LeadActorReader.datelineEnd(scalars, before: sentenceEnd)
        // A lead that opens with a circumstance («في انتظار إعلان ترامب قراره…، اتهم نتنياهو»)
        // has its subject after it.
        let subjectStart = LeadActorReader.openingClauseEnd(scalars, from: leadStart, before: sentenceEnd) { position in
            entities.contains { $0.span.start == position }
        }
        let reach = min(sentenceEnd, subjectStart + LeadActorReader.subjectReach)
        var actor: UInt64 = 0
        var named = Set<UInt64>()
        // Names in the dateline («دبي، الإمارات العربية المتحدة (CNN)») say where the report was
        // filed, not who acts or is acted on.
        for mention in entities where mention.span.start >= leadStart && mention.span.start < sentenceEnd {
            guard let key = actorKey(of: mention) else { continue }
            let start = mention.span.start
            // A paper or agency the gazetteer does not list («ذكرت صحيفة "الحياة"», «أفادت
            // مراسلة "العربية"») reports; like a listed outlet, it never acts.
            guard !(key.hasPrefix(LeadActorReader.unlistedOrganization) && LeadActorReader.isMedium(at: start, in: scalars)) else { continue }
            // A name a preposition governs is a place or an object («الانسحاب من الاتفاق مع
            // إيران»): not someone the lead presents as acting.
            guard !LeadActorReader.isGoverned(start, in: scalars, byConjunctions: false) else { continue }
            // A place that names an agreement or a meeting («اتفاق باريس», «قمة طهران») is no
            // party to the lead, and its capital does not stand for its country.
            guard !(mention.type == .place && LeadActorReader.namesAgreementOrMeeting(start, in: scalars)) else { continue }
            let hashed = StableHash.of(0x61, key)
            named.insert(hashed)
            // A person the gazetteer does not know, whose office names no country, acts for nobody
            // known: the next name is the actor («قال المبعوث الأمريكي جيمس جيفري…», an unknown
            // spelling of a known name, or a misread one), or none.
            if actor == 0, start >= subjectStart, start < reach, !key.hasPrefix(LeadActorReader.unlistedPerson),
               !LeadActorReader.isGoverned(start, in: scalars, byConjunctions: true) {
                actor = hashed
            }
        }
        // A roundup of reactions («ردود فعل دولية…») is an event of its own, whoever its lead
        // starts with: its pseudo-actor is one no other report has or names.
        let headline = title.map { FoldedText($0).scalars } ?? []
        if LeadActorReader.isRoundup(headline: headline) {
            actor = LeadActorReader.roundupActor
        } else if LeadActorReader.isPressReview(
            headline: headline, lead: scalars[leadStart..<max(leadStart, min(sentenceEnd, leadStart + LeadActorReader.pressReviewReach))]) {
            // So is a press review («في الصحف اليوم: …», «گزیده سرمقاله‌های روزنامه‌های صبح
            // امروز»): it tells of several stories of the day, whichever its headline quotes.
            actor = LeadActorReader.pressReviewActor
        }
        return (actor, named.sorted())
    }

    /// The actor key of a roundup of reactions.
    static let roundupActor = StableHash.of(0x61, "roundup of reactions")
    /// The actor key of a press review.
    static let pressReviewActor = StableHash.of(0x61, "press review")
    /// How far into the lead a press review announces itself.
    static let pressReviewReach = 80

    /// Whether a headline (folded) or the opening of a lead announces a review of the day's papers.
    static func isPressReview(headline: [Unicode.Scalar], lead: ArraySlice<Unicode.Scalar>) -> Bool {
        if contains(pressReviewKeys, firsts: pressReviewFirsts, in: headline, atWordStart: true) { return true }
        // Folded from its scalars: a `String` made of them holds the same scalars, and building
        // one cost more than the rest of the lead's reading.
        let opening = FoldedText(ScalarText(scalars: Array(lead)))
        return contains(pressReviewKeys, firsts: pressReviewFirsts, in: opening.scalars, atWordStart: true)
    }

    /// ``pressReviewMarkers`` folded, as scalars (none is empty).
    static let pressReviewKeys = pressReviewMarkers.map { Array(FoldedText.key($0).unicodeScalars) }
    /// A bit for the low six bits of each press review marker's first scalar.
    static let pressReviewFirsts = pressReviewKeys.reduce(UInt64(0)) { $0 | 1 << UInt64($1[0].value & 63) }

    /// Words that open or head a review of the day's papers, in Arabic, Persian, English and Russian.
    static let pressReviewMarkers = [
        // Arabic
        "الصحف اليوم", "صحف اليوم", "الصحف الصادرة اليوم", "الصحف العالمية الصادرة", "الصحف العربية الصادرة",
        "جولة الصحف", "جولة في الصحف", "قراءة في الصحف", "عناوين الصحف",
        // Persian
        "مروری بر مطبوعات", "مرور مطبوعات", "گزیده سرمقاله", "سرمقاله‌های روزنامه", "سرمقاله های روزنامه",
        "عناوین مهم روزنامه", "عناوین روزنامه‌های", "عناوین روزنامه های",
        // English
        "press review", "what the papers say", "newspaper headlines",
        // Russian
        "обзор прессы", "обзор газет",
    ]

    /// Whether a headline announces a roundup of several actors' reactions.
    static func isRoundup(title: String) -> Bool {
        isRoundup(headline: FoldedText(title).scalars)
    }

    /// Whether a folded headline announces a roundup of several actors' reactions.
    static func isRoundup(headline: [Unicode.Scalar]) -> Bool {
        contains(roundupKeys, firsts: roundupFirsts, in: headline)
    }

    /// Whether any of `keys` occurs in `text` (folded scalars); `firsts` has a bit for the low six
    /// bits of each key's first scalar. With `atWordStart`, only where no letter precedes the key
    /// («صحف اليوم» is not in «مصحف اليوم»); a suffix may follow it (سرمقاله‌های).
    ///
    /// Compared scalar by scalar: `String.contains` goes through Foundation's locale-aware search,
    /// which cost 14% of a whole ingest. The folded scalars are searched as they are, without
    /// making them a `String` and trimming it (``FoldedText/key(_:)``): every marker starts and
    /// ends with a letter, which no trimmed white space can hold, so the result is the same. One
    /// pass over the text: only where a scalar may start a marker (its low six bits in `firsts`)
    /// are the markers compared.
    static func contains(_ keys: [[Unicode.Scalar]], firsts: UInt64, in text: [Unicode.Scalar], atWordStart: Bool = false) -> Bool {
        for start in text.indices where firsts & (1 << UInt64(text[start].value & 63)) != 0 {
            if atWordStart, start > 0, text[start - 1].isAlphabeticFast { continue }
            for marker in keys where start + marker.count <= text.count && marker[0] == text[start] {
                if text[start..<(start + marker.count)].elementsEqual(marker) { return true }
            }
        }
        return false
    }

    /// ``roundupMarkers`` folded, as scalars (none is empty).
    static let roundupKeys = roundupMarkers.map { Array(FoldedText.key($0).unicodeScalars) }
    /// A bit for the low six bits of each marker's first scalar.
    static let roundupFirsts = roundupKeys.reduce(UInt64(0)) { $0 | 1 << UInt64($1[0].value & 63) }

    /// Headline words of a roundup of reactions, in Arabic, Persian, English and Russian.
    static let roundupMarkers = [
        // Arabic
        "ردود فعل", "ردود الفعل", "ردود أفعال", "ردود دولية", "إدانات دولية", "إدانات عربية", "إدانة دولية واسعة",
        "إدانة واسعة", "تنديد دولي", "ترحيب دولي", "مواقف دولية",
        // Persian
        "واکنش‌ها", "واکنش ها", "واکنش‌های", "واکنش های", "واکنش جهانی", "واکنش بین‌المللی", "واکنش‌های بین‌المللی",
        "محکومیت جهانی", "محکومیت بین‌المللی",
        // English
        "reactions", "world reacts", "international reaction", "international condemnation",
        // Russian
        "реакция мира", "реакции", "международная реакция",
    ]

    /// What a mention acts as: a person, capital or state body as the country it acts for when
    /// it is known; an outlet or a region as nothing.
    func actorKey(of mention: EntityMention) -> String? {
        if neverActors.contains(mention.id) { return nil }
        if let country = countryActedFor[mention.id] { return country }
        // A body the gazetteer does not list acts for the country its name says («الشرطة
        // الإندونيسية»: Indonesia); a named one (IRGC) is itself unless its roles say otherwise.
        if mention.type == .organization, mention.id.hasPrefix(LeadActorReader.unlistedOrganization) {
            // A hashtag's words are joined by underscores (#الجيش_اليمني).
            for word in mention.text.split(whereSeparator: { $0 == " " || $0 == "_" }) {
                if let country = countryByWord[FoldedText.key(String(word))] { return country }
            }
        }
        if mention.type == .person {
            if let role = mention.role, let country = LeadActorReader.country(inRole: role, countries: countryByName) {
                return country
            }
        }
        return mention.id
    }

    /// The id prefix of an organisation found by pattern, not in the gazetteer.
    static let unlistedOrganization = "kh:organization/~"
    /// The id prefix of a person found by pattern, not in the gazetteer.
    static let unlistedPerson = "kh:person/~"

    /// The country of a role written "… of Country" ("Foreign Minister of Iran").
    static func country(inRole role: String, countries: [String: String]) -> String? {
        guard let range = role.range(of: " of ", options: .backwards) else { return nil }
        return countries[String(role[range.upperBound...])]
    }

    /// Where the first sentence ends: at the first full stop, question or exclamation mark, or
    /// line break (a headline on its own line is a sentence).
    static func firstSentenceEnd(_ scalars: [Unicode.Scalar]) -> Int {
        var index = 0
        // Leading blank lines are no sentence.
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        while index < scalars.count {
            switch scalars[index] {
            case ".", "!", "?", "\u{061F}", "\n": return index
            default: index += 1
            }
        }
        return scalars.count
    }

    /// Where the subject of a lead may start: after an opening circumstance («في انتظار…»,
    /// «قبيل…», «در پی…»), which ends at the first comma not followed by a name (a comma followed
    /// by a name sets off an apposition: «الرئيس الأميركي، دونالد ترمب»); `start` when the lead
    /// opens otherwise or no such comma comes within ``openingClauseReach`` scalars.
    static func openingClauseEnd(_ scalars: [Unicode.Scalar], from start: Int, before limit: Int,
                                 startsName: (Int) -> Bool) -> Int {
        var begin = start
        while begin < limit, !scalars[begin].isAlphabeticFast { begin += 1 }
        var end = begin
        while end < limit, scalars[end].isAlphabeticFast { end += 1 }
        let word = scalars[begin..<end]
        guard clauseOpenerScalars.contains(where: { $0.elementsEqual(word) }) else { return start }
        var index = end
        while index < min(limit, begin + openingClauseReach) {
            if scalars[index] == "\u{060C}" || scalars[index] == "," {
                var next = index + 1
                while next < limit, !scalars[next].isAlphabeticFast { next += 1 }
                if !startsName(next) { return next }
            }
            index += 1
        }
        return start
    }

    /// How far an opening circumstance may run, in scalars.
    static let openingClauseReach = 200

    /// Words that open a circumstance before a lead's subject, as scalars, also capitalised (a
    /// Latin or Cyrillic lead starts with a capital).
    static let clauseOpenerScalars = clauseOpeners.union(clauseOpeners.map(\.capitalized)).map { Array($0.unicodeScalars) }

    /// Words that open a circumstance before a lead's subject, in Arabic, Persian, English and
    /// Russian: the prepositions of ``governingWords`` (no conjunction) and time and cause words.
    static let clauseOpeners: Set<String> = governingWords.subtracting(conjunctions).union([
        // Arabic
        "قبيل", "عقب", "إثر", "اثر", "وسط", "رغم", "بعيد", "ردا", "تعليقا", "فيما", "بينما", "وفي",
        // Persian
        "پس", "پیش", "همزمان", "درپی", "بدنبال",
        // English
        "after", "before", "amid", "despite", "while", "ahead",
        // Russian
        "после", "перед", "несмотря",
    ])

    /// Where a dateline ends ("دبي، الإمارات العربية المتحدة (CNN) –", "(CNN)--"): after a
    /// closing parenthesis followed by dashes, or after a dash standing alone between spaces,
    /// within the first ``datelineReach`` scalars. 0 when there is none.
    static func datelineEnd(_ scalars: [Unicode.Scalar], before limit: Int) -> Int {
        let end = min(limit, datelineReach)
        func isDash(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2013}" || s == "\u{2014}" }
        var index = 0
        while index < end {
            let scalar = scalars[index]
            if scalar == ")" {
                var next = index + 1
                while next < scalars.count, scalars[next] == " " { next += 1 }
                if next < scalars.count, isDash(scalars[next]) {
                    while next < scalars.count, isDash(scalars[next]) { next += 1 }
                    return next
                }
            } else if scalar == " ", index + 2 < scalars.count, isDash(scalars[index + 1]) {
                var next = index + 1
                while next < scalars.count, next - index <= 2, isDash(scalars[next]) { next += 1 }
                if next < scalars.count, scalars[next] == " ", next - index <= 3 { return next }
            }
            index += 1
        }
        return 0
    }

    /// Whether the word at `start` is governed by what precedes it: a proclitic or letter joined
    /// to it (بإيران), or a preposition as the word before; and, `byConjunctions`, a conjunction
    /// too (وإسرائيل, "و إسرائيل": the second of two subjects is not the first actor).
    static func isGoverned(_ start: Int, in scalars: [Unicode.Scalar], byConjunctions: Bool) -> Bool {
        guard governedAsWritten(start, in: scalars, byConjunctions: byConjunctions) else { return false }
        // «مصدر مسؤول بوزارة الخارجية», «مسؤول في البنتاغون», «منبع در وزارت خارجه»: the body a
        // source speaks for is who speaks.
        return !speaksThroughSource(start, in: scalars)
    }

    /// Whether a preposition (joined or a word of its own) before `start` follows a noun of
    /// sources and spokespeople (``sourceNouns``).
    static func speaksThroughSource(_ start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var end = start
        if end > 0, scalars[end - 1].isAlphabeticFast {
            // The joined letters (بوزارة): the source noun is the word before.
            while end > 0, scalars[end - 1].isAlphabeticFast { end -= 1 }
        } else {
            // The preposition as a word (في البنتاغون): skip it.
            while end > 0, !scalars[end - 1].isAlphabeticFast { end -= 1 }
            while end > 0, scalars[end - 1].isAlphabeticFast { end -= 1 }
        }
        while end > 0, !scalars[end - 1].isAlphabeticFast { end -= 1 }
        var begin = end
        while begin > 0, scalars[begin - 1].isAlphabeticFast { begin -= 1 }
        let word = scalars[begin..<end]
        return sourceNounScalars.contains { $0.elementsEqual(word) }
    }

    /// Whether the organisation whose name starts at `start` is a news medium: the word before it
    /// (past quotation marks, and past one adjective of nationality) is a noun of media
    /// («صحيفة "الحياة"», «صحيفة بريطانية "الغارديان"», «مراسلة "العربية"»), or its name opens
    /// with a noun that only media bear («صحيفة الحياة», «وكالة أنباء أنتارا»).
    static func isMedium(at start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        func word(from begin: Int) -> ArraySlice<Unicode.Scalar> {
            var end = begin
            while end < scalars.count, scalars[end].isAlphabeticFast { end += 1 }
            return scalars[begin..<end]
        }
        func isNoun(_ word: ArraySlice<Unicode.Scalar>, in nouns: [[Unicode.Scalar]]) -> Bool {
            if nouns.contains(where: { $0.elementsEqual(word) }) { return true }
            // A joined و, ل or ب (وصحيفة, لوكالة).
            guard let first = word.first, "\u{0648}\u{0644}\u{0628}".unicodeScalars.contains(first) else { return false }
            return nouns.contains { $0.elementsEqual(word.dropFirst()) }
        }
        // The name's own first word.
        let first = word(from: start)
        if isNoun(first, in: mediumNameScalars) { return true }
        if isNoun(first, in: agencyScalars) {
            var next = start + first.count
            while next < scalars.count, scalars[next] == " " { next += 1 }
            if newsScalars.contains(where: { $0.elementsEqual(word(from: next)) }) { return true }
        }
        // The words before it: spaces and quotation marks only, within the sentence.
        var end = start
        for _ in 0..<2 {
            while end > 0, scalars[end - 1] == " " || quotationMarks.contains(scalars[end - 1]) { end -= 1 }
            var begin = end
            while begin > 0, scalars[begin - 1].isAlphabeticFast { begin -= 1 }
            guard begin < end else { return false }
            let before = scalars[begin..<end]
            if isNoun(before, in: mediumNounScalars) { return true }
            // One adjective of nationality may stand between («صحيفة بريطانية», «موقع أمريكي»).
            guard before.last == "\u{0629}" || before.last == "\u{064A}" || before.last == "\u{06CC}" else { return false }
            end = begin
        }
        return false
    }

    /// Quotation marks around a medium's name.
    static let quotationMarks: Set<Unicode.Scalar> = ["\"", "«", "»", "\u{201C}", "\u{201D}", "'"]

    /// Nouns of news media and their reporters, before a medium's name.
    static let mediumNouns: Set<String> = mediumNames.union([
        "وكالة", "موقع", "شبكة", "الشبكة", "تلفزيون", "إذاعة", "محطة", "مراسل", "مراسلة", "مراسلو", "مراسلي",
        "شبکه", "سایت", "پایگاه", "خبرنگار", "تلویزیون", "رادیو",
        "agency", "network", "website", "correspondent", "broadcaster", "агентство", "телеканал", "сайт",
    ])
    /// Nouns that open only a medium's name («صحيفة الحياة»; not «شبكة تهريب»).
    static let mediumNames: Set<String> = [
        "صحيفة", "الصحيفة", "جريدة", "مجلة", "قناة", "روزنامه", "خبرگزاری", "نشریه", "مجله", "هفته‌نامه",
        "newspaper", "magazine", "channel", "газета", "журнал", "канал",
    ]
    static let mediumNounScalars = mediumNouns.map { Array($0.unicodeScalars) }
    static let mediumNameScalars = mediumNames.map { Array($0.unicodeScalars) }
    /// وكالة names a medium only as a news agency (وكالة أنباء), not as a space or energy agency.
    static let agencyScalars = [Array("وكالة".unicodeScalars)]
    static let newsScalars = ["أنباء", "الأنباء", "انباء", "الانباء"].map { Array($0.unicodeScalars) }

    /// ``sourceNouns`` as scalars.
    static let sourceNounScalars = sourceNouns.map { Array($0.unicodeScalars) }

    /// Nouns of sources and spokespeople, after which a preposition introduces who speaks.
    static let sourceNouns: Set<String> = [
        "مصدر", "مصادر", "مسؤول", "مسئول", "مسؤولون", "مسؤولين", "متحدث", "المتحدث", "متحدثة", "المتحدثة", "ناطق", "الناطق",
        "منبع", "منابع", "مقام", "سخنگو", "source", "sources", "official", "officials", "spokesman", "spokeswoman",
        "spokesperson", "источник", "источники", "представитель",
    ]

    /// Whether the word at `start` is governed by what precedes it, as written (see ``isGoverned(_:in:byConjunctions:)``).
    static func governedAsWritten(_ start: Int, in scalars: [Unicode.Scalar], byConjunctions: Bool) -> Bool {
        guard start > 0 else { return false }
        if scalars[start - 1].isAlphabeticFast {
            guard !byConjunctions else { return true }
            // Joined letters: governed unless they are only و and ف (and, so).
            var begin = start
            while begin > 0, scalars[begin - 1].isAlphabeticFast { begin -= 1 }
            return scalars[begin..<start].contains { $0 != "\u{0648}" && $0 != "\u{0641}" }
        }
        // The word before, skipping spaces and punctuation.
        var end = start
        while end > 0, !scalars[end - 1].isAlphabeticFast { end -= 1 }
        var begin = end
        while begin > 0, scalars[begin - 1].isAlphabeticFast { begin -= 1 }
        guard begin < end else { return false }
        // Compared scalar by scalar: no string is made for the word.
        let word = scalars[begin..<end]
        // A name in apposition to a noun of places («في العاصمة دمشق», «بمدينة عفرين») is governed
        // as the noun is.
        if end == start - 1, scalars[end] == " " {
            if placeNounScalars.contains(where: { $0.elementsEqual(word) }) {
                return governedAsWritten(begin, in: scalars, byConjunctions: byConjunctions)
            }
            if let proclitic = word.first, "\u{0628}\u{0644}\u{0648}\u{0641}".unicodeScalars.contains(proclitic),
               placeNounScalars.contains(where: { $0.elementsEqual(word.dropFirst()) }) {
                // بمدينة, لمدينة: governed; ومدينة, فمدينة: governed only by the conjunction.
                return byConjunctions || proclitic == "\u{0628}" || proclitic == "\u{0644}"
            }
        }
        guard end - begin <= longestGoverningWord else { return false }
        return (byConjunctions ? governingScalars : prepositionScalars).contains { $0.elementsEqual(word) }
    }

    /// ``placeNouns`` as scalars.
    static let placeNounScalars = placeNouns.map { Array($0.unicodeScalars) }

    /// Nouns of places that a place's name follows in apposition («العاصمة دمشق», «مدينة عفرين»,
    /// «شهر تهران»), in Arabic and Persian.
    static let placeNouns: Set<String> = [
        // Arabic
        "العاصمة", "عاصمة", "مدينة", "المدينة", "بلدة", "البلدة", "قرية", "محافظة", "المحافظة", "منطقة", "ولاية",
        "إقليم", "جزيرة", "ميناء", "مخيم", "حي", "دولة",
        // Persian
        "شهر", "شهرستان", "استان", "کشور", "روستای", "منطقه", "پایتخت",
    ]

    /// Whether the word just before `start` (one space apart) is a noun of agreements and
    /// meetings (``agreementAndMeetingNouns``), of which the place is then a part of the name.
    static func namesAgreementOrMeeting(_ start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard start > 1, scalars[start - 1] == " " else { return false }
        let end = start - 1
        var begin = end
        while begin > 0, scalars[begin - 1].isAlphabeticFast { begin -= 1 }
        let word = scalars[begin..<end]
        return agreementAndMeetingScalars.contains { $0.elementsEqual(word) }
    }

    /// ``agreementAndMeetingNouns`` as scalars, also capitalised.
    static let agreementAndMeetingScalars = agreementAndMeetingNouns.union(agreementAndMeetingNouns.map(\.capitalized))
        .map { Array($0.unicodeScalars) }

    /// Nouns of agreements and meetings named after a place, in Arabic, Persian, English and
    /// Russian (the Paris agreement, the Tehran summit, the Astana talks).
    static let agreementAndMeetingNouns: Set<String> = [
        // Arabic
        "اتفاق", "اتفاقية", "اتفاقات", "اتفاقيات", "معاهدة", "قمة", "مؤتمر", "محادثات", "مفاوضات", "مسار",
        "إعلان", "اجتماع", "اجتماعات", "منتدى", "جولة", "بيان",
        // Persian
        "توافق", "توافقنامه", "قرارداد", "معاهده", "اجلاس", "نشست", "کنفرانس", "مذاکرات", "روند", "بیانیه",
        // English
        "agreement", "accord", "accords", "treaty", "summit", "conference", "talks", "process", "declaration",
        // Russian
        "соглашение", "договор", "саммит", "конференция", "переговоры", "процесс", "декларация",
    ]

    /// ``governingWords`` and those of them that are no conjunction, as scalars.
    static let governingScalars = governingWords.map { Array($0.unicodeScalars) }
    static let prepositionScalars = governingWords.subtracting(conjunctions).map { Array($0.unicodeScalars) }
    static let longestGoverningWord = governingScalars.map(\.count).max() ?? 0

    /// The conjunctions of ``governingWords``.
    static let conjunctions: Set<String> = ["و", "and", "и"]

    /// Prepositions and conjunctions after which a name is no subject, in Arabic, Persian,
    /// English and Russian.
    static let governingWords: Set<String> = [
        // Arabic
        "في", "من", "على", "إلى", "الى", "عن", "مع", "لدى", "بعد", "قبل", "حول", "ضد", "بين", "عند",
        "منذ", "خلال", "بشأن", "تجاه", "و", "لـ", "بـ",
        // Persian
        "در", "از", "به", "با", "برای", "بر", "تا", "بین", "میان", "علیه", "درباره",
        // English
        "in", "at", "on", "to", "from", "with", "for", "of", "by", "against", "and",
        // Russian
        "в", "во", "на", "с", "со", "к", "ко", "от", "из", "о", "об", "для", "по", "при", "и",
    ]
}
