public import KhabarCore
public import KhabarText

/// Finds direct and reported speech and attributes it to its speaker.
///
/// A quote is anchored on a speech verb or an attribution phrase (`speech.tsv`: گفت, افزود,
/// تصریح کرد, خاطرنشان کرد, اظهار داشت, قال, أكد, أشار, أوضح, لفت, said, заявил; به گفته,
/// وفقا ل, according to). In Arabic text the verb may carry و or ف (وأضاف, فقال).
///
/// **Quoted words.** After the verb, a colon opens direct speech that runs to the end of the
/// paragraph (or to the closing » when it opens with «); a complementiser (که, أن, إن, بأن,
/// that) opens reported speech that runs to the end of the sentence; in Arabic a verb followed by
/// its subject without either ("أكد الرئيس الإيراني التزام طهران…") reports the rest of the
/// sentence. After "به گفته X،" / "according to X," the rest of the sentence is the quote.
/// A Persian verb with neither a colon nor که after it quotes nothing.
///
/// **Speaker.**
/// - Persian (subject–object–verb): the first person, organisation or country mention, title
///   phrase ("رئیس‌جمهور روسیه") or pronoun (وی, او, ایشان) of the sentence before the verb that
///   is not the object of a preposition (با, به, از, خطاب به…).
/// - Arabic (verb–subject–object, or subject–verb): the mention or title phrase right after the
///   verb ("وأوضح بوتين", "وأشار الرئيس الروسي"), else the one right before it ("بوتين يؤكد");
///   with no subject written ("ثم أشار إلى أن", "كما أكد أن"), the first person named in the
///   sentence, else the previous speaker.
/// - Pronouns and unwritten subjects resolve to the previous speaker, else the last person named.
/// - A title phrase resolves to the person named in the article whose role it is there
///   ("ولادیمیر پوتین، رئیس‌جمهور روسیه" makes a later "رئیس‌جمهور روسیه گفت" Putin's), else to a
///   person named in the article who holds or held that office in the gazetteer (`@` aliases).
///   A Persian title without a country ("رئیس‌جمهور") is the Iranian office.
///
/// Spans are exact slices of the original text; quotes do not overlap.
///
/// ```swift
/// let extractor = QuoteExtractor(gazetteer: .bundled)
/// let quotes = extractor.extract(from: text, folded: folded, tokens: tokens, language: .persian, entities: mentions)
/// ```
public struct QuoteExtractor: Sendable {
    let compiled: CompiledGazetteer?

    /// Creates an extractor that resolves speakers from the entity mentions alone (titles resolve
    /// through roles the text states, not through the gazetteer's offices).
    public init() {
        self.compiled = nil
    }

    /// Creates an extractor that also resolves titles through the offices of `gazetteer`.
    public init(gazetteer: Gazetteer) {
        self.compiled = CompiledGazetteer(gazetteer)
    }

    init(compiled: CompiledGazetteer) {
        self.compiled = compiled
    }

    /// The quotes of `text`, in text order.
    ///
    /// - Parameter entities: The entity mentions of the text (``EntityExtractor``), with roles.
    public func extract(
        from text: ScalarText, folded: FoldedText, tokens: [Token], language: Language, entities: [EntityMention]
    ) -> [Quote] {
        extract(keyed: KeyedTokens(folded: folded, tokens: tokens, original: text, rules: AffixRules.forLanguage(language), filter: compiled?.filter ?? Cues.staticFilter), text: text, language: language, entities: entities)
    }

    /// The quotes of a keyed text (shared with the other extractors by the analyser).
    func extract(keyed: KeyedTokens, text: ScalarText, language: Language, entities: [EntityMention]) -> [Quote] {
        var reader = QuoteReader(keyed: keyed, text: text, language: language, entities: entities, compiled: compiled)
        return reader.quotes()
    }
}

/// Reads the quotes of one text.
struct QuoteReader {
    let keyed: KeyedTokens
    let text: ScalarText
    let language: Language
    let entities: [EntityMention]
    let compiled: CompiledGazetteer?
    let rules: AffixRules
    /// For each token, the entity mention covering it, or -1.
    var mentionOfToken: [Int]
    /// First and last token of each mention.
    var mentionTokens: [(first: Int, last: Int)]
    /// The last speaker, for pronouns and unwritten subjects.
    var lastSpeaker: Speaker?
    /// The last speaker that was a person (linked or not), for occupation phrases.
    var lastPersonSpeaker: Speaker?
    /// Reads title phrases, with the mentions as complements.
    let titleReader: TitleReader

