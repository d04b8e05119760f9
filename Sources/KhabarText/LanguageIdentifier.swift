public import KhabarCore

/// Identifies the language of a text from its letters.
///
/// Arabic-script text is told apart by letters one language uses and the other does not
/// (پ چ ژ گ ک ی for Persian; ة ي ك ى and the article ال for Arabic; ٹ ڈ ڑ ے for Urdu; ټ ځ ښ ږ for
/// Pashto; ڵ ڕ ۆ ێ for Sorani Kurdish); Latin text is English and Cyrillic text Russian.
public struct LanguageIdentifier: Sendable {
    /// Creates an identifier.
    public init() {}

    /// The language of `text`, or ``Language/undetermined`` when there are too few letters.
    public func identify(_ text: ScalarText) -> Language {
        var arabicScript = 0, latin = 0, cyrillic = 0
        var persianOnly = 0, arabicOnly = 0, urduOnly = 0, pashtoOnly = 0, kurdishOnly = 0
        for scalar in text.scalars {
            let v = scalar.value
            switch v {
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x0600...0x06FF, 0xFB50...0xFEFF:
                arabicScript += 1
                switch v {
                case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC: persianOnly += 1
                case 0x0629, 0x064A, 0x0643, 0x0649: arabicOnly += 1
                case 0x0679, 0x0688, 0x0691, 0x06D2, 0x06BA: urduOnly += 1
                case 0x067C, 0x0681, 0x069A, 0x0696, 0x0689, 0x0693, 0x06BC: pashtoOnly += 1
                case 0x06B5, 0x0695, 0x06C6, 0x06CE: kurdishOnly += 1
                default: break
                }
            default: break
            }
        }
        let letters = arabicScript + latin + cyrillic
        guard letters >= 2 else { return .undetermined }
        if arabicScript >= latin, arabicScript >= cyrillic {
            let distinctive = arabicScript / 200 + 1
            if kurdishOnly >= distinctive, kurdishOnly * 4 >= persianOnly { return .kurdish }
            if pashtoOnly >= distinctive, pashtoOnly * 4 >= persianOnly { return .pashto }
            if urduOnly >= distinctive, urduOnly * 4 >= persianOnly { return .urdu }
            if persianOnly > arabicOnly { return .persian }
            if arabicOnly > 0 { return .arabic }
            return persianOnly > 0 ? .persian : .arabic
        }
        return cyrillic > latin ? .russian : .english
    }

    /// The language of `text`.
    public func identify(_ text: String) -> Language { identify(ScalarText(text)) }
}
