import KhabarCore
import KhabarText

// Pass 2 of the entity extractor: names read from titles, markers, given names and the shape of
// a news lead, for people, organisations and places the gazetteer does not know.
extension EntityExtractor {
    /// Pass 2: titles, roles, names read from patterns, outlets' full names and datelines.
    func patternMentions(in keyed: KeyedTokens, context: Context, gazetteerMentions: [RawMention]) -> [RawMention] {
        var state = PatternState(keyed: keyed, mentions: gazetteerMentions)
        extendOutlets(&state, keyed: keyed, context: context)
        extendClubsWithCities(&state, keyed: keyed, context: context)
        extendGivenNames(&state, keyed: keyed)
        quotedOrganizations(&state, keyed: keyed, context: context)
        if let givenNames = Cues.firstNames(context.language) {
            for m in state.mentions.indices where !state.removed[m] {
                guard let last = givenNamePlace(m, state: state, keyed: keyed, context: context, givenNames: givenNames) else { continue }
                let place = state.mentions[m]
                state.remove([m])
                state.add(unknownPerson(first: place.first, last: last, role: nil, in: keyed))
            }
        }
        let reader = TitleReader(keyed: keyed, compiled: compiled, language: context.language, rules: context.rules, mentions: state.mentions)
        var surnameHashes: [UInt64] = []
        for index in state.mentions.indices
        where state.mentions[index].type == .person && state.mentions[index].entry != nil
            && state.mentions[index].last > state.mentions[index].first {
            surnameHashes.append(keyed.hashes[state.mentions[index].last])
        }
        let surnames = HashSet64(surnameHashes)
        // Read once: the sets a token is first looked up in, to skip most tokens at once.
        let givenNames = Cues.firstNames(context.language), namePrefixes = Cues.namePrefixes
        let arabic = context.language == .arabic
        var i = 0
        while i < keyed.count {
            guard keyed.tokens[i].kind == .word, !(state.covered[i] && state.mentionAt(i) == nil) else {
                i += 1
                continue
            }
            if keyed.mayStart(i, FilterBit.titles), let title = reader.read(at: i) {
                i = applyTitle(title, reader: reader, state: &state, keyed: keyed, context: context)
                continue
            }
            if !state.covered[i], let givenNames,
               givenNames.contains(keyed.hashes[i]) || namePrefixes.contains(keyed.hashes[i])
                || (arabic && keyed.keyLength(i) >= 4 && keyed.firstKeyScalar(i) == "\u{0648}")
                || (!arabic && isSayyidGivenName(i, in: keyed, names: givenNames)),
               let person = givenNamePerson(at: i, state: state, keyed: keyed, context: context, surnames: surnames) {
                state.remove(person.absorbed)
                var mention = unknownPerson(first: i, last: person.last, role: nil, in: keyed, startTrim: person.startTrim)
                mention.startTrim = person.startTrim
                state.add(mention)
                i = person.last + 1
                continue
            }
            if !state.covered[i], context.language == .persian, isPersianAbadPlace(i, in: keyed, context: context) {
                state.add(placeMention(first: i, last: i, startTrim: 0, in: keyed))
                i += 1
                continue
            }
            if !state.covered[i], context.language == .persian,
               isPersianSurname(i, in: keyed, context: context) || isCompiledSurname(i, in: keyed, context: context) {
                state.add(unknownPerson(first: i, last: i, role: nil, in: keyed))
                i += 1
                continue
            }
            // The surname's first tests, made before the call: most words are shorter than five
            // letters or end in none of the endings' last letters.
            if !state.covered[i], keyed.keyLength(i) >= 5,
               Self.slavicEndingLastLetters.contains(keyed.keyScalars[keyed.keyStart[i + 1] - 1]),
               let trim = slavicSurnameTrim(i, in: keyed, context: context) {
                var mention = unknownPerson(first: i, last: i, role: nil, in: keyed, startTrim: trim)
                mention.startTrim = trim
                state.add(mention)
                i += 1
                continue
            }
            if !state.covered[i], context.language == .persian, context.sports, speakerAlone(at: i, state: state, keyed: keyed, context: context) {
                state.add(unknownPerson(first: i, last: i, role: nil, in: keyed))
                i += 1
                continue
            }
            if !state.covered[i], context.language == .persian, let name = leadSubject(at: i, state: state, keyed: keyed, context: context) {
                state.add(unknownPerson(first: name.lowerBound, last: name.upperBound, role: nil, in: keyed))
                i = name.upperBound + 1
                continue
            }
            i += 1
        }
        datelinePlaces(&state, keyed: keyed, context: context)
        return state.result
    }

    /// An outlet's name takes the words before it that are part of it: خبرگزاری فارس, وكالة رويترز,
    /// (ل)وكالة أنباء يونهاب.
    func extendOutlets(_ state: inout PatternState, keyed: KeyedTokens, context: Context) {
        for index in state.mentions.indices {
            let mention = state.mentions[index]
            guard let entry = mention.entry, compiled.entries[entry].category == "outlet", mention.startTrim == 0 else { continue }
            for k in stride(from: mention.first - 2, through: max(0, mention.first - 1), by: 1) where k >= 0 {
                var trim: Int? = nil
                Cues.outletPrefixes.scan(at: k, in: keyed, rules: context.rules) { match in
                    if match.last == mention.first - 1, trim == nil { trim = match.startTrim }
                }
                guard let trim else { continue }
                guard !(k..<mention.first).contains(where: { state.covered[$0] }) else { break }
                // A marker written twice (خبرگزاری خبرگزاری فارس) is taken once.
                if k == mention.first - 1, keyed.hashes[k] == keyed.hashes[mention.first] { break }
                var extended = mention
                extended.first = k
                extended.startTrim = trim
                state.replace(index, with: extended)
                break
            }
        }
    }

    /// In Persian a club or company is often named with its city: "پرسپولیس تهران", "نفت
    /// آبادان", "سایپا تهران" — a gazetteer team or company right before a gazetteer city takes
    /// it into its name (one mention of the club, not the club and a place).
    func extendClubsWithCities(_ state: inout PatternState, keyed: KeyedTokens, context: Context) {
        guard context.language == .persian else { return }
        for index in state.mentions.indices where !state.removed[index] {
            let mention = state.mentions[index]
            guard mention.type == .organization, let entry = mention.entry, mention.endTrim == 0,
                  Self.cityNamedClasses.contains(compiled.entries[entry].category) else { continue }
            let next = mention.last + 1
            guard next < keyed.count, !keyed.breakBefore[next], let m = state.mentionAt(next), state.mentions[m].type == .place,
                  state.mentions[m].startTrim == 0, let place = state.mentions[m].entry,
                  Self.cityClasses.contains(compiled.entries[place].category) else { continue }
            var extended = mention
            extended.last = state.mentions[m].last
            extended.endTrim = state.mentions[m].endTrim
            state.remove([m])
            state.replace(index, with: extended)
        }
    }

    /// Persian names of team sports, between a team marker and the team's name.
    static let sportDisciplines = Cues.hashes(["فوتبال", "بسکتبال", "والیبال", "هندبال", "فوتسال", "واترپلو"])

    /// Gazetteer classes of bodies that Persian news names with their city (پرسپولیس تهران).
    static let cityNamedClasses: Set<String> = ["sports-team", "company"]
    /// Gazetteer classes of the places such a body takes into its name.
    static let cityClasses: Set<String> = ["city", "capital"]

    /// A surname alias takes the word before it when that word is the person's given name
    /// misspelt (same skeleton): "ولادمير پوتين" is one mention of Putin.
    func extendGivenNames(_ state: inout PatternState, keyed: KeyedTokens) {
        for index in state.mentions.indices {
            // Read in place until the mention qualifies: a copy would retain and release its strings.
            guard let entry = state.mentions[index].entry, state.mentions[index].type == .person,
                  state.mentions[index].first == state.mentions[index].last, state.mentions[index].first > 0,
                  let given = compiled.givenNameSkeletons[entry] else { continue }
            let mention = state.mentions[index]
            let previous = mention.first - 1
            // A form of address is no given name, though an alias may start with it (سردار سلیمانی).
            guard keyed.tokens[previous].kind == .word, !state.covered[previous], !keyed.breakBefore[mention.first],
                  !Cues.personClassifiers.contains(keyed.hashes[previous]),
                  given.contains(NameSkeleton.skeleton(ofWord: keyed.key(previous))) else { continue }
            var extended = mention
            extended.first = previous
            extended.startTrim = 0
            state.replace(index, with: extended)
        }
    }

    /// Names written in quotation marks where the text names its source or spells out an
    /// organisation:
    /// - after an attribution cue: به گزارش "ورزش سه"، / به نقل از «ایران ورزشی» / ذكرت صحيفة "الحياة";
    /// - right after an organisation, its acronym: منظمة الأمم المتحدة للطفولة "اليونيسيف".
    ///
    /// One to four words between the marks, none a stop word, all unclaimed.
    func quotedOrganizations(_ state: inout PatternState, keyed: KeyedTokens, context: Context) {
        var k = 1
        while k + 2 < keyed.count {
            guard Cues.isQuoteMark(k, in: keyed), keyed.tokens[k + 1].kind == .word, !state.covered[k + 1] else {
                k += 1
                continue
            }
            let attributed = hasAttributionCue(before: k, in: keyed)
            let acronym: Bool = {
                guard let m = state.mentionEndingAt(k - 1), state.mentions[m].type == .organization else { return false }
                return true
            }()
            guard attributed || acronym else {
                k += 1
                continue
            }
            // Inside the marks any word may stand (ورزش سه, "three"), and dots of an acronym.
            var close = k + 1
            while close < keyed.count, close - k <= 6, !state.covered[close],
                  keyed.tokens[close].kind == .word || (keyed.isPunctuation(close, ".") && keyed.tokens[close - 1].kind == .word) {
                close += 1
            }
            guard close > k + 1, close < keyed.count, Cues.isQuoteMark(close, in: keyed), !(acronym && close - k > 3) else {
                k += 1
                continue
            }
            state.add(organizationMention(first: k + 1, last: close - 1, startTrim: 0, in: keyed))
            k = close + 1
        }
    }

