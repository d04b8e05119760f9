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
        var alone = true
        var offset = 0
        for b in utf8 {
            if b == byte {
                let at = utf8.index(utf8.startIndex, offsetBy: offset)
                if String.Index(at, within: text) == nil || String.Index(utf8.index(after: at), within: text) == nil {
                    alone = false
                    break
                }
            }
            offset += 1
        }
        return alone
            ? split(text, onByte: byte, omittingEmpty: false)
            : text.split(separator: separator, omittingEmptySubsequences: false)
    }

    /// The pieces of `text` between the bytes `separator` (an ASCII byte, so every piece starts
    /// and ends on a scalar boundary), found in one pass over the bytes: the generic `split` of
    /// the UTF-8 view stepped an index through every byte (a fifth of the gazetteer's loading).
    static func split(_ text: Substring, onByte separator: UInt8, omittingEmpty: Bool) -> [Substring] {
        let utf8 = text.utf8
        var bounds: [(start: Int, end: Int)] = []
        let scanned: Void? = utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            for i in 0..<bytes.count where bytes[i] == separator {
                if !omittingEmpty || i > start { bounds.append((start, i)) }
                start = i + 1
            }
            if !omittingEmpty || bytes.count > start { bounds.append((start, bytes.count)) }
        }
        guard scanned != nil else {
            return utf8.split(separator: separator, omittingEmptySubsequences: omittingEmpty).map { Substring($0) }
        }
        // Offsets into native UTF-8 become indices in constant time.
        let base = utf8.startIndex
        return bounds.map { Substring(utf8[utf8.index(base, offsetBy: $0.start)..<utf8.index(base, offsetBy: $0.end)]) }
    }
}
