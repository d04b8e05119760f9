@testable import KhabarCore
import KhabarTestSupport
import Testing

/// `ScalarText(validatingUTF8:)` against the standard library's validation and `ScalarText(_:)`
/// (oracle): the same scalars for valid UTF-8 without NUL, `nil` for anything else.
@Suite struct ScalarTextValidationTests {
    static func oracle(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        guard !bytes.contains(0), let string = String(validating: bytes, as: UTF8.self) else { return nil }
        return ScalarText(string).scalars
    }

    static func direct(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        bytes.withUnsafeBytes { ScalarText(validatingUTF8: $0)?.scalars }
    }

    @Test func validTextsGiveTheirScalars() {
        for text in ["", "a", "سلام علیکم", "Ab\u{0301} 中文 😀 \u{10FFFF} \u{FEFF} \u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
                     String(repeating: "ب ", count: 500)] {
            #expect(Self.direct(Array(text.utf8)) == ScalarText(text).scalars)
        }
    }

    /// Random bytes biased towards the edges of the encoding (lead bytes, continuation bytes,
    /// surrogates, overlong forms, values past U+10FFFF, NUL), and random valid text cut
    /// anywhere.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomBytesAgreeWithTheStandardLibrary(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xA0, 0x9F, 0xED,
                                    0xEF, 0xF0, 0x90, 0x8F, 0xF4, 0xF5, 0xFF, 0xD8, 0xB3]
        var valid = 0
        for round in 0..<20_000 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                bytes = (0..<Int(random.next() % 12)).map { _ in interesting[Int(random.next() % UInt64(interesting.count))] }
            } else {
                let scalars: [Unicode.Scalar] = ["a", "ب", "中", "😀", "\u{0800}", "\u{FFFF}", "\u{10000}", "\u{10FFFF}", "\u{D7FF}", "\u{E000}"]
                var text = String.UnicodeScalarView()
                for _ in 0..<Int(random.next() % 8) { text.append(scalars[Int(random.next() % UInt64(scalars.count))]) }
                bytes = Array(String(text).utf8)
                if !bytes.isEmpty, random.next() % 2 == 0 { bytes.removeLast(Int(random.next() % UInt64(min(3, bytes.count))) + 1) }
            }
            let expected = Self.oracle(bytes)
            #expect(Self.direct(bytes) == expected, "\(bytes)")
            if expected != nil { valid += 1 }
        }
        #expect(valid > 5_000)
    }
}

/// `trimmingWhitespace` returns plain-edged text as it is: the same as trimming by characters.
@Suite struct TrimmingTests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func plainEdgesMatchTrimmingByCharacters(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let pieces: [String] = ["a", "Z", ".", "»", "ب", "سلام", " ", "\n", "\r\n", "\t", "\u{00A0}", "\u{2028}",
                                "\u{064E}", "\u{0301}", "\u{0600}", "\u{06DD}", "\u{200D}", "\u{200C}", "\u{3000}",
                                "\u{0640}", "\u{064A}", "\u{0621}", "~", "!", "٣", "😀", "\u{1F1EE}\u{1F1F7}"]
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 6) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
            let fast = text[...].trimmingWhitespace()
            let slow = text[...].trimmingWhitespaceByCharacters()
            #expect(fast.startIndex == slow.startIndex && fast.endIndex == slow.endIndex, "\(text.debugDescription)")
            #expect(text.trimmingWhitespace() == String(slow))
        }
    }
}
