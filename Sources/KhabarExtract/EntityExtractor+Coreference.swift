import KhabarCore
import KhabarText

// Pass 3 of the entity extractor: a name given in full once and said again later by a shorter
// form — a person by surname (قال بومبيو, ظریف گفت), a place or an organisation read from a
// pattern by its name again.
extension EntityExtractor {
    /// A short form of a name found in the text, and the mention it names again.
    struct DocumentAlias {
        /// The mention whose entity the alias names (type, entry, id and name are copied).
        var template: RawMention
        /// The token of the full name's first word (a person's given name), so that a misspelt
        /// given name (same consonant skeleton) before the surname joins it (ابولفضل جلالی after
        /// ابوالفضل جلالی); -1 when the alias is no surname of a full name.
        var givenName = -1
        /// The hash of the full name's first word, so that the given name itself before the
        /// surname joins it where the pattern pass did not read the two (أبي أحمد).
        var givenNameHash: UInt64 = 0
        /// Whether two different entities share this short form (then it names neither).
        var ambiguous = false
    }

    /// Pass 3: the short forms of names found by passes 1 and 2 name the same entity elsewhere in
    /// the text.
    ///
    /// - The surname of a person named in full (gazetteer or pattern): the last word, or the last
    ///   two where the surname is compound — after بن, ابن, بنت, أبو, عبد, آل (بن لادن), before
    ///   الله, الدين or أوغلو (فضل الله, كيليجدار أوغلو), or a Persian surname whose second part
    ///   is written apart (حسین زاده, سلطانی مهر, کامیابی نیا). A person read from a title alone
    ///   (اللواء فهمي) is their surname.
    /// - A patronymic name (حمد بن عيسى) as a royal title and the given name (الملك حمد).
    /// - A place or organisation read from a pattern, by its whole name; an organisation named
    ///   with its marker (gazetteer or pattern), by the name without it when that is distinctive
    ///   (حزب اعتماد ملی → اعتماد ملی; ``shortFormStart(of:in:context:)``).
    ///
    /// A one-word surname names no one when it is a stop word, a frequent word of the news
    /// (`commonwords.tsv`), a given name that is an ordinary word too (امید), a month, a word of a title, a
    /// marker or a number, a word of a place's or an organisation's name, or another entity's
    /// gazetteer alias; a short form shared by two entities names neither. A mention may
    /// carry an Arabic proclitic (وبومبيو, لبومبيو, للمالكي) or a Persian ezafe (برانکوی); it
    /// never overlaps another mention, and a given name right before it that is not the person's
    /// own (misspelt: same skeleton) makes it another person's surname, left alone. Keys are
    /// compared as concatenations, so حسین زاده, حسین‌زاده and حسینزاده are one surname.
    func documentAliasMentions(in keyed: KeyedTokens, mentions: [RawMention], context: Context) -> [RawMention] {
        var aliases: [DocumentAlias] = []
        var byHash: [UInt64: Int] = [:]
        var longest = 1
        var firstWords: [UInt64] = []
        func register(_ mention: RawMention, first: Int, last: Int, givenName: Int = -1, fullName: Bool = true) {
            var hash: UInt64 = 0
            var letters = 0
            for t in first...last {
                hash = hash &* keyed.powers[t] &+ keyed.hashes[t]
                letters += keyed.keyLength(t)
            }
            guard letters >= 3 else { return }
            if let index = byHash[hash] {
                // A person read from a title alone (اللواء عسيري) is the one named in full.
                if fullName, aliases[index].template.id != mention.id { aliases[index].ambiguous = true }
                return
            }
            byHash[hash] = aliases.count
            // An alias may start with its first word, or be written as one word (حسین‌زاده).
            firstWords.append(keyed.hashes[first])
            if last > first { firstWords.append(hash) }
            aliases.append(DocumentAlias(template: mention, givenName: givenName,
                                         givenNameHash: givenName < 0 ? 0 : keyed.hashes[givenName]))
            longest = max(longest, last - first + 1)
        }
        // The loops below read the mentions in place, by index: iterating over the array would
        // copy each mention, retaining and releasing its strings.
        // Full names first: a surname said alone after a title is the person named in full.
        for index in mentions.indices where mentions[index].type == .person && mentions[index].last > mentions[index].first {
            let mention = mentions[index]
            let first = surnameStart(of: mention, in: keyed, context: context)
            guard first > mention.first, isDistinctiveAlias(first: first, last: mention.last, in: keyed, context: context) else { continue }
            // A name read from a pattern with more than one word before the surname may have run
            // on into the sentence (… کمالوند به‌عنوان, … نوری سوم): its last word counts only
            // after a compound given name (محمد علی, عبد الفتاح, علی اکبر) or a linker; a surname
            // that starts with بن, ابن, بنت or آل is one by its form (أحمد عبيد بن دغر → بن دغر).
            if mention.entry == nil, first - mention.first >= 2, !Self.arabicNameLinks.contains(keyed.hashes[first]),
               !(mention.first..<first).allSatisfy({ isGivenNamePart($0, in: keyed) }) { continue }
            register(mention, first: first, last: mention.last, givenName: mention.first)
        }
        for index in mentions.indices {
            let mention = mentions[index]
            switch mention.type {
            case .person:
                if mention.first == mention.last, mention.viaPattern, mention.startTrim == 0,
                   isDistinctiveAlias(first: mention.first, last: mention.last, in: keyed, context: context) {
                    register(mention, first: mention.first, last: mention.last, fullName: false)
                }
            case .organization:
                if let first = shortFormStart(of: mention, in: keyed, context: context) {
                    register(mention, first: first, last: mention.last, fullName: false)
                }
                guard mention.viaPattern, mention.startTrim == 0 else { continue }
                if mention.first == mention.last, Cues.stopwords.contains(keyed.hashes[mention.first]) { continue }
                register(mention, first: mention.first, last: mention.last)
            case .place:
                guard mention.viaPattern, mention.startTrim == 0 else { continue }
                if mention.first == mention.last, Cues.stopwords.contains(keyed.hashes[mention.first]) { continue }
                register(mention, first: mention.first, last: mention.last)
            default:
                continue
            }
        }
        // A patronymic name (حمد بن عيسى, محمد بن سلمان) is said again as a royal or religious
        // title and the given name: الملك حمد, الأمير محمد.
        var titled: [UInt64: Int] = [:]
        if context.language == .arabic {
            for (index, mention) in mentions.enumerated() where mention.type == .person && mention.last - mention.first >= 2
                && mention.startTrim == 0 && Cues.patronymicLinks.contains(keyed.hashes[mention.first + 1]) {
                let hash = keyed.hashes[mention.first]
                if let other = titled[hash], other >= 0, mentions[other].id != mention.id { titled[hash] = -1 } else if titled[hash] == nil { titled[hash] = index }
            }
        }
        guard !aliases.isEmpty || !titled.isEmpty else { return mentions }
        var covered = [Bool](repeating: false, count: keyed.count)
        for index in mentions.indices { for t in mentions[index].first...mentions[index].last { covered[t] = true } }
        var result = mentions
        // A surname the pattern pass read alone (by its form, حسین‌زاده, or after a title,
        // اللواء عسيري) is the person named in full.
        for index in result.indices {
            // Read in place: a copy of the mention would retain and release its strings.
            guard result[index].type == .person, result[index].viaPattern, result[index].entry == nil,
                  result[index].first == result[index].last, result[index].role == nil,
                  let alias = byHash[keyed.hashes[result[index].first]], !aliases[alias].ambiguous,
                  aliases[alias].givenName >= 0, aliases[alias].template.id != result[index].id else { continue }
            let template = aliases[alias].template
            result[index].entry = template.entry
            result[index].id = template.id
            result[index].name = template.name
        }
        var added = false
        if !titled.isEmpty {
            titledGivenNames(&result, titled: titled, mentions: mentions, covered: &covered, in: keyed)
        }
        let variants = !keyed.variants.isEmpty
        // Looked up once or a few times per word: the open-addressing map, not the dictionary.
        let table = HashMap64(byHash.map { ($0.key, Int32($0.value)) })
        let firsts = HashSet64(firstWords)
        var t = byHash.isEmpty ? keyed.count : 0
        while t < keyed.count {
            guard !covered[t], keyed.tokens[t].kind == .word else {
                t += 1
                continue
            }
            // The first word as written, or without a proclitic (trim: scalars left outside the
            // span; ل + ال read as ال keeps the whole word, للمالكي).
            var best: AliasMatch? = nil
            if firsts.contains(keyed.hashes[t]) {
                best = longestAlias(from: t, start: keyed.hashes[t], trim: 0, table: table, longest: longest, covered: covered, in: keyed)
            }
            if best == nil, variants {
                let v = keyed.variants[t]
                // Without a proclitic: و/ف, ب/ل/ك, both, ل + ال (read as ال), و + لل.
                var k = 0
                while best == nil, k < 5 {
                    let (hash, trim) = k == 0 ? (v.conjunction, 1) : k == 1 ? (v.preposition, 1) : k == 2 ? (v.conjunctionPreposition, 2)
                        : k == 3 ? (v.lamArticle, 0) : (v.conjunctionLamArticle, 1)
                    if hash != 0, firsts.contains(hash) {
                        best = longestAlias(from: t, start: hash, trim: trim, table: table, longest: longest, covered: covered, in: keyed)
                    }
                    k += 1
                }
            }
            // A Persian name ending in a vowel may carry the ezafe yeh (برانکوی).
            if best == nil, variants, context.rules.persianEzafe, keyed.variants[t].withoutLast != 0,
               let index = table[keyed.variants[t].withoutLast] {
                best = AliasMatch(alias: Int(index), last: t, startTrim: 0, endTrim: 1)
            }
            guard let match = best, !aliases[match.alias].ambiguous else {
                t += 1
                continue
            }
            let alias = aliases[match.alias]
            var first = t
            if match.startTrim == 0, t > 0, keyed.tokens[t - 1].kind == .word, !covered[t - 1], !keyed.breakBefore[t],
               alias.template.type == .person {
                // A given name right before: the person's own, misspelt, joins; another person's
                // leaves the surname to that person.
                let previous = keyed.hashes[t - 1]
                if previous == alias.givenNameHash {
                    first = t - 1
                } else if alias.givenName >= 0, keyed.keyLength(t - 1) >= 3, !isStopword(t - 1, in: keyed),
                          case let given = NameSkeleton.skeleton(ofWord: keyed.key(alias.givenName)), given.count >= 2,
                          NameSkeleton.skeleton(ofWord: keyed.key(t - 1)) == given {
                    first = t - 1
                } else if Cues.anyGivenName.contains(previous) || Cues.namePrefixes.contains(previous) || Cues.surnameLinkers.contains(previous) {
                    // Another person's surname (…ی أحمد), or a father's name in a chain (بن عبد الله).
                    t = match.last + 1
                    continue
                }
            }
            // A given name followed by a word that may be a surname starts another person's name
            // (حسين غازي), which the pattern pass did not read; not one followed by the sentence
            // (ودخل عباس المستشفى).
            if match.last == t, alias.template.type == .person, Cues.anyGivenName.contains(keyed.hashes[t]),
               match.last + 1 < keyed.count, keyed.tokens[match.last + 1].kind == .word, !covered[match.last + 1],
               !keyed.breakBefore[match.last + 1], mayContinueName(match.last + 1, in: keyed, context: context) {
                t = match.last + 1
                continue
            }
            var mention = alias.template
            mention.first = first
            mention.last = match.last
            mention.startTrim = first == t ? match.startTrim : 0
            mention.endTrim = match.endTrim
            mention.role = nil
            result.append(mention)
            added = true
            t = match.last + 1
        }
        if added || result.count != mentions.count { result.sort { $0.first < $1.first } }
        return result
    }

