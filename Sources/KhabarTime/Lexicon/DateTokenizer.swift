import KhabarText

/// One token of folded text for the date grammar: a word, a run of digits, or one punctuation
/// scalar. Whitespace is not a token; it is recorded on the token after it.
struct DateToken: Equatable {
    enum Kind: UInt8, Equatable { case word, number, punctuation }

    /// The range in the folded text.
    var start: Int32
    var end: Int32
    var kind: Kind
    /// Whitespace stands between this token and the one before.
    var spaceBefore: Bool
    /// A line break stands between this token and the one before.
    var lineBefore: Bool
    /// The number of digits of a number token.
    var digits: UInt8
    /// The value of a number token (saturated at 99,999,999), or the scalar of a punctuation token.
    var value: UInt32
    /// The match key of a word or punctuation token.
    var key: UInt64
}

/// Splits folded text into the tokens the date grammar reads, and keys words for lexicon lookup.
///
/// The key of a word is the 64-bit FNV-1a hash of its scalars after a second, idempotent fold
/// (``DateKey/fold(_:)``), so the grammar keeps working whatever ``FoldedText`` leaves in place:
/// - Arabic yeh U+064A, alef maksura U+0649, yeh with hamza U+0626 → farsi yeh U+06CC
/// - Arabic kaf U+0643 → keheh U+06A9; teh marbuta U+0629, U+06C0, U+06C1, U+06D5 → heh U+0647
/// - alef with madda or hamza, alef wasla (U+0622, U+0623, U+0625, U+0671) → alef U+0627; U+0624 → waw
/// - ZWNJ U+200C, ZWJ U+200D, tatweel U+0640, harakat U+064B–U+065F, U+0670 → skipped inside a word
/// - Latin and Cyrillic capitals → lower case; ё → е
/// Digits of the three sets (Latin, Arabic-Indic, Persian) make number tokens.
///
/// - Complexity: O(*n*) in the number of folded scalars.
enum DateKey {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The folded code of a scalar inside a word, or 0 when the scalar is skipped.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v + 0x20 : v }
        switch v {
        case 0x064A, 0x0649, 0x0626: return 0x06CC
        case 0x0643: return 0x06A9
        case 0x0629, 0x06C0, 0x06C1, 0x06D5: return 0x0647
        case 0x0622, 0x0623, 0x0625, 0x0671: return 0x0627
        case 0x0624: return 0x0648
        case 0x200C, 0x200D, 0x0640, 0x064B...0x065F, 0x0670: return 0
        case 0x0410...0x042F: return v + 0x20
        case 0x0401, 0x0451: return 0x0435
        default: return v
        }
    }

    @inline(__always)
    static func mix(_ hash: UInt64, _ code: UInt32) -> UInt64 {
        var h = hash
        var c = code
        // Two bytes per code (all letters that matter are below U+10000).
        h = (h ^ UInt64(c & 0xFF)) &* prime
        c >>= 8
        h = (h ^ UInt64(c & 0xFFFF)) &* prime
        return h
    }

    /// Whether a folded scalar belongs to a word.
    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        if v >= 0x0400 && v <= 0x04FF { return true }
        if v == 0x200C || v == 0x200D || v == 0x0640 { return true }
        if v >= 0x00C0 && v <= 0x024F { return v != 0x00D7 && v != 0x00F7 }
        guard let scalar = Unicode.Scalar(v) else { return false }
        return ArabicScript.isLetter(scalar) || ArabicScript.isDiacritic(scalar)
    }

    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0xA0 || v == 0x2028 || v == 0x2029
            || (v >= 0x2000 && v <= 0x200A) || v == 0x202F || v == 0x3000
    }

    @inline(__always)
    static func isLineBreak(_ v: UInt32) -> Bool {
        v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029
    }

    /// The key of a word given as a string (for building the lexicon and in tests).
    static func key(ofWord word: some Sequence<Unicode.Scalar>) -> UInt64 {
        var hash = offsetBasis
        for scalar in word {
            let code = fold(scalar.value)
            if code != 0 { hash = mix(hash, code) }
        }
        return hash
    }

    // MARK: - Table-driven scan

    /// What a scalar is to the tokenizer, packed with its fold: the class in bits 0–2
    /// (``spaceClass``, ``lineBreakClass``, ``digitClass``, ``wordClass``, ``punctuationClass``),
    /// a digit's value in bits 3–6, and ``fold(_:)`` of the scalar from bit 8.
    typealias ScalarEntry = UInt32
    static let spaceClass: UInt32 = 0
    static let lineBreakClass: UInt32 = 1
    static let digitClass: UInt32 = 2
    static let wordClass: UInt32 = 3
    static let punctuationClass: UInt32 = 4

    /// The entry of any scalar, from the predicates above.
    static func entry(_ v: UInt32) -> ScalarEntry {
        let kind: UInt32
        var digit: UInt32 = 0
        if isSpace(v) {
            kind = isLineBreak(v) ? lineBreakClass : spaceClass
        } else if let scalar = Unicode.Scalar(v), let value = ArabicScript.digitValue(scalar) {
            kind = digitClass
            digit = UInt32(value)
        } else if isWordScalar(v) {
            kind = wordClass
        } else {
            kind = punctuationClass
        }
        return kind | digit << 3 | fold(v) << 8
    }

    /// The scalars below this bound (ASCII to the end of the Arabic block: nearly every scalar
    /// of the texts) read their entry from ``entries``.
    static let tableBound: UInt32 = 0x0700

    /// ``entry(_:)`` of every scalar below ``tableBound``, computed once from it.
    static let entries: [ScalarEntry] = (0..<tableBound).map { entry($0) }

    @inline(__always)
    static func entry(_ v: UInt32, _ table: UnsafeBufferPointer<ScalarEntry>) -> ScalarEntry {
        v < tableBound ? table[Int(v)] : entry(v)
    }

    /// Splits scalars into tokens: what ``tokensByRules(_:)`` returns, with each scalar
    /// classified and folded by one table read (for the scalars below ``tableBound``) instead of
    /// a chain of range checks.
    static func tokens(_ scalars: [Unicode.Scalar]) -> [DateToken] {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(scalars.count / 4)
        entries.withUnsafeBufferPointer { table in
            scalars.withUnsafeBufferPointer { s in
                var space = true
                var line = true
                var i = 0
                let n = s.count
                while i < n {
                    let e = entry(s[i].value, table)
                    let kind = e & 7
                    if kind <= lineBreakClass {
                        space = true
                        if kind == lineBreakClass { line = true }
                        i += 1
                        continue
                    }
                    let start = i
                    if kind == digitClass {
                        var value = (e >> 3) & 15
                        var digits = 1
                        i += 1
                        while i < n {
                            let d = entry(s[i].value, table)
                            guard d & 7 == digitClass else { break }
                            if value < 10_000_000 { value = value * 10 + ((d >> 3) & 15) } else { value = 99_999_999 }
                            digits += 1
                            i += 1
                        }
                        tokens.append(DateToken(
                            start: Int32(start), end: Int32(i), kind: .number, spaceBefore: space, lineBefore: line,
                            digits: UInt8(min(digits, 255)), value: value, key: 0))
                    } else if kind == wordClass {
                        var hash = offsetBasis
                        var w = e
                        while true {
                            let code = w >> 8
                            if code != 0 { hash = mix(hash, code) }
                            i += 1
                            guard i < n else { break }
                            w = entry(s[i].value, table)
                            guard w & 7 == wordClass else { break }
                        }
                        tokens.append(DateToken(
                            start: Int32(start), end: Int32(i), kind: .word, spaceBefore: space, lineBefore: line,
                            digits: 0, value: 0, key: hash))
                    } else {
                        i += 1
                        tokens.append(DateToken(
                            start: Int32(start), end: Int32(i), kind: .punctuation, spaceBefore: space, lineBefore: line,
                            digits: 0, value: s[start].value, key: mix(offsetBasis, e >> 8)))
                    }
                    space = false
                    line = false
                }
            }
        }
        return tokens
    }

    /// Splits scalars into tokens by the rules above, one predicate at a time: the reference
    /// that ``tokens(_:)`` is checked against.
    static func tokensByRules(_ scalars: [Unicode.Scalar]) -> [DateToken] {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(scalars.count / 4)
        var space = true
        var line = true
        var i = 0
        let n = scalars.count
        while i < n {
            let v = scalars[i].value
            if isSpace(v) {
                space = true
                if isLineBreak(v) { line = true }
                i += 1
                continue
            }
            let start = i
            if let digit = ArabicScript.digitValue(scalars[i]) {
                var value = UInt32(digit)
                var digits = 1
                i += 1
                while i < n, let d = ArabicScript.digitValue(scalars[i]) {
                    if value < 10_000_000 { value = value * 10 + UInt32(d) } else { value = 99_999_999 }
                    digits += 1
                    i += 1
                }
                tokens.append(DateToken(
                    start: Int32(start), end: Int32(i), kind: .number, spaceBefore: space, lineBefore: line,
                    digits: UInt8(min(digits, 255)), value: value, key: 0))
            } else if isWordScalar(v) {
                var hash = offsetBasis
                while i < n {
                    let w = scalars[i].value
                    guard isWordScalar(w) else { break }
                    let code = fold(w)
                    if code != 0 { hash = mix(hash, code) }
                    i += 1
                }
                tokens.append(DateToken(
                    start: Int32(start), end: Int32(i), kind: .word, spaceBefore: space, lineBefore: line,
                    digits: 0, value: 0, key: hash))
            } else {
                i += 1
                let code = fold(v)
                tokens.append(DateToken(
                    start: Int32(start), end: Int32(i), kind: .punctuation, spaceBefore: space, lineBefore: line,
                    digits: 0, value: v, key: mix(offsetBasis, code)))
            }
            space = false
            line = false
        }
        return tokens
    }
}
