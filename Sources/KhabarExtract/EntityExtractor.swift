public import KhabarCore
public import KhabarText

/// Finds people, organisations and places and links each to one canonical entity.
///
/// Three passes over the tokens of the folded text:
/// 1. **Gazetteer.** Every alias is matched by its match key (``FoldedText`` folding plus
///    پ→ب, چ→ج, ژ→ز, گ→ک, hamza dropped), as the concatenation of the keys of consecutive
///    tokens, so spacing does not matter (عشق آباد = عشقآباد = عشق‌آباد). In Arabic text a word may
///    carry the proclitics و ف ب ل ك (والرئيس, لروسيا, بموسكو; ل + ال written لل); in Persian text
///    a name ending in ا, و or ه may carry the ezafe yeh (آمریکای, روسیه‌ی); in Russian text the
///    last word may carry a case ending (Путина, Москве). The longest match wins. Aliases marked
///    `~` (ordinary words such as فارس) count only after an attribution cue (به گزارش, وكالة).
/// 2. **Titles and markers.** An office ("رئیس‌جمهور", "الرئيس", "وزير الخارجية") with its
///    country or organisation ("روسیه", the adjective "الروسي") gives the role of the person
///    named next to it ("ولادیمیر پوتین، رئیس‌جمهور روسیه" → President of Russia); after an office
///    or a form of address ("آقای", "السيد", "دکتر") a name that is not in the gazetteer is read
///    (up to three words, stopping at stop words, titles, speech verbs and punctuation) and linked
///    by its ``NameSkeleton`` (to a gazetteer person when a multi-word alias has the same skeleton,
///    else to `kh:person/~<skeleton>`, which is the same in every script). Place markers ("شهر",
///    "محافظة") and organisation markers ("دانشگاه", "وزارة") read places and organisations.
/// 3. **Document aliases.** The surname of a person read from a pattern names them again later in
///    the same text.
///
/// Mentions do not overlap and come in text order; spans are exact slices of the original text.
///
/// ```swift
/// let extractor = EntityExtractor(gazetteer: .bundled)
/// let text = ScalarText("ولادیمیر پوتین، رئیس‌جمهور روسیه، در عشق‌آباد گفت")
/// let folded = FoldedText(text)
/// let mentions = extractor.extract(from: text, folded: folded, tokens: Tokenizer().tokens(in: folded), language: .persian)
/// // Vladimir Putin (Q7747, role "President of Russia"), Ashgabat
/// ```
///
/// - Complexity: O(*n*·*m*) in the number of tokens and the longest alias (in tokens); a lookup
///   at one token usually stops after one hash probe.
public struct EntityExtractor: Sendable {
    /// The entities the extractor knows by name.
    public let gazetteer: Gazetteer
    let compiled: CompiledGazetteer

