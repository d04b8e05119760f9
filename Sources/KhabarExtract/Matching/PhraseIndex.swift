import KhabarCore
import KhabarText

/// The tokens of one article with their match keys, computed once and shared by every phrase
/// lookup in it (and by the three extractors, through ``ArticleAnalyzer``). A class, so passing it
/// around costs one reference count, not one per array.
///
/// Besides the keys it holds, per token, the hashes a lookup needs under the text's
/// ``AffixRules``: the key without an Arabic proclitic, without a Persian ezafe, without a
/// Russian case ending. It also caches the title and speech-verb lookups that several passes make
/// at the same token.
final class KeyedTokens {
    /// The folded text.
    let folded: FoldedText
    /// The tokens, in order.
    let tokens: [Token]
    /// All token keys, concatenated; token `i` owns `keyStart[i]..<keyStart[i + 1]`.
    let keyScalars: [Unicode.Scalar]
    /// For each key scalar, the folded offset it came from.
    let keyOrigins: [Int]
    /// Where each token's key starts in ``keyScalars`` (one more entry than tokens).
    let keyStart: [Int]
    /// The rolling hash of each token's key.
    let hashes: [UInt64]
    /// `P^length` of each token's key.
    let powers: [UInt64]
    /// Whether a line break separates the token from the one before it.
    let breakBefore: [Bool]
    /// The original scalars, when the caller has them.
    let original: [Unicode.Scalar]?
    /// The affix rules the variant hashes below were computed for.
    let rules: AffixRules
    /// Per token, the hashes of its key read with an affix removed (``AffixVariants``).
    let variants: [AffixVariants]
    /// Per token, the phrase indexes (bits of ``FilterBit``) that may match from it, for the
    /// indexes the filter the text was keyed with covers (``filterCoverage``).
    let startMasks: [UInt32]
    let filterCoverage: UInt32
    /// How many tokens are words of sport, when the filter counts them.
    let sportsWordCount: Int?

    /// The hashes of one token's key with an affix removed; 0 when the affix cannot be there.
    struct AffixVariants {
        /// Without و or ف; without ب, ل or ك (after و/ف too); ل + ال (لل) read as ال.
        var conjunction: UInt64 = 0
        var preposition: UInt64 = 0
        var conjunctionPreposition: UInt64 = 0
        var lamArticle: UInt64 = 0
        var conjunctionLamArticle: UInt64 = 0
        /// Without the last scalar (Persian ezafe yeh, Russian one-letter ending) and without the
        /// last two (Russian two-letter ending).
        var withoutLast: UInt64 = 0
        var withoutLastTwo: UInt64 = 0
    }

    init(folded: FoldedText, tokens: [Token], original: ScalarText? = nil, rules: AffixRules = AffixRules(), filter: PrefixFilter? = nil) {
        self.folded = folded
        self.original = original?.scalars
        self.tokens = tokens
        self.rules = rules
        // Every array is allocated once at its final (or greatest) size and filled through
        // buffer pointers: no appends, no captured variables in the loop.
        let scalarCount = folded.count
        let tokenCount = tokens.count
        // The key scalars and their origins are written in order from the start (`fill`), so
        // they are allocated uninitialised rather than set to a value first, and cut to the
        // number written.
        var keyStart = [Int](repeating: 0, count: tokenCount + 1)
        var hashes = [UInt64](repeating: 0, count: tokenCount)
        var powers = [UInt64](repeating: 1, count: tokenCount)
        var breakBefore = [Bool](repeating: false, count: tokenCount)
        var keyOrigins: [Int] = []
        let keyScalars = [Unicode.Scalar](unsafeUninitializedCapacity: scalarCount) { ks, keyScalarCount in
            var used = 0
            keyOrigins = [Int](unsafeUninitializedCapacity: scalarCount) { ko, keyOriginCount in
                used = keyStart.withUnsafeMutableBufferPointer { kst in
                    hashes.withUnsafeMutableBufferPointer { hs in
                        powers.withUnsafeMutableBufferPointer { pw in
                            breakBefore.withUnsafeMutableBufferPointer { bb in
                                folded.scalars.withUnsafeBufferPointer { s in
                                    tokens.withUnsafeBufferPointer { tk in
                                        Self.fill(s, tk, ks, ko, kst, hs, pw, bb)
                                    }
                                }
                            }
                        }
                    }
                }
                keyOriginCount = used
            }
            keyScalarCount = used
        }
        let affixes = rules.arabicProclitics || rules.persianEzafe || rules.russianEndings
        var variants: [AffixVariants] = []
        if affixes {
            // Each slot written once (no fill with empty variants first: tokens are many and
            // the variants seven words each).
            let original = self.original
            variants = [AffixVariants](unsafeUninitializedCapacity: tokenCount) { slots, written in
                for t in 0..<tokenCount {
                    var v = AffixVariants()
                    if tokens[t].kind == .word {
                        v = Self.variants(keyScalars, keyStart[t]..<keyStart[t + 1], rules: rules)
                        // After ه the ezafe is written apart (روسیه‌ی); a fused ی makes another
                        // word (دانشگاهی "academic", not دانشگاه + ezafe).
                        if rules.persianEzafe, v.withoutLast != 0, keyStart[t + 1] - keyStart[t] >= 2,
                           keyScalars[keyStart[t + 1] - 2] == ArabicScript.heh,
                           !Self.zwnjBefore(keyOrigins[keyStart[t + 1] - 1], folded: folded, original: original) {
                            v.withoutLast = 0
                        }
                    }
                    slots.initializeElement(at: t, to: v)
                }
                written = tokenCount
            }
        }
        self.keyScalars = keyScalars
        self.keyOrigins = keyOrigins
        self.keyStart = keyStart
        self.hashes = hashes
        self.powers = powers
        self.breakBefore = breakBefore
        self.variants = variants
        if let filter {
            var masks = [UInt32](repeating: 0, count: hashes.count)
            var sports = 0
            let sportsBit: UInt32 = 1 << UInt32(FilterBit.sportsWords)
            // The plain keys first, in a loop of independent probes whose cache misses overlap,
            // then the readings without an affix.
            for t in hashes.indices {
                let plain = filter.masks(hashes[t])
                if plain.full & sportsBit != 0 { sports += 1 }
                masks[t] = plain.prefix
            }
            if affixes {
                for t in hashes.indices where tokens[t].kind == .word {
                    let v = variants[t]
                    var m = masks[t]
                    if v.conjunction != 0 { m |= filter.masks(v.conjunction).prefix }
                    if v.preposition != 0 { m |= filter.masks(v.preposition).prefix }
                    if v.conjunctionPreposition != 0 { m |= filter.masks(v.conjunctionPreposition).prefix }
                    if v.lamArticle != 0 { m |= filter.masks(v.lamArticle).prefix }
                    if v.conjunctionLamArticle != 0 { m |= filter.masks(v.conjunctionLamArticle).prefix }
                    if v.withoutLast != 0 { m |= filter.masks(v.withoutLast).full }
                    if v.withoutLastTwo != 0 { m |= filter.masks(v.withoutLastTwo).full }
                    masks[t] = m
                }
            }
            startMasks = masks
            filterCoverage = filter.coverage
            sportsWordCount = filter.coverage & sportsBit != 0 ? sports : nil
        } else {
            startMasks = []
            filterCoverage = 0
            sportsWordCount = nil
        }
        titleCache = [Int32](repeating: -2, count: tokens.count)
        speechCache = [Int32](repeating: -2, count: tokens.count)
    }