    /// Applies one title phrase: a role for the person named beside it, a name read after it, a
    /// place or an organisation read after a marker. Returns the token to continue from.
    func applyTitle(_ title: TitlePhrase, reader: TitleReader, state: inout PatternState, keyed: KeyedTokens, context: Context) -> Int {
        let language = context.language
        switch title.cue.kind {
        case .modifier:
            return title.last + 1
        case .occupation:
            return readAfterOccupation(title, state: &state, keyed: keyed, context: context)
        case .office, .honorific:
            // Forms of address may stack: آیت‌الله سید علی …
            var j = title.last + 1
            // حاج stacks too (شهید حاج قاسم سلیمانی) but is no title: after a given name it is part
            // of a family name (علی حاج‌کاظم).
            while j < keyed.count {
                if let more = reader.read(at: j), more.cue.kind == .honorific {
                    j = more.last + 1
                } else if keyed.tokens[j].kind == .word, keyed.hashes[j] == Self.persianHajj {
                    j += 1
                } else {
                    break
                }
            }
            j = skipQuotes(from: j, in: keyed)
            let role = title.cue.kind == .office ? title.role : nil
            if let next = state.mentionAt(j), state.mentions[next].type == .person {
                if state.mentions[next].role == nil, let role { state.mentions[next].role = role }
                return state.mentions[next].last + 1
            }
            if title.cue.kind == .office, let previous = personBefore(title.first, in: keyed, state: state) {
                if state.mentions[previous].role == nil, let role { state.mentions[previous].role = role }
                return title.last + 1
            }
            // "والداس آدامكوس، رئيس جمهوري ليتواني": a name before the comma of an apposition.
            if title.cue.kind == .office, title.hasWrittenComplement, Cues.namingOffices.contains(title.cue.role),
               let name = nameBefore(title.first, in: keyed, covered: state.covered, context: context) {
                state.add(unknownPerson(first: name.lowerBound, last: name.upperBound, role: role, in: keyed))
                return title.last + 1
            }
            // After an office, a name that is not in the gazetteer is read only when the office
            // names its country ("الرئيس الأمريكي X"): a bare "رئیس‌جمهور" is more often
            // followed by its object than by a name.
            // After an office (not a form of address) one unknown word is more often the verb's
            // object than a name ("أجرى الرئيس الروسي محادثات"): two words or more.
            if title.cue.kind == .honorific || (Cues.namingOffices.contains(title.cue.role) && title.hasWrittenComplement),
               let name = captureName(from: j, maxTokens: 3, in: keyed, covered: state.covered, context: context),
               title.cue.kind == .honorific || name.count >= 2 {
                let (last, absorbed) = extendIntoSurname(name, state: state, keyed: keyed)
                state.remove(absorbed)
                state.add(unknownPerson(first: name.lowerBound, last: last, role: role, in: keyed))
                return last + 1
            }
            // "المتحدث باسم الحكومة اليابانية يوشيهيد سوغا": after "speaking for" and the body it
            // speaks for (definite words), the spokesperson's name.
            if language == .arabic, title.cue.kind == .office, !title.hasWrittenComplement, Self.endsWithBismi(title, in: keyed) {
                var k = title.last + 1
                while k < keyed.count, k - title.last <= 4, !keyed.breakBefore[k], keyed.tokens[k].kind == .word {
                    if let m = state.mentionAt(k), state.mentions[m].type != .person {
                        k = state.mentions[m].last + 1
                    } else if keyed.key(k).starts(with: Self.arabicArticle), Cues.titleMatch(at: k, in: keyed, rules: context.rules).map({
                        Cues.title($0, language: language)?.kind == .organization }) ?? true {
                        k += 1
                    } else {
                        break
                    }
                }
                if k > title.last + 1, let name = captureName(from: k, maxTokens: 3, in: keyed, covered: state.covered, context: context) {
                    state.add(unknownPerson(first: name.lowerBound, last: name.upperBound, role: role, in: keyed))
                    // The body between (الجيش المصري) is read next.
                    return title.last + 1
                }
            }
            return title.last + 1
        case .place:
            return readPlace(after: title, state: &state, keyed: keyed, context: context)
        case .organization:
            return readOrganization(after: title, state: &state, keyed: keyed, context: context)
        }
    }

    /// Whether an Arabic office phrase ends with باسم, "speaking for" (المتحدث باسم).
    static func endsWithBismi(_ title: TitlePhrase, in keyed: KeyedTokens) -> Bool {
        keyed.hashes[title.last] == bismi
    }

    static let bismi = RollingHash.hash(MatchKey.key(of: "باسم"))

    /// An Arabic occupation, its adjectives (of nationality or field, or a modifier of the title
    /// table: المخضرم, الشهير) and an optional comma, then a name: "الصحافي الهندي أديتيا سينها",
    /// "الداعية الإسلامي، صالح المغامسي", "المؤرخ برنارد لويس", "الكاتب الأمريكي المخضرم بوب وودوارد".
    /// The name's first word has no article (an adjective would). Persian occupations read nothing.
    func readAfterOccupation(_ title: TitlePhrase, state: inout PatternState, keyed: KeyedTokens, context: Context) -> Int {
        // Only a definite occupation reads a name: "مسؤول رفيع المستوى" is a senior official.
        guard context.language == .arabic, keyed.key(title.first).dropFirst(title.startTrim).starts(with: Self.arabicArticle)
        else { return title.last + 1 }
        var j = title.last + 1
        var adjectives = 0
        while j < keyed.count, adjectives < 3, !keyed.breakBefore[j] {
            if let adjective = compiled.adjectives.longestMatch(at: j, in: keyed, rules: context.rules) {
                j = adjective.last + 1
            } else if keyed.tokens[j].kind == .word, isArabicAdjective(j, in: keyed) {
                j += 1
            } else if let modifier = Cues.titleMatch(at: j, in: keyed, rules: context.rules),
                      Cues.title(modifier, language: context.language)?.kind == .modifier {
                // المخضرم, الشهير: an adjective of the person, not of their nation.
                j = modifier.last + 1
            } else {
                break
            }
            adjectives += 1
        }
        if keyed.isPunctuation(j, "،") || keyed.isPunctuation(j, ",") { j += 1 }
        if let next = state.mentionAt(j), state.mentions[next].type == .person { return state.mentions[next].last + 1 }
        // A name of two words or more ("الداعية" is also "calling for": الداعية لرحيل الرئيس) that
        // an adjective of nationality does not cut (لاعب وسطه الكرواتي …).
        guard j < keyed.count, keyed.tokens[j].kind == .word, !keyed.key(j).starts(with: Self.arabicArticle),
              var name = captureName(from: j, maxTokens: 3, in: keyed, covered: state.covered, context: context) else { return title.last + 1 }
        if let cut = name.dropFirst().first(where: { compiled.adjectives.longestMatch(at: $0, in: keyed, rules: context.rules) != nil }) {
            name = name.lowerBound...(cut - 1)
        }
        guard name.upperBound > name.lowerBound else { return title.last + 1 }
        state.add(unknownPerson(first: name.lowerBound, last: name.upperBound, role: nil, in: keyed))
        return name.upperBound + 1
    }

    /// A place read after a place marker: "شهر جانگسیسر", "محافظة الجوف", "استان قم" (a province
    /// named after its capital), "ورزشگاه آزادی" (a facility: the marker is part of its name;
    /// a facility marker before a known place names the place: مطار روستوف → روستوف).
    func readPlace(after title: TitlePhrase, state: inout PatternState, keyed: KeyedTokens, context: Context) -> Int {
        let language = context.language
        if title.first > 0, Cues.demonstratives.contains(keyed.hashes[title.first - 1]) { return title.last + 1 }
        var j = title.last + 1
        while j < keyed.count, keyed.isPunctuation(j, "#") || Cues.isQuoteMark(j, in: keyed) { j += 1 }
        let quoted = j > title.last + 1 && Cues.isQuoteMark(j - 1, in: keyed)
        // "استان قم": a province named after its capital.
        if language == .persian, title.cue.role == "province", let city = state.mentionAt(j), state.mentions[city].type == .place {
            let place = state.mentions[city]
            state.replace(city, with: placeMention(first: title.first, last: place.last, startTrim: title.startTrim, in: keyed))
            return place.last + 1
        }
        let facility = title.cue.role == "facility"
        // An Arabic name with the article is one word (مدينة الصدر), one without may be two.
        // A Persian name after شهر / روستای is one word (the next is usually the sentence); a
        // facility's name may be three.
        let definite = language == .persian || (language == .arabic && j < keyed.count && keyed.key(j).starts(with: Self.arabicArticle))
        let maxTokens = facility ? 3 : definite ? 1 : 2
        // "قاعدة عسكرية" is a military base, "منطقة آمنة" a safe zone: an indefinite adjective or
        // feminine noun after the marker names nothing. A Persian noun with the ezafe after ا
        // (شهرستان فضای آرام) neither.
        if j < keyed.count, keyed.tokens[j].kind == .word {
            let key = keyed.key(j)
            if language == .arabic, isIndefiniteNisba(j, in: keyed) || (!key.starts(with: Self.arabicArticle) && key.last == ArabicScript.heh && key.count >= 4) {
                return title.last + 1
            }
            if language == .persian, key.count >= 3, key.last == ArabicScript.farsiYeh, key[key.endIndex - 2] == ArabicScript.alef { return title.last + 1 }
        }
        // A Persian name written apart from its آباد: محله دولت آباد.
        if language == .persian, !facility, j + 1 < keyed.count, keyed.tokens[j].kind == .word, !state.covered[j],
           keyed.hashes[j + 1] == Self.abadHash, !keyed.breakBefore[j + 1], keyed.keyLength(j) >= 2 {
            state.add(placeMention(first: title.cue.role == "province" ? title.first : j, last: j + 1,
                                   startTrim: title.cue.role == "province" ? title.startTrim : 0, in: keyed))
            return j + 2
        }
        guard state.mentionAt(j) == nil, !(j < keyed.count && state.covered[j]),
              var name = captureName(from: j, maxTokens: maxTokens, in: keyed, covered: state.covered, context: context, allowArticle: true,
                                         person: false)
        else { return title.last + 1 }
        // A facility named after a martyr: ورزشگاه شهید کاظمی, مجموعه ورزشی کارگری شهید معتمدی.
        if facility, language == .persian, name.upperBound + 2 < keyed.count, keyed.hashes[name.upperBound + 1] == Self.persianMartyr,
           !keyed.breakBefore[name.upperBound + 1],
           let more = captureName(from: name.upperBound + 2, maxTokens: 2, in: keyed, covered: state.covered, context: context,
                                  person: false) {
            name = name.lowerBound...more.upperBound
        }
        // A frequent Persian word after شهر or روستای is the sentence going on (شهر بهشت مکان …),
        // so is an adjective of nationality (شهر چینی) or a verb (شهر بشوند); in a facility's
        // name a frequent word after the first ends it (ورزشگاه آزادی | کار ما).
        if language == .persian, !quoted {
            let first = name.lowerBound
            if !facility, name.count == 1,
               Cues.commonWordsPersian.contains(keyed.hashes[first]) || compiled.adjectives.longestMatch(at: first, in: keyed) != nil
                || Self.isPersianSubjunctive(first, in: keyed) || Self.isPersianAdjective(first, in: keyed) {
                return title.last + 1
            }
            if facility, let cut = name.dropFirst().first(where: { Cues.commonWordsPersian.contains(keyed.hashes[$0]) }) {
                name = first...(cut - 1)
            }
            // A facility marker before a subjunctive verb (استادیوم بیایند) or a frequent word and a
            // copula (ورزشگاه حاکم بود: the word is the predicate) names nothing.
            if facility, name.count == 1, Self.isPersianSubjunctive(first, in: keyed)
                || (Cues.commonWordsPersian.contains(keyed.hashes[first]) && first + 1 < keyed.count && Self.copulas.contains(keyed.hashes[first + 1])) {
                return title.last + 1
            }
        }
        // An Arabic name read after a marker ends before an adjective of nationality (ماربيا
        // الإسبانية); after an indefinite first word a definite one is its adjective (إنوسيس المطلة).
        if language == .arabic, name.count > 1 {
            for k in name.dropFirst() where compiled.adjectives.longestMatch(at: k, in: keyed, rules: context.rules) != nil
                || (!keyed.key(name.lowerBound).starts(with: Self.arabicArticle) && keyed.key(k).starts(with: Self.arabicArticle)) {
                name = name.lowerBound...(k - 1)
                break
            }
        }
        let inside = (facility && !quoted) || (language == .persian && title.cue.role == "province")
        let first = inside ? title.first : name.lowerBound
        state.add(placeMention(first: first, last: name.upperBound, startTrim: first == title.first ? title.startTrim : 0, in: keyed))
        return name.upperBound + 1
    }