    init(keyed: KeyedTokens, text: ScalarText, language: Language, entities: [EntityMention], compiled: CompiledGazetteer?) {
        self.keyed = keyed
        self.text = text
        self.language = language
        self.entities = entities
        self.compiled = compiled
        self.rules = AffixRules.forLanguage(language)
        var mentionOfToken = [Int](repeating: -1, count: keyed.count)
        var mentionTokens: [(first: Int, last: Int)] = Array(repeating: (-1, -1), count: entities.count)
        var m = 0
        for t in 0..<keyed.count {
            let start = keyed.folded.origins[keyed.tokens[t].range.lowerBound]
            let end = keyed.folded.origins[keyed.tokens[t].range.upperBound - 1] + 1
            while m < entities.count, entities[m].span.end <= start { m += 1 }
            var k = m
            while k < entities.count, entities[k].span.start < end {
                if entities[k].span.overlaps(TextSpan(start: start, end: end)) {
                    mentionOfToken[t] = k
                    if mentionTokens[k].first < 0 { mentionTokens[k].first = t }
                    mentionTokens[k].last = t
                    break
                }
                k += 1
            }
        }
        self.mentionOfToken = mentionOfToken
        self.mentionTokens = mentionTokens
        self.titleReader = Self.titleReader(
            keyed: keyed, language: language, rules: rules, entities: entities, mentionTokens: mentionTokens, compiled: compiled)
    }

    /// A speaker as found at a quote: a mention, a title phrase, a pronoun, or nothing written.
    enum SpeakerRef {
        case mention(Int)
        case title(TitlePhrase)
        case pronoun(Int)  // the token
        case implicit(Int)  // the verb's first token
        case unknown(Int, Int)  // a subject written but not linked: its first and last token
        case role(Int, Int)  // a Persian occupation phrase standing for the last person who spoke
    }

    mutating func quotes() -> [Quote] {
        var quotes: [Quote] = []
        var coveredUntil = -1
        var i = 0
        while i < keyed.count {
            if i > coveredUntil, language == .arabic, keyed.tokens[i].kind == .word,
               QuoteLexicon.arabicSayingNouns.contains(keyed.hashes[i]), let quote = relayedQuote(at: i) {
                quotes.append(quote.quote)
                coveredUntil = quote.lastToken
                i = quote.lastToken + 1
                continue
            }
            guard i > coveredUntil, keyed.tokens[i].kind == .word, mentionOfToken[i] < 0,
                  let match = Cues.speechMatch(at: i, in: keyed, rules: rules) else {
                i += 1
                continue
            }
            let cues = Cues.speech.phrases(of: match).map { Cues.speech[$0].value }
            guard let cue = cues.first(where: { $0.language == language }) ?? cues.first(where: { $0.language == nil }) else {
                i += 1
                continue
            }
            if i > 0, isNegation(i - 1) {
                i = match.last + 1
                continue
            }
            if let quote = quote(verb: i, verbLast: match.last, cue: cue) {
                quotes.append(quote.quote)
                coveredUntil = quote.lastToken
                i = quote.lastToken + 1
            } else {
                i = match.last + 1
            }
        }
        return quotes
    }

    /// Whether token `k` negates the verb after it: لم, ولم, لا, not.
    func isNegation(_ k: Int) -> Bool {
        if QuoteLexicon.negations.contains(keyed.hashes[k]) { return true }
        guard rules.arabicProclitics, keyed.keyLength(k) >= 3, let first = keyed.key(k).first,
              first == "\u{0648}" || first == "\u{0641}" else { return false }
        return QuoteLexicon.negations.contains(RollingHash.hash(keyed.key(k).dropFirst()))
    }

    // MARK: - One quote

    mutating func quote(verb: Int, verbLast: Int, cue: SpeechCue) -> (quote: Quote, lastToken: Int)? {
        let sentence = keyed.sentenceStart(verb)
        var speaker: SpeakerRef?
        var contentFirst: Int?
        var contentLast: Int?
        switch cue.kind {
        case .according:
            // به گفته X، … / according to X, …
            guard let (ref, last) = speakerAfter(verbLast) else { return nil }
            speaker = ref
            var k = last + 1
            while k < keyed.count, keyed.tokens[k].kind == .punctuation, !keyed.endsSentence(k) { k += 1 }
            guard k < keyed.count, !keyed.breakBefore[k] else { return nil }
            contentFirst = k
            contentLast = keyed.sentenceEnd(k)
            if contentFirst! < sentence { return nil }
        case .say:
            var afterSpeaker = verbLast
            if language == .arabic {
                if let (ref, last) = speakerAfter(verbLast) {
                    speaker = ref
                    afterSpeaker = last
                } else if let ref = speakerRightBefore(verb) {
                    speaker = ref
                } else if let name = quotedName(after: verbLast) {
                    speaker = .unknown(name.first, name.last)
                    afterSpeaker = name.last
                } else if let subject = unlinkedSubject(after: verbLast) {
                    let next = subject.last + 1
                    if subject.first == subject.last, QuoteLexicon.bodyNouns.contains(keyed.hashes[subject.first]),
                       next < keyed.count, !keyed.breakBefore[next], mentionOfToken[next] >= 0,
                       [.organization, .place].contains(entities[mentionOfToken[next]].type) {
                        // A body of a country or an organisation: "وقالت حكومة نيوزيلندا", "أعلنت
                        // شركة أرامكو" — the named entity speaks.
                        speaker = .mention(mentionOfToken[next])
                        afterSpeaker = mentionTokens[mentionOfToken[next]].last
                    } else {
                        speaker = .unknown(subject.first, subject.last)
                        afterSpeaker = subject.last
                    }
                } else {
                    speaker = firstPersonInSentence(from: sentence, before: verb).map { .mention($0) } ?? .implicit(verb)
                }
            } else {
                speaker = subjectBefore(verb, from: sentence)
                if speaker == nil, language == .english || language == .russian, let (ref, last) = speakerAfter(verbLast) {
                    speaker = ref
                    afterSpeaker = last
                }
            }
            guard let (first, last) = content(after: afterSpeaker, verb: verb) else { return nil }
            contentFirst = first
            contentLast = last
        }
        guard let first = contentFirst, let last = contentLast else { return nil }
        return finish(speaker: speaker, first: first, last: last, verb: verb, verbLast: verbLast)
    }