    /// A short form found in the text: the alias, its last token, the scalars of an affix left
    /// outside the span.
    struct AliasMatch {
        var alias: Int
        var last: Int
        var startTrim: Int
        var endTrim: Int
    }

    /// The longest alias of `table` from token `t`, whose first word's key hashes to `start`
    /// (the word itself or without a proclitic), over uncovered words on one line.
    func longestAlias(from t: Int, start: UInt64, trim: Int, table: HashMap64, longest: Int, covered: [Bool],
                      in keyed: KeyedTokens) -> AliasMatch? {
        var best: AliasMatch? = nil
        var hash = start
        var k = t
        while true {
            if let index = table[hash] { best = AliasMatch(alias: Int(index), last: k, startTrim: trim, endTrim: 0) }
            k += 1
            guard k < keyed.count, k - t < longest, keyed.tokens[k].kind == .word, !covered[k], !keyed.breakBefore[k] else { break }
            hash = hash &* keyed.powers[k] &+ keyed.hashes[k]
        }
        return best
    }

    /// Whether token `k` may be the surname after a given name: not a stop word, a title or a
    /// speech verb, not an ordinary word, a verb or a plural, and in Arabic not a definite word
    /// unless a nisba (القحطاني).
    func mayContinueName(_ k: Int, in keyed: KeyedTokens, context: Context) -> Bool {
        if isNameStop(k, in: keyed, context: context) { return false }
        switch context.language {
        case .arabic:
            if isArabicNameBreak(k, in: keyed) || Self.isArabicOrdinaryWord(k, in: keyed) || isArabicVerbOrParticiple(k, in: keyed) {
                return false
            }
            if keyed.key(k).starts(with: Self.arabicArticle), !isArabicAdjective(k, in: keyed) { return false }
        case .persian:
            if Cues.commonWordsPersian.contains(keyed.hashes[k]) || Cues.isPersianPrefixedVerb(k, in: keyed)
                || Self.endsWithPersianPlural(keyed.key(k)) || Self.lightVerbs.contains(keyed.hashes[k]) { return false }
        default: break
        }
        return true
    }