    /// An organisation named by a marker and the words after it: "وزارت امور خارجه", "سازمان
    /// برنامه و بودجه", "هیئت ورزشی هندبال سیستان و بلوچستان", "وزارة الداخلية العراقية", "حزب
    /// العدالة والتنمية", "المجلس الأعلى للآثار", "وكالة فرانس برس", "الجيش اللبناني". A quoted
    /// name after the marker is the name alone (انتشارات "دارالکتب الاسلامیه"); so is the name
    /// after an outside marker (تیم پرسپولیس, صحيفة الحياة).
    func readOrganization(after title: TitlePhrase, state: inout PatternState, keyed: KeyedTokens, context: Context) -> Int {
        let marker = title.cue.role
        if Cues.sportsMarkerClasses.contains(marker), !context.sports { return title.last + 1 }
        if title.first > 0, Cues.demonstratives.contains(keyed.hashes[title.first - 1]) { return title.last + 1 }
        // A counted marker is a common noun: "90 موسسه قرآنی", "چند دانشگاه", "عدة شركات".
        if Cues.isCounted(title.first, in: keyed) { return title.last + 1 }
        // A quoted name: شبکه «سی‌بی‌اس», انتشارات "دارالکتب الاسلامیه"; after a newspaper,
        // channel or agency also a name in brackets: صحيفة (تليغراف).
        let media = Cues.mediaMarkerClasses.contains(marker)
        let bracketed = media && keyed.isPunctuation(title.last + 1, "(")
        if Cues.isQuoteMark(title.last + 1, in: keyed) || bracketed {
            var close = title.last + 2
            while close < keyed.count, close - title.last <= 5, keyed.tokens[close].kind == .word, !state.covered[close] { close += 1 }
            if close > title.last + 2, bracketed ? keyed.isPunctuation(close, ")") : Cues.isQuoteMark(close, in: keyed) {
                state.add(organizationMention(first: title.last + 2, last: close - 1, startTrim: 0, in: keyed))
                return close + 1
            }
            return title.last + 1
        }
        // "باشگاه بارسلونا": a club marker takes the known club after it, which keeps its id.
        if marker == "Club", let m = state.mentionAt(title.last + 1), state.mentions[m].type == .organization {
            var club = state.mentions[m]
            club.first = title.first
            club.startTrim = title.startTrim
            state.replace(m, with: club)
            return club.last + 1
        }
        let outside = Cues.outsideMarkerClasses.contains(marker)
        // An Arabic verbal noun of the form تفعيل after a network or paper marker is a network of
        // something (شبكة تهريب, شبكة تجسس), not a name.
        // So is a verb with an object pronoun (صحيفة تديرها الدولة).
        if media, context.language == .arabic, title.last + 1 < keyed.count,
           Self.isArabicTafeel(title.last + 1, in: keyed) || Self.isArabicImperfectWithPronoun(title.last + 1, in: keyed) {
            return title.last + 1
        }
        // An agency followed by a country is that country's agency (خبرگزاری ترکیه), not a name.
        if marker == "Agency", let m = state.mentionAt(title.last + 1), state.mentions[m].type == .place { return title.last + 1 }
        // After an outside marker an adjective of nationality is not the name (روزنامه انگلیسی گاردین).
        // After an outside marker an adjective of nationality makes it a description (تیم
        // اسپانیایی, روزنامه انگلیسی …): the name, if any, is a gazetteer name or quoted.
        if outside, title.last + 1 < keyed.count, let adjective = compiled.adjectives.longestMatch(at: title.last + 1, in: keyed, rules: context.rules) {
            // A quoted name after the adjective: نشریه انگلیسی «میرر», صحيفة بريطانية "الغارديان".
            let open = adjective.last + 1
            if media, Cues.isQuoteMark(open, in: keyed) {
                var close = open + 1
                while close < keyed.count, close - open <= 5, keyed.tokens[close].kind == .word, !state.covered[close] { close += 1 }
                if close > open + 1, Cues.isQuoteMark(close, in: keyed) {
                    state.add(organizationMention(first: open + 1, last: close - 1, startTrim: 0, in: keyed))
                    return close + 1
                }
            }
            return title.last + 1
        }
        // "تیم بسکتبال شیکاگو بولز": a Persian team marker and its sport, then the team's name.
        var title = title
        if marker == "Team", context.language == .persian, title.last + 2 < keyed.count, !keyed.breakBefore[title.last + 1],
           !state.covered[title.last + 1], Self.sportDisciplines.contains(keyed.hashes[title.last + 1]) {
            title.last += 1
        }
        let read = context.language == .arabic
            ? readArabicOrganizationName(after: title, state: state, keyed: keyed, context: context)
            : readPersianOrganizationName(after: title, state: state, keyed: keyed, context: context)
        guard let (last, inner) = read, last > title.last else { return title.last + 1 }
        if marker == "Team", Cues.teamNonNames.contains(keyed.hashes[title.last + 1])
            || (context.language == .persian && (Cues.commonWordsPersian.contains(keyed.hashes[title.last + 1])
                || Self.isPersianAdjective(title.last + 1, in: keyed))) {
            return title.last + 1
        }
        state.remove(inner)
        let first = outside ? title.last + 1 : title.first
        state.add(organizationMention(first: first, last: last, startTrim: outside ? 0 : title.startTrim, in: keyed))
        return last + 1
    }

    /// The words of a Persian organisation's name after its marker: up to four words that are
    /// not stop words (stop words that name institutions, امور خارجه, may stand inside), one
    /// "A و B" pair (after it only such institution words or a place), a place or organisation
    /// that ends it (… سیستان و بلوچستان). A verb (می‌توانیم), a plural or punctuation ends it.
    func readPersianOrganizationName(after title: TitlePhrase, state: PatternState, keyed: KeyedTokens, context: Context)
        -> (last: Int, inner: [Int])? {
        var last = title.last
        var k = title.last + 1
        var words = 0
        var limit = 4
        var coordinated = false
        while k < keyed.count, words < limit, !keyed.breakBefore[k], keyed.tokens[k].kind == .word {
            // A body of a city district (ninth round): شهرداری منطقه ۶, یگان حفاظت منطقه 12.
            if Self.districtWords.contains(keyed.hashes[k]), k + 1 < keyed.count,
               !keyed.breakBefore[k + 1], keyed.tokens[k + 1].kind == .number {
                last = k + 1
                words += 1
                k += 2
                continue
            }
            // A body of a festival (ninth round): شورای سیاست‌گذاری سی و ششمین جشنواره فیلم فجر —
            // the festival's name, after its ordinal, belongs to the body's.
            if keyed.hashes[k] == Self.festival, words >= 1 {
                coordinated = false
                limit = words + 5
            }
            if limit > 4, keyed.hashes[k] == Self.persianBetween, k + 1 < keyed.count, keyed.hashes[k + 1] == Self.international,
               !keyed.breakBefore[k + 1] {
                last = k + 1
                words += 1
                k += 2
                continue
            }
            if let m = state.mentionAt(k) {
                // A place ends the name (… سیستان و بلوچستان); another body does not belong to it
                // (ستاد انتخابات | وزارت کشور).
                guard state.mentions[m].type == .place else { break }
                // A team's country is a mention of its own (ninth round): تیم وولفسبورگ | آلمان.
                if title.cue.role == "Team", words >= 1, let entry = state.mentions[m].entry,
                   compiled.entries[entry].category == "country" { break }
                return (state.mentions[m].last, [m])
            }
            guard !state.covered[k] else { break }
            if keyed.hashes[k] == Self.persianAnd {
                // "برنامه و بودجه": one coordinated pair, after a word, before a name word.
                guard !coordinated, words >= 1, k + 1 < keyed.count, keyed.tokens[k + 1].kind == .word, !state.covered[k + 1],
                      !isNameStop(k + 1, in: keyed, context: context), Cues.titleMatch(at: k + 1, in: keyed, rules: context.rules) == nil
                else { break }
                coordinated = true
                last = k + 1
                words += 1
                k += 2
                continue
            }
            // The province a body serves ends its name: شرکت آبفای استان زنجان.
            if words >= 1, let marker = Cues.titleMatch(at: k, in: keyed, rules: context.rules),
               ["province", "city"].contains(Cues.title(marker, language: context.language)?.role ?? "") {
                if let m = state.mentionAt(marker.last + 1), state.mentions[m].type == .place {
                    return (state.mentions[m].last, [m])
                }
                // A town the gazetteer does not know (ninth round): شورای اداری شهرستان شهرضا.
                let town = marker.last + 1
                if town < keyed.count, !keyed.breakBefore[town], keyed.tokens[town].kind == .word, !state.covered[town],
                   keyed.keyLength(town) >= 3, !isNameStop(town, in: keyed, context: context),
                   !Cues.commonWordsPersian.contains(keyed.hashes[town]), !Self.endsWithPersianPlural(keyed.key(town)),
                   compiled.adjectives.longestMatch(at: town, in: keyed, rules: context.rules) == nil,
                   !(town + 1 < keyed.count && (Self.lightVerbs.contains(keyed.hashes[town + 1]) || Self.isPersianNegatedVerb(town + 1, in: keyed))) {
                    return (town, [])
                }
            }
            // A body of a province inside the name: ستاد حوادث غیرمترقبه استانداری قم.
            if words >= 1, let nested = Cues.titleMatch(at: k, in: keyed, rules: context.rules),
               Cues.title(nested, language: context.language)?.kind == .organization,
               let m = state.mentionAt(nested.last + 1), state.mentions[m].type == .place {
                return (state.mentions[m].last, [m])
            }
            // "انجمن حمایت از زندانیان": a verbal noun and its preposition inside the name.
            if words >= 1, k + 1 < keyed.count, Cues.nounPrepositions.contains(keyed.hashes[k - 1]),
               keyed.hashes[k] == Self.persianFrom || keyed.hashes[k] == Self.persianWith, !state.covered[k + 1],
               keyed.tokens[k + 1].kind == .word, !isNameStop(k + 1, in: keyed, context: context) {
                last = k + 1
                words += 1
                k += 2
                continue
            }
            let stop = isNameStop(k, in: keyed, context: context)
            guard !stop || Cues.organizationWords.contains(keyed.hashes[k]) else { break }
            if coordinated, !Cues.organizationWords.contains(keyed.hashes[k]) { break }
            if Cues.isPersianPrefixedVerb(k, in: keyed) || Self.endsWithPersianPlural(keyed.key(k)) || Self.isPersianPerfectVerb(k, in: keyed)
                || Self.isPersianNegatedVerb(k, in: keyed) { break }
            last = k
            words += 1
            k += 1
        }
        // A Persian noun before a light verb is part of the verb (اعلام کرد), not a name.
        if last > title.last, last + 1 < keyed.count, Self.lightVerbs.contains(keyed.hashes[last + 1]) { last -= 1 }
        // "هیات استانی", "ستاد مربوطه": one generic adjective names nothing; a board (هیئت) is named
        // only with its province (هیئت فوتبال استان تهران is read through the place above).
        if last == title.last + 1, Cues.genericAdjectives.contains(keyed.hashes[last]) { return nil }
        // A participle after the marker makes it a verb (ninth round): زوج‌های شرکت کننده.
        if last > title.last, Self.persianParticiples.contains(keyed.hashes[title.last + 1]) { return nil }
        if title.cue.role == "Board" { return nil }
        return last > title.last ? (last, []) : nil
    }