    /// The quote of tokens `first...last` (quote marks and a final full stop trimmed) with its
    /// speaker resolved.
    mutating func finish(speaker: SpeakerRef?, first: Int, last: Int, verb: Int, verbLast: Int) -> (quote: Quote, lastToken: Int)? {
        var first = first, last = last
        guard first <= last else { return nil }
        while first < last, isQuoteMark(first) { first += 1 }
        while last > first, keyed.tokens[last].kind == .punctuation, isQuoteMark(last) || endsSentenceMark(last) { last -= 1 }
        guard first <= last, keyed.tokens[first...last].contains(where: { $0.kind == .word }) else { return nil }
        let span = keyed.originalSpan(first: first, last: last)
        let resolved = resolve(speaker, verb: verb)
        return (Quote(speaker: resolved, span: span, text: text.slice(span)), max(last, verbLast))
    }

    /// Speech relayed through a source: "ونقلت الوكالة عن روحاني قوله …", "نقلا عن مصدر قوله إن …".
    /// The speaker is who stands after عن (not the outlet that relays), the quote what follows
    /// قوله (قولها, قولهم), as after a speech verb.
    mutating func relayedQuote(at noun: Int) -> (quote: Quote, lastToken: Int)? {
        let sentence = keyed.sentenceStart(noun)
        var from = noun - 1
        while from >= max(sentence, noun - 10), !QuoteLexicon.relayPrepositions.contains(keyed.hashes[from]) { from -= 1 }
        guard from >= max(sentence, noun - 10), from + 1 < noun else { return nil }
        let speaker: SpeakerRef
        // The person named last before قوله: "عن قائد فيلق القدس قاسم سليماني قوله".
        var lastMention = -1
        for k in stride(from: noun - 1, to: from, by: -1) where mentionOfToken[k] >= 0 {
            lastMention = mentionOfToken[k]
            break
        }
        if lastMention >= 0, entities[lastMention].type == .person {
            let m = lastMention
            speaker = .mention(m)
        } else if let (ref, last) = speakerAfter(from), last < noun {
            speaker = ref
        } else {
            var last = from + 1
            while last + 1 < noun, keyed.tokens[last + 1].kind == .word { last += 1 }
            speaker = .unknown(from + 1, last)
        }
        guard let (first, last) = content(after: noun, verb: noun) else { return nil }
        return finish(speaker: speaker, first: first, last: last, verb: noun, verbLast: noun)
    }

    /// The quoted words after the verb (and its Arabic subject): direct speech after a colon,
    /// reported speech after a complementiser, or the rest of an Arabic sentence.
    func content(after position: Int, verb: Int) -> (Int, Int)? {
        var k = position + 1
        let limit = min(keyed.count, position + 14)
        // Skip a short adverbial before the colon or complementiser: "در این دیدار", "في تصريح".
        while k < limit {
            if keyed.tokens[k].kind == .punctuation {
                let s = keyed.folded.scalars[keyed.tokens[k].range.lowerBound]
                if s == ":" {
                    let start = k + 1
                    guard start < keyed.count else { return nil }
                    if isOpeningQuote(start), let close = closingQuote(after: start) { return (start + 1, close - 1) }
                    return (start, paragraphEnd(start))
                }
                if k == position + 1, s == "«" || s == "\"" || s == "\u{201C}" {
                    if let close = closingQuote(after: k) { return (k + 1, close - 1) }
                }
                if keyed.endsSentence(k) { break }
            } else if FigureLexicon.complementizers.contains(keyed.hashes[k]) || isArabicComplementizer(k) {
                let start = k + 1
                guard start < keyed.count, !keyed.breakBefore[start] else { return nil }
                return (start, keyed.sentenceEnd(start))
            }
            if k > position + 1, keyed.breakBefore[k] { return nil }
            k += 1
        }
        // Arabic: a verb with its subject reports the rest of the sentence ("أكد X التزام طهران …").
        if language == .arabic {
            let start = position + 1
            guard start < keyed.count, !keyed.breakBefore[start], !keyed.endsSentence(position) else { return nil }
            var s = start
            while s < keyed.count, keyed.tokens[s].kind == .punctuation, !keyed.endsSentence(s) { s += 1 }
            guard s < keyed.count, !keyed.breakBefore[s] else { return nil }
            return (s, keyed.sentenceEnd(s))
        }
        return nil
    }

