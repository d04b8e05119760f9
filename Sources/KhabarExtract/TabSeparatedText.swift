/// Splits the content of a bundled table (the gazetteer, the extraction lexicons) into lines and
/// tab-separated fields.
///
/// A line feed and a tab are each a grapheme cluster of their own, so splitting on their bytes
/// is splitting on the characters, without running the grapheme rules over every table at
/// start-up (two thirds of the gazetteer's loading). Only a carriage return before a line feed
/// joins it into one character: content with one is split on characters (`bytewise` false), and
/// the carriage return is dropped from the end of each line.
enum TabSeparatedText {
    /// Whether `content` can be split on bytes: it holds no carriage return.
    static func isBytewise(_ content: String) -> Bool { !content.utf8.contains(13) }

    /// The lines of `content` without their line ends; empty lines kept or not.
    static func lines(of content: String, bytewise: Bool, keepingEmpty: Bool) -> [Substring] {
        if bytewise {
            return split(content[...], onByte: 10, omittingEmpty: !keepingEmpty)
        }
        return content.split(separator: "\n", omittingEmptySubsequences: !keepingEmpty)
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    /// The tab-separated fields of a line, empty ones included.
    static func fields(of line: Substring, bytewise: Bool) -> [Substring] {
        bytewise
            ? split(line, onByte: 9, omittingEmpty: false)
            : line.split(separator: "\t", omittingEmptySubsequences: false)
    }

    /// The pieces of `text` between the `separator` characters (a printable ASCII one such as
    /// `|`), empty ones included: what `text.split(separator:omittingEmptySubsequences: false)`
    /// returns, split on bytes when every separator byte stands alone as a character (no mark
    /// after it, no prepended scalar before it), else on characters.
    static func pieces(of text: Substring, separator: Character) -> [Substring] {
        let byte = separator.asciiValue!
        let utf8 = text.utf8
        if let offsets = offsets(of: byte, in: text) {
            let alone = offsets.allSatisfy { offset in
                let at = utf8.index(utf8.startIndex, offsetBy: offset)
                return String.Index(at, within: text) != nil && String.Index(utf8.index(after: at), within: text) != nil
            }
            if alone { return pieces(of: text, between: offsets, omittingEmpty: false) }
        }
        return text.split(separator: separator, omittingEmptySubsequences: false)
    }

    /// The pieces of `text` between the bytes `separator` (an ASCII byte, so every piece starts
    /// and ends on a scalar boundary), found in one pass over the bytes: the generic `split` of
    /// the UTF-8 view stepped an index through every byte (a fifth of the gazetteer's loading).
    static func split(_ text: Substring, onByte separator: UInt8, omittingEmpty: Bool) -> [Substring] {
        guard let offsets = offsets(of: separator, in: text) else {
            return text.utf8.split(separator: separator, omittingEmptySubsequences: omittingEmpty).map { Substring($0) }
        }
        return pieces(of: text, between: offsets, omittingEmpty: omittingEmpty)
    }

    /// The UTF-8 offsets of `byte` in `text`, or `nil` when its bytes are not contiguous.
    private static func offsets(of byte: UInt8, in text: Substring) -> [Int]? {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var offsets: [Int] = []
            for i in 0..<bytes.count where bytes[i] == byte { offsets.append(i) }
            return offsets
        }
    }

    /// The pieces of `text` before, between and after the one-byte separators at `offsets`.
    private static func pieces(of text: Substring, between offsets: [Int], omittingEmpty: Bool) -> [Substring] {
        let utf8 = text.utf8
        // Offsets into native UTF-8 become indices in constant time.
        let base = utf8.startIndex
        var result: [Substring] = []
        result.reserveCapacity(offsets.count + 1)
        var start = 0
        for end in offsets + [utf8.count] {
            if !omittingEmpty || end > start {
                result.append(Substring(utf8[utf8.index(base, offsetBy: start)..<utf8.index(base, offsetBy: end)]))
            }
            start = end + 1
        }
        return result
    }
}
