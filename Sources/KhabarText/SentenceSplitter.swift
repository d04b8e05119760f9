public import KhabarCore
import Foundation

/// Splits a text into sentences.
///
/// A sentence ends after `.`, `!`, `?`, `؟` (U+061F), `…` (U+2026) or `؛`-free line breaks, together
/// with any closing quotes and brackets that follow (» ” " ' ) ]); runs of terminators (`?!`, `...`)
/// end one sentence. A `.` does not end a sentence
/// - between two digits (3.5) or inside a URL or e-mail address (no space after it);
/// - after a known abbreviation: Persian ones from hazm's list (ه.ش. ق.م. …, MIT; see
///   `Resources/fa/NOTICE.md`), Latin ones (Mr. Dr. St. e.g. i.e. U.S. …);
/// - after a single letter (an initial: J. Smith, م. کریمی).
/// A line break always ends a sentence. Spans exclude the surrounding whitespace.
///
/// - Complexity: O(*n*) in the number of scalars.
public struct SentenceSplitter: Sendable {
    /// Creates a sentence splitter.
    public init() {}

    /// The spans of the sentences of `text`, in order.
    public func sentences(in text: ScalarText) -> [TextSpan] {
        let s = text.scalars
        let n = s.count
        var spans: [TextSpan] = []
        var start = 0
        func close(_ end: Int) {
            var a = start
            var b = end
            while a < b, s[a].properties.isWhitespace { a += 1 }
            while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
            if a < b { spans.append(TextSpan(start: a, end: b)) }
            start = end
        }
        var i = 0
        while i < n {
            let v = s[i].value
            if v == 0x0A || v == 0x2029 || v == 0x2028 {
                close(i)
                i += 1
                start = i
                continue
            }
            if SentenceSplitter.isTerminator(v) {
                if v == 0x2E, !endsSentence(s, at: i) {
                    i += 1
                    continue
                }
                var end = i + 1
                while end < n, SentenceSplitter.isTerminator(s[end].value) { end += 1 }
                while end < n, SentenceSplitter.isClosing(s[end].value) { end += 1 }
                close(end)
                i = end
                continue
            }
            i += 1
        }
        close(n)
        return spans
    }

    static func isTerminator(_ v: UInt32) -> Bool {
        v == 0x2E || v == 0x21 || v == 0x3F || v == 0x061F || v == 0x2026 || v == 0x06D4
    }

    static func isClosing(_ v: UInt32) -> Bool {
        v == 0xBB || v == 0x201D || v == 0x22 || v == 0x27 || v == 0x29 || v == 0x5D || v == 0x2019
    }

    private func endsSentence(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        let n = s.count
        // Inside a number, URL, e-mail or file name: no space after the dot.
        if i + 1 < n, !s[i + 1].properties.isWhitespace, !SentenceSplitter.isClosing(s[i + 1].value),
           !SentenceSplitter.isTerminator(s[i + 1].value) {
            return false
        }
        // The word before the dot.
        var a = i
        while a > 0, !s[a - 1].properties.isWhitespace, s[a - 1] != "(" , s[a - 1] != "«" { a -= 1 }
        if a == i { return true }
        let word = String(String.UnicodeScalarView(s[a...i]))
        let letters = s[a..<i].filter { $0.properties.isAlphabetic }
        if letters.count == 1, i - a == 1 { return false }  // an initial
        return !SentenceSplitter.abbreviations.contains(word) && !SentenceSplitter.abbreviations.contains(word.lowercased())
    }

    /// Abbreviations that end with a dot and do not end a sentence.
    static let abbreviations: Set<String> = {
        var set: Set<String> = [
            "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "vs.", "etc.", "e.g.", "i.e.",
            "u.s.", "u.k.", "u.n.", "inc.", "ltd.", "co.", "corp.", "no.", "jan.", "feb.", "mar.", "apr.",
            "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "gen.", "col.", "lt.", "sgt.",
            "г.", "гг.", "т.е.", "т.д.", "т.п.", "им.", "ул.", "д.", "с.", "млн.", "млрд.", "тыс.", "руб.", "см.",
            "ه.ش.", "ه.ق.", "ق.م.", "م.", "ص.", "ج.", "ع.", "ره.", "قده.",
        ]
        let url = Bundle.module.url(forResource: "abbreviations", withExtension: "txt", subdirectory: "Resources/fa")
            ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/fa/abbreviations.txt")
        if let url, let data = FileManager.default.contents(atPath: url.path) {
            for line in Lexicon.lines(of: String(decoding: data, as: UTF8.self)) where line.hasSuffix(".") {
                set.insert(String(line))
            }
        }
        return set
    }()
}
