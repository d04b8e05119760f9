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
/// 3. **Document aliases.** The surname of a person named in full (gazetteer or pattern), and a
///    place or organisation read from a pattern, name the same entity again elsewhere in the text
///    (``documentAliasMentions(in:mentions:context:)``), unless the surname is a frequent word.
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
        extract(keyed: KeyedTokens(folded: folded, tokens: tokens, original: text, rules: AffixRules.forLanguage(language), filter: compiled.filter), text: text, language: language)
    }

    /// The entity mentions of a keyed text (shared with the other extractors by the analyser).
    func extract(keyed: KeyedTokens, text: ScalarText, language: Language) -> [EntityMention] {
        let raw = mentions(in: keyed, language: language)
        var result: [EntityMention] = []
        result.reserveCapacity(raw.count)
        for mention in raw { result.append(self.mention(from: mention, keyed: keyed, text: text)) }
        return result
    }

    func mention(from raw: RawMention, keyed: KeyedTokens, text: ScalarText) -> EntityMention {
        let range = keyed.foldedRange(first: raw.first, startTrim: raw.startTrim, last: raw.last, endTrim: raw.endTrim)
        let span = keyed.folded.originalSpan(of: range)
        let slice = text.slice(span)
        return EntityMention(
            span: span, text: slice, type: raw.type, id: raw.id,
            name: raw.entry == nil ? EntityExtractor.displayName(slice) : raw.name, role: raw.role)
    }

    /// The name of a mention the gazetteer does not know, as people write it: a hashtag's `#`
    /// dropped and its `_` made a space («محمد #المقدشي» → محمد المقدشي, «علي_حمود_عباد» →
    /// علي حمود عباد). The mention's `text` keeps the original.
    static func displayName(_ text: String) -> String {
        // A byte check first: comparing every character of every name with "#" and "_" cost
        // 2% of an ingest, and no character is either without its byte.
        var bytes = text
        guard bytes.withUTF8({ $0.contains { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "_") } }),
              text.contains(where: { $0 == "#" || $0 == "_" }) else { return text }
        let spaced = text.filter { $0 != "#" }.map { $0 == "_" ? " " : $0 }
        return String(spaced).split(separator: " ").joined(separator: " ")
    }

    // MARK: - Passes

    /// What every pass needs to know about the text.
    struct Context {
        var language: Language
        var rules: AffixRules
        /// Whether the text is about sport (``Cues/isSports(_:)``).
        var sports: Bool
    }

    /// The mentions of a keyed text, in token coordinates.
    func mentions(in keyed: KeyedTokens, language: Language) -> [RawMention] {
        let context = Context(language: language, rules: AffixRules.forLanguage(language), sports: Cues.isSports(keyed))
        var found = gazetteerMentions(in: keyed, context: context)
        found = patternMentions(in: keyed, context: context, gazetteerMentions: found)
        found = documentAliasMentions(in: keyed, mentions: found, context: context)
        relinkBareSurnames(&found, in: keyed)
        return found
    }

    /// Pass 1: gazetteer aliases, leftmost-longest.
    func gazetteerMentions(in keyed: KeyedTokens, context: Context) -> [RawMention] {
        var found: [RawMention] = []
        var homographs: [(mention: Int, alias: CompiledGazetteer.ContextualAlias)] = []
        var i = 0
        while i < keyed.count {
            guard keyed.tokens[i].kind == .word, keyed.mayStart(i, FilterBit.names),
                  let match = compiled.names.longestMatch(at: i, in: keyed, rules: context.rules) else {
                i += 1
                continue
            }
            let attributed = hasAttributionCue(before: i, in: keyed)
            var persianLetters: Int? = nil
            if context.language == .persian, let original = keyed.originalScalars(first: match.first, last: match.last) {
                persianLetters = CompiledGazetteer.persianLetterCount(original)
            }
            // After a demonstrative a sports name is its ordinary word (ninth round): این پدیده "this
            // phenomenon", not the club Padideh.
            // آن is left out: "از آن استقلال کردن" makes it Esteghlal's.
            let sports = context.sports && !(i > 0 && Self.nearDemonstratives.contains(keyed.hashes[i - 1]))
            guard let index = compiled.entry(for: match, language: context.language, attributed: attributed, sports: sports,
                                             persianLetters: persianLetters),
                  !isAdjectiveHomograph(index, match: match, in: keyed, context: context,
                                        afterName: found.last.map { $0.last == match.first - 1 } ?? false) else {
                i += 1
                continue
            }
            let entry = compiled.entries[index]
            if entry.type == .place, context.language == .arabic, isArabicMonth(match, in: keyed) {
                i += 1
                continue
            }
            // A classifier the alias starts with stays outside the name: تنظيم القاعدة → القاعدة;
            // so do a province marker before a place (محافظة البيضاء → البيضاء) and a form of
            // address or a rank before a person (حاج قاسم سلیمانی → قاسم سلیمانی).
            let head = keyed.hashes[match.first]
            let classified = match.last > match.first && (Cues.classifiers.contains(head)
                || (entry.type == .place && Cues.placeClassifiers.contains(head))
                || (entry.type == .person && Cues.personClassifiers.contains(head))
                // A city marker too, when the rest is a place's name by itself (مدينة غزة →
                // غزة, Gaza City; مدينة الصدر stays whole).
                || (entry.type == .place && Cues.cityMarkers.contains(head)
                    && compiled.names.hasMatch(at: match.first + 1, endingAt: match.last, in: keyed, rules: context.rules)))
            found.append(RawMention(
                first: classified ? match.first + 1 : i, last: match.last, startTrim: classified ? 0 : match.spanTrim,
                endTrim: match.endTrim, entry: index, type: entry.type, id: entry.id, name: entry.name))
            if compiled.hasContextualAliases, let alias = compiled.contextualAlias(for: match, language: context.language) {
                homographs.append((found.count - 1, alias))
            }
            i = match.last + 1
        }
        if !homographs.isEmpty { resolveHomographs(&found, homographs, in: keyed, context: context) }
        return found
    }

    /// Pass 1b: a name that is also another entity's alias listed with `?CUE:` (عمان: Oman, and
    /// Amman where the text is about Jordan) names that entity where the text writes it exactly
    /// as listed, diacritics included (عمّان), or where the text names CUE or its adjective
    /// (العاصمة الأردنية عمان) — unless the name stands in a list of countries (عمان وقطر والأردن).
    func resolveHomographs(_ found: inout [RawMention], _ homographs: [(mention: Int, alias: CompiledGazetteer.ContextualAlias)],
                           in keyed: KeyedTokens, context: Context) {
        var named: Set<Int>? = nil
        for (index, alias) in homographs {
            let mention = found[index]
            var decided = false
            if let spelling = alias.spelling, let original = keyed.originalScalars(first: mention.first, last: mention.last) {
                decided = original.contains(spelling)
            }
            if !decided {
                if named == nil { named = documentEntries(found, in: keyed, context: context) }
                decided = named!.contains(alias.cue) && !isListedAmongCountries(index, in: found, keyed: keyed)
            }
            guard decided else { continue }
            let entry = compiled.entries[alias.entry]
            found[index].entry = alias.entry
            found[index].type = entry.type
            found[index].id = entry.id
            found[index].name = entry.name
        }
    }

    /// The entries a text names, by name (`found`) or by adjective (الأردنية).
    func documentEntries(_ found: [RawMention], in keyed: KeyedTokens, context: Context) -> Set<Int> {
        var entries = Set(found.compactMap(\.entry))
        var i = 0
        while i < keyed.count {
            guard keyed.tokens[i].kind == .word, keyed.mayStart(i, FilterBit.adjectives),
                  let match = compiled.adjectives.longestMatch(at: i, in: keyed, rules: context.rules) else {
                i += 1
                continue
            }
            compiled.adjectives.forEachPhrase(of: match) { entries.insert(compiled.adjectives[$0].value) }
            i = match.last + 1
        }
        return entries
    }

    /// Whether mention `index` stands next to a country's name, alone or joined by و or a comma.
    func isListedAmongCountries(_ index: Int, in found: [RawMention], keyed: KeyedTokens) -> Bool {
        func isCountry(_ k: Int) -> Bool {
            guard found.indices.contains(k), let entry = found[k].entry else { return false }
            return compiled.entries[entry].category == "country"
        }
        func joins(_ first: Int, _ last: Int) -> Bool {
            // Tokens strictly between two mentions: none, or one comma or و.
            if last + 1 == first { return true }
            guard last + 2 == first else { return false }
            let between = keyed.originalScalars(first: last + 1, last: last + 1)?.first
            return between == "،" || between == "," || between == "و"
        }
        let mention = found[index]
        if isCountry(index - 1), joins(mention.first, found[index - 1].last) { return true }
        if isCountry(index + 1), joins(found[index + 1].first, mention.last) { return true }
        return false
    }

    /// Whether an Arabic place name is here the feminine adjective it is spelled like: "مدينة
    /// سورية" is a Syrian city, not Syria. A one-word alias that is an adjective of the same
    /// entity plus teh marbuta (سوري + ة) is the adjective when it agrees in definiteness with the
    /// noun right before it: سورية after an indefinite noun, السعودية after a definite one
    /// (القوات السعودية, والقوات السعودية). After a verb (أعلنت السعودية, الذي تقوده السعودية) or
    /// a noun in construct (بقيادة السعودية) the definite form names the country; after a name
    /// (أرامكو السعودية) it is the adjective.
    ///
    /// Likewise a definite one-word name of relation (الحوثي) right after a definite noun is its
    /// adjective: "القصف الحوثي" is Houthi shelling, "ميليشيا الحوثي" names the Houthis.
    func isAdjectiveHomograph(_ entry: Int, match: PhraseIndex<CompiledGazetteer.AliasRef>.Match, in keyed: KeyedTokens, context: Context,
                              afterName: Bool = false) -> Bool {
        guard context.language == .arabic, match.first == match.last, match.startTrim == 0, match.first > 0 else { return false }
        let previous = match.first - 1
        guard keyed.tokens[previous].kind == .word, !keyed.breakBefore[match.first], keyed.keyLength(previous) >= 3,
              !Cues.arabicParticles.contains(keyed.hashes[previous]) else { return false }
        // A name is definite (أرامكو السعودية is Saudi Aramco).
        let previousDefinite = afterName || Self.isArabicDefinite(keyed.key(previous))
        let key = keyed.key(match.first)
        if compiled.feminineAdjectiveAliases.contains(keyed.hashes[match.first]) {
            let definite = key.starts(with: Self.arabicArticle)
            guard definite else { return !previousDefinite }
            return previousDefinite && !(previous > 0 && Cues.arabicRelatives.contains(keyed.hashes[previous - 1]))
        }
        guard previousDefinite, key.count >= 5, key.starts(with: Self.arabicArticle), key.last == ArabicScript.farsiYeh,
              compiled.entries[entry].type != .place else { return false }
        return Cues.titleMatch(at: previous, in: keyed, rules: context.rules) == nil
    }

    /// Whether a one-word Arabic place name is here a month of a date: "أغسطس/ آب الماضي" is
    /// August, not Ibb. A month name next to a slash, a number or another month, or before
    /// الماضي / المقبل, is a date.
    func isArabicMonth(_ match: PhraseIndex<CompiledGazetteer.AliasRef>.Match, in keyed: KeyedTokens) -> Bool {
        guard match.first == match.last, Cues.arabicMonths.contains(keyed.hashes[match.first]) else { return false }
        func isDateNeighbour(_ k: Int) -> Bool {
            guard k >= 0, k < keyed.count else { return false }
            if keyed.isPunctuation(k, "/") { return true }
            if keyed.tokens[k].kind == .number { return true }
            return keyed.tokens[k].kind == .word && (Cues.arabicMonths.contains(keyed.hashes[k]) || Cues.arabicDateWords.contains(keyed.hashes[k]))
        }
        return isDateNeighbour(match.first - 1) || isDateNeighbour(match.first + 1)
    }

    /// What pass 2 has found so far, with lookups by token.
    struct PatternState {
        var mentions: [RawMention]
        var removed: [Bool]
        /// For each token, the mention that starts / ends there, or -1.
        var mentionStart: [Int32]
        var mentionEnd: [Int32]
        var covered: [Bool]

        init(keyed: KeyedTokens, mentions: [RawMention]) {
            self.mentions = mentions
            removed = [Bool](reservedRepeating: false, count: mentions.count)
            mentionStart = [Int32](reservedRepeating: -1, count: keyed.count)
            mentionEnd = [Int32](reservedRepeating: -1, count: keyed.count)
            covered = [Bool](reservedRepeating: false, count: keyed.count)
            for index in mentions.indices { index_(index) }
        }

        private mutating func index_(_ index: Int) {
            // The token fields read in place: a copy of the mention would retain and release its
            // strings.
            let first = mentions[index].first, last = mentions[index].last
            mentionStart[first] = Int32(index)
            mentionEnd[last] = Int32(index)
            for t in first...last { covered[t] = true }
        }

        /// The mention that starts at token `t`, if any.
        @inline(__always)
        func mentionAt(_ t: Int) -> Int? {
            t >= 0 && t < mentionStart.count && mentionStart[t] >= 0 ? Int(mentionStart[t]) : nil
        }

        /// The mention that ends at token `t`, if any.
        @inline(__always)
        func mentionEndingAt(_ t: Int) -> Int? {
            t >= 0 && t < mentionEnd.count && mentionEnd[t] >= 0 ? Int(mentionEnd[t]) : nil
        }

        mutating func add(_ mention: RawMention) {
            mentions.append(mention)
            removed.append(false)
            index_(mentions.count - 1)
        }

        mutating func remove(_ indices: [Int]) {
            for index in indices where !removed[index] {
                removed[index] = true
                let first = mentions[index].first, last = mentions[index].last
                if mentionStart[first] == Int32(index) { mentionStart[first] = -1 }
                if mentionEnd[last] == Int32(index) { mentionEnd[last] = -1 }
                for t in first...last { covered[t] = false }
            }
        }

        mutating func replace(_ index: Int, with mention: RawMention) {
            remove([index])
            add(mention)
        }

        var result: [RawMention] {
            var kept: [RawMention] = []
            kept.reserveCapacity(mentions.count)
            for index in mentions.indices where !removed[index] { kept.append(mentions[index]) }
            kept.sort { $0.first < $1.first }
            return kept
        }
    }

    /// Whether an attribution cue (به گزارش, وكالة, according to) ends just before token `i`, or
    /// a reporter is named a few words before it ("به گزارش خبرنگار بهداشت و درمان فارس").
    func hasAttributionCue(before i: Int, in keyed: KeyedTokens) -> Bool {
        guard i > 0 else { return false }
        for k in max(0, i - 4)..<i where Cues.attribution.hasMatch(at: k, endingAt: i - 1, in: keyed) {
            return true
        }
        var k = i - 1
        while k >= 0, i - k <= 6, keyed.tokens[k].kind == .word, !keyed.breakBefore[k + 1] {
            if Cues.reporters.contains(keyed.hashes[k]) { return true }
            k -= 1
        }
        return false
    }

    /// Demonstratives of nearness, before which a sports name is an ordinary word: این پدیده.
    static let nearDemonstratives = Cues.hashes(["این", "همین", "هذا", "هذه"])

    static let arabicArticle: [Unicode.Scalar] = ["\u{0627}", "\u{0644}"]

    /// Whether an Arabic word's key is definite: it starts with ال or لل, also after و, ف, ب or ك
    /// (والقوات, بالمدينة).
    static func isArabicDefinite(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        if key.starts(with: arabicArticle) || key.starts(with: lamLam) { return true }
        guard key.count >= 4, let first = key.first,
              first == "\u{0648}" || first == "\u{0641}" || first == "\u{0628}" || first == "\u{0643}" else { return false }
        let rest = key.dropFirst()
        return rest.starts(with: arabicArticle) || (first != "\u{0628}" && rest.starts(with: lamLam))
    }
    static let lamLam: [Unicode.Scalar] = ["\u{0644}", "\u{0644}"]
}

