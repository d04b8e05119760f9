import KhabarCore
import KhabarText

/// The tokens of one article with their match keys, computed once and shared by every phrase
/// lookup in it. A class, so passing it around costs one reference count, not one per array.
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

    init(folded: FoldedText, tokens: [Token], original: ScalarText? = nil) {
        self.folded = folded
        self.original = original?.scalars
        self.tokens = tokens
        var keyScalars: [Unicode.Scalar] = []
        var keyOrigins: [Int] = []
        var keyStart: [Int] = []
        var hashes: [UInt64] = []
        var powers: [UInt64] = []
        var breakBefore: [Bool] = []
        keyScalars.reserveCapacity(folded.count)
        keyOrigins.reserveCapacity(folded.count)
        keyStart.reserveCapacity(tokens.count + 1)
        hashes.reserveCapacity(tokens.count)
        powers.reserveCapacity(tokens.count)
        breakBefore.reserveCapacity(tokens.count)
        let s = folded.scalars
        var previousEnd = 0
        for token in tokens {
            var lineBreak = false
            var k = previousEnd
            while k < token.range.lowerBound {
                if s[k] == "\n" { lineBreak = true; break }
                k += 1
            }
            breakBefore.append(lineBreak)
            previousEnd = token.range.upperBound
            keyStart.append(keyScalars.count)
            var h: UInt64 = 0
            var p: UInt64 = 1
            for offset in token.range {
                guard let key = MatchKey.fold(s[offset]) else { continue }
                keyScalars.append(key)
                keyOrigins.append(offset)
                h = RollingHash.append(h, key)
                p = p &* RollingHash.base
            }
            hashes.append(h)
            powers.append(p)
        }
        keyStart.append(keyScalars.count)
        self.keyScalars = keyScalars
        self.keyOrigins = keyOrigins
        self.keyStart = keyStart
        self.hashes = hashes
        self.powers = powers
        self.breakBefore = breakBefore
    }

    /// The number of tokens.
    var count: Int { tokens.count }

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
}

