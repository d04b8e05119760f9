import Foundation

/// Reads the usual JSON Lines record fast: one object whose values are all strings or `null`.
///
/// Anything else — a number, a boolean, an array or object value, a repeated key, more than
/// ``maximumFields`` fields, a control
/// character or `\u0000` in a string, a lone surrogate, an unknown escape, text after the object —
/// gives `nil`, and the caller parses the line with `JSONSerialization` as before. So does a
/// string with U+FEFF ZERO WIDTH NO-BREAK SPACE in it, raw or escaped: `JSONSerialization` drops
/// some of those (not all), and article ids and offsets must stay what they were. So the result,
/// when there is one, is what `JSONSerialization` returns (strings as `String`, `null` as
/// `NSNull`), at a fraction of its cost: it was the largest part of reading an article. The
/// fields come as a list of keys and strings (``fields(_:wide:)``), which the record parser reads
/// without the dictionary of `Any` and the casts out of it.
///
/// Strings are checked to be valid UTF-8 as they are read, and everything outside them must be
/// ASCII, so a record it reads is valid UTF-8 as a whole; invalid bytes give `nil`.
///
/// - Complexity: O(*n*) in the number of bytes.
enum FlatJSONObject {
    /// A field of a record: its key, and its string value (`nil` for `null`).
    typealias Field = (key: String, value: String?)

    /// The most fields a record read here may have: keys are told apart by comparing each with
    /// those before it, which is faster than a dictionary for the few a record has; a record
    /// with more is left to the slow path.
    static let maximumFields = 32

