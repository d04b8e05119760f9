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
            return content.utf8.split(separator: 10, omittingEmptySubsequences: !keepingEmpty).map { Substring($0) }
        }
        return content.split(separator: "\n", omittingEmptySubsequences: !keepingEmpty)
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    /// The tab-separated fields of a line, empty ones included.
    static func fields(of line: Substring, bytewise: Bool) -> [Substring] {
        bytewise
            ? line.utf8.split(separator: 9, omittingEmptySubsequences: false).map { Substring($0) }
            : line.split(separator: "\t", omittingEmptySubsequences: false)
    }
}
