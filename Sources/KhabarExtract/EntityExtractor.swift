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
/// let mentions = extractor.extract(from: text, folded: folded, tokens: Tokenizer().wordTokens(in: folded), language: .persian)
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
        let keyed = KeyedTokens(folded: folded, tokens: tokens, original: text)
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

    /// Pass 2: titles, roles, names read from patterns, outlets' full names and datelines.
    func patternMentions(in keyed: KeyedTokens, language: Language, rules: AffixRules, gazetteerMentions: [RawMention]) -> [RawMention] {
        var state = PatternState(keyed: keyed, mentions: gazetteerMentions)
        extendOutlets(&state, keyed: keyed)
        extendGivenNames(&state, keyed: keyed)
        let reader = TitleReader(
            keyed: keyed, compiled: compiled, language: language, rules: rules,
            mentionAt: state.mentionAt.mapValues { state.mentions[$0] })
        var i = 0
        while i < keyed.count {
            guard keyed.tokens[i].kind == .word, !(state.covered[i] && state.mentionAt[i] == nil) else {
                i += 1
                continue
            }
            if let title = reader.read(at: i) {
                i = applyTitle(title, reader: reader, state: &state, keyed: keyed, language: language, rules: rules)
                continue
            }
            if !state.covered[i], let person = givenNamePerson(at: i, state: state, keyed: keyed, language: language, rules: rules) {
                state.remove(person.absorbed)
                state.add(unknownPerson(first: i, last: person.last, role: nil, in: keyed))
                i = person.last + 1
                continue
            }
            i += 1
        }
        datelinePlaces(&state, keyed: keyed, language: language, rules: rules)
        return state.result
    }

    /// What pass 2 has found so far, with lookups by token.
    struct PatternState {
        var mentions: [RawMention]
        var removed = Set<Int>()
        var mentionAt: [Int: Int] = [:]
        var mentionEndingAt: [Int: Int] = [:]
        var covered: [Bool]

        init(keyed: KeyedTokens, mentions: [RawMention]) {
            self.mentions = mentions
            covered = [Bool](repeating: false, count: keyed.count)
            for index in mentions.indices { index_(index) }
        }

        private mutating func index_(_ index: Int) {
            let mention = mentions[index]
            mentionAt[mention.first] = index
            mentionEndingAt[mention.last] = index
            for t in mention.first...mention.last { covered[t] = true }
        }

        mutating func add(_ mention: RawMention) {
            mentions.append(mention)
            index_(mentions.count - 1)
        }

        mutating func remove(_ indices: [Int]) {
            for index in indices where !removed.contains(index) {
                removed.insert(index)
                let mention = mentions[index]
                if mentionAt[mention.first] == index { mentionAt[mention.first] = nil }
                if mentionEndingAt[mention.last] == index { mentionEndingAt[mention.last] = nil }
                for t in mention.first...mention.last { covered[t] = false }
            }
        }

        mutating func replace(_ index: Int, with mention: RawMention) {
            remove([index])
            add(mention)
        }

        var result: [RawMention] {
            mentions.enumerated().filter { !removed.contains($0.offset) }.map(\.element).sorted { $0.first < $1.first }
        }
    }

    /// An outlet's name takes the word before it that is part of it: خبرگزاری فارس, وكالة رويترز.
    func extendOutlets(_ state: inout PatternState, keyed: KeyedTokens) {
        for index in state.mentions.indices {
            let mention = state.mentions[index]
            guard let entry = mention.entry, compiled.entries[entry].category == "outlet", mention.startTrim == 0 else { continue }
            for k in stride(from: mention.first - 1, through: max(0, mention.first - 2), by: -1)
            where Cues.outletPrefixes.matches(at: k, in: keyed).contains(where: { $0.last == mention.first - 1 }) {
                guard !(k..<mention.first).contains(where: { state.covered[$0] }) else { break }
                var extended = mention
                extended.first = k
                state.replace(index, with: extended)
                break
            }
        }
    }

    /// A surname alias takes the word before it when that word is the person's given name
    /// misspelt (same skeleton): "ولادمير پوتين" is one mention of Putin.
    func extendGivenNames(_ state: inout PatternState, keyed: KeyedTokens) {
        for index in state.mentions.indices {
            let mention = state.mentions[index]
            guard let entry = mention.entry, mention.type == .person, mention.first == mention.last, mention.first > 0,
                  let given = compiled.givenNameSkeletons[entry] else { continue }
            let previous = mention.first - 1
            guard keyed.tokens[previous].kind == .word, !state.covered[previous], !keyed.breakBefore[mention.first],
                  given.contains(NameSkeleton.skeleton(ofWord: keyed.key(previous))) else { continue }
            var extended = mention
            extended.first = previous
            extended.startTrim = 0
            state.replace(index, with: extended)
        }
    }

    /// Applies one title phrase: a role for the person named beside it, a name read after it, a
    /// place or an organisation read after a marker. Returns the token to continue from.
    func applyTitle(
        _ title: TitlePhrase, reader: TitleReader, state: inout PatternState, keyed: KeyedTokens, language: Language, rules: AffixRules
    ) -> Int {
        switch title.cue.kind {
        case .modifier:
            return title.last + 1
        case .office, .honorific:
            // Forms of address may stack: آیت‌الله سید علی …
            var j = title.last + 1
            while j < keyed.count, let more = reader.read(at: j), more.cue.kind == .honorific { j = more.last + 1 }
            j = skipQuotes(from: j, in: keyed)
            let role = title.cue.kind == .office ? title.role : nil
            if let next = state.mentionAt[j], state.mentions[next].type == .person {
                if state.mentions[next].role == nil, let role { state.mentions[next].role = role }
                return state.mentions[next].last + 1
            }
            if title.cue.kind == .office, let previous = personBefore(title.first, in: keyed, endingAt: state.mentionEndingAt, found: state.mentions) {
                if state.mentions[previous].role == nil, let role { state.mentions[previous].role = role }
                return title.last + 1
            }
            // "والداس آدامكوس، رئيس جمهوري ليتواني": a name before the comma of an apposition.
            if title.cue.kind == .office, title.hasWrittenComplement, Cues.namingOffices.contains(title.cue.role),
               let name = nameBefore(title.first, in: keyed, covered: state.covered, language: language, rules: rules) {
                state.add(unknownPerson(first: name.lowerBound, last: name.upperBound, role: role, in: keyed))
                return title.last + 1
            }
            // After an office, a name that is not in the gazetteer is read only when the office
            // names its country ("الرئيس الأمريكي X"): a bare "رئیس‌جمهور" is more often
            // followed by its object than by a name.
            if title.cue.kind == .honorific || (Cues.namingOffices.contains(title.cue.role) && title.hasWrittenComplement),
               let name = captureName(from: j, maxTokens: 3, in: keyed, covered: state.covered, language: language, rules: rules) {
                state.add(unknownPerson(first: name.lowerBound, last: name.upperBound, role: role, in: keyed))
                return name.upperBound + 1
            }
            return title.last + 1
        case .place:
            if title.first > 0, Cues.demonstratives.contains(keyed.hashes[title.first - 1]) { return title.last + 1 }
            var j = title.last + 1
            while j < keyed.count, keyed.isPunctuation(j, "#") || keyed.isPunctuation(j, "«") || keyed.isPunctuation(j, "\"") { j += 1 }
            // "استان قم": a province named after its capital.
            if language == .persian, title.cue.role == "province", let city = state.mentionAt[j], state.mentions[city].type == .place {
                let place = state.mentions[city]
                let words = (title.first...place.last).map { Array(keyed.key($0)) }
                state.replace(city, with: RawMention(
                    first: title.first, last: place.last, startTrim: title.startTrim, entry: nil, type: .place,
                    id: "kh:place/~\(NameSkeleton.skeleton(of: words) ?? "x")", name: "", viaPattern: true))
                return place.last + 1
            }
            // An Arabic name with the article is one word (مدينة الصدر), one without may be two.
            // A Persian name after شهر / روستای is one word (the next is usually the sentence).
            let definite = language == .persian || (language == .arabic && j < keyed.count && keyed.key(j).starts(with: Self.arabicArticle))
            if state.mentionAt[j] == nil, !(j < keyed.count && state.covered[j]),
               let name = captureName(from: j, maxTokens: definite ? 1 : 2, in: keyed, covered: state.covered, language: language, rules: rules, allowArticle: true) {
                let first = language == .persian && title.cue.role == "province" ? title.first : name.lowerBound
                state.add(placeMention(first: first, last: name.upperBound, startTrim: first == title.first ? title.startTrim : 0, in: keyed))
                return name.upperBound + 1
            }
            return title.last + 1
        case .organization:
            return readOrganization(after: title, state: &state, keyed: keyed, language: language, rules: rules)
        }
    }

    /// An organisation named by a marker and up to three words: "وزارت امور خارجه",
    /// "وزارة الداخلية العراقية", "حزب الشعب الجمهوري", "الجيش اللبناني". In Arabic the words
    /// after the first are adjectives (…ي, …ية) or places; a definite marker (الجيش) needs one.
    func readOrganization(after title: TitlePhrase, state: inout PatternState, keyed: KeyedTokens, language: Language, rules: AffixRules) -> Int {
        var last = title.last
        var inner: [Int] = []
        var k = title.last + 1
        var sawDefinite = false
        let definiteMarker = language == .arabic && keyed.key(title.first).dropFirst(title.startTrim).starts(with: Self.arabicArticle)
        while k < keyed.count, k - title.last <= 3, !keyed.breakBefore[k], keyed.tokens[k].kind == .word {
            let first = k == title.last + 1
            if let m = state.mentionAt[k] {
                // A place belongs to the name right after the marker or an indefinite word
                // (وزارة خارجية إيران), not after an adjective (… البريطانية طهران).
                guard state.mentions[m].type == .place, !sawDefinite else { break }
                inner.append(m)
                last = state.mentions[m].last
                k = last + 1
                continue
            }
            guard !state.covered[k] else { break }
            if language == .arabic, !first || definiteMarker {
                guard isArabicAdjective(k, in: keyed) else { break }
            } else {
                let stop = isNameStop(k, in: keyed, language: language, rules: rules)
                guard !stop || Cues.organizationWords.contains(keyed.hashes[k]) else { break }
            }
            if language == .arabic, keyed.key(k).starts(with: Self.arabicArticle) { sawDefinite = true }
            last = k
            k += 1
        }
        guard last > title.last else { return title.last + 1 }
        let words = (title.first...last).map { Array(keyed.key($0)) }
        state.remove(inner)
        state.add(RawMention(first: title.first, last: last, startTrim: title.startTrim, entry: nil, type: .organization,
                             id: "kh:organization/~\(NameSkeleton.skeleton(of: words) ?? "x")", name: "", viaPattern: true))
        return last + 1
    }

    /// Whether token `k` is a definite Arabic adjective of relation: الصدري, العراقية, الجمهوري.
    func isArabicAdjective(_ k: Int, in keyed: KeyedTokens) -> Bool {
        let key = keyed.key(k)
        guard key.count >= 5, key.starts(with: Self.arabicArticle) else { return false }
        let yeh = ArabicScript.farsiYeh, heh = ArabicScript.heh
        if key.last == yeh { return true }
        return key.last == heh && key[key.index(key.endIndex, offsetBy: -2)] == yeh
    }

    /// A person named by a common given name and one to three more name words: "عباس کشاورز",
    /// "كمال كيليجدار أوغلو". A single-word gazetteer surname right after the given name is
    /// absorbed ("حسین گروسی" is not Rafael Grossi). Returns the last token and absorbed mentions.
    func givenNamePerson(at i: Int, state: PatternState, keyed: KeyedTokens, language: Language, rules: AffixRules) -> (last: Int, absorbed: [Int])? {
        guard let names = Cues.firstNames(language), names.contains(keyed.hashes[i]) || Cues.namePrefixes.contains(keyed.hashes[i]) else {
            return nil
        }
        // Arabic على (a preposition) is not the name علي.
        if language == .arabic, keyed.hashes[i] == Cues.ali, !Cues.endsWithYeh(i, in: keyed) { return nil }
        var start = i + 1
        // A two-word given name: عبد الله, أبو بكر.
        if Cues.namePrefixes.contains(keyed.hashes[i]) {
            guard start < keyed.count, keyed.tokens[start].kind == .word, !state.covered[start] else { return nil }
            start += 1
        }
        guard start < keyed.count, !keyed.breakBefore[start] else { return nil }
        if let m = state.mentionAt[start], state.mentions[m].type == .person, state.mentions[m].first == state.mentions[m].last,
           state.mentions[m].entry != nil {
            return (state.mentions[m].last, [m])
        }
        guard let name = captureName(from: start, maxTokens: 3, in: keyed, covered: state.covered, language: language, rules: rules, allowArticle: true)
        else { return nil }
        return (name.upperBound, [])
    }

    /// Persian datelines: "به گزارش خبرگزاری فارس از قلعه‌گنج،" names the place reported from.
    func datelinePlaces(_ state: inout PatternState, keyed: KeyedTokens, language: Language, rules: AffixRules) {
        guard language == .persian else { return }
        for mention in state.mentions where mention.entry.map({ compiled.entries[$0].category == "outlet" }) == true {
            let from = mention.last + 1
            guard from + 1 < keyed.count, keyed.hashes[from] == Self.persianFrom, !state.covered[from + 1],
                  let name = captureName(from: from + 1, maxTokens: 2, in: keyed, covered: state.covered, language: language, rules: rules),
                  name.upperBound + 1 < keyed.count, keyed.isPunctuation(name.upperBound + 1, "،") || keyed.isPunctuation(name.upperBound + 1, ",")
            else { continue }
            state.add(placeMention(first: name.lowerBound, last: name.upperBound, startTrim: 0, in: keyed))
        }
    }

    func placeMention(first: Int, last: Int, startTrim: Int, in keyed: KeyedTokens) -> RawMention {
        let words = (first...last).map { Array(keyed.key($0)) }
        return RawMention(first: first, last: last, startTrim: startTrim, entry: nil, type: .place,
                          id: "kh:place/~\(NameSkeleton.skeleton(of: words) ?? "x")", name: "", viaPattern: true)
    }

    static let persianFrom = RollingHash.hash(MatchKey.key(of: "از"))

    /// Pass 3: a name read from a pattern, and the surname of a gazetteer person named in full,
    /// name the same entity again later in the same text.
    func documentAliasMentions(in keyed: KeyedTokens, mentions: [RawMention]) -> [RawMention] {
        // Aliases by the hash of their first token: the template mention and its token hashes.
        var aliases: [UInt64: [(template: RawMention, hashes: [UInt64])]] = [:]
        func register(_ mention: RawMention, from first: Int) {
            let hashes = (first...mention.last).map { keyed.hashes[$0] }
            let letters = (first...mention.last).reduce(0) { $0 + keyed.keyLength($1) }
            guard letters >= 3, first < mention.last || !Cues.stopwords.contains(hashes[0]) else { return }
            guard !(aliases[hashes[0]]?.contains { $0.hashes == hashes } ?? false) else { return }
            aliases[hashes[0], default: []].append((mention, hashes))
        }
        for mention in mentions {
            if mention.viaPattern, mention.type == .person, mention.last > mention.first {
                register(mention, from: mention.last)
            } else if mention.viaPattern, mention.type == .place || mention.type == .organization {
                register(mention, from: mention.first)
            } else if mention.entry != nil, mention.type == .person, mention.last > mention.first {
                register(mention, from: mention.last)
            }
        }
        guard !aliases.isEmpty else { return mentions }
        var covered = [Bool](repeating: false, count: keyed.count)
        for mention in mentions { for t in mention.first...mention.last { covered[t] = true } }
        var result = mentions
        var t = 0
        scan: while t < keyed.count {
            guard !covered[t], keyed.tokens[t].kind == .word, let candidates = aliases[keyed.hashes[t]] else {
                t += 1
                continue
            }
            for alias in candidates where t + alias.hashes.count <= keyed.count {
                let last = t + alias.hashes.count - 1
                guard (t...last).allSatisfy({ !covered[$0] && keyed.hashes[$0] == alias.hashes[$0 - t] }) else { continue }
                var mention = alias.template
                mention.first = t
                mention.last = last
                mention.startTrim = 0
                mention.endTrim = 0
                mention.role = nil
                result.append(mention)
                t = last + 1
                continue scan
            }
            t += 1
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
        from j: Int, maxTokens: Int, in keyed: KeyedTokens, covered: [Bool], language: Language, rules: AffixRules,
        allowArticle: Bool = false
    ) -> ClosedRange<Int>? {
        var last = -1
        var k = j
        var words = 0
        while k < keyed.count, words < maxTokens {
            if k > j, keyed.breakBefore[k] { break }
            // A hyphen inside a name: كيم كي-غوان.
            if k > j, last == k - 1, keyed.isPunctuation(k, "-"), k + 1 < keyed.count, keyed.tokens[k + 1].kind == .word,
               keyed.tokens[k].range.lowerBound == keyed.tokens[k - 1].range.upperBound,
               keyed.tokens[k + 1].range.lowerBound == keyed.tokens[k].range.upperBound, !covered[k + 1] {
                last = k + 1
                k += 2
                continue
            }
            guard keyed.tokens[k].kind == .word, !covered[k], keyed.keyLength(k) >= 2 else { break }
            if isNameStop(k, in: keyed, language: language, rules: rules) { break }
            if k == j, !allowArticle, language == .arabic, keyed.key(k).starts(with: Self.arabicArticle) { break }
            words += 1
            // Persian plurals (…ها, …های) are not names.
            if language == .persian, Self.endsWithPersianPlural(keyed.key(k)) { break }
            last = k
            k += 1
        }
        guard last >= j else { return nil }
        // A Persian noun before a light verb is part of the verb (ابلاغ کرد), not a name; a lone
        // Persian word that ends its sentence is its verb (… به اطلاع سفیر ایران رساند.).
        if language == .persian, last + 1 < keyed.count, Self.lightVerbs.contains(keyed.hashes[last + 1]) { return nil }
        if language == .persian, last == j, last + 1 >= keyed.count || keyed.isPunctuation(last + 1, ".") { return nil }
        return j...last
    }

    /// Persian light verbs and copulas (کرد, شد, داد, است, …), as key hashes.
    static let lightVerbs = HashSet64(
        ["کرد", "کرده", "کند", "کنند", "میکند", "میکنند", "شد", "شده", "شود", "شوند", "داد", "داده", "دهد", "دهند",
         "گرفت", "گرفته", "نمود", "نماید", "است", "بود", "هستند", "بودند", "کردند", "شدند", "دادند", "باشد"]
            .map { RollingHash.hash(MatchKey.key(of: $0)) })

    /// Whether token `k` cannot be part of a name: a stop word (also after Arabic proclitics), a
    /// title or a speech verb.
    func isNameStop(_ k: Int, in keyed: KeyedTokens, language: Language, rules: AffixRules) -> Bool {
        if Cues.isStopword(k, in: keyed) { return true }
        if language == .persian, Self.lightVerbs.contains(keyed.hashes[k]) { return true }
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

    /// Two or three name words that end right before a comma before token `t`, starting a
    /// clause (after a punctuation mark or a line start): the name of an apposition.
    func nameBefore(_ t: Int, in keyed: KeyedTokens, covered: [Bool], language: Language, rules: AffixRules) -> ClosedRange<Int>? {
        let comma = t - 1
        guard comma >= 1, keyed.isPunctuation(comma, "،") || keyed.isPunctuation(comma, ",") else { return nil }
        var first = comma
        while first - 1 >= 0, comma - (first - 1) <= 3, keyed.tokens[first - 1].kind == .word, !covered[first - 1],
              !keyed.breakBefore[first], !isNameStop(first - 1, in: keyed, language: language, rules: rules) {
            first -= 1
        }
        guard first < comma, comma - first >= 2 else { return nil }
        // The name must open its clause.
        guard first == 0 || keyed.breakBefore[first] || keyed.tokens[first - 1].kind == .punctuation else { return nil }
        return first...(comma - 1)
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