    /// Whether the original scalar before the one folded scalar `offset` came from is a ZWNJ.
    static func zwnjBefore(_ offset: Int, folded: FoldedText, original: [Unicode.Scalar]?) -> Bool {
        guard let original else { return true }
        let at = folded.origins[offset]
        return at > 0 && original[at - 1] == "\u{200C}"
    }

    /// Fills the key arrays from the folded scalars and the tokens; returns the number of key
    /// scalars.
    private static func fill(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: UnsafeBufferPointer<Token>,
        _ keyScalars: UnsafeMutableBufferPointer<Unicode.Scalar>, _ keyOrigins: UnsafeMutableBufferPointer<Int>,
        _ keyStart: UnsafeMutableBufferPointer<Int>, _ hashes: UnsafeMutableBufferPointer<UInt64>,
        _ powers: UnsafeMutableBufferPointer<UInt64>, _ breakBefore: UnsafeMutableBufferPointer<Bool>
    ) -> Int {
        var count = 0
        var previousEnd = 0
        for t in 0..<tokens.count {
            let range = tokens[t].range
            var k = previousEnd
            while k < range.lowerBound {
                if s[k] == "\n" { breakBefore[t] = true; break }
                k += 1
            }
            previousEnd = range.upperBound
            keyStart[t] = count
            var h: UInt64 = 0
            var p: UInt64 = 1
            var offset = range.lowerBound
            while offset < range.upperBound {
                if let key = MatchKey.fold(s[offset]) {
                    keyScalars[count] = key
                    keyOrigins[count] = offset
                    count += 1
                    h = RollingHash.append(h, key)
                    p = p &* RollingHash.base
                }
                offset += 1
            }
            hashes[t] = h
            powers[t] = p
        }
        keyStart[tokens.count] = count
        return count
    }

    /// The affix variants of the key `keys[range]` under `rules`; only the hashes an affix the
    /// word can carry needs are computed.
    @inline(__always)
    static func variants(_ keys: [Unicode.Scalar], _ range: Range<Int>, rules: AffixRules) -> AffixVariants {
        var v = AffixVariants()
        let n = range.count
        guard n >= 3 else { return v }
        let s = range.lowerBound, e = range.upperBound
        @inline(__always) func hash(_ from: Int, _ to: Int, prefix: Unicode.Scalar? = nil) -> UInt64 {
            var h: UInt64 = 0
            if let prefix { h = RollingHash.append(h, prefix) }
            var k = from
            while k < to { h = RollingHash.append(h, keys[k]); k += 1 }
            return h
        }
        if rules.arabicProclitics, n >= 4 {
            let lam: Unicode.Scalar = "\u{0644}"
            @inline(__always) func isPreposition(_ c: Unicode.Scalar) -> Bool { c == "\u{0628}" || c == lam || c == ArabicScript.keheh }
            let first = keys[s], second = keys[s + 1]
            let conjunction = first == "\u{0648}" || first == "\u{0641}"
            // Keep at least three letters of the word itself.
            if conjunction || isPreposition(first) {
                let rest = hash(s + 1, e)
                if conjunction { v.conjunction = rest }
                if isPreposition(first) {
                    v.preposition = rest
                    if first == lam, second == lam { v.lamArticle = hash(s + 1, e, prefix: ArabicScript.alef) }
                }
            }
            if conjunction, isPreposition(second), n - 2 >= 3 {
                v.conjunctionPreposition = hash(s + 2, e)
                if second == lam, keys[s + 2] == lam { v.conjunctionLamArticle = hash(s + 2, e, prefix: ArabicScript.alef) }
            }
        }
        let last = keys[e - 1]
        if rules.persianEzafe, last == ArabicScript.farsiYeh {
            let before = keys[e - 2]
            if before == ArabicScript.alef || before == ArabicScript.waw || before == ArabicScript.heh { v.withoutLast = hash(s, e - 1) }
        }
        if rules.russianEndings, (0x0430...0x044F).contains(keys[s].value) {
            v.withoutLast = hash(s, e - 1)
            if n >= 5 { v.withoutLastTwo = hash(s, e - 2) }
        }
        return v
    }

