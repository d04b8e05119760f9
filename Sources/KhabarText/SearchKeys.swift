public import KhabarCore

/// The search-key form of a text: what the index stores and queries are turned into, so a query
/// in any spelling finds every spelling.
///
/// The chain, in order (Lucene's order: normalise before stop words and stems):
/// 1. ``FoldedText``: hamza, alef and teh marbuta folded, Arabic and Persian letter forms unified,
///    digits unified to ASCII, ZWNJ, diacritics and tatweel removed, Latin and Cyrillic lower-cased;
/// 2. ``Tokenizer``: punctuation dropped; numbers, URLs, hashtags, mentions kept as they are;
/// 3. ``StopWords``: the language's stop words dropped (Persian, Arabic);
/// 4. ``Stemmer``: the language's light stemmer (Persian, Arabic).
///
/// ```swift
/// SearchKeys(language: .persian).keys(for: "رئیس‌جمهور در بخش‌های گاز")  // "رییسجمهور بخش گاز"
/// ```
public struct SearchKeys: Sendable {
    /// The language whose rules apply.
    public var language: Language

    /// Creates a key maker for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The keys of `text`, separated by spaces.
    public func keys(for text: String) -> String {
        let folded = FoldedText(text)
        let stopWords = StopWords.lexicon(for: language)
        let stemmer = Stemmer()
        var keys: [String] = []
        for token in Tokenizer().tokens(in: folded) where token.kind != .punctuation {
            let form = folded.string(token.range)
            if token.kind == .word {
                if stopWords.contains(form) { continue }
                keys.append(stemmer.stem(form, language: language))
            } else {
                keys.append(form)
            }
        }
        return keys.joined(separator: " ")
    }
}