extension ScalarText {
    /// The text of `span` as a `String`, built through UTF-8 (``ScalarSlice``).
    @inline(__always)
    func slice(_ span: TextSpan) -> String {
        ScalarSlice.string(scalars, span.start..<span.end)
    }
}

/// Strings from runs of scalars, built through UTF-8 (several times faster than appending
/// scalars to a `String.UnicodeScalarView` one by one).
enum ScalarSlice {
    /// The string of `scalars[range]`.
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var count = 0
        for k in range {
            let v = scalars[k].value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var p = 0
            for k in range {
                let v = scalars[k].value
                if v < 0x80 {
                    buffer[p] = UInt8(v); p += 1
                } else if v < 0x800 {
                    buffer[p] = UInt8(0xC0 | (v >> 6)); buffer[p + 1] = UInt8(0x80 | (v & 0x3F)); p += 2
                } else if v < 0x10000 {
                    buffer[p] = UInt8(0xE0 | (v >> 12)); buffer[p + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[p + 2] = UInt8(0x80 | (v & 0x3F)); p += 3
                } else {
                    buffer[p] = UInt8(0xF0 | (v >> 18)); buffer[p + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[p + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[p + 3] = UInt8(0x80 | (v & 0x3F)); p += 4
                }
            }
            return p
        }
    }
}