    /// The number of tokens.
    var count: Int { tokens.count }

    // MARK: - Cached lookups

    /// Per token: -2 not looked up yet, -1 no match, else an index into ``titleMatches``.
    // One reader at a time mutates these (a keyed text belongs to one article being analysed), so
    // dynamic exclusivity checks are left out.
    @exclusivity(unchecked) private var titleCache: [Int32]
    @exclusivity(unchecked) private var titleMatches: [PhraseIndex<TitleCue>.Match] = []
    @exclusivity(unchecked) private var speechCache: [Int32]
    @exclusivity(unchecked) private var speechMatches: [PhraseIndex<SpeechCue>.Match] = []

    /// Whether the phrase index with filter bit `bit` may match from token `i` (always true when
    /// the text was keyed without a filter covering it).
    @inline(__always)
    func mayStart(_ i: Int, _ bit: Int) -> Bool {
        let mask: UInt32 = 1 << UInt32(bit)
        return filterCoverage & mask == 0 || startMasks[i] & mask != 0
    }

    /// The longest title phrase (``Cues/titles``) at token `i` under the text's rules, looked up
    /// once.
    @inline(__always)
    func titleMatch(at i: Int) -> PhraseIndex<TitleCue>.Match? {
        guard mayStart(i, FilterBit.titles) else { return nil }
        return cachedTitleMatch(at: i)
    }

    private func cachedTitleMatch(at i: Int) -> PhraseIndex<TitleCue>.Match? {
        let cached = titleCache[i]
        if cached == -1 { return nil }
        if cached >= 0 { return titleMatches[Int(cached)] }
        guard let match = Cues.titles.longestMatch(at: i, in: self, rules: rules) else {
            titleCache[i] = -1
            return nil
        }
        titleCache[i] = Int32(titleMatches.count)
        titleMatches.append(match)
        return match
    }

    /// The longest speech cue (``Cues/speech``) at token `i` under the text's rules, looked up once.
    @inline(__always)
    func speechMatch(at i: Int) -> PhraseIndex<SpeechCue>.Match? {
        guard mayStart(i, FilterBit.speech) else { return nil }
        return cachedSpeechMatch(at: i)
    }

    private func cachedSpeechMatch(at i: Int) -> PhraseIndex<SpeechCue>.Match? {
        let cached = speechCache[i]
        if cached == -1 { return nil }
        if cached >= 0 { return speechMatches[Int(cached)] }
        guard let match = Cues.speech.longestMatch(at: i, in: self, rules: rules) else {
            speechCache[i] = -1
            return nil
        }
        speechCache[i] = Int32(speechMatches.count)
        speechMatches.append(match)
        return match
    }

    // MARK: - Keys

    /// The key of token `i`.
    @inline(__always)
    func key(_ i: Int) -> ArraySlice<Unicode.Scalar> { keyScalars[keyStart[i]..<keyStart[i + 1]] }

    /// The first scalar of token `i`'s key, if any.
    @inline(__always)
    func firstKeyScalar(_ i: Int) -> Unicode.Scalar? { keyStart[i] < keyStart[i + 1] ? keyScalars[keyStart[i]] : nil }

    /// The last scalar of token `i`'s key, if any.
    @inline(__always)
    func lastKeyScalar(_ i: Int) -> Unicode.Scalar? { keyStart[i] < keyStart[i + 1] ? keyScalars[keyStart[i + 1] - 1] : nil }

    /// The key length of token `i`.
    @inline(__always)
    func keyLength(_ i: Int) -> Int { keyStart[i + 1] - keyStart[i] }

    /// Whether token `i`'s key starts with `prefix`.
    @inline(__always)
    func keyStarts(_ i: Int, with prefix: [Unicode.Scalar], dropping drop: Int = 0) -> Bool {
        let start = keyStart[i] + drop
        guard start + prefix.count <= keyStart[i + 1] else { return false }
        for (k, scalar) in prefix.enumerated() where keyScalars[start + k] != scalar { return false }
        return true
    }

    /// Whether token `i` is a word.
    @inline(__always)
    func isWord(_ i: Int) -> Bool { tokens[i].kind == .word }

