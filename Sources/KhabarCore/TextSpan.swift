/// A half-open range of Unicode scalar offsets into an article's original text.
///
/// Every extracted item (a date, a name, a figure, a quote) carries one, so it can always be
/// traced back to the exact characters it came from. Offsets count Unicode scalars (code points),
/// as the CLI contract specifies, and `end` is exclusive.
public struct TextSpan: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The offset of the first scalar.
    public var start: Int
    /// The offset just past the last scalar.
    public var end: Int

    /// Creates a span; `start` must not exceed `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "A span cannot end (\(end)) before it starts (\(start)).")
        self.start = start
        self.end = end
    }

    /// The number of scalars covered.
    public var length: Int { end - start }

    /// Whether the span covers no scalar.
    public var isEmpty: Bool { start == end }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "[\(start), \(end))" }
}

/// A text held as an array of Unicode scalars, so spans can be sliced in O(1).
///
/// Stages work on scalars rather than `Character`s: it is faster, and it is what the offsets of
/// the CLI contract count.
public struct ScalarText: Sendable, Hashable {
    /// The scalars of the text, in order.
    public let scalars: [Unicode.Scalar]

    /// Splits `text` into its scalars.
    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Wraps scalars that are already split.
    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The number of scalars.
    public var count: Int { scalars.count }

    /// The original text of `span`, clamped to the text's bounds.
    public subscript(span: TextSpan) -> String {
        let lower = max(0, min(span.start, scalars.count))
        let upper = max(lower, min(span.end, scalars.count))
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[lower..<upper])
        return String(result)
    }

    /// The whole text as a `String`.
    public var string: String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }
}
