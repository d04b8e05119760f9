import KhabarCore
import KhabarText

/// A gazetteer compiled for matching: its aliases in a ``PhraseIndex`` over match keys, its
/// adjectives (demonyms) for reading roles, its offices for resolving titles to people.
///
/// Built once when an extractor is created; immutable and shared afterwards.
final class CompiledGazetteer: Sendable {
    /// How an alias names its entity.
    enum AliasKind: UInt8, Sendable {
        /// A name: a mention wherever it appears.
        case name
        /// An ordinary word too (`~` prefix): a mention only after an attribution cue.
        case attributed
        /// An ordinary word too outside sport (`^` prefix, a club such as استقلال "independence"):
        /// a mention only in a text about sport (``SportsContext``).
        case sports
        /// Another entity's name too (`?CUE:` prefix, Amman written like Oman): this entity only
        /// where the text is about CUE, or where the text writes the alias exactly as listed,
        /// diacritics included (عمّان) — ``EntityExtractor`` decides once the document is read.
        case contextual
    }

    /// One alias in the index.
    struct AliasRef: Sendable {
        var entry: Int32
        var kind: AliasKind
        var language: Language?
        /// How many of the Persian letters پ چ ژ گ a Persian alias is written with (match keys fold
        /// them into ب ج ز ک, for Arabic spellings of Persian names).
        var persianLetters: UInt8 = 0
        /// For a contextual alias, the index of the entry whose mention decides for it.
        var cue: Int32 = -1
        /// For a contextual alias whose listed spelling carries diacritics, its index in
        /// ``contextualSpellings``.
        var spelling: Int32 = -1
    }

    /// A contextual alias (`?CUE:`) as the extractor needs it.
    struct ContextualAlias: Sendable {
        /// The entry the alias names in context.
        var entry: Int
        /// The entry whose mention (or adjective) in the text decides for it.
        var cue: Int
        /// The alias as listed, when it carries diacritics that decide by themselves (عمّان).
        var spelling: [Unicode.Scalar]?
    }

