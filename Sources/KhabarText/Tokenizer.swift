/// What a token is.
public enum TokenKind: String, Sendable, Hashable, Codable {
    /// A run of letters (any script), possibly with inner apostrophes or hyphens in Latin text.
    case word
    /// A number in any digit set, with its decimal and thousands separators.
    case number
    /// Punctuation or a symbol.
    case punctuation
    /// A URL (`http://…`, `https://…`, `www.…`), up to the next whitespace, without trailing
    /// punctuation.
    case url
    /// A hashtag: `#` followed by letters, digits or `_` in any script (#ایران, #GDELT).
    case hashtag
    /// A mention: `@` followed by letters, digits, `_` or `.` (@IRNA_English).
    case mention
    /// An e-mail address.
    case email
}

/// A token: a range of scalars of a ``FoldedText`` and its kind.
public struct Token: Sendable, Hashable {
    /// The range in the folded text.
    public var range: Range<Int>
    /// What the token is.
    public var kind: TokenKind

    /// Creates a token.
    public init(range: Range<Int>, kind: TokenKind) {
        self.range = range
        self.kind = kind
    }
}

/// Splits folded text into words, numbers, punctuation, URLs, hashtags, mentions and e-mail
/// addresses.
///
/// Whitespace separates tokens and is not returned. Because ``FoldedText`` has already unified
/// the digit sets (۱۲٫۵ and ١٢٫٥ fold to 12.5, ٬ to `,`, ٪ to `%`), a number in any digit set is
/// one `.number` token, keeping an inner `.` or `,` followed by a digit (1,500, ۱٬۵۰۰ and 3.5);
/// a percentage is a number followed by the punctuation token `%` (۱۳٪, 13%, 13 درصد).
/// A word is a run of letters of any script (Persian, Arabic, Latin inserts such as ICT or
/// Putin, Cyrillic); since the folded text has no ZWNJ, می‌کنند is one word. `#`, `@`, URLs and
/// e-mail addresses make the kinds of the same names.
///
/// - Complexity: O(*n*) in the number of folded scalars.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// The tokens of `text`, in order.
    public func tokens(in text: FoldedText) -> [Token] {
        Tokenizer.wordScalars.withUnsafeBufferPointer { table in tokens(in: text, wordScalars: table) }
    }

    /// The tokens of `text`, with the table of ``isWordScalar(_:)`` at hand (read once, not once
    /// per scalar).
    private func tokens(in text: FoldedText, wordScalars table: UnsafeBufferPointer<Bool>) -> [Token] {
        @inline(__always) func isWord(_ scalar: Unicode.Scalar) -> Bool {
            let v = scalar.value
            if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
            return v < Tokenizer.wordScalarTableBound ? table[Int(v)] : Tokenizer.isWordScalarByRules(scalar)
        }
        let s = text.scalars
        // The scalars are read through a pointer in the loops over every scalar (no bounds
        // check: each read is behind `i < n`); the e-mail and URL readers get the array.
        return s.withUnsafeBufferPointer { buffer -> [Token] in
            guard let p = buffer.baseAddress else { return [] }
            let n = buffer.count
            var tokens: [Token] = []
            // Room for a token every four scalars: most texts fit at once (with one every five,
            // many outgrew the room and copied their tokens).
            tokens.reserveCapacity(n / 4)
            var i = 0
            while i < n {
                let scalar = p[i]
                if scalar == " " || scalar == "\n" {
                    i += 1
                    continue
                }
                let start = i
                // A URL starts with h or w (``urlEnd(_:from:)`` checks it too): most tokens skip the call.
                if scalar == "h" || scalar == "w", let end = Tokenizer.urlEnd(s, from: i) {
                    i = end
                    tokens.append(Token(range: start..<i, kind: .url))
                } else if (scalar == "#" || scalar == "@"), i + 1 < s.count, Tokenizer.isHandleScalar(s[i + 1]),
                          i == 0 || !Tokenizer.isWordScalar(s[i - 1]) {
                    i += 1
                    while i < s.count, Tokenizer.isHandleScalar(s[i]) || (scalar == "@" && s[i] == "." && i + 1 < s.count && Tokenizer.isHandleScalar(s[i + 1])) {
                        i += 1
                    }
                    tokens.append(Token(range: start..<i, kind: scalar == "#" ? .hashtag : .mention))
                } else if isWord(scalar) {
                    i += 1
                    while i < n, isWord(p[i]) { i += 1 }
                    // An e-mail address continues a word with `@` or a handle character; after
                    // anything else the word is a word, and needs no second scan.
                    if i < n, Tokenizer.mayContinueEmail(p[i]), let end = Tokenizer.emailEnd(s, from: start) {
                        i = end
                        tokens.append(Token(range: start..<i, kind: .email))
                    } else {
                        tokens.append(Token(range: start..<i, kind: .word))
                    }
                } else if Tokenizer.isHandleScalar(scalar), let end = Tokenizer.emailEnd(s, from: i) {
                    i = end
                    tokens.append(Token(range: start..<i, kind: .email))
                } else if Tokenizer.isDigit(scalar) {
                    i += 1
                    while i < n {
                        if Tokenizer.isDigit(p[i]) {
                            i += 1
                        } else if (p[i] == "." || p[i] == ","), i + 1 < n, Tokenizer.isDigit(p[i + 1]) {
                            i += 2
                        } else {
                            break
                        }
                    }
                    tokens.append(Token(range: start..<i, kind: .number))
                } else {
                    i += 1
                    tokens.append(Token(range: start..<i, kind: .punctuation))
                }
            }
            return tokens
        }
    }

    /// Whether a folded scalar is a digit (ASCII, since folding unifies the digit sets).
    @inline(__always)
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    @inline(__always)
    static func isHandleScalar(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || scalar == "_" || isWordScalar(scalar)
    }

    private static let urlPrefixes: [[Unicode.Scalar]] = ["http://", "https://", "www."].map { Array($0.unicodeScalars) }

    /// The end of a URL starting at `i`, if one does.
    static func urlEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard s[i] == "h" || s[i] == "w" else { return nil }
        guard urlPrefixes.contains(where: { prefix in
            i + prefix.count < s.count && zip(prefix, s[i..<(i + prefix.count)]).allSatisfy { $0 == $1 }
        }) else { return nil }
        var end = i
        while end < s.count, s[end] != " ", s[end] != "\n", s[end] != "«", s[end] != "»" { end += 1 }
        while end > i, ".,;:!?)]\"'،؛؟".unicodeScalars.contains(s[end - 1]) { end -= 1 }
        return end
    }

    /// Whether a scalar after a run of word scalars can belong to an e-mail address: what
    /// ``emailEnd(_:from:)`` reads before the `@`, or the `@` itself.
    @inline(__always)
    static func mayContinueEmail(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || scalar == "_" || scalar == "." || scalar == "-" || scalar == "+" || scalar == "@"
    }

    /// The end of an e-mail address starting at `i`, if one does.
    static func emailEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        var j = i
        while j < s.count, isHandleScalar(s[j]) || s[j] == "." || s[j] == "-" || s[j] == "+" { j += 1 }
        guard j < s.count, s[j] == "@", j > i else { return nil }
        var k = j + 1
        var dots = 0
        while k < s.count, isHandleScalar(s[k]) || s[k] == "-" || (s[k] == "." && k + 1 < s.count && isHandleScalar(s[k + 1])) {
            if s[k] == "." { dots += 1 }
            k += 1
        }
        return dots > 0 && k > j + 1 ? k : nil
    }

    /// Whether a scalar belongs to a word: a letter or a combining mark of any script.
    @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
        }
        // Up to the end of the Arabic block, one table read instead of the range checks and the
        // general category (which Arabic punctuation such as ، and « would otherwise look up).
        if v < wordScalarTableBound { return wordScalars[Int(v)] }
        return isWordScalarByRules(scalar)
    }

    /// The scalars below this bound read ``isWordScalar(_:)`` from ``wordScalars``.
    static let wordScalarTableBound: UInt32 = 0x0700

    /// ``isWordScalarByRules(_:)`` of every scalar below ``wordScalarTableBound``, computed once.
    static let wordScalars: [Bool] = (0..<wordScalarTableBound).map { isWordScalarByRules(Unicode.Scalar($0)!) }

    /// Whether a scalar belongs to a word, by the rules: ASCII letters, Arabic-script letters and
    /// marks, and any scalar whose general category is a letter or a combining mark.
    static func isWordScalarByRules(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
        }
        if ArabicScript.isLetter(scalar) || ArabicScript.isDiacritic(scalar) { return true }
        let category = scalar.properties.generalCategory
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark:
            return true
        default:
            return false
        }
    }
}