    /// The words of an Arabic organisation's name after its marker. After an indefinite marker
    /// (وزارة, حزب) its noun: a word (الخارجية, الله) or a place; after a definite marker (الجيش)
    /// an adjective is needed. Then adjectives (…ي, …ية), a coordinated noun with و + ال after a
    /// noun (العدالة والتنمية), a complement with لل (للآثار, للطفولة) and its adjectives; after a
    /// media marker, the indefinite words of a foreign name (فرانس برس).
    func readArabicOrganizationName(after title: TitlePhrase, state: PatternState, keyed: KeyedTokens, context: Context)
        -> (last: Int, inner: [Int])? {
        var last = title.last
        var inner: [Int] = []
        var k = title.last + 1
        var sawDefinite = false
        var sawAdjective = false
        var sawComplement = false
        var foreign = false
        // A marker with ل + ال written لل (للمنتخب) is definite too.
        let markerKey = keyed.key(title.first).dropFirst(title.startTrim)
        let definiteMarker = markerKey.starts(with: Self.arabicArticle) || (title.startTrim == 0 && markerKey.starts(with: Self.lamLam))
        var sawPlace = false
        var sawGenitive = false
        let media = Cues.mediaMarkerClasses.contains(title.cue.role)
        while k < keyed.count, k - title.last <= 4, !keyed.breakBefore[k], keyed.tokens[k].kind == .word {
            let first = k == title.last + 1
            if let m = state.mentionAt(k) {
                // A place belongs to the name right after the marker or an indefinite word
                // (وزارة خارجية إيران), not after an adjective (… البريطانية طهران).
                guard state.mentions[m].type == .place, !sawDefinite, !definiteMarker else { break }
                inner.append(m)
                last = state.mentions[m].last
                k = last + 1
                sawDefinite = true
                sawPlace = true
                continue
            }
            guard !state.covered[k] else { break }
            // A participle of allegiance (الموالي "loyal to", المدعوم "backed by") describes the
            // body and ends its name: حزب الشعوب الديموقراطي التركي الموالي للأكراد.
            let adjective = (!first || definiteMarker) && isArabicAdjective(k, in: keyed)
                && !Self.arabicAllegiance.contains(keyed.hashes[k])
            guard adjective || !isNameStop(k, in: keyed, context: context) || Cues.organizationWords.contains(keyed.hashes[k]) else { break }
            let definite = keyed.key(k).starts(with: Self.arabicArticle)
            if first && !definiteMarker {
                // The marker's noun: a name word; for bodies such as لجنة or محكمة a definite one
                // ("محكمة تشيكية" is a Czech court, "لجنة لتطبيق" a committee to apply).
                if !definite, Cues.definiteNameMarkerClasses.contains(title.cue.role) { break }
                if !definite, isIndefiniteNisba(k, in: keyed) { break }
                // An indefinite plural in ات is what the body deals in (شركة اتصالات, شبكة
                // اتصالات), not its name.
                if !definite, Self.endsWithArabicFemininePlural(keyed.key(k)) { break }
                foreign = !definite && media
            } else if foreign {
                guard !definite, k - title.last <= 3 else { break }
            } else if adjective {
                sawAdjective = true
            } else if Cues.isArabicCoordinatedDefinite(k, in: keyed), sawDefinite, !sawAdjective, !sawComplement {
                // العدالة والتنمية: a second noun coordinated with the first.
            } else if Cues.isArabicLamArticle(k, in: keyed), !sawComplement, !first, !sawPlace,
                      !Cues.nonComplements.contains(keyed.hashes[k]) {
                // المجلس الأعلى للآثار: a complement with لل (not after a place: منتخب روسيا للمرة …).
                sawComplement = true
            } else if definite, !sawDefinite, !sawGenitive, !sawAdjective, !first, !definiteMarker {
                // هيئة كبار العلماء: the genitive of an indefinite noun.
                sawGenitive = true
            } else {
                break
            }
            if definite { sawDefinite = true }
            last = k
            k += 1
        }
        if definiteMarker && !sawAdjective { return nil }
        return last > title.last ? (last, inner) : nil
    }

    /// Arabic participles of allegiance after a body's name: they describe it, they are no part of it.
    static let arabicAllegiance = Cues.hashes(["الموالي", "الموالية", "الموالين", "الموالون", "المدعوم", "المدعومة",
                                               "المقرب", "المقربة", "المؤيد", "المؤيدة"])

    /// Whether token `k` is an indefinite Arabic adjective of relation: عسكرية, تشيكية, سوري.
    func isIndefiniteNisba(_ k: Int, in keyed: KeyedTokens) -> Bool {
        let key = keyed.key(k)
        guard key.count >= 4, !key.starts(with: Self.arabicArticle) else { return false }
        let yeh = ArabicScript.farsiYeh, heh = ArabicScript.heh
        return key.last == heh && key[key.index(key.endIndex, offsetBy: -2)] == yeh
    }

    /// Whether Arabic token `k` is an imperfect verb with the object pronoun ها: تديرها, يملكها.
    static func isArabicImperfectWithPronoun(_ k: Int, in keyed: KeyedTokens) -> Bool {
        guard keyed.tokens[k].kind == .word, keyed.keyLength(k) >= 5 else { return false }
        let key = keyed.key(k), s = key.startIndex
        guard key[s] == "\u{062A}" || key[s] == ArabicScript.farsiYeh else { return false }
        return key[key.index(key.endIndex, offsetBy: -2)] == ArabicScript.heh && key.last == ArabicScript.alef
    }

    /// Whether an Arabic key ends with the sound feminine plural ات (five letters or more).
    static func endsWithArabicFemininePlural(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        key.count >= 5 && key.last == "\u{062A}" && key[key.index(key.endIndex, offsetBy: -2)] == ArabicScript.alef
    }

