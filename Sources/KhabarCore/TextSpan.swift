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
    ///
    /// Decodes the UTF-8 storage directly, which is several times faster than iterating
    /// `unicodeScalars` (a `String`'s storage is always valid UTF-8).
    public init(_ text: String) {
        var text = text
        scalars = text.withUTF8 { utf8 -> [Unicode.Scalar] in
            // At most one scalar per byte, written straight into the array's buffer, read and
            // written through pointers: a `String`'s bytes are valid UTF-8, so every sequence
            // is whole and no bounds need checking.
            [Unicode.Scalar](reservedCapacity: utf8.count) { result, written in
                guard var p = utf8.baseAddress, let first = result.baseAddress else {
                    written = 0
                    return
                }
                let end = p + utf8.count
                var out = first
                while p < end {
                    let b0 = UInt32(p.pointee)
                    let value: UInt32
                    if b0 < 0x80 {
                        value = b0
                        p += 1
                    } else if b0 < 0xE0 {
                        value = (b0 & 0x1F) << 6 | UInt32(p[1] & 0x3F)
                        p += 2
                    } else if b0 < 0xF0 {
                        value = (b0 & 0x0F) << 12 | UInt32(p[1] & 0x3F) << 6 | UInt32(p[2] & 0x3F)
                        p += 3
                    } else {
                        value = (b0 & 0x07) << 18 | UInt32(p[1] & 0x3F) << 12
                            | UInt32(p[2] & 0x3F) << 6 | UInt32(p[3] & 0x3F)
                        p += 4
                    }
                    // Valid UTF-8 decodes to valid scalars only: no check is needed.
                    out.initialize(to: unsafeBitCast(value, to: Unicode.Scalar.self))
                    out += 1
                }
                written = out - first
            }
        }
    }

    /// Decodes `utf8` straight into scalars when it is valid UTF-8 without a NUL byte, checking
    /// each sequence as it goes (well-formed per Unicode: no overlong forms, surrogates or values
    /// past U+10FFFF); `nil` otherwise, for the caller to read the bytes as a `String` instead.
    /// A stored text read this way skips making a `String` only to split it.
    public init?(validatingUTF8 utf8: UnsafeRawBufferPointer) {
        var valid = true
        let scalars = [Unicode.Scalar](reservedCapacity: utf8.count) { result, written in
            written = 0
            guard let base = utf8.baseAddress?.assumingMemoryBound(to: UInt8.self), let first = result.baseAddress else { return }
            let count = utf8.count
            var i = 0
            var out = first
            @inline(__always) func continuation(_ offset: Int) -> UInt32? {
                guard offset < count else { return nil }
                let byte = base[offset]
                return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
            }
            while i < count {
                let b0 = UInt32(base[i])
                let value: UInt32
                if b0 < 0x80 {
                    guard b0 != 0 else { valid = false; break }
                    value = b0
                    i += 1
                } else if b0 >= 0xC2 && b0 <= 0xDF {
                    guard let c1 = continuation(i + 1) else { valid = false; break }
                    value = (b0 & 0x1F) << 6 | c1
                    i += 2
                } else if b0 >= 0xE0 && b0 <= 0xEF {
                    guard let c1 = continuation(i + 1), let c2 = continuation(i + 2) else { valid = false; break }
                    value = (b0 & 0x0F) << 12 | c1 << 6 | c2
                    // Not overlong (below U+0800), not a surrogate.
                    guard value >= 0x800, value < 0xD800 || value > 0xDFFF else { valid = false; break }
                    i += 3
                } else if b0 >= 0xF0 && b0 <= 0xF4 {
                    guard let c1 = continuation(i + 1), let c2 = continuation(i + 2), let c3 = continuation(i + 3) else {
                        valid = false
                        break
                    }
                    value = (b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
                    guard value >= 0x10000, value <= 0x10FFFF else { valid = false; break }
                    i += 4
                } else {
                    valid = false
                    break
                }
                out.initialize(to: unsafeBitCast(value, to: Unicode.Scalar.self))
                out += 1
            }
            // Scalars are trivial: on invalid input nothing needs deinitialising.
            written = valid ? out - first : 0
        }
        guard valid else { return nil }
        self.scalars = scalars
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
        return ScalarText.string(scalars[lower..<upper])
    }

    /// The whole text as a `String`.
    public var string: String {
        ScalarText.string(scalars[...])
    }

    /// `scalars` as a `String`, encoded to UTF-8 in one pass into a buffer of the exact size
    /// (appending scalars to a `String.UnicodeScalarView` one by one costs several times more).
    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var count = 0
        for scalar in scalars {
            let v = scalar.value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var p = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[p] = UInt8(v)
                    p += 1
                } else if v < 0x800 {
                    buffer[p] = UInt8(0xC0 | (v >> 6))
                    buffer[p + 1] = UInt8(0x80 | (v & 0x3F))
                    p += 2
                } else if v < 0x10000 {
                    buffer[p] = UInt8(0xE0 | (v >> 12))
                    buffer[p + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[p + 2] = UInt8(0x80 | (v & 0x3F))
                    p += 3
                } else {
                    buffer[p] = UInt8(0xF0 | (v >> 18))
                    buffer[p + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[p + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[p + 3] = UInt8(0x80 | (v & 0x3F))
                    p += 4
                }
            }
            return p
        }
    }
}
