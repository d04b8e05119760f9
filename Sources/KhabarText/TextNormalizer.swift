public import KhabarCore

/// A normalised text with a map from every output scalar back to the original.
public struct NormalizedText: Sendable, Hashable {
    /// The normalised scalars.
    public let scalars: [Unicode.Scalar]
    /// For each normalised scalar, the offset of the original scalar it came from.
    public let origins: [Int]

    /// Creates a normalised text from its scalars and their origins (equal counts).
    public init(scalars: [Unicode.Scalar], origins: [Int]) {
        precondition(scalars.count == origins.count, "Every normalised scalar needs an origin.")
        self.scalars = scalars
        self.origins = origins
    }

    /// The number of normalised scalars.
    public var count: Int { scalars.count }

    /// The span of the original text that a range of normalised scalars came from.
    ///
    /// An empty range maps to an empty span at the original position of its lower bound.
    public func originalSpan(of range: Range<Int>, originalCount: Int) -> TextSpan {
        if range.isEmpty {
            let start = range.lowerBound < origins.count ? origins[range.lowerBound] : originalCount
            return TextSpan(start: start, end: start)
        }
        let lower = origins[range.lowerBound]
        let upper = origins[range.upperBound - 1] + 1
        return TextSpan(start: min(lower, upper - 1), end: max(upper, lower + 1))
    }

    /// The normalised text as a `String`.
    public var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}

/// Produces the display form of a text: what `khabar normalize` prints.
///
/// The display form is ``CharacterNormalizer`` (letter forms unified for the text's language,
/// diacritics, tatweel, bidi and stray zero-width controls removed, spacing fixed) followed, for
/// Persian, by ``ZWNJRestorer``. It keeps digits and hamza forms as written, so it never changes
/// meaning, and it keeps a map from every output scalar back to the original.
///
/// ```swift
/// TextNormalizer(language: .persian).normalize("رئيسجمهور ايران ميگويد")  // "رئیس‌جمهور ایران می‌گوید"
/// TextNormalizer(language: .arabic).normalize("رئيس الجمهوريّة")            // "رئيس الجمهورية"
/// ```
///
/// - Complexity: O(*n*) in the number of scalars.
public struct TextNormalizer: Sendable {
    /// The language whose orthography applies.
    public var language: Language

    /// Creates a normaliser for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The display form of `text`, with its offset map.
    public func normalize(_ text: ScalarText) -> NormalizedText {
        let characters = CharacterNormalizer(language: language).normalize(text)
        guard language == .persian else { return characters }
        return ZWNJRestorer().restore(characters)
    }

    /// The display form of `text`.
    ///
    /// The fast path for whole articles: both steps work on UTF-8 bytes and keep no offset map.
    /// The result equals `normalize(ScalarText(text)).string`.
    public func normalize(_ text: String) -> String {
        let characters = CharacterNormalizer(language: language)
        guard language == .persian else { return characters.normalize(text) }
        let restorer = ZWNJRestorer()
        var text = text
        let changed: String? = text.withUTF8 { input in
            let bytes = characters.normalizedBytes(utf8: input)
            return bytes.withUnsafeBufferPointer { normalized in
                let edits = RestorerPass.edits(in: UTF8Units(bytes: normalized), table: restorer.lexicon.table)
                if !edits.isEmpty { return RestorerPass.apply(edits, toUTF8: normalized) }
                return UTF8Bytes.equal(normalized, input) ? nil : String(decoding: normalized, as: UTF8.self)
            }
        }
        // A text that needs no change comes back as the same string, not a copy.
        return changed ?? text
    }
}