    /// Whether Arabic token `k` has the shape of a verbal noun تفعيل (تهريب, تدريب, تجسس is not).
    static func isArabicTafeel(_ k: Int, in keyed: KeyedTokens) -> Bool {
        guard keyed.tokens[k].kind == .word, keyed.keyLength(k) == 5 else { return false }
        let key = keyed.key(k), s = key.startIndex
        return key[s] == "\u{062A}" && key[s + 3] == ArabicScript.farsiYeh
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
    func givenNamePerson(at i: Int, state: PatternState, keyed: KeyedTokens, context: Context, surnames: HashSet64)
        -> (last: Int, absorbed: [Int], startTrim: Int)? {
        let language = context.language
        guard let names = Cues.firstNames(language) else { return nil }
        // In Arabic a second name may carry the conjunction: أحمد فتحي وعبدالله السعيد.
        var startTrim = 0
        if !names.contains(keyed.hashes[i]), !Cues.namePrefixes.contains(keyed.hashes[i]),
           !(language == .persian && isSayyidGivenName(i, in: keyed, names: names)) {
            guard language == .arabic, keyed.keyLength(i) >= 4, keyed.firstKeyScalar(i) == "\u{0648}",
                  names.contains(RollingHash.hash(keyed.key(i).dropFirst())) else { return nil }
            startTrim = 1
        }
        // The surname of a person the text names in full is that person again ("محمود عباس …
        // وقال عباس"), not a given name; a stop word that folds like a name is none (چون, جون).
        if surnames.contains(keyed.hashes[i]) || (startTrim == 0 && Cues.isStopword(i, in: keyed, language: language)) { return nil }
        // Arabic على (a preposition) is not the name علي.
        if language == .arabic, startTrim == 0 ? keyed.hashes[i] == Cues.ali : RollingHash.hash(keyed.key(i).dropFirst()) == Cues.ali,
           !Cues.endsWithYeh(i, in: keyed) { return nil }
        var start = i + 1
        // A two-word given name: عبد الله, أبو بكر.
        if Cues.namePrefixes.contains(keyed.hashes[i]) {
            guard start < keyed.count, keyed.tokens[start].kind == .word, !state.covered[start] else { return nil }
            start += 1
        }
        guard start < keyed.count, !keyed.breakBefore[start] else { return nil }
        if language == .arabic, isArabicNameBreak(start, in: keyed) { return nil }
        // Arabic يحيي ("revives", "performs") is not the name يحيى (written with alef maksura).
        if language == .arabic, keyed.hashes[i] == Cues.yahya, Cues.endsWithYeh(i, in: keyed) { return nil }
        if let m = state.mentionAt(start), state.mentions[m].type == .person, state.mentions[m].first == state.mentions[m].last,
           state.mentions[m].entry != nil {
            return (state.mentions[m].last, [m], startTrim)
        }
        guard let name = captureName(from: start, maxTokens: 3, in: keyed, covered: state.covered, context: context, allowArticle: true,
                                     afterGivenName: true)
        else { return nil }
        return (name.upperBound, [], startTrim)
    }

    /// Whether Persian token `i` is سید written together with a listed given name: سیدجلال,
    /// سیدپیمان (a few such names are listed whole: سیدعلی).
    func isSayyidGivenName(_ i: Int, in keyed: KeyedTokens, names: HashSet64) -> Bool {
        let n = keyed.keyLength(i)
        guard n >= 6, keyed.tokens[i].kind == .word else { return false }
        let start = keyed.keyStart[i]
        for (k, scalar) in Self.sayyid.enumerated() where keyed.keyScalars[start + k] != scalar { return false }
        return names.contains(RollingHash.hash(keyed.key(i).dropFirst(Self.sayyid.count)))
    }

    static let sayyid = Array(MatchKey.key(of: "سید"))

    /// A gazetteer place whose name is also a given name, followed by a surname, is a person:
    /// "صلاح الدين دميرتاش" (Salahuddin is a governorate of Iraq). The place's words form a
    /// listed given name, and one or two name words follow, read as after a given name. Returns
    /// the person's last token.
    func givenNamePlace(_ m: Int, state: PatternState, keyed: KeyedTokens, context: Context, givenNames: HashSet64) -> Int? {
        let place = state.mentions[m]
        guard place.type == .place, place.entry != nil, place.startTrim == 0, place.endTrim == 0 else { return nil }
        var hash: UInt64 = 0
        for t in place.first...place.last { hash = hash &* keyed.powers[t] &+ keyed.hashes[t] }
        let next = place.last + 1
        guard givenNames.contains(hash), next < keyed.count, !keyed.breakBefore[next], keyed.tokens[next].kind == .word,
              !state.covered[next] else { return nil }
        if context.language == .arabic, isArabicNameBreak(next, in: keyed) { return nil }
        guard let name = captureName(from: next, maxTokens: 2, in: keyed, covered: state.covered, context: context,
                                     afterGivenName: true) else { return nil }
        return name.upperBound
    }

    /// A name read from a pattern that stops right before a one-word gazetteer person takes it
    /// as its surname: "احمد خاتمی" (after حجت‌الاسلام) is not "احمد" and Mohammad Khatami.
    func extendIntoSurname(_ name: ClosedRange<Int>, state: PatternState, keyed: KeyedTokens) -> (last: Int, absorbed: [Int]) {
        let next = name.upperBound + 1
        guard name.count <= 2, let m = state.mentionAt(next), state.mentions[m].type == .person, state.mentions[m].entry != nil,
              state.mentions[m].first == state.mentions[m].last, !keyed.breakBefore[next] else { return (name.upperBound, []) }
        return (next, [m])
    }

    /// Whether Persian token `i` is a family name by its form: a stem of three letters or more and
    /// the suffix پور "son of", زاده "born of" or نژاد "of the stock of" (علیپور, احمدزاده,
    /// احمدی‌نژاد), not one of the common words so formed (امامزاده, شاهزاده, سنگاپور, ایرانی‌نژاد).
    func isPersianSurname(_ i: Int, in keyed: KeyedTokens, context: Context) -> Bool {
        let n = keyed.keyLength(i)
        guard n >= 6, keyed.tokens[i].kind == .word else { return false }
        let end = keyed.keyStart[i + 1]
        func endsWith(_ suffix: [Unicode.Scalar]) -> Bool {
            guard n - suffix.count >= 3 else { return false }
            for (k, scalar) in suffix.enumerated() where keyed.keyScalars[end - suffix.count + k] != scalar { return false }
            return true
        }
        guard endsWith(Self.pur) || endsWith(Self.zadeh) || endsWith(Self.nejad) else { return false }
        return !Cues.surnameLookalikes.contains(keyed.hashes[i]) && !isNameStop(i, in: keyed, context: context)
    }

    /// Whether Persian token `i` is a family name the news writes after a given name and mostly
    /// so (`surnames-compiled.tsv`: کریمی, بنیتس, کرانچار), said here alone: not right after a
    /// word that may be an unlisted given name (سیدجلال حسینی, آرمان رمضانی: a word that is no
    /// frequent word, stop word, title or verb of saying) and not before a short word that
    /// continues it (کامرانی فر, فلاح زاده).
    func isCompiledSurname(_ i: Int, in keyed: KeyedTokens, context: Context) -> Bool {
        guard keyed.tokens[i].kind == .word, Cues.surnamesPersian.contains(keyed.hashes[i]),
              !isNameStop(i, in: keyed, context: context) else { return false }
        let previous = i - 1
        if previous >= 0, !keyed.breakBefore[i], keyed.tokens[previous].kind == .word,
           !Cues.commonWordsPersian.contains(keyed.hashes[previous]), !isNameStop(previous, in: keyed, context: context) {
            return false
        }
        let next = i + 1
        if next < keyed.count, !keyed.breakBefore[next], keyed.tokens[next].kind == .word,
           keyed.keyLength(next) <= 2 && !Cues.isStopword(next, in: keyed, language: context.language)
            || Self.surnameEndings.contains(keyed.hashes[next]) {
            return false
        }
        return true
    }

    /// A Slavic family name by its ending, said alone: Persian …یچ (مودریچ, ایبراهیموویچ) and
    /// …سکی after ن, ف, و or ت (لواندوفسکی), Arabic …يتش (مودريتش, إبراهيموفيتش) and …سكي
    /// likewise (ليفاندوفسكي); seven letters or more for …سکی, five (Persian) or six (Arabic)
    /// for the others; no Arabic article; not the few words and English towns so ending
    /// (ساندویچ, نورویچ, غرينيتش, بروميتش). An Arabic و before it stays outside. Returns the
    /// start trim, or `nil`.
    func slavicSurnameTrim(_ i: Int, in keyed: KeyedTokens, context: Context) -> Int? {
        guard keyed.tokens[i].kind == .word, context.language == .persian || context.language == .arabic else { return nil }
        let n = keyed.keyLength(i)
        guard n >= 5 else { return nil }
        let start = keyed.keyStart[i], end = keyed.keyStart[i + 1]
        // Each ending below ends in one of these letters: most words end in another and are
        // turned away before the endings are compared.
        guard Self.slavicEndingLastLetters.contains(keyed.keyScalars[end - 1]) else { return nil }
        var trim = 0
        if context.language == .arabic, keyed.keyScalars[start] == "\u{0648}" { trim = 1 }
        let length = n - trim
        let stem = start + trim
        if context.language == .arabic, length >= 2, keyed.keyScalars[stem] == ArabicScript.alef, keyed.keyScalars[stem + 1] == "\u{0644}" {
            return nil
        }
        func ends(_ suffix: [Unicode.Scalar]) -> Bool {
            guard length > suffix.count else { return false }
            for (k, scalar) in suffix.enumerated() where keyed.keyScalars[end - suffix.count + k] != scalar { return false }
            return true
        }
        var shaped = false
        if ends(Self.skiEnding), length >= 7 {
            let before = keyed.keyScalars[end - Self.skiEnding.count - 1]
            shaped = before == "\u{0646}" || before == "\u{0641}" || before == "\u{0648}" || before == "\u{062A}"
        } else if context.language == .persian {
            // The fold writes چ as ج: the text's own letter is read.
            let last = keyed.folded.scalars[keyed.tokens[i].range.upperBound - 1]
            shaped = last == "\u{0686}" && ends(Self.ichEnding) && length >= 5
        } else {
            shaped = ends(Self.itchEnding) && length >= 6
        }
        guard shaped else { return nil }
        let hash = trim == 0 ? keyed.hashes[i] : RollingHash.hash(keyed.key(i).dropFirst(trim))
        guard !Self.slavicLookalikes.contains(hash), !isNameStop(i, in: keyed, context: context) else { return nil }
        return trim
    }

    static let skiEnding = Array(MatchKey.key(of: "سکی")), ichEnding = Array(MatchKey.key(of: "یچ")),
               itchEnding = Array(MatchKey.key(of: "يتش"))
    /// The last letters of ``skiEnding``, ``ichEnding`` and ``itchEnding``.
    static let slavicEndingLastLetters = [skiEnding, ichEnding, itchEnding].compactMap(\.last)
    /// Words and English towns that end like a Slavic family name.
    static let slavicLookalikes = Cues.hashes(["ساندویچ", "ساندويتش", "نورویچ", "نوريتش", "ایپسویچ", "إيبسويتش", "گرینویچ",
                                               "غرينيتش", "برومویچ", "وست‌برومویچ", "بروميتش", "مارپیچ", "عروسکی"])

    /// Words written apart that end a Persian family name: فلاح زاده, کامرانی فر.
    static let surnameEndings = Cues.hashes(["زاده", "پور", "نژاد", "فر", "راد", "نیا", "منش", "وند"])
    static let pur = MatchKey.key(of: "پور"), zadeh = MatchKey.key(of: "زاده"), nejad = MatchKey.key(of: "نژاد")
    static let abad = MatchKey.key(of: "آباد")
    static let abadHash = RollingHash.hash(abad)

    /// Whether Persian token `i` is a place by its form: a stem of three letters or more joined to
    /// آباد "settlement" (نازی‌آباد, حسن‌آباد, دولت‌آباد), the commonest ending of Iranian towns,
    /// villages and quarters.
    func isPersianAbadPlace(_ i: Int, in keyed: KeyedTokens, context: Context) -> Bool {
        let n = keyed.keyLength(i)
        guard n >= 7, keyed.tokens[i].kind == .word else { return false }
        let end = keyed.keyStart[i + 1]
        for (k, scalar) in Self.abad.enumerated() where keyed.keyScalars[end - Self.abad.count + k] != scalar { return false }
        return !isNameStop(i, in: keyed, context: context)
    }

    /// A Persian news lead names who speaks first: "داوود پناهی امروز در گفت‌وگو با خبرنگار فارس
    /// …", "صادق جمشیددوست در نشست خبری …". Two or three name words opening a clause (the text,
    /// a line, or after punctuation), followed by a lead phrase (``Cues/leadCues``).
    func leadSubject(at i: Int, state: PatternState, keyed: KeyedTokens, context: Context) -> ClosedRange<Int>? {
        guard i == 0 || keyed.breakBefore[i] || keyed.tokens[i - 1].kind == .punctuation else { return nil }
        if i > 0, Cues.isQuoteMark(i - 1, in: keyed) { return nil }
        guard let name = captureName(from: i, maxTokens: 3, in: keyed, covered: state.covered, context: context),
              name.upperBound > name.lowerBound, name.upperBound + 1 < keyed.count,
              Cues.leadCues.longestMatch(at: name.upperBound + 1, in: keyed) != nil else { return nil }
        for k in name where keyed.keyLength(k) < 3 { return nil }
        // A frequent word does not open a name ("کارشناس مسائل سیاسی در گفت‌وگو با …").
        if Cues.commonWordsPersian.contains(keyed.hashes[name.lowerBound]) { return nil }
        return name
    }

    /// A Persian sports report names a player or coach by the surname alone as the subject of a
    /// verb of saying (ninth round): "پوگبا گفت:", "با این حال، رومینیگه عنوان کرد". One word that
    /// opens its clause (the text, a line, or after a punctuation mark) and stands right before a
    /// verb of saying; not a frequent word, a stop word, a title, a given name or an adjective.
    func speakerAlone(at i: Int, state: PatternState, keyed: KeyedTokens, context: Context) -> Bool {
        guard i == 0 || keyed.breakBefore[i] || (keyed.tokens[i - 1].kind == .punctuation && !Cues.isQuoteMark(i - 1, in: keyed)),
              i + 1 < keyed.count, !keyed.breakBefore[i + 1], keyed.tokens[i].kind == .word, keyed.keyLength(i) >= 4,
              let verb = Cues.speechMatch(at: i + 1, in: keyed, rules: context.rules), verb.first == i + 1,
              !Cues.commonWordsPersian.contains(keyed.hashes[i]), !isNameStop(i, in: keyed, context: context),
              !Cues.anyGivenName.contains(keyed.hashes[i]), !Self.isPersianAdjective(i, in: keyed),
              !Self.endsWithPersianPlural(keyed.key(i)), compiled.adjectives.longestMatch(at: i, in: keyed, rules: context.rules) == nil,
              !Self.persianAdverbs.contains(keyed.hashes[i])
        else { return false }
        return true
    }

    /// Persian adverbs in ـاً that stand before a verb of saying (شخصاً گفت, رسماً اعلام کرد).
    static let persianAdverbs = Cues.hashes([
        "شخصا", "قبلا", "اخیرا", "رسما", "صرفا", "واقعا", "اصلا", "مجددا", "بعدا", "حتما", "دقیقا", "کاملا", "مستقیما",
        "صریحا", "علنا", "ضمنا", "نهایتا", "اتفاقا", "تلویحا", "مکررا", "قطعا", "ظاهرا", "عملا", "فورا", "کتبا", "شفاها",
    ])

    /// Persian datelines: "به گزارش خبرگزاری فارس از قلعه‌گنج،" names the place reported from.
    func datelinePlaces(_ state: inout PatternState, keyed: KeyedTokens, context: Context) {
        guard context.language == .persian else { return }
        for mention in state.mentions where mention.entry.map({ compiled.entries[$0].category == "outlet" }) == true {
            let from = mention.last + 1
            guard from + 1 < keyed.count, keyed.hashes[from] == Self.persianFrom, !state.covered[from + 1],
                  let name = captureName(from: from + 1, maxTokens: 2, in: keyed, covered: state.covered, context: context, person: false),
                  name.upperBound + 1 < keyed.count, keyed.isPunctuation(name.upperBound + 1, "،") || keyed.isPunctuation(name.upperBound + 1, ",")
            else { continue }
            state.add(placeMention(first: name.lowerBound, last: name.upperBound, startTrim: 0, in: keyed))
        }
    }

    func placeMention(first: Int, last: Int, startTrim: Int, in keyed: KeyedTokens) -> RawMention {
        RawMention(first: first, last: last, startTrim: startTrim, entry: nil, type: .place,
                   id: "kh:place/~\(skeleton(first, last, in: keyed))", name: "", viaPattern: true)
    }

    func organizationMention(first: Int, last: Int, startTrim: Int, in keyed: KeyedTokens) -> RawMention {
        RawMention(first: first, last: last, startTrim: startTrim, entry: nil, type: .organization,
                   id: "kh:organization/~\(skeleton(first, last, in: keyed))", name: "", viaPattern: true)
    }

    /// The consonant skeleton of tokens `first...last`, or `x` when they have none.
    func skeleton(_ first: Int, _ last: Int, in keyed: KeyedTokens, startTrim: Int = 0) -> String {
        NameSkeleton.skeleton(ofWords: nameWords(first, last, in: keyed, startTrim: startTrim)) ?? "x"
    }

    /// The keys of the words from `first` to `last`, the first without its `startTrim` letters.
    func nameWords(_ first: Int, _ last: Int, in keyed: KeyedTokens, startTrim: Int = 0) -> [ArraySlice<Unicode.Scalar>] {
        var words: [ArraySlice<Unicode.Scalar>] = []
        words.reserveCapacity(last - first + 1)
        for t in first...last where keyed.tokens[t].kind == .word { words.append(t == first ? keyed.key(t).dropFirst(startTrim) : keyed.key(t)) }
        return words
    }

    static let persianFrom = RollingHash.hash(MatchKey.key(of: "از"))
    static let persianAnd = RollingHash.hash(MatchKey.key(of: "و"))
    /// Persian participles of کردن that turn a marker into a verb: شرکت کننده, شرکت‌کنندگان.
    static let persianParticiples = Cues.hashes(["کننده", "کنندگان", "کنندگانی", "کرده", "کردن"])
    /// Words of a city district, before its number: منطقه ۶, ناحیه ۲.
    static let districtWords = Cues.hashes(["منطقه", "ناحیه"])
    static let festival = RollingHash.hash(MatchKey.key(of: "جشنواره"))
    static let persianBetween = RollingHash.hash(MatchKey.key(of: "بین")), international = RollingHash.hash(MatchKey.key(of: "المللی"))
    static let persianWith = RollingHash.hash(MatchKey.key(of: "با"))
    static let persianMartyr = RollingHash.hash(MatchKey.key(of: "شهید"))
    static let persianHajj = RollingHash.hash(MatchKey.key(of: "حاج"))

    // MARK: - Helpers

    /// A person read from a pattern: linked to a gazetteer person with the same skeleton, or
    /// given a skeleton id.
    func unknownPerson(first: Int, last: Int, role: String?, in keyed: KeyedTokens, startTrim: Int = 0) -> RawMention {
        let skeleton = skeleton(first, last, in: keyed, startTrim: startTrim)
        if last > first, let index = compiled.skeletons[skeleton] {
            let words = nameWords(first, last, in: keyed, startTrim: startTrim)
            let initialsAgree = compiled.skeletonInitials[skeleton]?.contains(NameSkeleton.initials(ofWords: words)) == true
            // Between two Arabic-script spellings the throat letters must agree too.
            let written = NameSkeleton.gutturals(ofWords: words)
            let gutturalsAgree = written == nil || compiled.skeletonGutturals[skeleton].map { $0.contains(written!) } ?? true
            if initialsAgree && gutturalsAgree {
                let entry = compiled.entries[index]
                return RawMention(first: first, last: last, entry: index, type: .person, id: entry.id, name: entry.name, role: role, viaPattern: true)
            }
        }
        return RawMention(first: first, last: last, entry: nil, type: .person, id: "kh:person/~\(skeleton)", name: "", role: role, viaPattern: true)
    }

    /// Up to `maxTokens` name words from token `j`: words that are not stop words, titles,
    /// speech verbs or known names; in Arabic the first word does not carry the article ال.
    func captureName(
        from j: Int, maxTokens: Int, in keyed: KeyedTokens, covered: [Bool], context: Context, allowArticle: Bool = false,
        afterGivenName: Bool = false, person: Bool = true
    ) -> ClosedRange<Int>? {
        let language = context.language
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
            if isNameStop(k, in: keyed, context: context) { break }
            if k == j, !allowArticle, language == .arabic, keyed.key(k).starts(with: Self.arabicArticle) { break }
            // After its first word an Arabic name does not go on with a preposition or a conjunction
            // fused to a verb or a noun (ليسدد, لتدعيم, بتسجيل, للعدل, ومشرفين), nor with a second
            // name (أحمد فتحي وعبدالله السعيد).
            if k > j, language == .arabic, isArabicNameBreak(k, in: keyed) { break }
            // Nor with an ordinary word of the news (below); as a name's first word one is none.
            if person, language == .arabic, Self.isArabicOrdinaryWord(k, in: keyed) || isArabicVerbOrParticiple(k, in: keyed) { break }
            // Nor with a definite feminine plural (ماتيلد المقاتلات): no family name has that form.
            if person, k > j, language == .arabic, keyed.key(k).starts(with: Self.arabicArticle),
               Self.endsWithArabicFemininePlural(keyed.key(k).dropFirst(2)) { break }
            if language == .persian, Cues.isPersianPrefixedVerb(k, in: keyed) { break }
            // A negated Persian verb (نداشت, نکرد, نبود) ends a name like the verb itself.
            if language == .persian, k > j, Self.isPersianNegatedVerb(k, in: keyed) { break }
            // After a given name (ninth round): a line-up runs names together ("فرزاد جعفری سیامک
            // کوروشی"); a family name of the shape …ی ends the name unless a second part follows.
            if language == .persian, afterGivenName, k > j, endsPersianName(before: k, from: j, words: words, in: keyed, covered: covered,
                                                                             context: context) { break }
            // A Persian name of two words does not go on with a frequent word of the news (هدف,
            // گفت): "رئیسعلی دلواری هدف از این دیدار …".
            if language == .persian, words >= 2, Cues.commonWordsPersian.contains(keyed.hashes[k]) { break }
            // Arabic بن, بنت, آل link a name to its father or family and count as no word of it:
            // حمد بن جاسم بن جبر.
            // The word after عبد or أبو is one word of the name with it (ninth round): عبد الرحمن
            // محمد القططي keeps its family name.
            if language != .arabic || !(Self.arabicNameLinks.contains(keyed.hashes[k])
                || (k > j && Cues.namePrefixes.contains(keyed.hashes[k - 1]))) { words += 1 }
            // Persian plurals (…ها, …های) are not names.
            if language == .persian, Self.endsWithPersianPlural(keyed.key(k)) { break }
            last = k
            k += 1
        }
        // A name does not end with a link to a further name (بن, عبد, أبو) it lacks.
        if language == .arabic {
            while last >= j, Self.arabicNameLinks.contains(keyed.hashes[last]) || Cues.namePrefixes.contains(keyed.hashes[last]) { last -= 1 }
        }
        guard last >= j else { return nil }
        // After two words an Arabic name goes on with a definite word only if it is a family name
        // of relation (… علي القحطاني) or follows عبد or أبو (محمد بن عبد الله), not a noun
        // ("هاني رمزي الخلل").
        if language == .arabic, last >= j + 2 {
            for k in (j + 2)...last where keyed.key(k).starts(with: Self.arabicArticle) && !isArabicAdjective(k, in: keyed)
                && !Cues.namePrefixes.contains(keyed.hashes[k - 1]) {
                last = k - 1
                break
            }
        }
        // An Arabic name of several words does not go on with a noun in the accusative, written
        // with tanween fath (أرباحاً, حفلاً غنائياً; U+064B): foreign names end in ا too (سينها).
        if language == .arabic, last > j, let k = ((j + 1)...last).first(where: { hasTanweenFath($0, in: keyed) }) { last = k - 1 }
        // A Persian noun before a light verb is part of the verb (ابلاغ کرد), not a name: a name of
        // several words loses it ("کریم بنزما کار کند"), a one-word name is none. A lone Persian
        // word that ends its sentence is its verb (… به اطلاع سفیر ایران رساند.).
        if language == .persian, last + 1 < keyed.count, Self.lightVerbs.contains(keyed.hashes[last + 1]) {
            if Self.copulas.contains(keyed.hashes[last + 1]) {
                // A copula takes an adjective into the predicate ("جوادی‌آملی بهره‌مند بودند") but
                // may follow a name ("… مائورو ایکاردی هستند"): the last word goes only when a
                // word that is not a given name stays ("علی قاضی است" keeps قاضی).
                let names = Cues.firstNames(language)
                if last > j, (j..<last).contains(where: { keyed.tokens[$0].kind == .word && names?.contains(keyed.hashes[$0]) != true }) {
                    last -= 1
                }
            } else if !(afterGivenName && last == j && isPersianSurnameShape(j, in: keyed)) {
                // After a given name a word of a surname's shape (…ی) stays: "توسط سعید صادقی زدند".
                guard last > j, !keyed.isPunctuation(last, "-") else { return nil }
                last -= 1
            }
        }
        if language == .persian, last == j, last + 1 >= keyed.count || keyed.isPunctuation(last + 1, ".") { return nil }
        return j...last
    }

