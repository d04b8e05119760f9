/// An immutable set of entries read from a one-entry-per-line resource file.
///
/// Resource files are UTF-8, one entry per line; lines starting with `#` are comments (the first
/// ones give the source and licence) and blank lines are ignored. A loader can pass every entry
/// through the same normaliser the text goes through, so lookups compare like with like.
///
/// ```swift
/// let stopWords = Lexicon(["و", "در", "به"])
/// stopWords.contains("در")   // true
/// ```
public struct Lexicon: Sendable, Hashable {
    /// The entries, after normalisation.
    public let entries: Set<String>

    /// Creates a lexicon from literal entries (tests build them this way, without any bundle).
    public init(_ entries: some Sequence<String>) {
        self.entries = Set(entries)
    }

    /// Parses the content of a lexicon file, normalising each entry with `normalize`.
    ///
    /// Entries that normalise to an empty string are dropped.
    public init(parsing content: String, normalizedBy normalize: (String) -> String = { $0 }) {
        var entries = Set<String>()
        for line in Lexicon.lines(of: content) {
            let entry = normalize(String(line))
            if !entry.isEmpty { entries.insert(entry) }
        }
        self.entries = entries
    }

    /// Whether `entry` is in the lexicon.
    public func contains(_ entry: String) -> Bool { entries.contains(entry) }

    /// The number of entries.
    public var count: Int { entries.count }

    /// The data lines of a resource file: trimmed, without comments and blank lines.
    public static func lines(of content: String) -> [Substring] {
        content.split(whereSeparator: \.isNewline).compactMap { raw in
            let line = raw.trimmingWhitespace()
            return line.isEmpty || line.hasPrefix("#") ? nil : line
        }
    }
}

extension Substring {
    /// The substring without leading and trailing whitespace.
    public func trimmingWhitespace() -> Substring {
        // Nothing to trim when the first and last scalars are printable ASCII or Arabic letters:
        // a character is white space when its first scalar is, the first character starts with
        // the first scalar, and no such last scalar joins a character started before it except
        // after a prepended mark (U+0600…), which is no white space either. Reading characters
        // at both ends runs the grapheme rules, which cost more than the rest of a short field.
        if let first = unicodeScalars.first, let last = unicodeScalars.last,
           Substring.isPlainEdge(first), Substring.isPlainEdge(last) {
            return self
        }
        return trimmingWhitespaceByCharacters()
    }

    /// Printable ASCII, or an Arabic letter (U+0621–U+064A: no combining mark).
    @inline(__always)
    static func isPlainEdge(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x21 && v <= 0x7E) || (v >= 0x0621 && v <= 0x064A)
    }

    /// ``trimmingWhitespace()`` by characters, always (the oracle of its tests).
    func trimmingWhitespaceByCharacters() -> Substring {
        var lower = startIndex
        var upper = endIndex
        while lower < upper, self[lower].isWhitespace { lower = index(after: lower) }
        while upper > lower, self[index(before: upper)].isWhitespace { upper = index(before: upper) }
        return self[lower..<upper]
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    public func trimmingWhitespace() -> String {
        let trimmed = self[...].trimmingWhitespace()
        // Nothing to trim (the usual case): the string itself, not a copy of its bytes.
        return trimmed.startIndex == startIndex && trimmed.endIndex == endIndex ? self : String(trimmed)
    }
}