    /// Creates an extractor over `gazetteer`, compiling its aliases for matching.
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        self.compiled = CompiledGazetteer(gazetteer)
    }

    /// The entity mentions of `text`, in text order, without overlaps.
    ///
    /// - Parameters:
    ///   - text: The original text; spans and `text` fields refer to it.
    ///   - folded: `text` folded (``FoldedText``).
    ///   - tokens: The tokens of `folded`.
    ///   - language: The language of the text; it decides which affixes are read.
    public func extract(from text: ScalarText, folded: FoldedText, tokens: [Token], language: Language) -> [EntityMention] {
        let keyed = KeyedTokens(folded: folded, tokens: tokens)
        return mentions(in: keyed, language: language).map { mention(from: $0, keyed: keyed, text: text) }
    }

    func mention(from raw: RawMention, keyed: KeyedTokens, text: ScalarText) -> EntityMention {
        let range = keyed.foldedRange(first: raw.first, startTrim: raw.startTrim, last: raw.last, endTrim: raw.endTrim)
        let span = keyed.folded.originalSpan(of: range)
        let slice = text[span]
        return EntityMention(
            span: span, text: slice, type: raw.type, id: raw.id,
            name: raw.entry == nil ? slice : raw.name, role: raw.role)
    }

    // MARK: - Passes

    /// The mentions of a keyed text, in token coordinates.
    func mentions(in keyed: KeyedTokens, language: Language) -> [RawMention] {
        let rules = AffixRules.forLanguage(language)
        var found = gazetteerMentions(in: keyed, language: language, rules: rules)
        found = patternMentions(in: keyed, language: language, rules: rules, gazetteerMentions: found)
        found = documentAliasMentions(in: keyed, mentions: found)
        return found
    }

    /// Pass 1: gazetteer aliases, leftmost-longest.
    func gazetteerMentions(in keyed: KeyedTokens, language: Language, rules: AffixRules) -> [RawMention] {
        var found: [RawMention] = []
        var i = 0
        while i < keyed.count {
            guard keyed.tokens[i].kind == .word, let match = compiled.names.longestMatch(at: i, in: keyed, rules: rules) else {
                i += 1
                continue
            }
            let attributed = hasAttributionCue(before: i, in: keyed)
            guard let index = compiled.entry(for: match, language: language, attributed: attributed) else {
                i += 1
                continue
            }
            let entry = compiled.entries[index]
            found.append(RawMention(
                first: i, last: match.last, startTrim: match.spanTrim, endTrim: match.endTrim, entry: index,
                type: entry.type, id: entry.id, name: entry.name))
            i = match.last + 1
        }
        return found
    }

    /// Pass 2: titles, roles and names read from patterns.
    func patternMentions(in keyed: KeyedTokens, language: Language, rules: AffixRules, gazetteerMentions: [RawMention]) -> [RawMention] {
        var found = gazetteerMentions
        var mentionAt: [Int: Int] = [:]  // first token → index in found
        var mentionEndingAt: [Int: Int] = [:]  // last token → index in found
        var covered = [Bool](repeating: false, count: keyed.count)
        for (index, mention) in found.enumerated() {
            mentionAt[mention.first] = index
            mentionEndingAt[mention.last] = index
            for t in mention.first...mention.last { covered[t] = true }
        }
        let reader = TitleReader(
            keyed: keyed, compiled: compiled, language: language, rules: rules,
            mentionAt: mentionAt.mapValues { found[$0] })
        var removed = Set<Int>()
        var i = 0
        while i < keyed.count {
            guard keyed.tokens[i].kind == .word, !(covered[i] && mentionAt[i] == nil), let title = reader.read(at: i) else {
                i += 1
                continue
            }
            switch title.cue.kind {
            case .modifier:
                i = title.last + 1
            case .office, .honorific:
                // Forms of address may stack: آیت‌الله سید علی …
                var j = title.last + 1
                while j < keyed.count, let more = reader.read(at: j), more.cue.kind == .honorific { j = more.last + 1 }
                j = skipQuotes(from: j, in: keyed)
                let role = title.cue.kind == .office ? title.role : nil
                if let next = mentionAt[j], found[next].type == .person {
                    if found[next].role == nil, let role { found[next].role = role }
                    i = found[next].last + 1
                    continue
                }
                if title.cue.kind == .office, let previous = personBefore(title.first, in: keyed, endingAt: mentionEndingAt, found: found) {
                    if found[previous].role == nil, let role { found[previous].role = role }
                    i = title.last + 1
                    continue
                }
                // After an office, a name that is not in the gazetteer is read only when the
                // office names its country ("الرئيس الأمريكي X"): a bare "رئیس‌جمهور" is more
                // often followed by its object than by a name.
                if title.cue.kind == .honorific || (Cues.namingOffices.contains(title.cue.role) && title.hasWrittenComplement),
                   let name = captureName(from: j, maxTokens: 3, in: keyed, covered: covered, language: language, rules: rules) {
                    let mention = unknownPerson(first: name.lowerBound, last: name.upperBound, role: role, in: keyed)
                    found.append(mention)
                    mentionAt[mention.first] = found.count - 1
                    mentionEndingAt[mention.last] = found.count - 1
                    for t in name { covered[t] = true }
                    i = name.upperBound + 1
                    continue
                }
                i = title.last + 1
            case .place:
                let j = title.last + 1
                if mentionAt[j] == nil, !(j < keyed.count && covered[j]),
                   let name = captureName(from: j, maxTokens: 2, in: keyed, covered: covered, language: language, rules: rules) {
                    let words = (name.lowerBound...name.upperBound).map { Array(keyed.key($0)) }
                    let skeleton = NameSkeleton.skeleton(of: words) ?? "x"
                    found.append(RawMention(first: name.lowerBound, last: name.upperBound, entry: nil, type: .place,
                                            id: "kh:place/~\(skeleton)", name: "", viaPattern: true))
                    for t in name { covered[t] = true }
                    i = name.upperBound + 1
                    continue
                }
                i = title.last + 1
            case .organization:
                // "وزارت امور خارجه", "جامعة القاهرة": the marker and up to three words (places included).
                var last = title.last
                var k = title.last + 1
                var inner: [Int] = []
                while k < keyed.count, k - title.last <= 3, !keyed.breakBefore[k], keyed.tokens[k].kind == .word {
                    if let m = mentionAt[k] {
                        guard found[m].type == .place else { break }
                        inner.append(m)
                        last = found[m].last
                        k = last + 1
                        continue
                    }
                    guard !covered[k], !isNameStop(k, in: keyed, language: language, rules: rules) else { break }
                    last = k
                    k += 1
                }
                if last > title.last {
                    let words = (title.first...last).map { Array(keyed.key($0)) }
                    let skeleton = NameSkeleton.skeleton(of: words) ?? "x"
                    removed.formUnion(inner)
                    found.append(RawMention(first: title.first, last: last, startTrim: title.startTrim, entry: nil, type: .organization,
                                            id: "kh:organization/~\(skeleton)", name: "", viaPattern: true))
                    for t in title.first...last { covered[t] = true }
                }
                i = last + 1
            }
        }
        return found.enumerated().filter { !removed.contains($0.offset) }.map(\.element).sorted { $0.first < $1.first }
    }

    /// Pass 3: the last word of a multi-word name read from a pattern names the same person later.
    func documentAliasMentions(in keyed: KeyedTokens, mentions: [RawMention]) -> [RawMention] {
        var surnames: [UInt64: RawMention] = [:]
        for mention in mentions where mention.viaPattern && mention.type == .person && mention.last > mention.first {
            let key = keyed.hashes[mention.last]
            if keyed.keyLength(mention.last) >= 3, !Cues.stopwords.contains(key) { surnames[key] = mention }
        }
        guard !surnames.isEmpty else { return mentions }
        var covered = [Bool](repeating: false, count: keyed.count)
        for mention in mentions { for t in mention.first...mention.last { covered[t] = true } }
        var result = mentions
        for t in 0..<keyed.count where !covered[t] && keyed.tokens[t].kind == .word {
            guard let template = surnames[keyed.hashes[t]], keyed.key(t).elementsEqual(keyed.key(template.last)) else { continue }
            var mention = template
            mention.first = t
            mention.last = t
            mention.startTrim = 0
            mention.endTrim = 0
            mention.role = nil
            result.append(mention)
        }
        return result.sorted { $0.first < $1.first }
    }

    // MARK: - Helpers

    /// A person read from a pattern: linked to a gazetteer person with the same skeleton, or
    /// given a skeleton id.
    func unknownPerson(first: Int, last: Int, role: String?, in keyed: KeyedTokens) -> RawMention {
        let words = (first...last).map { Array(keyed.key($0)) }
        let skeleton = NameSkeleton.skeleton(of: words) ?? "x"
        if words.count >= 2, let index = compiled.skeletons[skeleton] {
            let entry = compiled.entries[index]
            return RawMention(first: first, last: last, entry: index, type: .person, id: entry.id, name: entry.name, role: role, viaPattern: true)
        }
        return RawMention(first: first, last: last, entry: nil, type: .person, id: "kh:person/~\(skeleton)", name: "", role: role, viaPattern: true)
    }

    /// Up to `maxTokens` name words from token `j`: words that are not stop words, titles,
    /// speech verbs or known names; in Arabic the first word does not carry the article ال.
    func captureName(
        from j: Int, maxTokens: Int, in keyed: KeyedTokens, covered: [Bool], language: Language, rules: AffixRules
    ) -> ClosedRange<Int>? {
        var last = -1
        var k = j
        while k < keyed.count, k - j < maxTokens {
            if k > j, keyed.breakBefore[k] { break }
            guard keyed.tokens[k].kind == .word, !covered[k], keyed.keyLength(k) >= 2 else { break }
            if isNameStop(k, in: keyed, language: language, rules: rules) { break }
            if k == j, language == .arabic, keyed.key(k).starts(with: Self.arabicArticle) { break }
            // Persian plurals (…ها, …های) are not names.
            if language == .persian, Self.endsWithPersianPlural(keyed.key(k)) { break }
            last = k
            k += 1
        }
        guard last >= j else { return nil }
        // A Persian noun before a light verb is part of the verb (ابلاغ کرد), not a name.
        if language == .persian, last + 1 < keyed.count, Self.lightVerbs.contains(keyed.hashes[last + 1]) { return nil }
        return j...last
    }

    /// Persian light verbs and copulas (کرد, شد, داد, است, …), as key hashes.
    static let lightVerbs: Set<UInt64> = Set(
        ["کرد", "کرده", "کند", "کنند", "میکند", "میکنند", "شد", "شده", "شود", "شوند", "داد", "داده", "دهد", "دهند",
         "گرفت", "گرفته", "نمود", "نماید", "است", "بود", "هستند", "بودند", "کردند", "شدند", "دادند", "باشد"]
            .map { RollingHash.hash(MatchKey.key(of: $0)) })

    /// Whether token `k` cannot be part of a name: a stop word (also after Arabic proclitics), a
    /// title or a speech verb.
    func isNameStop(_ k: Int, in keyed: KeyedTokens, language: Language, rules: AffixRules) -> Bool {
        if Cues.isStopword(k, in: keyed) { return true }
        if rules.arabicProclitics, let first = keyed.key(k).first, first == "\u{0648}" || first == "\u{0641}" {
            if Cues.stopwords.contains(RollingHash.hash(keyed.key(k).dropFirst())) { return true }
        }
        if Cues.titles.longestMatch(at: k, in: keyed, rules: rules) != nil { return true }
        if Cues.speech.longestMatch(at: k, in: keyed, rules: rules) != nil { return true }
        return false
    }

    /// The person mention that ends just before token `t` (only commas, closing quotes or
    /// brackets between), for apposition: "ولادیمیر پوتین، رئیس‌جمهور روسیه".
    func personBefore(_ t: Int, in keyed: KeyedTokens, endingAt: [Int: Int], found: [RawMention]) -> Int? {
        var k = t - 1
        while k >= 0, keyed.tokens[k].kind == .punctuation {
            let s = keyed.folded.scalars[keyed.tokens[k].range.lowerBound]
            guard s == "،" || s == "," || s == "»" || s == "\"" || s == ")" || s == "\u{201D}" else { return nil }
            k -= 1
        }
        guard k >= 0, let index = endingAt[k], found[index].type == .person else { return nil }
        return index
    }

    /// The first token from `j` that is not an opening quote.
    func skipQuotes(from j: Int, in keyed: KeyedTokens) -> Int {
        var k = j
        while k < keyed.count, keyed.tokens[k].kind == .punctuation {
            let s = keyed.folded.scalars[keyed.tokens[k].range.lowerBound]
            guard s == "«" || s == "\"" || s == "\u{201C}" || s == "'" else { break }
            k += 1
        }
        return k
    }

    /// Whether an attribution cue (به گزارش, وكالة, according to) ends just before token `i`.
    func hasAttributionCue(before i: Int, in keyed: KeyedTokens) -> Bool {
        guard i > 0 else { return false }
        for k in max(0, i - 4)..<i where Cues.attribution.matches(at: k, in: keyed).contains(where: { $0.last == i - 1 }) {
            return true
        }
        return false
    }

    static let arabicArticle: [Unicode.Scalar] = ["\u{0627}", "\u{0644}"]

    /// Whether a Persian word ends in the plural suffix ها / های / هایی.
    static func endsWithPersianPlural(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        let heh = ArabicScript.heh, alef = ArabicScript.alef, yeh = ArabicScript.farsiYeh
        let letters = Array(key)
        guard letters.count >= 4 else { return false }
        var end = letters.count
        while end > 0, letters[end - 1] == yeh { end -= 1 }
        guard end >= 3, letters.count - end <= 2 else { return false }
        return letters[end - 1] == alef && letters[end - 2] == heh
    }
}
