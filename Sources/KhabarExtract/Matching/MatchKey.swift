import KhabarText

/// The key under which names, titles and cue words are matched: the folded text of
/// ``FoldedText`` with the letters that Arabic renderings of Persian names swap folded together.
///
/// On top of ``FoldedText``'s folding (yeh, kaf, teh marbuta, hamza carriers, digits, case,
/// ZWNJ removed), a match key maps:
/// - U+067E PEH → U+0628 BEH (پزشکیان = بزشكيان)
/// - U+0686 TCHEH → U+062C JEEM (چاووش‌اوغلو = جاويش أوغلو)
/// - U+0698 JEH → U+0632 ZAIN
/// - U+06AF GAF → U+06A9 KEHEH (گروسی = كروسي; Arabic has no gaf)
/// - U+0621 HAMZA (standalone) → removed (وزراء = وزرا)
///
/// Spaces are not part of a key: a phrase is matched as the concatenation of the keys of
/// consecutive tokens, so عشق آباد, عشقآباد and عشق‌آباد share one key.
enum MatchKey {
    static let beh: Unicode.Scalar = "\u{0628}"
    static let jeem: Unicode.Scalar = "\u{062C}"
    static let zain: Unicode.Scalar = "\u{0632}"
    static let peh: Unicode.Scalar = "\u{067E}"
    static let tcheh: Unicode.Scalar = "\u{0686}"
    static let jeh: Unicode.Scalar = "\u{0698}"
    static let gaf: Unicode.Scalar = "\u{06AF}"

    /// The key form of one folded scalar, or `nil` when it is dropped.
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        // Most scalars of a text are Arabic letters between hamza and peh, which stay: one
        // range check before the cases.
        if scalar.value > 0x0621 && scalar.value < 0x067E { return scalar }
        switch scalar.value {
        case 0x067E: return beh
        case 0x0686: return jeem
        case 0x0698: return zain
        case 0x06AF: return ArabicScript.keheh
        case 0x0621, 0x005F: return nil  // hamza; the underscore of hashtags (#دونالد_ترمب)
        default: return scalar
        }
    }

    /// The key of a phrase: its folded, key-folded scalars without spaces, split into the words
    /// it is made of (tokens of the ``Tokenizer``).
    static func words(of phrase: String) -> [[Unicode.Scalar]] {
        let folded = FoldedText(phrase)
        let tokens = Tokenizer().tokens(in: folded)
        return tokens.map { token in folded.scalars[token.range].compactMap(fold) }.filter { !$0.isEmpty }
    }

    /// The key of a phrase as one run of scalars (words concatenated).
    static func key(of phrase: String) -> [Unicode.Scalar] {
        words(of: phrase).flatMap { $0 }
    }
}

/// A polynomial hash over scalars whose value for a concatenation can be computed from the parts:
/// `h(a + b) = h(a) · P^|b| + h(b)` (wrapping arithmetic).
enum RollingHash {
    static let base: UInt64 = 1_099_511_628_211

    @inline(__always)
    static func append(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        hash &* base &+ UInt64(scalar.value) &+ 1
    }

    static func hash<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        var h: UInt64 = 0
        for s in scalars { h = append(h, s) }
        return h
    }

    /// `P^n`.
    static func power(_ n: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<n { result = result &* base }
        return result
    }
}