    /// Whether token `k` may be part of a compound given name: a given name, عبد / أبو, a linker
    /// (بن), a word of an Arabic given name in ال after عبد (عبد الفتاح), or the second word of a
    /// listed two-word given name (صلاح الدين).
    func isGivenNamePart(_ k: Int, in keyed: KeyedTokens) -> Bool {
        let h = keyed.hashes[k]
        if Cues.anyGivenName.contains(h) || Cues.namePrefixes.contains(h) || Cues.surnameLinkers.contains(h) { return true }
        guard k > 0 else { return false }
        return Cues.namePrefixes.contains(keyed.hashes[k - 1])
            || Cues.anyGivenName.contains(keyed.hashes[k - 1] &* keyed.powers[k] &+ h)
    }

    /// Whether token `k` is a stop word, also after an Arabic conjunction or preposition (وكان, وأن).
    func isStopword(_ k: Int, in keyed: KeyedTokens) -> Bool {
        if Cues.stopwords.contains(keyed.hashes[k]) { return true }
        guard !keyed.variants.isEmpty else { return false }
        let v = keyed.variants[k]
        for hash in [v.conjunction, v.preposition, v.conjunctionPreposition] where hash != 0 && Cues.stopwords.contains(hash) {
            return true
        }
        return false
    }