    /// Whether token `i` is the single punctuation scalar `scalar`.
    @inline(__always)
    func isPunctuation(_ i: Int, _ scalar: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && folded.scalars[tokens[i].range.lowerBound] == scalar
    }

    /// The folded range from key scalar `keyOffsetInToken` of token `first` to the end of token
    /// `last` less `endTrim` key scalars.
    func foldedRange(first: Int, startTrim: Int, last: Int, endTrim: Int) -> Range<Int> {
        let lower: Int
        if startTrim > 0, keyStart[first] + startTrim < keyStart[first + 1] {
            lower = keyOrigins[keyStart[first] + startTrim]
        } else {
            lower = tokens[first].range.lowerBound
        }
        let upper: Int
        if endTrim > 0, keyStart[last + 1] - endTrim - 1 >= keyStart[last] {
            upper = keyOrigins[keyStart[last + 1] - endTrim - 1] + 1
        } else {
            upper = tokens[last].range.upperBound
        }
        return lower..<max(lower, upper)
    }

    /// The original scalar a folded scalar came from.
    func originalScalar(at foldedOffset: Int) -> Unicode.Scalar? {
        original.map { $0[folded.origins[foldedOffset]] }
    }

    /// The span of the original text covered by tokens `first...last`.
    func originalSpan(first: Int, last: Int) -> TextSpan {
        folded.originalSpan(of: tokens[first].range.lowerBound..<tokens[last].range.upperBound)
    }

    /// The original scalars of tokens `first` through `last`, or `nil` without an original text.
    func originalScalars(first: Int, last: Int) -> ArraySlice<Unicode.Scalar>? {
        guard let original else { return nil }
        let span = originalSpan(first: first, last: last)
        return original[min(span.start, original.count)..<min(span.end, original.count)]
    }
}

/// How a phrase may be attached to the words around it in the text.
struct AffixRules: Sendable, Equatable {
    /// Arabic proclitics و ف ب ل ك (and ل + ال → لل) before the first word: والرئيس, لروسيا, بموسكو.
    var arabicProclitics = false
    /// A Persian ezafe yeh (ی) after a name that ends in ا, و or ه: آمریکای, روسیه‌ی.
    var persianEzafe = false
    /// Russian case endings on the last word: Путина, Москве, России.
    var russianEndings = false

    /// Whether every affix these rules read is read by `other` too.
    @inline(__always)
    func isIncluded(in other: AffixRules) -> Bool {
        (!arabicProclitics || other.arabicProclitics) && (!persianEzafe || other.persianEzafe) && (!russianEndings || other.russianEndings)
    }

    /// The rules for text in `language`.
    static func forLanguage(_ language: Language) -> AffixRules {
        switch language {
        case .arabic: AffixRules(arabicProclitics: true)
        case .persian, .urdu, .pashto, .kurdish: AffixRules(persianEzafe: true)
        case .russian: AffixRules(russianEndings: true)
        default: AffixRules()
        }
    }
}

/// A dictionary of multi-word phrases matched over the tokens of a text by their match keys,
/// whatever the spacing between the words (عشق آباد, عشقآباد, عشق‌آباد).
///
/// Phrases are hashed with ``RollingHash`` so the key of a run of tokens is computed from the
/// tokens' own hashes; a set of the hashes of every prefix of every key stops a lookup at the
/// first token that cannot continue any phrase. A lookup allocates nothing: matches are reported
/// to a closure, and the phrases a match spells are a bucket of the index and a bit mask.
///
/// - Complexity: building is O(*k*) in the total length of the keys; a lookup at one token is
///   O(*m*) in the number of tokens of the longest phrase, usually one hash probe.
struct PhraseIndex<Value: Sendable>: Sendable {
    /// One phrase and what it stands for.
    struct Phrase: Sendable {
        var key: [Unicode.Scalar]
        var value: Value
        /// The number of words the phrase is written with.
        var tokenCount: Int
    }

    /// A run of tokens that spells a phrase.
    struct Match {
        /// The first and last token.
        var first: Int
        var last: Int
        /// Key scalars of the first token left out (a proclitic), and of the last (a suffix).
        var startTrim: Int
        var endTrim: Int
        /// Length of the matched key, in scalars.
        var keyLength: Int
        /// Key scalars of the first token to leave out of the span: the proclitic, or none when
        /// letters were put back (للرئيس = ل + الرئيس keeps its whole word).
        var spanTrim = 0
        /// The bucket of phrases that share the matched key, and which of them the text spells
        /// (bit *n* for the bucket's *n*-th phrase).
        var bucket: Int32
        var mask: UInt64
    }

    private(set) var phrases: [Phrase] = []
    /// Every phrase key, concatenated; phrase `p` owns `keyStart[p]..<keyStart[p + 1]`.
    private var keyScalars: [Unicode.Scalar] = []
    private var keyStart: [Int32] = [0]
    private var tokenCounts: [Int32] = []
    /// Full-key hash → bucket.
    private var table = HashMap64([])
    /// The phrases of bucket `b`: `bucketPhrases[bucketStart[b]..<bucketStart[b + 1]]` (at most 64).
    private var bucketStart: [Int32] = [0]
    private var bucketPhrases: [Int32] = []
    /// Hashes of every prefix of every key.
    private var prefixes = HashSet64([])
    /// The most tokens a phrase may be spread over.
    private(set) var maxTokens = 1
    /// The bit of this index in a ``PrefixFilter`` (``FilterBit``), or -1.
    let filterBit: Int
    /// The hashes of every prefix of every key, and of every full key, for a ``PrefixFilter``.
    private(set) var prefixHashList: [UInt64] = []
    private(set) var fullHashList: [UInt64] = []