    /// أن / إن / بأن with a proclitic (وأن, بأنه) also open reported speech.
    func isArabicComplementizer(_ k: Int) -> Bool {
        guard language == .arabic, keyed.tokens[k].kind == .word else { return false }
        return QuoteReader.isArabicComplementizer(key: keyed.key(k))
    }

    /// Whether a folded word is أن/إن with a pronoun (ان, انه, انها, انهم), possibly after بـ
    /// (بان, بانه): compared scalar by scalar, without an array or a string per word (none of
    /// these letters has another canonically equivalent spelling, so it is what comparing
    /// strings gave).
    static func isArabicComplementizer(key: ArraySlice<Unicode.Scalar>) -> Bool {
        let alef = ArabicScript.alef, noon: Unicode.Scalar = "\u{0646}", beh: Unicode.Scalar = "\u{0628}"
        let heh: Unicode.Scalar = "\u{0647}", meem: Unicode.Scalar = "\u{0645}"
        var i = key.startIndex
        if i < key.endIndex, key[i] == beh { i += 1 }
        guard key.endIndex - i >= 2, key[i] == alef, key[i + 1] == noon else { return false }
        // What follows ان: nothing, ه, ها or هم.
        switch key.endIndex - (i + 2) {
        case 0: return true
        case 1: return key[i + 2] == heh
        case 2: return key[i + 2] == heh && (key[i + 3] == alef || key[i + 3] == meem)
        default: return false
        }
    }

    // MARK: - Speakers

    /// A speaker written right after token `position`: a mention, or a title phrase (with the
    /// person it names, if any). Skips "من جانبه،"-like punctuation only.
    func speakerAfter(_ position: Int) -> (SpeakerRef, Int)? {
        var k = position + 1
        while k < keyed.count, keyed.tokens[k].kind == .punctuation, isQuoteMark(k) { k += 1 }
        guard k < keyed.count, !keyed.breakBefore[k] else { return nil }
        if mentionOfToken[k] >= 0 {
            let m = mentionOfToken[k]
            return (.mention(m), mentionTokens[m].last)
        }
        if let title = titleReader.read(at: k), title.cue.kind == .office || title.cue.kind == .honorific {
            var j = title.last + 1
            while j < keyed.count, keyed.tokens[j].kind == .punctuation, isQuoteMark(j) { j += 1 }
            if j < keyed.count, mentionOfToken[j] >= 0, entities[mentionOfToken[j]].type == .person {
                let m = mentionOfToken[j]
                return (.mention(m), mentionTokens[m].last)
            }
            guard title.cue.kind == .office else { return nil }
            // The person may follow words the title reader does not take for the office's
            // complement: "وزير المالية السعودي محمد الجدعان".
            if language == .arabic, let m = personAfterTitle(from: title.last + 1) {
                return (.mention(m), mentionTokens[m].last)
            }
            return (.title(title), title.last)
        }
        if isPronoun(k) { return (.pronoun(k), k) }
        return nil
    }

    /// A person named within four words after an Arabic title, before any complementiser,
    /// preposition, mark or other name.
    func personAfterTitle(from start: Int) -> Int? {
        var k = start
        while k < min(keyed.count, start + 4), !keyed.breakBefore[k], keyed.tokens[k].kind == .word,
              !isArabicComplementizer(k), !QuoteLexicon.prepositions.contains(keyed.hashes[k]) {
            if mentionOfToken[k] >= 0 {
                let m = mentionOfToken[k]
                return entities[m].type == .person ? m : nil
            }
            k += 1
        }
        return nil
    }

    /// An Arabic subject written after the verb that is not a known name ("وقالت وكالة أنباء
    /// يونهاب", "وأوضح المنتج"): up to four words before a complementiser, preposition or mark.
    func unlinkedSubject(after position: Int) -> (first: Int, last: Int)? {
        let first = position + 1
        var k = first
        while k < keyed.count, k - first < 4, !keyed.breakBefore[k], keyed.tokens[k].kind == .word,
              mentionOfToken[k] < 0, !Cues.isStopword(k, in: keyed) || QuoteLexicon.sourceNouns.contains(keyed.hashes[k]),
              !QuoteLexicon.prepositions.contains(keyed.hashes[k]), !isArabicComplementizer(k), !isPronoun(k), !isAddressee(k) {
            k += 1
        }
        guard k > first else { return nil }
        // A name in quotation marks after the noun belongs to the subject: مؤسسة "ستاتسبيغ",
        // مراسل "سكاي نيوز عربية".
        if k < keyed.count, let close = shortQuotedName(at: k) { return (first, close) }
        return (first, k - 1)
    }

    /// A name of one to five words in quotation marks opening at token `k`: its closing mark.
    func shortQuotedName(at k: Int) -> Int? {
        guard isOpeningQuote(k), let close = closingQuote(after: k), close - k - 1 <= 5 else { return nil }
        return close
    }