    /// Markers of bodies whose name after the marker is a name of its own (a party, a movement,
    /// a company, a foundation); after a committee's, a council's or a ministry's marker the rest
    /// is a topic (لجنة الحريات الفردية, وزارت امور خارجه), after a team's a city.
    static let shortFormClasses: Set<String> = [
        "Party", "Movement", "Company", "Bank", "Organization", "Foundation", "Coalition", "Brigades", "Hospital",
    ]

    /// A royal or religious title and a given name (الملك حمد, الأمير محمد) name the person the
    /// text names in full by that given name and a patronymic (حمد بن عيسى), unless another
    /// patronymic follows (الأمير محمد بن نايف is someone else).
    func titledGivenNames(_ result: inout [RawMention], titled: [UInt64: Int], mentions: [RawMention], covered: inout [Bool],
                          in keyed: KeyedTokens) {
        var byStart: [Int: Int] = [:]
        for (index, mention) in result.enumerated() where mention.first == mention.last { byStart[mention.first] = index }
        for t in 1..<keyed.count where keyed.tokens[t].kind == .word && Cues.royalTitles.contains(keyed.hashes[t - 1]) {
            guard let index = titled[keyed.hashes[t]], index >= 0,
                  !(t + 1 < keyed.count && Cues.patronymicLinks.contains(keyed.hashes[t + 1])) else { continue }
            let template = mentions[index]
            guard template.first != t else { continue }
            if covered[t] {
                // Read alone by the pattern pass: relink it.
                guard let at = byStart[t], result[at].type == .person, result[at].entry == nil, result[at].viaPattern else { continue }
                result[at].entry = template.entry
                result[at].id = template.id
                result[at].name = template.name
            } else {
                var mention = template
                mention.first = t
                mention.last = t
                mention.startTrim = 0
                mention.endTrim = 0
                mention.role = nil
                result.append(mention)
                covered[t] = true
            }
        }
    }