    /// Builds the index; phrases whose key is empty are left out.
    init(_ entries: [(phrase: String, value: Value)], filterBit: Int = -1) {
        var keys: [(words: [[Unicode.Scalar]], value: Value)] = []
        for (phrase, value) in entries {
            keys.append((MatchKey.words(of: phrase), value))
        }
        self.init(keys: keys, filterBit: filterBit)
    }

    /// Builds the index from keys computed by the caller, word by word.
    ///
    /// The prefixes a lookup may stop at are those of three letters or more and those that end a
    /// word of the key: a text token shorter than three letters only starts a phrase whose first
    /// word it is (در is no start of دریای خزر; a phrase spread over more tokens than it has words
    /// needs pieces of three letters anyway).
    init(keys: [(words: [[Unicode.Scalar]], value: Value)], filterBit: Int = -1) {
        self.filterBit = filterBit
        var byHash: [UInt64: [Int32]] = [:]
        var order: [UInt64] = []
        var prefixHashes: [UInt64] = []
        for entry in keys {
            let key = entry.words.flatMap { $0 }
            guard !key.isEmpty else { continue }
            let tokenCount = entry.words.count
            let index = Int32(phrases.count)
            phrases.append(Phrase(key: key, value: entry.value, tokenCount: tokenCount))
            keyScalars.append(contentsOf: key)
            keyStart.append(Int32(keyScalars.count))
            tokenCounts.append(Int32(tokenCount))
            var wordEnds = Set<Int>()
            var end = 0
            for word in entry.words {
                end += word.count
                wordEnds.insert(end)
            }
            var h: UInt64 = 0
            for (offset, s) in key.enumerated() {
                h = RollingHash.append(h, s)
                if offset + 1 >= 3 || wordEnds.contains(offset + 1) { prefixHashes.append(h) }
            }
            if byHash[h] == nil { order.append(h) }
            if byHash[h, default: []].count < 64 { byHash[h, default: []].append(index) }
            // A text may split a word the phrase writes solid (رئیسجمهور → رئیس جمهور) and the
            // tokenizer splits at punctuation inside words; allow a few more tokens than words.
            maxTokens = max(maxTokens, tokenCount + 3)
        }
        for h in order {
            bucketPhrases.append(contentsOf: byHash[h]!)
            bucketStart.append(Int32(bucketPhrases.count))
        }
        table = HashMap64(order.enumerated().map { ($0.element, Int32($0.offset)) })
        prefixes = HashSet64(prefixHashes)
        prefixHashList = Array(Set(prefixHashes))
        fullHashList = order
    }

    /// The phrase `index`.
    subscript(index: Int) -> Phrase { phrases[index] }

    /// Calls `body` with each phrase a match spells, in index order.
    @inline(__always)
    func forEachPhrase(of match: Match, _ body: (Int) -> Void) {
        let start = Int(bucketStart[Int(match.bucket)])
        var mask = match.mask
        while mask != 0 {
            let bit = mask.trailingZeroBitCount
            body(Int(bucketPhrases[start + bit]))
            mask &= mask - 1
        }
    }

    /// The first phrase a match spells.
    @inline(__always)
    func firstPhrase(of match: Match) -> Int {
        Int(bucketPhrases[Int(bucketStart[Int(match.bucket)]) + match.mask.trailingZeroBitCount])
    }

    /// The phrases a match spells.
    func phrases(of match: Match) -> [Int] {
        var result: [Int] = []
        forEachPhrase(of: match) { result.append($0) }
        return result
    }

    /// Every match that starts at token `i`, shortest first.
    @inline(__always)
    func matches(at i: Int, in keyed: KeyedTokens, rules: AffixRules = AffixRules()) -> [Match] {
        var results: [Match] = []
        scan(at: i, in: keyed, rules: rules) { results.append($0) }
        return results
    }

    /// Whether a match that starts at token `i` ends at token `last`.
    @inline(__always)
    func hasMatch(at i: Int, endingAt last: Int, in keyed: KeyedTokens, rules: AffixRules = AffixRules()) -> Bool {
        var found = false
        scan(at: i, in: keyed, rules: rules) { if $0.last == last { found = true } }
        return found
    }

    /// The longest match starting at token `i` (by tokens, then by key length), if any.
    @inline(__always)
    func longestMatch(at i: Int, in keyed: KeyedTokens, rules: AffixRules = AffixRules()) -> Match? {
        var best: Match? = nil
        scan(at: i, in: keyed, rules: rules) { match in
            if let current = best {
                let a = (current.last - current.first, current.keyLength - current.endTrim)
                let b = (match.last - match.first, match.keyLength - match.endTrim)
                if a < b { best = match }
            } else {
                best = match
            }
        }
        return best
    }