    /// A quoted name right after an Arabic verb that a complementiser or colon follows later in
    /// the sentence (كشف "مؤشر ماستركارد السنوي للحب 2018" أن …): the subject, not the quote.
    func quotedName(after position: Int) -> (first: Int, last: Int)? {
        let open = position + 1
        guard open < keyed.count, let close = shortQuotedName(at: open) else { return nil }
        var k = close + 1
        while k < min(keyed.count, close + 8), !keyed.endsSentence(k), !(k > close + 1 && keyed.breakBefore[k]) {
            if isArabicComplementizer(k) || keyed.isPunctuation(k, ":") { return (open, close) }
            k += 1
        }
        return nil
    }

    /// An Arabic word that says to whom something was said, ending a subject: لشبكة, لقناة,
    /// لصحيفة, للصحفيين.
    func isAddressee(_ k: Int) -> Bool {
        guard language == .arabic, keyed.keyLength(k) >= 4, keyed.firstKeyScalar(k) == "\u{0644}" else { return false }
        let rest = keyed.key(k).dropFirst()
        return rest.first == "\u{0644}" || QuoteLexicon.mediaNouns.contains(RollingHash.hash(rest))
    }

    /// A mention that ends right before the verb ("بوتين يؤكد").
    func speakerRightBefore(_ verb: Int) -> SpeakerRef? {
        let k = verb - 1
        guard k >= 0, !keyed.breakBefore[verb], mentionOfToken[k] >= 0 else { return nil }
        return .mention(mentionOfToken[k])
    }

    /// The subject of a Persian (or English) sentence before the verb: the first mention, title
    /// phrase or pronoun that is not the object of a preposition.
    func subjectBefore(_ verb: Int, from sentence: Int) -> SpeakerRef? {
        // A person named inside a Persian subject phrase is the subject: "سرمربی پرسپولیس علی
        // دایی", a surname the extractor found after a given name.
        if language == .persian, let role = persianRolePhrase(from: sentence, before: verb) {
            return firstPerson(in: role.first...role.last).map { .mention($0) } ?? .role(role.first, role.last)
        }
        if language == .persian, let subject = persianUnlinkedSubject(from: sentence, before: verb) {
            return firstPerson(in: subject.first...subject.last).map { .mention($0) } ?? .unknown(subject.first, subject.last)
        }
        // After an opening attribution ("به گزارش "ورزش سه"، …") the clause starts anew.
        var k = language == .persian ? persianClauseStart(from: sentence, before: verb) ?? sentence : sentence
        while k < verb {
            if mentionOfToken[k] >= 0 {
                let m = mentionOfToken[k]
                let type = entities[m].type
                if !isObject(mentionTokens[m].first), !isAttributed(mentionTokens[m].first), type == .person || type == .organization || (type == .place && isSentenceInitial(mentionTokens[m].first, sentence)) {
                    return .mention(m)
                }
                k = mentionTokens[m].last + 1
                continue
            }
            if let title = titleReader.read(at: k), title.cue.kind == .office {
                var j = title.last + 1
                while j < verb, keyed.tokens[j].kind == .punctuation, isQuoteMark(j) { j += 1 }
                if j < verb, mentionOfToken[j] >= 0, entities[mentionOfToken[j]].type == .person {
                    if !isObject(k) { return .mention(mentionOfToken[j]) }
                    k = mentionTokens[mentionOfToken[j]].last + 1
                    continue
                }
                if !isObject(k) { return .title(title) }
                k = title.last + 1
                continue
            }
            if isPronoun(k), !isObject(k) { return .pronoun(k) }
            k += 1
        }
        return nil
    }

    /// The first person mention covering a token of `tokens`.
    func firstPerson(in tokens: ClosedRange<Int>) -> Int? {
        tokens.lazy.map { self.mentionOfToken[$0] }.first { $0 >= 0 && self.entities[$0].type == .person }
    }

    /// A Persian subject that is neither a known name, a title nor a pronoun, standing first in
    /// its clause (after an opening "به گزارش …،"): "دین‌محمدی در مورد این دیدار … گفت",
    /// "نورالله غلامیان دهکردی صبح امروز در نشست … اظهار داشت". Persian puts the subject first;
    /// a name further on is usually inside an adverbial (در نشست شورای شهرداری شهرکرد). Up to
    /// five words, through names as complements (سرمربی امیدهای استقلال), to the first
    /// preposition, time word, stop word or mark.
    func persianUnlinkedSubject(from sentence: Int, before verb: Int) -> (first: Int, last: Int)? {
        guard let start = persianClauseStart(from: sentence, before: verb), mentionOfToken[start] < 0, !isPronoun(start),
              titleReader.read(at: start) == nil, !isSubjectStop(start) else { return nil }
        return persianSubjectPhrase(from: start, before: verb)
    }