    /// Where the short form of an organisation's name starts: after the marker it opens with
    /// (حزب اعتماد ملی → اعتماد ملی, سازمان مجاهدین انقلاب اسلامی → مجاهدین انقلاب اسلامی), when
    /// two words or more remain, none a stop word, one of them distinctive — not a frequent word,
    /// a title or marker word or a word of a place's or body's name; any for a party, a movement
    /// or a coalition — and the rest is no gazetteer name.
    func shortFormStart(of mention: RawMention, in keyed: KeyedTokens, context: Context) -> Int? {
        guard mention.startTrim == 0, let title = Cues.titleMatch(at: mention.first, in: keyed, rules: context.rules),
              let cue = Cues.title(title, language: context.language), cue.kind == .organization,
              Self.shortFormClasses.contains(cue.role), title.startTrim == 0 else { return nil }
        let first = title.last + 1
        guard mention.last - first >= 1 else { return nil }
        var distinctive = false
        for k in first...mention.last {
            guard keyed.tokens[k].kind == .word, !Cues.stopwords.contains(keyed.hashes[k]) else { return nil }
            let h = keyed.hashes[k]
            let frequent: Bool
            switch context.language {
            case .persian: frequent = Cues.commonWordsPersian.contains(h)
            case .arabic: frequent = Cues.commonWordsArabic.contains(h)
            default: frequent = true
            }
            if !frequent, keyed.keyLength(k) >= 4, !Cues.titleAndNumberWords.contains(h), !compiled.placeAndBodyWords.contains(h),
               !Cues.anyGivenName.contains(h) {
                distinctive = true
            }
        }
        // A party's or a movement's name is a phrase of ordinary words (اعتماد ملی, العدالة والتنمية).
        if cue.role == "Party" || cue.role == "Movement" || cue.role == "Coalition" { distinctive = true }
        guard distinctive, !compiled.names.hasMatch(at: first, endingAt: mention.last, in: keyed, rules: context.rules) else { return nil }
        return first
    }

    /// Where the surname of a multi-word person mention starts: its last word, or the last two
    /// when the surname is compound (بن لادن, فضل الله, کیلیجدار أوغلو, حسین زاده).
    func surnameStart(of mention: RawMention, in keyed: KeyedTokens, context: Context) -> Int {
        let last = mention.last
        guard last - 1 > mention.first, keyed.tokens[last - 1].kind == .word else { return last }
        if Cues.surnameLinkers.contains(keyed.hashes[last - 1]) || Cues.surnameEndings.contains(keyed.hashes[last]) {
            return last - 1
        }
        if context.language == .persian, Cues.persianSurnameParts.contains(keyed.hashes[last]) { return last - 1 }
        return last
    }