    /// Reports every match that starts at token `i` to `visit`.
    @inline(__always)
    func scan(at i: Int, in keyed: KeyedTokens, rules: AffixRules, visit: (Match) -> Void) {
        guard i < keyed.count else { return }
        // Fastest path: the keyed text's filter says whether this index can match here at all.
        // (Masks computed under the text's rules hold for any rules they include.)
        let filtered = filterBit >= 0 && keyed.filterCoverage & (1 << UInt32(filterBit)) != 0 && rules.isIncluded(in: keyed.rules)
        if filtered, keyed.startMasks[i] & (1 << UInt32(filterBit)) == 0 { return }
        let length = keyed.keyLength(i)
        guard length > 0 else { return }
        let firstScalar = keyed.keyScalars[keyed.keyStart[i]].value
        let proclitic = rules.arabicProclitics && length >= 4 && keyed.tokens[i].kind == .word
            && (firstScalar == 0x0648 || firstScalar == 0x0641 || firstScalar == 0x0628 || firstScalar == 0x0644 || firstScalar == 0x06A9)
        // Fast path: the token begins no phrase and carries no affix the rules read. With the
        // variant hashes the keyed text holds for these rules, one probe per variant decides.
        if !filtered, !prefixes.contains(keyed.hashes[i]) {
            if rules == keyed.rules, !keyed.variants.isEmpty {
                let v = keyed.variants[i]
                let affixed = (v.withoutLast != 0 && table[v.withoutLast] != nil) || (v.withoutLastTwo != 0 && table[v.withoutLastTwo] != nil)
                let prefixed = proclitic && (
                    (v.conjunction != 0 && prefixes.contains(v.conjunction)) || (v.preposition != 0 && prefixes.contains(v.preposition))
                    || (v.conjunctionPreposition != 0 && prefixes.contains(v.conjunctionPreposition))
                    || (v.lamArticle != 0 && prefixes.contains(v.lamArticle))
                    || (v.conjunctionLamArticle != 0 && prefixes.contains(v.conjunctionLamArticle)))
                if !affixed && !prefixed { return }
                if !affixed {
                    // Only a proclitic reading can match: skip the plain search.
                    procliticVariants(i, firstScalar: firstScalar, length: length, in: keyed, rules: rules, visit: visit)
                    return
                }
            } else {
                let ezafe = rules.persianEzafe && length >= 3 && keyed.lastKeyScalar(i) == ArabicScript.farsiYeh
                let ending = rules.russianEndings && (0x0430...0x044F).contains(firstScalar)
                if !proclitic && !ezafe && !ending { return }
            }
        }
        search(from: i, startTrim: 0, startHash: keyed.hashes[i], startLength: length, replacement: nil, in: keyed, rules: rules, visit: visit)
        guard proclitic else { return }
        procliticVariants(i, firstScalar: firstScalar, length: length, in: keyed, rules: rules, visit: visit)
    }

    /// The lookups of token `i` read without an Arabic proclitic: و ف (conjunctions), then ب ل ك
    /// (prepositions); ل + ال is written لل.
    @inline(__always)
    private func procliticVariants(_ i: Int, firstScalar: UInt32, length: Int, in keyed: KeyedTokens, rules: AffixRules, visit: (Match) -> Void) {
        let base = keyed.keyStart[i]
        let conjunction = firstScalar == 0x0648 || firstScalar == 0x0641
        if conjunction { variant(i, trim: 1, replacement: nil, in: keyed, rules: rules, visit: visit) }
        for start in 0...(conjunction ? 1 : 0) where start + 1 < length {
            let p = keyed.keyScalars[base + start].value
            guard p == 0x0628 || p == 0x0644 || p == 0x06A9 else { continue }
            variant(i, trim: start + 1, replacement: nil, in: keyed, rules: rules, visit: visit)
            if p == 0x0644, keyed.keyScalars[base + start + 1].value == 0x0644 {
                variant(i, trim: start + 1, replacement: ArabicScript.alef, in: keyed, rules: rules, visit: visit)
            }
        }
    }

    /// The lookup of token `i` read without its first `trim` key scalars, with `replacement`
    /// put back in front (ل + ال → لل).
    @inline(__always)
    private func variant(_ i: Int, trim: Int, replacement: Unicode.Scalar?, in keyed: KeyedTokens, rules: AffixRules, visit: (Match) -> Void) {
        let length = keyed.keyLength(i)
        // Keep at least three letters of the word itself.
        guard length - trim >= 3 else { return }
        var h: UInt64 = 0
        if let replacement { h = RollingHash.append(h, replacement) }
        let base = keyed.keyStart[i]
        for k in (base + trim)..<(base + length) { h = RollingHash.append(h, keyed.keyScalars[k]) }
        guard prefixes.contains(h) else { return }
        search(from: i, startTrim: trim, startHash: h, startLength: length - trim + (replacement == nil ? 0 : 1),
               replacement: replacement, in: keyed, rules: rules, visit: visit)
    }