    /// Whether a Persian name read after a given name ends before token `k` (ninth round):
    /// - a line-up runs its players together, "فرزاد جعفری سیامک کوروشی": a listed given name
    ///   after a word that is no given name nor a link (بن), followed by a name word, starts the
    ///   next person;
    /// - after the family name's first word a frequent word of the news is no second part of it
    ///   (سلطانی منفرد, قاضی زاده are): "رضا علیاری دقیقه", "آنتونیو کونته علاقه …"; a given name
    ///   before it is the first of two (محمد رضا …).
    func endsPersianName(before k: Int, from j: Int, words: Int, in keyed: KeyedTokens, covered: [Bool], context: Context) -> Bool {
        guard let names = Cues.firstNames(context.language) else { return false }
        let hash = keyed.hashes[k]
        if context.sports, names.contains(hash), !Cues.anyGivenName.contains(keyed.hashes[k - 1]), !Self.arabicNameLinks.contains(keyed.hashes[k - 1]),
           k + 1 < keyed.count, !keyed.breakBefore[k + 1], keyed.tokens[k + 1].kind == .word, !covered[k + 1], keyed.keyLength(k + 1) >= 2,
           !isNameStop(k + 1, in: keyed, context: context) {
            return true
        }
        guard words == 1, k == j + 1, !Cues.anyGivenName.contains(keyed.hashes[j]) else { return false }
        return Cues.commonWordsPersian.contains(hash) && !Cues.persianSurnameParts.contains(hash) && !Cues.surnamesPersian.contains(hash)
            && !Cues.anyGivenName.contains(hash)
    }