    /// Whether tokens `first...last` are distinctive enough to name a person by themselves: not a
    /// stop word, a frequent word, a given name, a month or a title, nor another entity's alias.
    func isDistinctiveAlias(first: Int, last: Int, in keyed: KeyedTokens, context: Context) -> Bool {
        var hash: UInt64 = 0
        for t in first...last {
            guard keyed.tokens[t].kind == .word else { return false }
            hash = hash &* keyed.powers[t] &+ keyed.hashes[t]
        }
        if Cues.ordinaryGivenNames.contains(hash) || Cues.months.contains(hash) { return false }
        if first == last {
            let h = keyed.hashes[first]
            if Cues.stopwords.contains(h) || Cues.personClassifiers.contains(h) || Cues.titleAndNumberWords.contains(h)
                || compiled.placeAndBodyWords.contains(h) { return false }
            switch context.language {
            case .persian: if Cues.commonWordsPersian.contains(h) { return false }
            case .arabic: if Cues.commonWordsArabic.contains(h) { return false }
            default: break
            }
            // The shape of a word that ends a name (a run-on the pattern pass kept): a verb, a
            // plural, a verbal noun or participle, a frequent word with an affix.
            if isNameStop(first, in: keyed, context: context) { return false }
            switch context.language {
            case .persian:
                if Cues.isPersianPrefixedVerb(first, in: keyed) || Self.endsWithPersianPlural(keyed.key(first))
                    || Self.isPersianPerfectVerb(first, in: keyed) || Self.isPersianSubjunctive(first, in: keyed) { return false }
            case .arabic:
                if isArabicNameBreak(first, in: keyed) || Self.isArabicOrdinaryWord(first, in: keyed)
                    || isArabicVerbOrParticiple(first, in: keyed) || hasTanweenFath(first, in: keyed) { return false }
            default: break
            }
        }
        return !compiled.names.hasMatch(at: first, endingAt: last, in: keyed, rules: context.rules)
    }

    /// One person per surname in a document: a bare surname the gazetteer gives to one person
    /// (المالكي → Nouri al-Maliki) names instead the person the text names in full with that
    /// surname (تركي المالكي, the coalition's spokesman), unless the text also names the
    /// gazetteer's person in full. Pass 3 leaves such surnames alone because they are another
    /// entity's alias.
    func relinkBareSurnames(_ mentions: inout [RawMention], in keyed: KeyedTokens) {
        var fullNames: [UInt64: Int] = [:]
        var namedInFull = Set<String>()
        var shared = Set<UInt64>()
        // Mentions are read in place: a copy would retain and release its strings.
        for index in mentions.indices where mentions[index].type == .person && mentions[index].last > mentions[index].first {
            namedInFull.insert(mentions[index].id)
            let surname = keyed.hashes[mentions[index].last]
            if let other = fullNames[surname], mentions[other].id != mentions[index].id { shared.insert(surname) }
            fullNames[surname] = index
        }
        guard !fullNames.isEmpty else { return }
        for index in mentions.indices {
            guard mentions[index].type == .person, mentions[index].first == mentions[index].last, mentions[index].entry != nil,
                  !namedInFull.contains(mentions[index].id) else { continue }
            let first = mentions[index].first, startTrim = mentions[index].startTrim
            let surname = startTrim == 0 ? keyed.hashes[first] : RollingHash.hash(keyed.key(first).dropFirst(startTrim))
            guard !shared.contains(surname), let full = fullNames[surname], mentions[full].id != mentions[index].id else { continue }
            let person = mentions[full]
            mentions[index].entry = person.entry
            mentions[index].id = person.id
            mentions[index].name = person.name
        }
    }
}