    private func search(
        from i: Int, startTrim: Int, startHash: UInt64, startLength: Int, replacement: Unicode.Scalar?,
        in keyed: KeyedTokens, rules: AffixRules, visit: (Match) -> Void
    ) {
        var h = startHash
        var length = startLength
        var j = i
        let spanTrim = replacement == nil ? startTrim : startTrim - 1
        let suffixes = rules.persianEzafe || rules.russianEndings
        while true {
            if let bucket = table[h] {
                let mask = verify(bucket, first: i, startTrim: startTrim, replacement: replacement, last: j, endTrim: 0, in: keyed)
                if mask != 0 {
                    visit(Match(first: i, last: j, startTrim: startTrim, endTrim: 0, keyLength: length, spanTrim: spanTrim, bucket: bucket, mask: mask))
                }
            }
            // Suffixed last word: the phrase ends inside token j. A Persian ezafe stays out of
            // the span; a Russian case ending stays in (the span is the inflected word, Москве).
            if suffixes {
                let (ezafe, russian1, russian2) = suffixTrims(of: j, in: keyed, rules: rules)
                if ezafe { trySuffix(1, inSpan: false) }
                if russian1 { trySuffix(1, inSpan: true) }
                if russian2 { trySuffix(2, inSpan: true) }
            }
            j += 1
            // Tokens with an empty key (the underscore of a hashtag) join the words around them.
            while j < keyed.count, keyed.keyLength(j) == 0, keyed.tokens[j].kind == .punctuation, j - i < maxTokens, !keyed.breakBefore[j] { j += 1 }
            guard j < keyed.count, j - i < maxTokens, !keyed.breakBefore[j], keyed.keyLength(j) > 0 else { return }
            guard prefixes.contains(h) else { return }
            h = h &* keyed.powers[j] &+ keyed.hashes[j]
            length += keyed.keyLength(j)
            if !prefixes.contains(h) {
                guard suffixes else { return }
                let (a, b, c) = suffixTrims(of: j, in: keyed, rules: rules)
                guard a || b || c else { return }
            }
        }

        func trySuffix(_ trim: Int, inSpan: Bool) {
            let kept = keyed.keyLength(j) - trim - (j == i ? startTrim : 0)
            guard kept > 0 else { return }
            let hp = runHash(first: i, startTrim: startTrim, replacement: replacement, last: j, endTrim: trim, in: keyed)
            guard let bucket = table[hp] else { return }
            let mask = verify(bucket, first: i, startTrim: startTrim, replacement: replacement, last: j, endTrim: trim, in: keyed)
            guard mask != 0 else { return }
            visit(Match(first: i, last: j, startTrim: startTrim, endTrim: inSpan ? 0 : trim, keyLength: length - trim,
                        spanTrim: spanTrim, bucket: bucket, mask: mask))
        }
    }

    private func runHash(first i: Int, startTrim: Int, replacement: Unicode.Scalar?, last j: Int, endTrim: Int, in keyed: KeyedTokens) -> UInt64 {
        var h: UInt64 = 0
        if let replacement { h = RollingHash.append(h, replacement) }
        for t in i...j {
            var from = keyed.keyStart[t]
            var to = keyed.keyStart[t + 1]
            if t == i { from += startTrim }
            if t == j { to -= endTrim }
            var k = from
            while k < to { h = RollingHash.append(h, keyed.keyScalars[k]); k += 1 }
        }
        return h
    }

    /// The phrases of `bucket` the run of tokens spells, as a bit mask.
    private func verify(
        _ bucket: Int32, first i: Int, startTrim: Int, replacement: Unicode.Scalar?, last j: Int, endTrim: Int,
        in keyed: KeyedTokens
    ) -> UInt64 {
        var words = 0
        var shortPiece = false
        for t in i...j where keyed.tokens[t].kind != .punctuation {
            words += 1
            if keyed.keyLength(t) < 3 { shortPiece = true }
        }
        let from = Int(bucketStart[Int(bucket)]), to = Int(bucketStart[Int(bucket) + 1])
        var mask: UInt64 = 0
        for (bit, slot) in (from..<to).enumerated() {
            let index = Int(bucketPhrases[slot])
            // A phrase spelled over more tokens than it has words (عشق آباد for عشقآباد) only when
            // each piece is a real word part (three letters or more): گفت و گو + با is not کوبا.
            if words > Int(tokenCounts[index]), shortPiece { continue }
            if spells(index, first: i, startTrim: startTrim, replacement: replacement, last: j, endTrim: endTrim, in: keyed) {
                mask |= 1 << UInt64(bit)
            }
        }
        return mask
    }

    @inline(__always)
    private func spells(
        _ index: Int, first i: Int, startTrim: Int, replacement: Unicode.Scalar?, last j: Int, endTrim: Int, in keyed: KeyedTokens
    ) -> Bool {
        var k = Int(keyStart[index])
        let end = Int(keyStart[index + 1])
        if let replacement {
            guard k < end, keyScalars[k] == replacement else { return false }
            k += 1
        }
        for t in i...j {
            var from = keyed.keyStart[t]
            var to = keyed.keyStart[t + 1]
            if t == i { from += startTrim }
            if t == j { to -= endTrim }
            var m = from
            while m < to {
                guard k < end, keyScalars[k] == keyed.keyScalars[m] else { return false }
                k += 1
                m += 1
            }
        }
        return k == end
    }