    /// The fields of the object in `bytes`, in order, or `nil` when it is not a flat object of
    /// strings and nulls (keys distinct, at most ``maximumFields``), or not valid UTF-8.
    ///
    /// With `wide` false, strings are scanned byte by byte only (the oracle of the tests for the
    /// 8-byte scan).
    static func fields(_ bytes: [UInt8], wide: Bool = true) -> [Field]? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer, wide: wide)
            return reader.object()
        }
    }

    /// The object in `bytes` as `JSONSerialization` gives it (strings as `String`, `null` as
    /// `NSNull`), or `nil` as for ``fields(_:wide:)``.
    static func parse(_ bytes: [UInt8], wide: Bool = true) -> [String: Any]? {
        guard let fields = fields(bytes, wide: wide) else { return nil }
        var result: [String: Any] = [:]
        for field in fields { result[field.key] = field.value.map { $0 as Any } ?? NSNull() }
        return result
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let wide: Bool
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>, wide: Bool) {
            self.bytes = bytes
            self.wide = wide
        }

        /// Whether any of the 8 bytes from `index` (all within the buffer) is one a string's
        /// scan must stop at: a control character, a quote, a backslash or 0xEF. Tested on the
        /// 8 bytes at once (SWAR): a byte is zero in `x ^ c` where it equals `c`, and
        /// `(x - 0x01…) & ~x & 0x80…` is nonzero exactly when some byte of `x` is zero;
        /// `(x - 0x20…) & ~x & 0x80…` likewise when some byte is below 0x20.
        @inline(__always)
        func mayStop(at index: Int) -> Bool {
            let x = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            @inline(__always) func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
            return (x &- 0x20 &* ones) & ~x & highs != 0
                || hasZero(x ^ (0x22 &* ones)) || hasZero(x ^ (0x5C &* ones)) || hasZero(x ^ (0xEF &* ones))
        }

        mutating func skipWhitespace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x09, 0x0A, 0x0D: i += 1
                default: return
                }
            }
        }

        mutating func consume(_ byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        mutating func object() -> [Field]? {
            skipWhitespace()
            guard consume(UInt8(ascii: "{")) else { return nil }
            var result: [Field] = []
            // Room for the usual record's fields at once, rather than growing from one.
            result.reserveCapacity(8)
            skipWhitespace()
            if consume(UInt8(ascii: "}")) { return atEnd() ? result : nil }
            while true {
                skipWhitespace()
                guard consume(UInt8(ascii: "\"")), let key = string() else { return nil }
                skipWhitespace()
                guard consume(UInt8(ascii: ":")) else { return nil }
                skipWhitespace()
                let value: String?
                if consume(UInt8(ascii: "\"")) {
                    guard let string = string() else { return nil }
                    value = string
                } else if literalNull() {
                    value = nil
                } else {
                    return nil
                }
                // A repeated key, or more fields than are compared this way: the slow path.
                guard result.count < FlatJSONObject.maximumFields, !result.contains(where: { $0.key == key }) else { return nil }
                result.append((key, value))
                skipWhitespace()
                if consume(UInt8(ascii: ",")) { continue }
                guard consume(UInt8(ascii: "}")) else { return nil }
                return atEnd() ? result : nil
            }
        }

        mutating func atEnd() -> Bool {
            skipWhitespace()
            return i == bytes.count
        }

        mutating func literalNull() -> Bool {
            guard i + 4 <= bytes.count, bytes[i] == UInt8(ascii: "n"), bytes[i + 1] == UInt8(ascii: "u"),
                  bytes[i + 2] == UInt8(ascii: "l"), bytes[i + 3] == UInt8(ascii: "l") else { return false }
            i += 4
            return true
        }

        /// The string after an opening quote, through its closing quote.
        mutating func string() -> String? {
            // Runs of plain bytes are scanned in a tight loop that stops only at a quote, a
            // backslash, a control character or 0xEF (which may begin U+FEFF). Without escapes
            // the string is the bytes between the quotes; with them, the runs and the unescaped
            // characters are copied into `utf8`.
            var utf8: [UInt8] = []
            var escaped = false
            var runStart = i
            var j = i
            let end = bytes.count
            // Bytes before this index were found plain, or are being read one by one after a
            // chunk of 8 that was not.
            var byteByByteUntil = wide ? j : end
            while j < end {
                if j >= byteByByteUntil {
                    // 8 bytes at a time while none of them needs a look (most of a text).
                    while j + 8 <= end, !mayStop(at: j) { j += 8 }
                    byteByByteUntil = j + 8
                    guard j < end else { break }
                }
                let byte = bytes[j]
                if byte > UInt8(ascii: "\\") && byte != 0xEF {
                    j += 1
                    continue
                }
                if byte == UInt8(ascii: "\"") {
                    i = j + 1
                    let run = UnsafeBufferPointer(rebasing: bytes[runStart..<j])
                    guard escaped else { return String(validating: run, as: UTF8.self) }
                    // Runs end at ASCII bytes, so no multi-byte sequence is split between them.
                    utf8.append(contentsOf: run)
                    return String(validating: utf8, as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") {
                    if !escaped {
                        escaped = true
                        utf8.reserveCapacity(end - runStart)
                    }
                    utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<j]))
                    j += 1
                    guard j < end else { return nil }
                    let escape = bytes[j]
                    j += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                    case UInt8(ascii: "b"): utf8.append(0x08)
                    case UInt8(ascii: "f"): utf8.append(0x0C)
                    case UInt8(ascii: "n"): utf8.append(0x0A)
                    case UInt8(ascii: "r"): utf8.append(0x0D)
                    case UInt8(ascii: "t"): utf8.append(0x09)
                    case UInt8(ascii: "u"):
                        i = j
                        guard let scalar = escapedScalar() else { return nil }
                        j = i
                        utf8.append(contentsOf: UTF8.encode(scalar)!)
                    default: return nil
                    }
                    runStart = j
                    continue
                }
                if byte < 0x20 || isZeroWidthNoBreakSpace(at: j) { return nil }
                j += 1
            }
            return nil
        }

        /// The scalar of a `\uXXXX` escape (the `\u` read), joining a surrogate pair; `nil` for
        /// U+0000, a lone surrogate or a malformed escape.
        mutating func escapedScalar() -> Unicode.Scalar? {
            guard let high = hex4() else { return nil }
            if (0xD800...0xDBFF).contains(high) {
                guard consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")), let low = hex4(),
                      (0xDC00...0xDFFF).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            }
            guard high != 0, high != 0xFEFF else { return nil }
            return Unicode.Scalar(high)
        }

        /// Whether the UTF-8 of U+FEFF (EF BB BF) starts at `index`.
        func isZeroWidthNoBreakSpace(at index: Int) -> Bool {
            bytes[index] == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[i]
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: return nil
                }
                value = value << 4 | digit
                i += 1
            }
            return value
        }
    }
}
