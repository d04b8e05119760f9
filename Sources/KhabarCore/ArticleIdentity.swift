import Foundation

/// The stable identity of an article.
///
/// An article is identified by its `url` when the input gives one; otherwise by its outlet (from
/// metadata) and its text after a frozen, minimal canonicalisation: Unicode NFC, line endings
/// unified to `\n`, and surrounding whitespace removed. That canonicalisation never changes when
/// Khabar's normaliser improves, so identities survive upgrades: the same article read twice is
/// stored once, and the same text from two outlets is two articles.
///
/// An identity is the first 16 hexadecimal digits (64 bits) of a SHA-256 digest.
public enum ArticleIdentity {
    /// The identity of an article. `url` wins when it is non-empty.
    public static func id(url: String?, outlet: String?, text: String) -> String {
        if let url = url?.trimmingWhitespace(), !url.isEmpty {
            return digest("url\u{0}" + url)
        }
        let outletKey = outlet?.trimmingWhitespace() ?? ""
        return digest("text\u{0}" + outletKey + "\u{0}" + canonicalText(text))
    }

    /// The frozen canonical form of an article text used for its identity.
    ///
    /// - Important: Never change this function: identities of stored articles depend on it.
    public static func canonicalText(_ text: String) -> String {
        let unifiedLines = text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
        return unifiedLines.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func digest(_ key: String) -> String {
        String(SHA256.hexDigest(key.utf8).prefix(16))
    }
}
