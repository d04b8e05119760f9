@testable import KhabarExtract
import Testing

/// `EntityExtractor.displayName` checks the bytes for `#` and `_` before reading characters: the
/// same names as the character test alone (the code as it was, kept here as the oracle).
@Suite struct DisplayNameTests {
    static func byCharacters(_ text: String) -> String {
        guard text.contains(where: { $0 == "#" || $0 == "_" }) else { return text }
        let spaced = text.filter { $0 != "#" }.map { $0 == "_" ? " " : $0 }
        return String(spaced).split(separator: " ").joined(separator: " ")
    }

    @Test(arguments: [
        "محمد المقدشي", "محمد #المقدشي", "علي_حمود_عباد", "#وسم", "_", "#", "", "Putin", "a_b#c",
        // A keycap: "#" and a combining mark are one character, which is not "#".
        "#\u{20E3} رقم", "_\u{0301}x", "x #\u{20E3}", "محمد  #  علي", "__", "#_#",
    ])
    func byteCheckMatchesCharacters(_ text: String) {
        #expect(EntityExtractor.displayName(text) == DisplayNameTests.byCharacters(text))
    }
}
