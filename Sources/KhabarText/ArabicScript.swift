/// Named code points of the Arabic script, so the rules read as rules rather than hex.
public enum ArabicScript {
    public static let hamza: Unicode.Scalar = "\u{0621}"
    public static let alefWithMaddaAbove: Unicode.Scalar = "\u{0622}"
    public static let alefWithHamzaAbove: Unicode.Scalar = "\u{0623}"
    public static let wawWithHamzaAbove: Unicode.Scalar = "\u{0624}"
    public static let alefWithHamzaBelow: Unicode.Scalar = "\u{0625}"
    public static let yehWithHamzaAbove: Unicode.Scalar = "\u{0626}"
    public static let alef: Unicode.Scalar = "\u{0627}"
    public static let tehMarbuta: Unicode.Scalar = "\u{0629}"
    public static let tatweel: Unicode.Scalar = "\u{0640}"
    public static let arabicKaf: Unicode.Scalar = "\u{0643}"
    public static let heh: Unicode.Scalar = "\u{0647}"
    public static let waw: Unicode.Scalar = "\u{0648}"
    public static let alefMaksura: Unicode.Scalar = "\u{0649}"
    public static let arabicYeh: Unicode.Scalar = "\u{064A}"
    public static let arabicPercentSign: Unicode.Scalar = "\u{066A}"
    public static let arabicDecimalSeparator: Unicode.Scalar = "\u{066B}"
    public static let arabicThousandsSeparator: Unicode.Scalar = "\u{066C}"
    public static let superscriptAlef: Unicode.Scalar = "\u{0670}"
    public static let alefWasla: Unicode.Scalar = "\u{0671}"
    public static let keheh: Unicode.Scalar = "\u{06A9}"
    public static let hehDoachashmee: Unicode.Scalar = "\u{06BE}"
    public static let hehWithYehAbove: Unicode.Scalar = "\u{06C0}"
    public static let hehGoal: Unicode.Scalar = "\u{06C1}"
    public static let farsiYeh: Unicode.Scalar = "\u{06CC}"
    public static let yehBarree: Unicode.Scalar = "\u{06D2}"
    public static let arabicComma: Unicode.Scalar = "\u{060C}"
    public static let arabicSemicolon: Unicode.Scalar = "\u{061B}"
    public static let arabicQuestionMark: Unicode.Scalar = "\u{061F}"
    public static let arabicLetterMark: Unicode.Scalar = "\u{061C}"
    public static let zeroWidthNonJoiner: Unicode.Scalar = "\u{200C}"
    public static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"

    /// The value of a decimal digit in the Latin (0–9), Arabic-Indic (٠–٩) or Extended
    /// Arabic-Indic / Persian (۰–۹) set, or `nil`.
    @inline(__always)
    public static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        let v = scalar.value
        switch v {
        case 0x30...0x39: return Int(v - 0x30)
        case 0x0660...0x0669: return Int(v - 0x0660)
        case 0x06F0...0x06F9: return Int(v - 0x06F0)
        default: return nil
        }
    }

    /// Whether the scalar is an Arabic-script harakat or other combining mark that does not change
    /// the letters of a word (fathatan … sukun, superscript alef, Quranic annotation marks).
    @inline(__always)
    public static func isDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x064B...0x065F).contains(v) || v == 0x0670 || (0x06D6...0x06DC).contains(v)
            || (0x06DF...0x06E4).contains(v) || (0x06E7...0x06E8).contains(v) || (0x06EA...0x06ED).contains(v)
            || (0x0610...0x061A).contains(v)
    }

    /// Whether the scalar is a letter of the Arabic script (base letters, extended letters for
    /// Persian, Urdu, Pashto and Kurdish, and presentation forms).
    @inline(__always)
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x0620...0x064A).contains(v) || (0x066E...0x066F).contains(v) || (0x0671...0x06D3).contains(v)
            || v == 0x06D5 || (0x06EE...0x06EF).contains(v) || (0x06FA...0x06FC).contains(v) || v == 0x06FF
            || (0x0750...0x077F).contains(v) || (0x08A0...0x08C9).contains(v)
            || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v)
    }

    /// Whether the scalar is an invisible formatting control that carries no letters: bidi marks,
    /// embeddings and isolates, zero-width space and joiner, the byte order mark, soft hyphen.
    /// ZWNJ is *not* included: in Persian it is part of the spelling.
    @inline(__always)
    public static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x200D, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069,
             0xFEFF, 0x00AD, 0x061C:
            return true
        default:
            return false
        }
    }
}