    /// The suffixes token `j` may carry after a phrase, by the rules: a Persian ezafe yeh after
    /// ا و ه; a Russian one-letter ending (а е и о у ы ю я й ь); a two-letter one (ом ой ей ым ем
    /// ою ию ии ах ям ов).
    @inline(__always)
    private func suffixTrims(of j: Int, in keyed: KeyedTokens, rules: AffixRules) -> (Bool, Bool, Bool) {
        let count = keyed.keyLength(j)
        guard count >= 3, keyed.tokens[j].kind == .word else { return (false, false, false) }
        let end = keyed.keyStart[j + 1]
        let last = keyed.keyScalars[end - 1]
        var ezafe = false, one = false, two = false
        if rules.persianEzafe, last == ArabicScript.farsiYeh {
            if keyed.rules.persianEzafe, !keyed.variants.isEmpty {
                ezafe = keyed.variants[j].withoutLast != 0
            } else {
                let before = keyed.keyScalars[end - 2]
                ezafe = before == ArabicScript.alef || before == ArabicScript.waw || before == ArabicScript.heh
            }
        }
        if rules.russianEndings, (0x0430...0x044F).contains(keyed.keyScalars[keyed.keyStart[j]].value) {
            switch last.value {
            case 0x0430, 0x0435, 0x0438, 0x043E, 0x0443, 0x044B, 0x044E, 0x044F, 0x0439, 0x044C: one = true
            default: break
            }
            if count >= 5 {
                let a = keyed.keyScalars[end - 2].value, b = last.value
                switch (a, b) {
                case (0x043E, 0x043C), (0x043E, 0x0439), (0x0435, 0x0439), (0x044B, 0x043C), (0x0435, 0x043C), (0x043E, 0x044E),
                     (0x0438, 0x044E), (0x0438, 0x0438), (0x0430, 0x0445), (0x044F, 0x043C), (0x043E, 0x0432):
                    two = true
                default: break
                }
            }
        }
        return (ezafe, one, two)
    }

    /// A Russian word without its final vowel or soft sign (Москва → Москв), so inflected forms
    /// (Москве, Москвы) match once their own ending is cut; `nil` when there is none to drop.
    static func russianStem(_ key: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard key.count >= 4, let first = key.first, (0x0430...0x044F).contains(first.value), let last = key.last,
              [0x0430, 0x0435, 0x0438, 0x043E, 0x044B, 0x044F, 0x0439, 0x044C].contains(last.value) else { return nil }
        return Array(key.dropLast())
    }
}

/// The bits of the phrase indexes in a ``PrefixFilter``.
enum FilterBit {
    static let names = 0, adjectives = 1, titles = 2, speech = 3, attribution = 4, outletPrefixes = 5, leadCues = 6
    static let numbers = 7, units = 8, measurePrefixes = 9, periods = 10
    /// Not an index: the words of sport (``Cues/sportsWords``), counted while a text is keyed.
    static let sportsWords = 11
}

/// One hash map that tells, for the hash of a token's key (or of the key without an affix), which
/// phrase indexes have a key starting with it (`prefix`) or equal to it (`full`): a keyed text
/// probes it once per token and variant, and each index's lookup then starts with one bit test.
struct PrefixFilter: Sendable {
    /// One slot of the open-addressing table (probed like ``HashMap64``) with the key's masks in
    /// it: a probe that finds its key reads one slot, where a key, an index and two mask arrays
    /// were four cache misses in a table this size. Key 0 is stored as 1; 0 marks an empty slot.
    private struct Slot: Sendable {
        var key: UInt64 = 0
        var prefix: UInt32 = 0
        var full: UInt32 = 0
    }

    private let slots: [Slot]
    private let mask: Int
    /// The bits of the indexes the filter covers.
    let coverage: UInt32

    /// Builds the filter from each index's bit and hash lists.
    init(_ indexes: [(bit: Int, prefixes: [UInt64], fulls: [UInt64])]) {
        var masks: [UInt64: (prefix: UInt32, full: UInt32)] = [:]
        var coverage: UInt32 = 0
        for entry in indexes where entry.bit >= 0 {
            let bit: UInt32 = 1 << UInt32(entry.bit)
            coverage |= bit
            for h in entry.prefixes { masks[h, default: (0, 0)].prefix |= bit }
            for h in entry.fulls { masks[h, default: (0, 0)].full |= bit }
        }
        var capacity = 16
        while capacity < masks.count * 2 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        let mask = capacity - 1
        for (h, m) in masks {
            let k = h == 0 ? 1 : h
            var i = PrefixFilter.start(k, mask)
            while slots[i].key != 0, slots[i].key != k { i = (i + 1) & mask }
            slots[i] = Slot(key: k, prefix: m.prefix, full: m.full)
        }
        self.slots = slots
        self.mask = mask
        self.coverage = coverage
    }

    @inline(__always)
    private static func start(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The indexes a key hash starts (`prefix`) or spells in full (`full`).
    @inline(__always)
    func masks(_ h: UInt64) -> (prefix: UInt32, full: UInt32) {
        let k = h == 0 ? 1 : h
        var i = PrefixFilter.start(k, mask)
        while true {
            let slot = slots[i]
            if slot.key == k { return (slot.prefix, slot.full) }
            if slot.key == 0 { return (0, 0) }
            i = (i + 1) & mask
        }
    }

    /// The entries of `index` for building a filter.
    static func entry<V>(_ index: PhraseIndex<V>) -> (bit: Int, prefixes: [UInt64], fulls: [UInt64]) {
        (index.filterBit, index.prefixHashList, index.fullHashList)
    }
}