    /// Whether Persian token `k` is a negated verb: ن before a light verb or a copula (نداشت,
    /// نکرد, نبود, نشده).
    static func isPersianNegatedVerb(_ k: Int, in keyed: KeyedTokens) -> Bool {
        guard keyed.keyLength(k) >= 3, keyed.firstKeyScalar(k) == "\u{0646}" else { return false }
        let rest = RollingHash.hash(keyed.key(k).dropFirst())
        return lightVerbs.contains(rest) || copulas.contains(rest)
    }

    /// Whether Persian token `k` has the shape of a family name of relation: four letters or more
    /// ending in ی (صادقی, محمدی), and is not a frequent word of the news (بازی, آزادی).
    func isPersianSurnameShape(_ k: Int, in keyed: KeyedTokens) -> Bool {
        keyed.keyLength(k) >= 4 && keyed.key(k).last == ArabicScript.farsiYeh && !Cues.commonWordsPersian.contains(keyed.hashes[k])
    }

    /// Arabic words that link a name to a father's or a family's name: بن, بنت, ابن, آل.
    static let arabicNameLinks = Cues.hashes(["بن", "بنت", "ابن", "آل"])

    /// Whether Arabic token `k`, after a name's first word, starts another phrase: ل + an
    /// imperfect verb or a verbal noun (ليسدد, لتدعيم, لأربع), ب + a verbal noun (بتسجيل), ل + ال
    /// (للعدل), or و + a given name, a definite word or a plural (وعبدالله, والقوات, ومشرفين).
    func isArabicNameBreak(_ k: Int, in keyed: KeyedTokens) -> Bool {
        let key = keyed.key(k)
        guard key.count >= 3 else { return false }
        let s = key.startIndex
        let lam: Unicode.Scalar = "\u{0644}", beh: Unicode.Scalar = "\u{0628}", waw: Unicode.Scalar = "\u{0648}"
        let teh: Unicode.Scalar = "\u{062A}", noon: Unicode.Scalar = "\u{0646}", yeh = ArabicScript.farsiYeh, alef = ArabicScript.alef
        let second = key[s + 1]
        if key[s] == lam, second == lam || second == teh || second == noon || second == alef || (second == yeh && key.count >= 5) { return true }
        if key[s] == beh, second == teh, key.count >= 5 { return true }
        // ب or ك + ال: بالقرب, كالعادة.
        if key[s] == beh || key[s] == ArabicScript.keheh, key.dropFirst().starts(with: Self.arabicArticle), key.count >= 5 { return true }
        if key[s] == waw, Cues.allArabicGivenNames.contains(RollingHash.hash(key.dropFirst())) { return true }
        if key[s] == waw, key.count >= 4 {
            let rest = key.dropFirst()
            if rest.starts(with: Self.arabicArticle) { return true }
            let n = key.count
            let last2 = (key[s + n - 2], key[s + n - 1])
            if (last2.0 == yeh || last2.0 == waw) && last2.1 == noon { return true }
            if last2.0 == alef && last2.1 == teh { return true }
        }
        return false
    }

    /// Whether Arabic token `k` is a frequent word of the news (`Cues.commonWordsArabic`), also
    /// with a proclitic (ب, و, ف, ك, وب: بورقة, وبعرض; ل before four letters or more), a pronoun suffix (ه, ها, هما, هم: بطله,
    /// حتفها) or the accusative alef without tanween (مسؤولا, عرضا), the stem three letters or
    /// more: such a word goes on with the sentence, not with a name (محمد بورقة إلغاء,
    /// عبد الفتاح الشريف برصاصة, كيم فال قضت عرضا).
    static func isArabicOrdinaryWord(_ k: Int, in keyed: KeyedTokens) -> Bool {
        guard keyed.tokens[k].kind == .word else { return false }
        let words = Cues.commonWordsArabic
        if words.contains(keyed.hashes[k]) { return true }
        let key = keyed.key(k)
        guard key.count >= 4 else { return false }
        let s = key.startIndex, e = key.endIndex
        let beh: Unicode.Scalar = "\u{0628}", waw: Unicode.Scalar = "\u{0648}", feh: Unicode.Scalar = "\u{0641}"
        let heh = ArabicScript.heh, alef = ArabicScript.alef, meem: Unicode.Scalar = "\u{0645}"
        // Proclitics: how many leading letters may be one.
        var prefixes = 0
        if key[s] == beh || key[s] == waw || key[s] == feh || key[s] == ArabicScript.keheh {
            prefixes = (key[s] == waw || key[s] == feh) && key[s + 1] == beh ? 2 : 1
        }
        // ل + a frequent word of four letters or more (لمكافحة الإرهاب); a shorter one may be a
        // name (لبيد).
        if key[s] == "\u{0644}", key.count >= 5, words.contains(RollingHash.hash(key.dropFirst())) { return true }
        // Suffixes: ه, ها, هما, هم, or the accusative ا.
        let last = key[e - 1], second = key[e - 2]
        for x in 0...3 {
            switch x {
            case 1: guard last == heh || last == alef else { continue }
            case 2: guard (last == alef || last == meem) && second == heh else { continue }
            case 3: guard last == alef && second == meem && key[e - 3] == heh else { continue }
            default: break
            }
            for p in 0...prefixes where p + x > 0 && key.count - p - x >= 3 {
                let stem = RollingHash.hash(key[(s + p)..<(e - x)])
                if words.contains(stem) { return true }
                // A preposition or adverb with a pronoun suffix: بعدها, عنده.
                if p == 0, x > 0, !(x == 1 && last == alef), Cues.stopwordsArabic.contains(stem) { return true }
            }
        }
        return false
    }