    /// How many of the letters پ چ ژ گ `scalars` holds.
    @inline(__always)
    static func persianLetterCount<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        var count = 0
        for s in scalars where s == "\u{067E}" || s == "\u{0686}" || s == "\u{0698}" || s == "\u{06AF}" { count += 1 }
        return count
    }

    /// The entries, sorted by id.
    let entries: [GazetteerEntry]
    /// Index of each entry by id.
    let indexByID: [String: Int]
    /// Names (mention aliases).
    let names: PhraseIndex<AliasRef>
    /// Adjectives of places (`+` aliases), pointing at their entry.
    let adjectives: PhraseIndex<Int>
    /// People by office (`@` aliases), keyed by the lower-cased English role.
    let holders: [String: [Int]]
    /// Person entries by the skeleton of a multi-word alias, when only one entry has it.
    let skeletons: [String: Int]
    /// For each skeleton in ``skeletons``, the initials (``NameSkeleton/initials(ofWords:)``) of
    /// the aliases that give it: a name read from a pattern links only when its initials agree.
    let skeletonInitials: [String: Set<String>]
    /// For each skeleton in ``skeletons``, the throat letters (``NameSkeleton/gutturals(ofWords:)``)
    /// of its Arabic-script aliases: an Arabic-script name links only when they agree.
    let skeletonGutturals: [String: Set<String>]
    /// For each person entry, the skeletons of the first words of its multi-word aliases (its
    /// given names), so a misspelt given name before a surname still joins it (ولادمير پوتين).
    let givenNameSkeletons: [Int: Set<String>]
    /// Hashes of one-word Arabic name aliases spelled like the feminine of an adjective of the
    /// same entity (سورية = سوري + ة): after an indefinite noun they are the adjective.
    let feminineAdjectiveAliases: HashSet64
    /// The filter of this gazetteer's names and adjectives and of the cue and figure tables.
    let filter: PrefixFilter
    /// Hashes of the words of places', organisations' and outlets' names that are no word of a
    /// person's name (صدر, فوتبال, پارما): a surname spelled like one names no one by itself.
    let placeAndBodyWords: HashSet64
    /// Whether any alias is contextual (so that documents without one skip that pass).
    let hasContextualAliases: Bool
    /// The spellings of contextual aliases that decide by their diacritics.
    let contextualSpellings: [[Unicode.Scalar]]

    init(_ gazetteer: Gazetteer) {
        let entries = gazetteer.entries.values.sorted { $0.id < $1.id }
        var indexByID: [String: Int] = [:]
        var names: [(words: [[Unicode.Scalar]], value: AliasRef)] = []
        var adjectives: [(words: [[Unicode.Scalar]], value: Int)] = []
        var holders: [String: [Int]] = [:]
        var skeletonOwners: [String: Set<Int>] = [:]
        var skeletonInitials: [String: Set<String>] = [:]
        var skeletonGutturals: [String: Set<String>] = [:]
        var givenNameSkeletons: [Int: Set<String>] = [:]
        var feminine: [UInt64] = []
        var contextual: [(alias: Int, cue: String, spelling: [Unicode.Scalar]?)] = []
        var personWords = Set<UInt64>(), otherWords = Set<UInt64>()
        for (index, entry) in entries.enumerated() {
            var adjectiveKeys = Set<[Unicode.Scalar]>()
            for alias in entry.aliases where alias.language == .arabic && alias.text.hasPrefix("+") {
                let key = MatchKey.key(of: String(alias.text.dropFirst()))
                if key.last == ArabicScript.farsiYeh { adjectiveKeys.insert(key + [ArabicScript.heh]) }
                // Without the article too: سورية after مدينة.
                if key.starts(with: [ArabicScript.alef, "\u{0644}"]), key.last == ArabicScript.farsiYeh {
                    adjectiveKeys.insert(Array(key.dropFirst(2)) + [ArabicScript.heh])
                }
            }
            indexByID[entry.id] = index
            for alias in entry.aliases {
                var text = alias.text
                guard let marker = text.unicodeScalars.first else { continue }
                switch marker {
                case "@":
                    text.removeFirst()
                    holders[text.lowercased(), default: []].append(index)
                case "+":
                    text.removeFirst()
                    let words = MatchKey.words(of: text)
                    let key = words.flatMap { $0 }
                    adjectives.append((words, index))
                    // Arabic adjectives also take the feminine teh marbuta: الروسي → الروسية.
                    if alias.language == .arabic, key.last == ArabicScript.farsiYeh {
                        adjectives.append((Array(words.dropLast()) + [words[words.count - 1] + [ArabicScript.heh]], index))
                    }
                default:
                    let kind: AliasKind = marker == "~" ? .attributed : marker == "^" ? .sports : marker == "?" ? .contextual : .name
                    if kind != .name { text.removeFirst() }
                    var cueID: String? = nil
                    if kind == .contextual, let colon = text.firstIndex(of: ":") {
                        cueID = String(text[..<colon])
                        text = String(text[text.index(after: colon)...])
                    }
                    let words = MatchKey.words(of: text)
                    let key = words.flatMap { $0 }
                    let ref = AliasRef(entry: Int32(index), kind: kind, language: alias.language,
                                       persianLetters: UInt8(min(255, Self.persianLetterCount(text.unicodeScalars))))
                    if alias.language == .arabic, words.count == 1, adjectiveKeys.contains(key) { feminine.append(RollingHash.hash(key)) }
                    if let cueID {
                        contextual.append((names.count, cueID, text.unicodeScalars.contains { Self.isDiacritic($0) } ? Array(text.unicodeScalars) : nil))
                    }
                    names.append((words, ref))
                    for word in words where !word.isEmpty {
                        if entry.type == .person { personWords.insert(RollingHash.hash(word)) } else { otherWords.insert(RollingHash.hash(word)) }
                    }
                    if PhraseIndex<AliasRef>.russianStem(key) != nil {
                        names.append((Array(words.dropLast()) + [Array(words[words.count - 1].dropLast())], ref))
                    }
                    if entry.type == .person, words.count >= 2, let skeleton = NameSkeleton.skeleton(of: words) {
                        skeletonOwners[skeleton, default: []].insert(index)
                        skeletonInitials[skeleton, default: []].insert(NameSkeleton.initials(ofWords: words))
                        if let gutturals = NameSkeleton.gutturals(ofWords: words) {
                            skeletonGutturals[skeleton, default: []].insert(gutturals)
                        }
                        let given = NameSkeleton.skeleton(ofWord: words[0])
                        if given.count >= 3 { givenNameSkeletons[index, default: []].insert(given) }
                    }
                }
            }
        }
        // A contextual alias points at its cue's entry; one whose cue is not in the gazetteer
        // never applies.
        var spellings: [[Unicode.Scalar]] = []
        for item in contextual {
            names[item.alias].value.cue = Int32(indexByID[item.cue] ?? -1)
            if let spelling = item.spelling {
                names[item.alias].value.spelling = Int32(spellings.count)
                spellings.append(spelling)
            }
        }
        self.placeAndBodyWords = HashSet64(otherWords.subtracting(personWords))
        self.hasContextualAliases = !contextual.isEmpty
        self.contextualSpellings = spellings
        self.entries = entries
        self.indexByID = indexByID
        self.names = PhraseIndex(keys: names, filterBit: FilterBit.names)
        self.adjectives = PhraseIndex(keys: adjectives, filterBit: FilterBit.adjectives)
        self.holders = holders
        self.skeletons = skeletonOwners.compactMapValues { $0.count == 1 ? $0.first : nil }
        self.skeletonInitials = skeletonInitials
        self.skeletonGutturals = skeletonGutturals
        self.givenNameSkeletons = givenNameSkeletons
        self.feminineAdjectiveAliases = HashSet64(feminine)
        self.filter = PrefixFilter(Cues.staticFilterEntries + [PrefixFilter.entry(self.names), PrefixFilter.entry(self.adjectives)])
    }

    /// Whether an alias listed under `aliasLanguage` is matched in text of `language`: Persian and
    /// Arabic aliases only in their own language (Arabic مدينة "city" is not Persian مدینه
    /// "Medina"), other aliases everywhere.
    static func applies(_ aliasLanguage: Language?, to language: Language) -> Bool {
        guard let aliasLanguage, aliasLanguage == .persian || aliasLanguage == .arabic else { return true }
        switch language {
        case .persian, .arabic: return aliasLanguage == language
        default: return true
        }
    }

    /// The entry an alias match stands for: the one listed under the text's language, else the
    /// first by id; attributed-only aliases only when `attributed` is true, sports aliases only
    /// when `sports` is true.
    /// In Persian text a Persian alias matches only when the text writes as many of the letters
    /// پ چ ژ گ (`persianLetters`, nil outside Persian text): پوش is not بوش, بکن is not پکن.
    func entry(for match: PhraseIndex<AliasRef>.Match, language: Language, attributed: Bool, sports: Bool = false,
               persianLetters: Int? = nil) -> Int? {
        var best: (score: Int, entry: Int)? = nil
        names.forEachPhrase(of: match) { phrase in
            let ref = names[phrase].value
            if let persianLetters, ref.language == .persian, Int(ref.persianLetters) != persianLetters { return }
            if ref.kind == .attributed && !attributed { return }
            if ref.kind == .sports && !sports { return }
            if ref.kind == .contextual { return }
            if !Self.applies(ref.language, to: language) { return }
            var score = 0
            if ref.language == language { score += 2 }
            if ref.kind == .name { score += 1 }
            // In a text about sport a club's name wins over the city it is named after (میلان, رم).
            if ref.kind == .sports { score += 2 }
            let entry = Int(ref.entry)
            if best == nil || score > best!.score || (score == best!.score && entry < best!.entry) {
                best = (score, entry)
            }
        }
        return best?.entry
    }

    /// The contextual alias (`?CUE:`) a match may stand for in text of `language`, if any.
    func contextualAlias(for match: PhraseIndex<AliasRef>.Match, language: Language) -> ContextualAlias? {
        var found: ContextualAlias? = nil
        names.forEachPhrase(of: match) { phrase in
            let ref = names[phrase].value
            guard found == nil, ref.kind == .contextual, ref.cue >= 0, Self.applies(ref.language, to: language) else { return }
            found = ContextualAlias(entry: Int(ref.entry), cue: Int(ref.cue), spelling: ref.spelling >= 0 ? contextualSpellings[Int(ref.spelling)] : nil)
        }
        return found
    }

    /// Arabic harakat, shadda and sukun (U+064B…U+0652).
    static func isDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        (0x064B...0x0652).contains(scalar.value)
    }

}
