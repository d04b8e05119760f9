import KhabarText
import Testing
@testable import KhabarExtract

/// Fast paths of the ninth speed round, each against the code it replaced (oracle tests).
@Suite struct SpeedRoundNineTests {
    /// The complementizer test as it was: the word copied into an array, sliced, and its tail
    /// compared as a `String`.
    static func isArabicComplementizerByStrings(_ key: [Unicode.Scalar]) -> Bool {
        let alef = ArabicScript.alef, noon: Unicode.Scalar = "\u{0646}", beh: Unicode.Scalar = "\u{0628}"
        var body = key[...]
        if body.first == beh { body = body.dropFirst() }
        guard body.count >= 2, body.first == alef, body.dropFirst().first == noon else { return false }
        let rest = body.dropFirst(2)
        return rest.isEmpty || ["\u{0647}", "\u{0647}\u{0627}", "\u{0647}\u{0645}"].contains(String(String.UnicodeScalarView(rest)))
    }

    /// Every word of up to six letters drawn from the letters the test looks at (and a few it
    /// does not, a combining mark among them), inside a longer array as keyed tokens slice it.
    @Test func complementizerMatchesTheStringComparison() {
        let letters: [Unicode.Scalar] = ["\u{0628}", "\u{0627}", "\u{0646}", "\u{0647}", "\u{0645}", "\u{06CC}", "\u{0654}"]
        var words: [[Unicode.Scalar]] = [[]]
        var all: [[Unicode.Scalar]] = [[]]
        for _ in 0..<6 {
            words = words.flatMap { word in letters.map { word + [$0] } }
            all += words
        }
        var found = 0
        for word in all {
            let padded: [Unicode.Scalar] = ["\u{0648}"] + word + ["\u{0644}"]
            let key = padded[1..<(padded.count - 1)]
            let expected = SpeedRoundNineTests.isArabicComplementizerByStrings(word)
            #expect(QuoteReader.isArabicComplementizer(key: key) == expected, "\(word.map { String($0.value, radix: 16) })")
            if expected { found += 1 }
        }
        #expect(found == 8)
    }
}
