import KhabarCore
import KhabarTestSupport
import KhabarText
import Testing
@testable import KhabarTime

/// The table-driven scan of ``DateKey/tokens(_:)`` against the rule-by-rule reference.
@Suite struct DateKeyTests {
    static let pieces: [String] = [
        "سال", "۱۴۰۳", "آذر", "كانون", "الثاني", "1447", "هـ", "٢٠٢٤", "\u{200C}", "\u{200D}", "ـ", "\u{064E}",
        " ", "\n", "\r\n", "\t", "\u{00A0}", "\u{2003}", "\u{2028}", "\u{3000}", "،", "؟", ".", "/", "-", "«",
        "January", "ЯНВАРЯ", "ё", "é", "×", "÷", "٫", "٬", "٪", "ی", "ة", "ك", "\u{FEFC}", "中", "12345678901",
    ]

    static func text(using rng: inout SplitMix64) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        for _ in 0..<Int(rng.next() % 30) {
            if rng.next() % 8 == 0 {
                if let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: rng.next() % 0x10FFFF)) { scalars.append(scalar) }
            } else {
                scalars.append(contentsOf: pieces[Int(rng.next() % UInt64(pieces.count))].unicodeScalars)
            }
        }
        return scalars
    }

    @Test func randomTextMatchesTheRules() {
        var rng = SplitMix64(seed: 0xDA7E)
        for _ in 0..<3_000 {
            let raw = DateKeyTests.text(using: &rng)
            #expect(DateKey.tokens(raw) == DateKey.tokensByRules(raw))
            let folded = FoldedText(ScalarText(scalars: raw)).scalars
            #expect(DateKey.tokens(folded) == DateKey.tokensByRules(folded))
        }
    }

    @Test func everyScalarOfTheBasicPlaneMatchesTheRules() {
        var scalars: [Unicode.Scalar] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            scalars.append(contentsOf: ["a", scalar, scalar, "1", scalar, " "])
        }
        #expect(DateKey.tokens(scalars) == DateKey.tokensByRules(scalars))
    }

    @Test func tableFoldsAsTheRules() {
        for value in UInt32(0)..<DateKey.tableBound {
            #expect(DateKey.entries[Int(value)] >> 8 == DateKey.fold(value))
        }
    }

    @Test func emptyText() {
        #expect(DateKey.tokens([]).isEmpty)
    }
}