    /// Where the Persian clause of the verb starts: after leading marks and an opening
    /// attribution ("به گزارش خبرگزاری فارس از شیراز،"), or `nil` when no word stands there.
    func persianClauseStart(from sentence: Int, before verb: Int) -> Int? {
        var start = sentence
        while start < verb, keyed.tokens[start].kind == .punctuation { start += 1 }
        // An opening attribution runs to its comma, or, without one, through the outlet it cites
        // ("به گزارش "ورزش سه" فراز کمالوند … گفت").
        if start < verb, let cueEnd = (start..<min(verb, start + 4)).first(where: { Cues.attribution.hasMatch(at: start, endingAt: $0, in: keyed) }) {
            var k = start
            while k < min(verb, start + 14), !keyed.isPunctuation(k, "،"), !keyed.isPunctuation(k, ",") { k += 1 }
            if k < verb, keyed.tokens[k].kind == .punctuation {
                start = k + 1
            } else {
                var next = cueEnd + 1
                if next < verb, isOpeningQuote(next), let close = closingQuote(after: next), close < verb {
                    next = close + 1
                } else if next < verb, mentionOfToken[next] >= 0, entities[mentionOfToken[next]].type == .organization {
                    next = mentionTokens[mentionOfToken[next]].last + 1
                } else {
                    return nil
                }
                start = next
            }
        }
        guard start < verb, keyed.tokens[start].kind == .word else { return nil }
        return start
    }

    /// A Persian occupation phrase opening the clause, "سرمربی پرسپولیس", "مدافع راست سپاهان",
    /// "دروازه‌بان تیم ذوب آهن": the club or body in it is its complement, not the speaker. In
    /// agency style it names again the person quoted before ("علی دایی … گفت … سرمربی
    /// سرخپوشان … افزود").
    func persianRolePhrase(from sentence: Int, before verb: Int) -> (first: Int, last: Int)? {
        guard let start = persianClauseStart(from: sentence, before: verb), mentionOfToken[start] < 0,
              let title = titleReader.read(at: start), title.cue.kind == .occupation else { return nil }
        return persianSubjectPhrase(from: start, before: verb)
    }

    /// A Persian subject phrase from `start`: up to five words, through names as complements,
    /// to the first preposition, time word, stop word or mark.
    func persianSubjectPhrase(from start: Int, before verb: Int) -> (first: Int, last: Int)? {
        var last = start
        while last + 1 < verb, last + 1 - start < 5, keyed.tokens[last + 1].kind == .word, !keyed.breakBefore[last + 1] {
            let next = last + 1
            if mentionOfToken[next] >= 0 {
                last = mentionTokens[mentionOfToken[next]].last
                continue
            }
            if isSubjectStop(next) || Cues.isStopword(next, in: keyed, language: language) { break }
            last = next
        }
        return last < verb ? (start, last) : nil
    }

    /// Whether token `k` cannot be part of a Persian subject: a preposition, a time word, a
    /// conjunction or adverb that opens a clause.
    func isSubjectStop(_ k: Int) -> Bool {
        QuoteLexicon.prepositions.contains(keyed.hashes[k]) || QuoteLexicon.persianSubjectStops.contains(keyed.hashes[k])
            || Cues.isStopword(k, in: keyed, language: language)
    }

    /// The first person mention of the sentence before the verb that is not an object.
    func firstPersonInSentence(from sentence: Int, before verb: Int) -> Int? {
        var k = sentence
        while k < verb {
            let m = mentionOfToken[k]
            if m >= 0 {
                if entities[m].type == .person, !isObject(mentionTokens[m].first) { return m }
                k = mentionTokens[m].last + 1
                continue
            }
            k += 1
        }
        return nil
    }

    /// Whether the phrase at token `k` is the object of a preposition (با پوتین, إلى الخامنئي),
    /// looking back over titles and honorifics before it.
    func isObject(_ k: Int) -> Bool {
        var j = k - 1
        var steps = 0
        while j >= 0, steps < 6 {
            // A name in quotation marks: به "ورزش سه" گفت (to Varzesh3).
            if isQuoteMark(j) {
                j -= 1
                steps += 1
                continue
            }
            if keyed.tokens[j].kind == .punctuation { return false }
            if QuoteLexicon.prepositions.contains(keyed.hashes[j]) { return true }
            // Title words between the preposition and the name: "إلى سماحة قائد الثورة السيد …".
            if Cues.titleMatch(at: j, in: keyed, rules: rules) != nil || QuoteLexicon.titleFillers.contains(keyed.hashes[j]) {
                j -= 1
                steps += 1
                continue
            }
            // An Arabic preposition attached to the word: لبوتين, بالرئيس.
            return false
        }
        return false
    }

    /// Whether an attribution cue (به گزارش, نقلا عن) stands right before token `k`: the outlet a
    /// report cites is not the speaker.
    func isAttributed(_ k: Int) -> Bool {
        // The outlet may stand in quotation marks: به گزارش "ورزش سه".
        var end = k - 1
        while end >= 0, isQuoteMark(end) { end -= 1 }
        guard end >= 0 else { return false }
        for j in max(0, end - 3)...end where Cues.attribution.hasMatch(at: j, endingAt: end, in: keyed) {
            return true
        }
        return false
    }

    func isSentenceInitial(_ k: Int, _ sentence: Int) -> Bool {
        var j = sentence
        while j < k, keyed.tokens[j].kind == .punctuation { j += 1 }
        return j == k
    }

