import Foundation
import KhabarCore
@testable import KhabarExtract
import Testing

/// The cue-word tables split on bytes give what splitting on characters gives (oracle).
@Suite struct ExtractLexiconTests {
    private func shape(_ rows: [ExtractLexicon.Row]) -> [[String]] {
        rows.map { [$0.language?.code ?? "*"] + $0.fields }
    }

    /// Every bundled table, and lines with marks after a tab or a `#`, empty fields and blank
    /// lines.
    @Test func bytewiseSplitMatchesCharacters() throws {
        var contents: [String] = []
        for name in ExtractLexicon.tableNames {
            let url = try #require(ExtractLexicon.url(of: name))
            contents.append(try String(contentsOf: url, encoding: .utf8))
        }
        contents.append("# c\n\nfa\tآقای\t\u{064B}x\n#\u{0301} not a comment\n*\t\t\n\n\nar\t \u{0301}y\tz\t\nxx\tq\n")
        var rows = 0
        for content in contents {
            let fast = ExtractLexicon.parse(content, bytewise: true)
            #expect(shape(fast) == shape(ExtractLexicon.parse(content, bytewise: false)))
            rows += fast.count
        }
        #expect(rows > 1_000)
    }
}