    /// Whether Arabic token `k` has the shape of a word that does not continue a name, and is no
    /// given name: a word ending in أ or ئ (نشأ, كوفئ), an imperfect verb يفعل (يمارس, ينشر; ي and a consonant, four letters or more),
    /// a future سيفعل (سيترشح, ستعقد; five letters or more, not ending in ا)
    /// or تفتعل (تقتصر; not يلتسين), a participle in the accusative (فاعلا تاركا, مفاعلا مراسلا, مفعولا
    /// مسؤولا, مفعلا مديرا), or ب or ل + a noun in ة of five letters or more (برصاصة, لمكافحة; not
    /// بو…: بوتفليقة, nor بشارة).
    func isArabicVerbOrParticiple(_ k: Int, in keyed: KeyedTokens) -> Bool {
        guard keyed.tokens[k].kind == .word, keyed.keyLength(k) >= 3, !Cues.allArabicGivenNames.contains(keyed.hashes[k]) else { return false }
        // A final hamza on alef or yeh ends verbs and nouns (نشأ, بدأ, خطأ, كوفئ, شاطئ), not names.
        let end = keyed.originalScalar(at: keyed.tokens[k].range.upperBound - 1)
        if end == "\u{0623}" || end == "\u{0626}" { return true }
        guard keyed.keyLength(k) >= 4 else { return false }
        let key = keyed.key(k), s = key.startIndex, n = key.count
        let yeh = ArabicScript.farsiYeh, alef = ArabicScript.alef, waw: Unicode.Scalar = "\u{0648}", teh: Unicode.Scalar = "\u{062A}"
        let meem: Unicode.Scalar = "\u{0645}", beh: Unicode.Scalar = "\u{0628}"
        let second = key[s + 1]
        // A long vowel before the last letter of a long word marks a foreign name (يلتسين, يلدريم).
        let foreign = n >= 6 && (key[s + n - 2] == yeh || key[s + n - 2] == waw)
        if key[s] == yeh, !foreign, Self.isConsonantOfVerbStem(second) { return true }
        // The future: س + an imperfect (سيترشح, ستعقد), five letters or more, not ending in ا
        // (سيلفا).
        if key[s] == "\u{0633}", n >= 5, !foreign, key.last != alef, second == yeh || second == teh || second == "\u{0646}",
           Self.isConsonantOfVerbStem(key[s + 2]) { return true }
        if key[s] == teh, n >= 5, key[s + 2] == teh { return true }
        if key.last == alef, !Cues.allArabicGivenNames.contains(RollingHash.hash(key.dropLast())) {
            let stem = n - 1
            if stem == 4, second == alef, !hasTanweenFath(k, in: keyed), key[s + 3] != yeh { return true }
            if key[s] == meem, (stem == 4 && key[s + 2] == yeh) || (stem == 5 && (key[s + 2] == alef || key[s + 3] == waw)) { return true }
        }
        // ب or ل + a noun in ة: برصاصة, لمكافحة (not بو…: بوتفليقة).
        if key[s] == beh && second != waw || key[s] == "\u{0644}", n >= 6,
           keyed.originalScalar(at: keyed.tokens[k].range.upperBound - 1) == "\u{0629}" { return true }
        return false
    }

    /// Whether `c` may follow the ي of an imperfect verb (not a long vowel or hamza seat).
    static func isConsonantOfVerbStem(_ c: Unicode.Scalar) -> Bool {
        c != ArabicScript.alef && c != "\u{0648}" && c != ArabicScript.farsiYeh && c != "\u{0621}"
    }

    /// Whether the original text of token `k` carries ARABIC FATHATAN U+064B.
    func hasTanweenFath(_ k: Int, in keyed: KeyedTokens) -> Bool {
        guard let original = keyed.original else { return false }
        let span = keyed.originalSpan(first: k, last: k)
        var i = span.start
        while i < span.end, i < original.count {
            if original[i] == "\u{064B}" { return true }
            i += 1
        }
        // Folding drops the mark, so it sits just after the last folded scalar.
        return span.end < original.count && original[span.end] == "\u{064B}"
    }

    /// Persian light verbs and copulas (کرد, شد, داد, است, …), as key hashes.
    static let lightVerbs = Cues.hashes(
        ["کرد", "کرده", "کند", "کنند", "میکند", "میکنند", "شد", "شده", "شود", "شوند", "داد", "داده", "دهد", "دهند",
         "گرفت", "گرفته", "نمود", "نماید", "است", "بود", "هستند", "بودند", "کردند", "شدند", "دادند", "باشد", "کنیم",
         "کنم", "کردیم", "کردم", "شدیم", "دارد", "دارند", "داشت", "داشتند", "یافت", "یافته", "یابد", "یافتند", "برد", "بردند",
         "برده", "زد", "زدند", "زده", "داشتیم", "داشتم", "داریم", "دارم", "کردید", "شدید", "هستیم", "بودیم",
         // The present with می (ZWNJ dropped): "… سوژه می‌شود", "… اعلام می‌کند".
         "میشود", "میشوند", "نمیشود", "نمیشوند", "میدهد", "میدهند", "نمیدهد", "میگیرد", "میگیرند", "نمیکند", "نمیکنند",
         "میکنیم", "میکنم", "میزند", "میزنند", "مییابد", "میدارد"])

    /// Persian copulas (است, هستند, بود, باشد): they end a name but, unlike light verbs, take
    /// no noun into a compound verb ("مائورو ایکاردی هستند").
    static let copulas = Cues.hashes(["است", "بود", "هستند", "بودند", "باشد", "باشند", "نیست", "هست"])

    /// Whether token `k` cannot be part of a name: a stop word (also after Arabic proclitics), a
    /// title or a speech verb.
    func isNameStop(_ k: Int, in keyed: KeyedTokens, context: Context) -> Bool {
        if Cues.isStopword(k, in: keyed, language: context.language) { return true }
        if context.language == .persian, Self.lightVerbs.contains(keyed.hashes[k]) { return true }
        // A stop word with a proclitic: وهذا, فإن, بهذه, لذلك (four letters or more: بان is a name).
        if context.rules.arabicProclitics, let first = keyed.firstKeyScalar(k),
           first == "\u{0648}" || first == "\u{0641}" || ((first == "\u{0628}" || first == "\u{0644}") && keyed.keyLength(k) >= 4) {
            if Cues.stopwordsArabic.contains(RollingHash.hash(keyed.key(k).dropFirst())) { return true }
        }
        if Cues.titleMatch(at: k, in: keyed, rules: context.rules) != nil { return true }
        if Cues.speechMatch(at: k, in: keyed, rules: context.rules) != nil { return true }
        return false
    }

    /// The person mention that ends just before token `t` (only commas, closing quotes or
    /// brackets between), for apposition: "ولادیمیر پوتین، رئیس‌جمهور روسیه".
    func personBefore(_ t: Int, in keyed: KeyedTokens, state: PatternState) -> Int? {
        var k = t - 1
        while k >= 0, keyed.tokens[k].kind == .punctuation {
            let s = keyed.folded.scalars[keyed.tokens[k].range.lowerBound]
            guard s == "،" || s == "," || s == "»" || s == "\"" || s == ")" || s == "\u{201D}" else { return nil }
            k -= 1
        }
        guard k >= 0, let index = state.mentionEndingAt(k), state.mentions[index].type == .person else { return nil }
        return index
    }

    /// Two or three name words that end right before a comma before token `t`, starting a
    /// clause (after a punctuation mark or a line start): the name of an apposition.
    func nameBefore(_ t: Int, in keyed: KeyedTokens, covered: [Bool], context: Context) -> ClosedRange<Int>? {
        let comma = t - 1
        guard comma >= 1, keyed.isPunctuation(comma, "،") || keyed.isPunctuation(comma, ",") else { return nil }
        var first = comma
        while first - 1 >= 0, comma - (first - 1) <= 3, keyed.tokens[first - 1].kind == .word, !covered[first - 1],
              !keyed.breakBefore[first], !isNameStop(first - 1, in: keyed, context: context) {
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

    /// Whether Persian token `k` is an adjective by its suffix: مند (قدرتمند), ناک (خطرناک), انه
    /// (دوستانه), with a stem of three letters or more.
    static func isPersianAdjective(_ k: Int, in keyed: KeyedTokens) -> Bool {
        let n = keyed.keyLength(k)
        guard n >= 6 else { return false }
        let end = keyed.keyStart[k + 1]
        let a = keyed.keyScalars[end - 3], b = keyed.keyScalars[end - 2], c = keyed.keyScalars[end - 1]
        let meem: Unicode.Scalar = "\u{0645}", noon: Unicode.Scalar = "\u{0646}", dal: Unicode.Scalar = "\u{062F}"
        return (a == meem && b == noon && c == dal) || (a == noon && b == ArabicScript.alef && c == ArabicScript.keheh)
            || (a == ArabicScript.alef && b == noon && c == ArabicScript.heh)
    }

    /// Whether Persian token `k` looks like a subjunctive or negated verb of the plural or the
    /// first or second person: ب or ن, then ند, یم or ید at the end (بشوند, نشوند, بگیریم).
    static func isPersianSubjunctive(_ k: Int, in keyed: KeyedTokens) -> Bool {
        let n = keyed.keyLength(k)
        guard n >= 4 else { return false }
        let start = keyed.keyStart[k], end = keyed.keyStart[k + 1]
        let first = keyed.keyScalars[start]
        guard first == "\u{0628}" || first == "\u{0646}" else { return false }
        let c = keyed.keyScalars[end - 2], d = keyed.keyScalars[end - 1]
        return (c == "\u{0646}" && d == "\u{062F}") || (c == ArabicScript.farsiYeh && (d == "\u{0645}" || d == "\u{062F}"))
    }

    /// Whether Persian token `k` is a perfect verb: a participle in ه with the copula fused
    /// (داده‌اند, کرده‌ایم, رفته‌اید; the ZWNJ is gone from the key).
    static func isPersianPerfectVerb(_ k: Int, in keyed: KeyedTokens) -> Bool {
        let n = keyed.keyLength(k)
        guard n >= 6 else { return false }
        let end = keyed.keyStart[k + 1]
        let heh = ArabicScript.heh, alef = ArabicScript.alef, yeh = ArabicScript.farsiYeh
        let a = keyed.keyScalars[end - 4], b = keyed.keyScalars[end - 3], c = keyed.keyScalars[end - 2], d = keyed.keyScalars[end - 1]
        guard a == heh, b == alef else { return false }
        return (c == "\u{0646}" && d == "\u{062F}") || (c == yeh && (d == "\u{0645}" || d == "\u{062F}"))
    }

    /// Whether a Persian word ends in the plural suffix ها / های / هایی.
    static func endsWithPersianPlural(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        let heh = ArabicScript.heh, alef = ArabicScript.alef, yeh = ArabicScript.farsiYeh
        guard key.count >= 4 else { return false }
        var end = key.endIndex
        while end > key.startIndex, key[end - 1] == yeh { end -= 1 }
        guard end - key.startIndex >= 3, key.endIndex - end <= 2 else { return false }
        return key[end - 1] == alef && key[end - 2] == heh
    }
}
