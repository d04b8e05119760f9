import KhabarCore
import KhabarTestSupport
import Testing
@testable import KhabarText

/// The fast path of ``FoldedText/init(_:)`` against folding by the rules, scalar by scalar.
@Suite struct FoldedTextTests {
    // MARK: - Oracle

    @Test(arguments: [
        "", " ", "\n", " \r\n\t ", "  abc  ", "ABC xyz", "علي كتاب ۱۲٫۵", "می‌کنند\u{200C}\u{200C}",
        "a\u{2028}b\u{00A0}\u{3000}c", "\u{0640}\u{064E}", "Путин Ёлка", "\u{FEFC}", "x\u{FDF2} y",
    ])
    func matchesTheRules(_ text: String) {
        let scalars = ScalarText(text)
        #expect(FoldedText(scalars) == FoldedText(byRules: scalars))
    }

    @Test func randomTextMatchesTheRules() {
        var rng = SplitMix64(seed: 0xF01D)
        for round in 0..<2_000 {
            var text = RandomText.mixed(using: &rng, length: Int(rng.next() % 40))
            // Half the texts without presentation forms, so the fast path is taken.
            if round % 2 == 0 {
                text.unicodeScalars.removeAll { (0xFB50...0xFDFF).contains($0.value) || (0xFE70...0xFEFC).contains($0.value) }
                #expect(FoldedText.foldedWithoutExpansion(ScalarText(text).scalars) != nil)
            }
            let scalars = ScalarText(text)
            #expect(FoldedText(scalars) == FoldedText(byRules: scalars), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func everyScalarOfTheBasicPlaneMatchesTheRules() {
        // Each scalar between letters and after a space, so the whitespace runs are exercised too.
        var text = String.UnicodeScalarView()
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            text.append("a")
            text.append(scalar)
            text.append(" ")
        }
        let scalars = ScalarText(String(text))
        #expect(FoldedText(scalars) == FoldedText(byRules: scalars))
    }

    @Test func presentationFormsTakeTheRules() {
        #expect(FoldedText.foldedWithoutExpansion(ScalarText("ab \u{FDF2}").scalars) == nil)
        #expect(FoldedText("\u{FEFB}").string == "لا")
    }
}
