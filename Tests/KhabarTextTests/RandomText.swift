import KhabarTestSupport

/// Random and adversarial text for property tests: Persian and Arabic letters, marks, controls,
/// ZWNJ, spaces, punctuation, digits of three sets, presentation forms, Latin, and a few random
/// scalars from anywhere in Unicode.
enum RandomText {
    static let pieces: [String] = [
        "می", "ها", "های", "رئیس", "جمهور", "بین", "المللی", "خانه", "ای", "کتاب", "علي", "كتاب", "ة", "ى",
        "\u{200C}", "\u{200C}\u{200C}", " ", "  ", "\n", "\r\n", "\t", "\u{00A0}", "،", "؛", "؟", "«", "»", ".",
        ":", "!", "۱۲", "٣٤", "56", "٫", "٬", "٪", "\u{064E}", "\u{0651}", "\u{0653}", "\u{0654}", "\u{0655}",
        "ـ", "\u{200F}", "\u{202B}", "\u{FEFF}", "\u{200D}", "\u{FEFC}", "\u{FDF2}", "ا", "و", "ه", "ی", "ک",
        "Tehran", "Путин", "http://x.ir/a", "#ایران", "آ", "ئ", "ؤ",
    ]

    static func mixed(using rng: inout SplitMix64, length: Int) -> String {
        var text = ""
        for _ in 0..<length {
            if rng.next() % 10 == 0 {
                let value = UInt32(truncatingIfNeeded: rng.next() % 0x10FFFF)
                if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
            } else {
                text += pieces[Int(rng.next() % UInt64(pieces.count))]
            }
        }
        return text
    }
}
