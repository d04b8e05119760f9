/// Named code points of the Arabic script, so the rules read as rules rather than hex.
///
/// Names follow the Unicode character names (Unicode 15, block Arabic U+0600–U+06FF).
public enum ArabicScript {
    /// U+0621 ARABIC LETTER HAMZA.
    public static let hamza: Unicode.Scalar = "\u{0621}"
    /// U+0622 (ALEF WITH MADDA ABOVE).
    public static let alefWithMaddaAbove: Unicode.Scalar = "\u{0622}"
    /// U+0623 (ALEF WITH HAMZA ABOVE).
    public static let alefWithHamzaAbove: Unicode.Scalar = "\u{0623}"
    /// U+0624 (WAW WITH HAMZA ABOVE).
    public static let wawWithHamzaAbove: Unicode.Scalar = "\u{0624}"
    /// U+0625 (ALEF WITH HAMZA BELOW).
    public static let alefWithHamzaBelow: Unicode.Scalar = "\u{0625}"
    /// U+0626 (YEH WITH HAMZA ABOVE).
    public static let yehWithHamzaAbove: Unicode.Scalar = "\u{0626}"
    /// U+0627 (ALEF).
    public static let alef: Unicode.Scalar = "\u{0627}"
    /// U+0629 (TEH MARBUTA).
    public static let tehMarbuta: Unicode.Scalar = "\u{0629}"
    /// U+0640 (TATWEEL).
    public static let tatweel: Unicode.Scalar = "\u{0640}"
    /// U+0643 (ARABIC KAF).
    public static let arabicKaf: Unicode.Scalar = "\u{0643}"
    /// U+0647 (HEH).
    public static let heh: Unicode.Scalar = "\u{0647}"
    /// U+0648 (WAW).
    public static let waw: Unicode.Scalar = "\u{0648}"
    /// U+0649 (ALEF MAKSURA).
    public static let alefMaksura: Unicode.Scalar = "\u{0649}"
    /// U+064A (ARABIC YEH).
    public static let arabicYeh: Unicode.Scalar = "\u{064A}"
    /// U+066A (ARABIC PERCENT SIGN).
    public static let arabicPercentSign: Unicode.Scalar = "\u{066A}"
    /// U+066B (ARABIC DECIMAL SEPARATOR).
    public static let arabicDecimalSeparator: Unicode.Scalar = "\u{066B}"
    /// U+066C (ARABIC THOUSANDS SEPARATOR).
    public static let arabicThousandsSeparator: Unicode.Scalar = "\u{066C}"
    /// U+0670 (SUPERSCRIPT ALEF).
    public static let superscriptAlef: Unicode.Scalar = "\u{0670}"
    /// U+0671 (ALEF WASLA).
    public static let alefWasla: Unicode.Scalar = "\u{0671}"
    /// U+06A9 (KEHEH).
    public static let keheh: Unicode.Scalar = "\u{06A9}"
    /// U+06BE (HEH DOACHASHMEE).
    public static let hehDoachashmee: Unicode.Scalar = "\u{06BE}"
    /// U+06C0 (HEH WITH YEH ABOVE).
    public static let hehWithYehAbove: Unicode.Scalar = "\u{06C0}"
    /// U+06C1 (HEH GOAL).
    public static let hehGoal: Unicode.Scalar = "\u{06C1}"
    /// U+06CC (FARSI YEH).
    public static let farsiYeh: Unicode.Scalar = "\u{06CC}"
    /// U+06D2 (YEH BARREE).
    public static let yehBarree: Unicode.Scalar = "\u{06D2}"
    /// U+060C (ARABIC COMMA).
    public static let arabicComma: Unicode.Scalar = "\u{060C}"
    /// U+061B (ARABIC SEMICOLON).
    public static let arabicSemicolon: Unicode.Scalar = "\u{061B}"
    /// U+061F (ARABIC QUESTION MARK).
    public static let arabicQuestionMark: Unicode.Scalar = "\u{061F}"
    /// U+061C (ARABIC LETTER MARK).
    public static let arabicLetterMark: Unicode.Scalar = "\u{061C}"
    /// U+200C (ZERO WIDTH NON JOINER).
    public static let zeroWidthNonJoiner: Unicode.Scalar = "\u{200C}"
    /// U+200D (ZERO WIDTH JOINER).
    public static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"
    /// U+0653 ARABIC MADDAH ABOVE (combining).
    public static let maddahAbove: Unicode.Scalar = "\u{0653}"
    /// U+0654 ARABIC HAMZA ABOVE (combining).
    public static let hamzaAbove: Unicode.Scalar = "\u{0654}"
    /// U+0655 ARABIC HAMZA BELOW (combining).
    public static let hamzaBelow: Unicode.Scalar = "\u{0655}"
    /// U+06D5 ARABIC LETTER AE (Kurdish and Uyghur final heh).
    public static let ae: Unicode.Scalar = "\u{06D5}"
    /// U+066A ARABIC PERCENT SIGN is ``arabicPercentSign``; U+0025 PERCENT SIGN.
    public static let percentSign: Unicode.Scalar = "%"
    /// U+00AB LEFT-POINTING DOUBLE ANGLE QUOTATION MARK («), the Persian and Arabic opening quote.
    public static let leftGuillemet: Unicode.Scalar = "\u{00AB}"
    /// U+00BB RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK (»), the closing quote.
    public static let rightGuillemet: Unicode.Scalar = "\u{00BB}"
    /// U+0698 ARABIC LETTER JEH (ژ), Persian only.
    public static let jeh: Unicode.Scalar = "\u{0698}"
    /// U+067E ARABIC LETTER PEH (پ), Persian only.
    public static let peh: Unicode.Scalar = "\u{067E}"
    /// U+0686 ARABIC LETTER TCHEH (چ), Persian only.
    public static let tcheh: Unicode.Scalar = "\u{0686}"
    /// U+06AF ARABIC LETTER GAF (گ), Persian only.
    public static let gaf: Unicode.Scalar = "\u{06AF}"

    /// Whether a letter joins to the following letter (is dual-joining), so that a ZWNJ after it
    /// is visible. The right-joining letters ا آ أ إ ٱ د ذ ر ز ژ و ؤ ة ۀ ە and hamza ء are not.
    @inline(__always)
    public static func joinsToFollowing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062F, 0x0630, 0x0631, 0x0632,
             0x0648, 0x0671, 0x0698, 0x06C0, 0x06D5, 0x06C4...0x06CB, 0x0688...0x0699:
            return false
        default:
            return isLetter(scalar)
        }
    }

    /// Whether the scalar is a decimal digit of the Latin, Arabic-Indic or Persian set.
    @inline(__always)
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x30...0x39).contains(v) || (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v)
    }

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
