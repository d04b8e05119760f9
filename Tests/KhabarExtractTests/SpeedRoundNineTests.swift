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

    /// Number values read from bytes against the strings they were read through: every string of
    /// up to five characters over digits, comma and point, then random longer ones with other
    /// scalars mixed in.
    @Test func numberValueMatchesTheStrings() {
        let alphabet: [Unicode.Scalar] = ["1", "0", "5", ",", "."]
        var words: [[Unicode.Scalar]] = [[]]
        var all: [[Unicode.Scalar]] = [[]]
        for _ in 0..<5 {
            words = words.flatMap { word in alphabet.map { word + [$0] } }
            all += words
        }
        var generator = SystemRandomNumberGenerator()
        let wider: [Unicode.Scalar] = ["1", "2", "0", "9", ",", ".", "e", "-", "+", "\r", "\n", "\u{0661}", "\u{066B}", "\u{0301}"]
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...12, using: &generator)
            all.append((0..<length).map { _ in wider.randomElement(using: &generator)! })
        }
        all += ["1,500", "1,500,000", "3,5", "3.5", "1,500.5", "12,34", ",500", "1,", "1,5000", "007"].map { Array($0.unicodeScalars) }
        for scalars in all {
            let padded: [Unicode.Scalar] = ["x"] + scalars + ["y"]
            let slice = padded[1..<(padded.count - 1)]
            let fast = FigureReader.numberValue(of: slice), slow = FigureReader.numberValueByStrings(of: slice)
            #expect(fast == slow || (fast?.isNaN == true && slow?.isNaN == true), "\(String(String.UnicodeScalarView(scalars)).debugDescription)")
        }
    }
}
