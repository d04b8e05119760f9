/// A language Khabar can identify, as an ISO 639 code.
///
/// The codes are the ones the CLI contract and the JSON output use (`fa`, `ar`, …); `und` stands
/// for "undetermined" (too little text, or a script Khabar does not read).
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Persian (Farsi).
    case persian = "fa"
    /// Arabic.
    case arabic = "ar"
    /// Urdu.
    case urdu = "ur"
    /// Pashto.
    case pashto = "ps"
    /// Central Kurdish (Sorani).
    case kurdish = "ckb"
    /// English.
    case english = "en"
    /// Russian.
    case russian = "ru"
    /// Undetermined.
    case undetermined = "und"

    /// The ISO 639 code, as printed in JSON.
    public var code: String { rawValue }

    /// Creates a language from an ISO 639-1/639-3 code or a common English name, ignoring case.
    ///
    /// Returns `nil` for codes Khabar does not know, so callers can report the bad value.
    public init?(code: String) {
        let lowered = code.lowercased()
        switch lowered {
        case "fa", "fas", "per", "persian", "farsi": self = .persian
        case "ar", "ara", "arabic": self = .arabic
        case "ur", "urd", "urdu": self = .urdu
        case "ps", "pus", "pashto": self = .pashto
        case "ckb", "sorani", "kurdish": self = .kurdish
        case "en", "eng", "english": self = .english
        case "ru", "rus", "russian": self = .russian
        case "und", "": self = .undetermined
        default:
            // Accept region-qualified tags such as "fa-IR" or "ar_EG".
            if let separator = lowered.firstIndex(where: { $0 == "-" || $0 == "_" }),
               separator != lowered.startIndex {
                self.init(code: String(lowered[..<separator]))
            } else {
                return nil
            }
        }
    }

    /// Whether the language is written in the Arabic script.
    public var usesArabicScript: Bool {
        switch self {
        case .persian, .arabic, .urdu, .pashto, .kurdish: true
        case .english, .russian, .undetermined: false
        }
    }

    /// The first day of the week in news written in this language (Saturday in fa and ar text,
    /// Monday in en and ru), as an ISO weekday number (1 = Monday … 7 = Sunday).
    public var firstWeekday: Int {
        switch self {
        case .english, .russian: 1
        default: 6
        }
    }
}
