/// What a token is.
public enum TokenKind: String, Sendable, Hashable, Codable {
    /// A run of letters (any script), possibly with inner apostrophes or hyphens in Latin text.
    case word
    /// A number in any digit set, with its decimal and thousands separators.
    case number
    /// Punctuation or a symbol.
    case punctuation
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

/// Splits folded text into words, numbers and punctuation.
///
/// Whitespace separates tokens and is not returned. A number keeps an inner `.` or `,` followed by
/// a digit (1,500 and 3.5 are one token each).
///
/// - Complexity: O(*n*) in the number of folded scalars.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// The tokens of `text`, in order.
    public func tokens(in text: FoldedText) -> [Token] {
        let s = text.scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        var i = 0
        while i < s.count {
            let scalar = s[i]
            if scalar == " " || scalar == "\n" {
                i += 1
                continue
            }
            let start = i
            if Tokenizer.isDigit(scalar) {
                i += 1
                while i < s.count {
                    if Tokenizer.isDigit(s[i]) {
                        i += 1
                    } else if (s[i] == "." || s[i] == ","), i + 1 < s.count, Tokenizer.isDigit(s[i + 1]) {
                        i += 2
                    } else {
                        break
                    }
                }
                tokens.append(Token(range: start..<i, kind: .number))
            } else if Tokenizer.isWordScalar(scalar) {
                i += 1
                while i < s.count, Tokenizer.isWordScalar(s[i]) { i += 1 }
                tokens.append(Token(range: start..<i, kind: .word))
            } else {
                i += 1
                tokens.append(Token(range: start..<i, kind: .punctuation))
            }
        }
        return tokens
    }

    @inline(__always)
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
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