    func isPronoun(_ k: Int) -> Bool {
        QuoteLexicon.pronouns.contains(keyed.hashes[k])
    }

    /// The speaker a reference stands for.
    mutating func resolve(_ ref: SpeakerRef?, verb: Int) -> Speaker? {
        guard let ref else { return nil }
        switch ref {
        case .mention(let m):
            let mention = entities[m]
            let speaker = Speaker(id: mention.id, name: mention.name, text: mention.text)
            lastSpeaker = speaker
            if mention.type == .person { lastPersonSpeaker = speaker }
            return speaker
        case .role(let first, let last):
            let phrase = text.slice(keyed.originalSpan(first: first, last: last))
            let speaker = lastPersonSpeaker.map { Speaker(id: $0.id, name: $0.name, text: phrase) } ?? Speaker(id: nil, name: phrase, text: phrase)
            lastSpeaker = speaker
            return speaker
        case .title(let title):
            let span = keyed.originalSpan(first: title.first, last: title.last)
            let phrase = text.slice(span)
            let speaker = holder(of: title, before: verb).map { Speaker(id: entities[$0].id, name: entities[$0].name, text: phrase) }
                ?? Speaker(id: nil, name: phrase, text: phrase)
            lastSpeaker = speaker
            return speaker
        case .unknown(let first, let last):
            let words = text.slice(keyed.originalSpan(first: first, last: last))
            let speaker = Speaker(id: nil, name: words, text: words)
            lastSpeaker = speaker
            // A name read first in a Persian clause is a person more often than not.
            if language == .persian { lastPersonSpeaker = speaker }
            return speaker
        case .pronoun(let k), .implicit(let k):
            let phrase = text.slice(keyed.originalSpan(first: k, last: k))
            if let last = lastSpeaker { return Speaker(id: last.id, name: last.name, text: phrase) }
            guard let m = lastPerson(before: verb) else { return Speaker(id: nil, name: nil, text: phrase) }
            return Speaker(id: entities[m].id, name: entities[m].name, text: phrase)
        }
    }

    /// The person a title phrase stands for: one the article gives that role, else one the
    /// gazetteer lists as holding the office who is named in the article.
    func holder(of title: TitlePhrase, before verb: Int) -> Int? {
        var role = title.role
        if language == .persian, title.complement == nil, QuoteLexicon.iranianOffices.contains(title.cue.role) {
            role = "\(title.cue.role) of Iran"
        }
        let people = entities.indices.filter { entities[$0].type == .person }
        if let m = people.first(where: { entities[$0].role == role }) { return m }
        guard let compiled, let holders = compiled.holders[role.lowercased()] else { return nil }
        let ids = Set(holders.map { compiled.entries[$0].id })
        let named = people.filter { ids.contains(entities[$0].id) }
        // Prefer the holder named last before the verb, else the first named after it.
        let before = named.filter { mentionTokens[$0].last < verb }
        return before.last ?? named.first
    }

    func lastPerson(before verb: Int) -> Int? {
        entities.indices.last { entities[$0].type == .person && mentionTokens[$0].last >= 0 && mentionTokens[$0].last < verb }
    }

    static func titleReader(
        keyed: KeyedTokens, language: Language, rules: AffixRules, entities: [EntityMention],
        mentionTokens: [(first: Int, last: Int)], compiled: CompiledGazetteer?
    ) -> TitleReader {
        var mentions: [RawMention] = []
        mentions.reserveCapacity(entities.count)
        for (m, mention) in entities.enumerated() where mentionTokens[m].first >= 0 {
            let entry = compiled?.indexByID[mention.id]
            mentions.append(RawMention(
                first: mentionTokens[m].first, last: mentionTokens[m].last, entry: entry,
                type: mention.type, id: mention.id, name: mention.name))
        }
        return TitleReader(keyed: keyed, compiled: compiled ?? QuoteLexicon.empty, language: language, rules: rules, mentions: mentions)
    }

    // MARK: - Boundaries

    func endsSentenceMark(_ t: Int) -> Bool {
        guard keyed.tokens[t].kind == .punctuation else { return false }
        let s = keyed.folded.scalars[keyed.tokens[t].range.lowerBound]
        return s == "." || s == "!" || s == "?" || s == "؟" || s == "؛" || s == "،" || s == ","
    }

    func paragraphEnd(_ t: Int) -> Int {
        var k = t
        while k + 1 < keyed.count, !keyed.breakBefore[k + 1] { k += 1 }
        return k
    }

    func isQuoteMark(_ t: Int) -> Bool {
        guard keyed.tokens[t].kind == .punctuation else { return false }
        let s = keyed.folded.scalars[keyed.tokens[t].range.lowerBound]
        return s == "«" || s == "»" || s == "\"" || s == "\u{201C}" || s == "\u{201D}" || s == "'"
    }

    func isOpeningQuote(_ t: Int) -> Bool {
        guard t < keyed.count, keyed.tokens[t].kind == .punctuation else { return false }
        let s = keyed.folded.scalars[keyed.tokens[t].range.lowerBound]
        return s == "«" || s == "\"" || s == "\u{201C}"
    }