/// How a phrase may be attached to the words around it in the text.
struct AffixRules: Sendable {
    /// Arabic proclitics و ف ب ل ك (and ل + ال → لل) before the first word: والرئيس, لروسيا, بموسكو.
    var arabicProclitics = false
    /// A Persian ezafe yeh (ی) after a name that ends in ا, و or ه: آمریکای, روسیه‌ی.
    var persianEzafe = false
    /// Russian case endings on the last word: Путина, Москве, России.
    var russianEndings = false

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
/// first token that cannot continue any phrase.
///
/// - Complexity: building is O(*k*) in the total length of the keys; a lookup at one token is
///   O(*m*) in the number of tokens of the longest phrase, usually one step.
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
        /// The phrases it spells (several when phrases share a key).
        var phrases: [Int]
        /// Length of the matched key, in scalars.
        var keyLength: Int
        /// Key scalars of the first token to leave out of the span: the proclitic, or none when
        /// letters were put back (للرئيس = ل + الرئيس keeps its whole word).
        var spanTrim = 0
    }

    private(set) var phrases: [Phrase] = []
    /// Full-key hash → index into ``buckets``.
    private var table = HashMap64([])
    /// The phrases of each full-key hash.
    private var buckets: [[Int32]] = []
    /// Hashes of every prefix of every key.
    private var prefixes = HashSet64([])
    /// Whether an Arabic proclitic can start any phrase's first letter check (always true when
    /// the index has phrases; kept for the fast path).
    private(set) var maxTokens = 1

    /// Builds the index; phrases whose key is empty are left out.
    init(_ entries: [(phrase: String, value: Value)]) {
        var keys: [(key: [Unicode.Scalar], tokenCount: Int, value: Value)] = []
        for (phrase, value) in entries {
            let words = MatchKey.words(of: phrase)
            keys.append((words.flatMap { $0 }, words.count, value))
        }
        self.init(keys: keys)
    }

    /// Builds the index from keys computed by the caller.
    init(keys: [(key: [Unicode.Scalar], tokenCount: Int, value: Value)]) {
        var byHash: [UInt64: [Int32]] = [:]
        var order: [UInt64] = []
        var prefixHashes: [UInt64] = []
        for entry in keys where !entry.key.isEmpty {
            let index = Int32(phrases.count)
            phrases.append(Phrase(key: entry.key, value: entry.value, tokenCount: entry.tokenCount))
            var h: UInt64 = 0
            for s in entry.key {
                h = RollingHash.append(h, s)
                prefixHashes.append(h)
            }
            if byHash[h] == nil { order.append(h) }
            byHash[h, default: []].append(index)
            // A text may split a word the phrase writes solid (رئیسجمهور → رئیس جمهور) and the
            // tokenizer splits at punctuation inside words; allow a few more tokens than words.
            maxTokens = max(maxTokens, entry.tokenCount + 3)
        }
        buckets = order.map { byHash[$0]! }
        table = HashMap64(order.enumerated().map { ($0.element, Int32($0.offset)) })
        prefixes = HashSet64(prefixHashes)
    }

    /// The phrases whose full key hashes to `h`.
    @inline(__always)
    private func hits(_ h: UInt64) -> [Int32]? {
        table[h].map { buckets[Int($0)] }
    }

    /// The phrase `index`.
    subscript(index: Int) -> Phrase { phrases[index] }

    /// Every match that starts at token `i`, shortest first.
    func matches(at i: Int, in keyed: KeyedTokens, rules: AffixRules = AffixRules()) -> [Match] {
        guard i < keyed.count, keyed.keyLength(i) > 0 else { return [] }
        // Fast path: the token begins no phrase and carries no affix the rules read.
        if !prefixes.contains(keyed.hashes[i]) {
            let length = keyed.keyLength(i)
            let first = keyed.firstKeyScalar(i)?.value ?? 0
            let proclitic = rules.arabicProclitics && length >= 4
                && (first == 0x0648 || first == 0x0641 || first == 0x0628 || first == 0x0644 || first == 0x06A9)
            let ezafe = rules.persianEzafe && length >= 3 && keyed.lastKeyScalar(i) == ArabicScript.farsiYeh
            let ending = rules.russianEndings && (0x0430...0x044F).contains(first)
            if !proclitic && !ezafe && !ending { return [] }
        }
        var results: [Match] = []
        // Start variants: the token itself, and the token without Arabic proclitics.
        search(from: i, startTrim: 0, startHash: keyed.hashes[i], startLength: keyed.keyLength(i), in: keyed, rules: rules, into: &results)
        if rules.arabicProclitics, keyed.isWord(i) {
            let key = keyed.key(i)
            for (trim, replacement) in Self.procliticVariants(of: key) {
                var h: UInt64 = 0
                var length = 0
                for s in replacement { h = RollingHash.append(h, s); length += 1 }
                for s in key.dropFirst(trim) { h = RollingHash.append(h, s); length += 1 }
                guard prefixes.contains(h) else { continue }
                search(from: i, startTrim: trim, startHash: h, startLength: length, in: keyed, rules: rules, into: &results, replacement: replacement)
            }
        }
        return results
    }

    /// The longest match starting at token `i` (by tokens, then by key length), if any.
    func longestMatch(at i: Int, in keyed: KeyedTokens, rules: AffixRules = AffixRules()) -> Match? {
        matches(at: i, in: keyed, rules: rules).max { a, b in
            (a.last - a.first, a.keyLength - a.endTrim) < (b.last - b.first, b.keyLength - b.endTrim)
        }
    }

    private func search(
        from i: Int, startTrim: Int, startHash: UInt64, startLength: Int, in keyed: KeyedTokens,
        rules: AffixRules, into results: inout [Match], replacement: [Unicode.Scalar] = []
    ) {
        var h = startHash
        var length = startLength
        var j = i
        while true {
            if let found = hits(h) {
                let phrasesHit = found.map(Int.init).filter { verify($0, first: i, startTrim: startTrim, replacement: replacement, last: j, endTrim: 0, in: keyed) }
                if !phrasesHit.isEmpty {
                    results.append(Match(first: i, last: j, startTrim: startTrim, endTrim: 0, phrases: phrasesHit, keyLength: length,
                                         spanTrim: replacement.isEmpty ? startTrim : startTrim - 1))
                }
            }
            // Suffixed last word: the phrase ends inside token j.
            for (trim, inSpan) in suffixTrims(of: j, in: keyed, rules: rules) {
                let kept = keyed.keyLength(j) - trim - (j == i ? startTrim : 0)
                guard kept > 0 else { continue }
                let hp = runHash(first: i, startTrim: startTrim, replacement: replacement, last: j, endTrim: trim, in: keyed)
                guard let found = hits(hp) else { continue }
                let phrasesHit = found.map(Int.init).filter {
                    verify($0, first: i, startTrim: startTrim, replacement: replacement, last: j, endTrim: trim, in: keyed)
                }
                if !phrasesHit.isEmpty {
                    results.append(Match(first: i, last: j, startTrim: startTrim, endTrim: inSpan ? 0 : trim, phrases: phrasesHit,
                                         keyLength: length - trim, spanTrim: replacement.isEmpty ? startTrim : startTrim - 1))
                }
            }
            j += 1
            // Tokens with an empty key (the underscore of a hashtag) join the words around them.
            while j < keyed.count, keyed.keyLength(j) == 0, keyed.tokens[j].kind == .punctuation, j - i < maxTokens, !keyed.breakBefore[j] { j += 1 }
            guard j < keyed.count, j - i < maxTokens, !keyed.breakBefore[j], keyed.keyLength(j) > 0 else { return }
            guard prefixes.contains(h) else { return }
            h = h &* keyed.powers[j] &+ keyed.hashes[j]
            length += keyed.keyLength(j)
            guard prefixes.contains(h) || !suffixTrims(of: j, in: keyed, rules: rules).isEmpty else { return }
        }
    }

    private func runHash(first i: Int, startTrim: Int, replacement: [Unicode.Scalar], last j: Int, endTrim: Int, in keyed: KeyedTokens) -> UInt64 {
        var h: UInt64 = 0
        for s in replacement { h = RollingHash.append(h, s) }
        for t in i...j {
            var slice = keyed.key(t)
            if t == i { slice = slice.dropFirst(startTrim) }
            if t == j { slice = slice.dropLast(endTrim) }
            for s in slice { h = RollingHash.append(h, s) }
        }
        return h
    }

    private func verify(
        _ index: Int, first i: Int, startTrim: Int, replacement: [Unicode.Scalar], last j: Int, endTrim: Int,
        in keyed: KeyedTokens
    ) -> Bool {
        let key = phrases[index].key
        // A phrase spelled over more tokens than it has words (عشق آباد for عشقآباد) only when
        // each piece is a real word part (three letters or more): گفت و گو + با is not کوبا.
        let words = (i...j).filter { keyed.tokens[$0].kind != .punctuation }.count
        if words > phrases[index].tokenCount {
            for t in i...j where keyed.tokens[t].kind != .punctuation && keyed.keyLength(t) < 3 { return false }
        }
        var k = 0
        for s in replacement {
            guard k < key.count, key[k] == s else { return false }
            k += 1
        }
        for t in i...j {
            var slice = keyed.key(t)
            if t == i { slice = slice.dropFirst(startTrim) }
            if t == j { slice = slice.dropLast(endTrim) }
            for s in slice {
                guard k < key.count, key[k] == s else { return false }
                k += 1
            }
        }
        return k == key.count
    }

    /// Suffixes token `j` may carry after a phrase, by the rules: (scalars to cut, whether the
    /// span keeps them). A Persian ezafe stays out of the span; a Russian case ending stays in
    /// (the span is the inflected word, Москве).
    private func suffixTrims(of j: Int, in keyed: KeyedTokens, rules: AffixRules) -> [(Int, Bool)] {
        guard rules.persianEzafe || rules.russianEndings else { return [] }
        let key = keyed.key(j)
        guard key.count >= 3, keyed.isWord(j) else { return [] }
        var trims: [(Int, Bool)] = []
        if rules.persianEzafe, key.last == ArabicScript.farsiYeh {
            let before = key[key.index(before: key.endIndex) - 1]
            if before == ArabicScript.alef || before == ArabicScript.waw || before == ArabicScript.heh { trims.append((1, false)) }
        }
        if rules.russianEndings, let first = key.first, (0x0430...0x044F).contains(first.value) {
            let last = key.last!.value
            // а е и о у ы ю я й ь
            if [0x0430, 0x0435, 0x0438, 0x043E, 0x0443, 0x044B, 0x044E, 0x044F, 0x0439, 0x044C].contains(last) { trims.append((1, true)) }
            if key.count >= 5 {
                let two = String(String.UnicodeScalarView(key.suffix(2)))
                if ["ом", "ой", "ей", "ым", "ем", "ою", "ию", "ии", "ах", "ям", "ов"].contains(two) { trims.append((2, true)) }
            }
        }
        return trims
    }

    /// A Russian word without its final vowel or soft sign (Москва → Москв), so inflected forms
    /// (Москве, Москвы) match once their own ending is cut; `nil` when there is none to drop.
    static func russianStem(_ key: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard key.count >= 4, let first = key.first, (0x0430...0x044F).contains(first.value), let last = key.last,
              [0x0430, 0x0435, 0x0438, 0x043E, 0x044B, 0x044F, 0x0439, 0x044C].contains(last.value) else { return nil }
        return Array(key.dropLast())
    }

    /// Whether a word starts with a letter that can be an Arabic proclitic (و ف ب ل ك).
    @inline(__always)
    static func mayHaveProclitic(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        guard key.count >= 4, let first = key.first else { return false }
        switch first.value {
        case 0x0648, 0x0641, 0x0628, 0x0644, 0x06A9: return true
        default: return false
        }
    }

    /// The ways to read `key` as Arabic proclitics plus a word: (scalars removed, scalars put back).
    static func procliticVariants(of key: ArraySlice<Unicode.Scalar>) -> [(Int, [Unicode.Scalar])] {
        guard mayHaveProclitic(key) else { return [] }
        let waw: Unicode.Scalar = "\u{0648}", feh: Unicode.Scalar = "\u{0641}", beh: Unicode.Scalar = "\u{0628}"
        let lam: Unicode.Scalar = "\u{0644}", kaf = ArabicScript.keheh, alef = ArabicScript.alef
        let letters = Array(key)
        var variants: [(Int, [Unicode.Scalar])] = []
        var conjunction = 0
        if let first = letters.first, first == waw || first == feh { conjunction = 1 }
        func add(_ trim: Int, _ replacement: [Unicode.Scalar]) {
            // Keep at least three letters of the word itself.
            guard letters.count - trim + replacement.count >= 3 + replacement.count else { return }
            variants.append((trim, replacement))
        }
        if conjunction == 1 { add(1, []) }
        for start in conjunction == 1 ? [0, 1] : [0] where start < letters.count {
            let p = letters[start]
            guard p == beh || p == lam || p == kaf else { continue }
            add(start + 1, [])
            // ل + ال is written لل: للرئيس = ل + الرئيس.
            if p == lam, start + 1 < letters.count, letters[start + 1] == lam {
                add(start + 1, [alef])
            }
        }
        return variants
    }
}