    /// The closing quote mark that matches the opening one at `t`, within the paragraph.
    func closingQuote(after t: Int) -> Int? {
        let open = keyed.folded.scalars[keyed.tokens[t].range.lowerBound]
        let close: Unicode.Scalar = open == "«" ? "»" : open == "\u{201C}" ? "\u{201D}" : "\""
        var k = t + 1
        while k < keyed.count, !keyed.breakBefore[k] {
            if keyed.tokens[k].kind == .punctuation, keyed.folded.scalars[keyed.tokens[k].range.lowerBound] == close {
                return k > t + 1 ? k : nil
            }
            k += 1
        }
        return nil
    }
}

/// Small closed word lists of the quote reader.
enum QuoteLexicon {
    static func hashes(_ words: [String]) -> HashSet64 {
        HashSet64(words.map { RollingHash.hash(MatchKey.key(of: $0)) })
    }

    /// Prepositions whose object is not the subject: با پوتین, خطاب به پزشکیان, إلى الخامنئي.
    static let prepositions = hashes([
        "با", "به", "از", "برای", "بر", "در", "میان", "بین", "نزد", "همراه", "علیه", "درباره",
        "إلى", "الى", "على", "عن", "مع", "من", "في", "ل", "لدى", "ضد", "حول", "بين", "عند",
        "with", "to", "from", "for", "against", "about", "by", "of",
    ])

    /// Words between a preposition and a name that are part of the title: سماحة, جناب, حضرت.
    static let titleFillers = hashes([
        "سماحة", "فخامة", "معالي", "سمو", "جلالة", "الثورة", "الإسلامية", "جناب", "حضرت", "انقلاب", "اسلامی", "معظم",
        "همتای", "همتایی", "ایرانی", "روسی",
    ])

    /// Nouns of saying that follow their source: "عن روحاني قوله", "قولها", "قولهم".
    static let arabicSayingNouns = hashes(["قوله", "قولها", "قولهم", "قولهما", "بقوله", "بقولها"])

    /// Common nouns that name a source and may stand as a subject though they are stop words
    /// elsewhere: "وذكرت مصادر طبية", "وقال مسؤول", "ذكرت وسائل إعلام فرنسية".
    static let sourceNouns = hashes(["مصادر", "مصدر", "مسؤول", "مسؤولون", "مسؤولين", "شهود", "وسائل", "إعلام", "الإعلام", "مراقبون", "محللون", "خبراء"])

    /// Bodies that speak for the country or organisation named right after them, in the
    /// construct state (no article): حكومة نيوزيلندا, شركة أرامكو, وزارة الخارجية الروسية is read
    /// as an office. "المنظمة الرياض" (the organisation … Riyadh) is no such pair.
    static let bodyNouns = hashes(["حكومة", "شركة", "وزارة", "سلطات", "رئاسة", "هيئة", "مؤسسة", "جيش", "شرطة", "قوات", "خارجية", "سفارة", "بلدية"])

    /// The preposition that introduces a relayed source: نقلت الوكالة عن …, نقلا عن ….
    static let relayPrepositions = hashes(["عن"])

    /// Media nouns after ل that name to whom something was said: لشبكة, لقناة, لصحيفة.
    static let mediaNouns = hashes(["شبكة", "قناة", "صحيفة", "وكالة", "موقع", "تلفزيون", "إذاعة", "مجلة", "الصحفيين", "الصحافيين", "وسائل"])

    /// Words that end a Persian subject or cannot open one: time words, clause adverbs,
    /// conjunctions (امروز, صبح, همچنین, سپس, نیز).
    static let persianSubjectStops = hashes([
        "امروز", "دیروز", "فردا", "امشب", "دیشب", "صبح", "عصر", "شب", "ظهر", "بامداد", "روز", "هفته", "ماه", "سال",
        "همچنین", "سپس", "نیز", "هم", "اما", "ولی", "حال", "اکنون", "پیش", "پس", "بعد", "قبل", "که", "و", "یا",
        "بنابراین", "درحالی", "همین", "چنین", "ضمن", "طی", "هنگام", "اخیرا", "اخیراً", "سرانجام", "بالاخره",
    ])

    /// Negations before a verb: لم يؤكد is not a statement.
    static let negations = hashes(["لم", "لا", "لن", "ما", "not", "не"])

    /// Personal pronouns that stand for the last speaker: وی, او, ایشان, هو, he, she.
    static let pronouns = hashes(["وی", "او", "ایشان", "هو", "هي", "he", "she", "он", "она"])

    /// Offices that, in Persian text without a country, are the Iranian ones.
    static let iranianOffices: Set<String> = [
        "President", "Foreign Minister", "Spokesperson of the Foreign Ministry", "Vice President",
        "First Vice President", "Speaker of Parliament", "Chief Justice", "Supreme Leader",
    ]

    /// An empty gazetteer for readers created without one.
    static let empty = CompiledGazetteer(Gazetteer(entries: []))
}
