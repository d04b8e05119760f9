import Foundation
import KhabarCore
@testable import KhabarIngest
import KhabarTestSupport
import Testing

/// The fast reader of flat JSON records, against `JSONSerialization` (oracle): where it answers,
/// the same object; where it does not, the slow path decides.
@Suite struct FlatJSONObjectTests {
    /// The string values of an object, and which keys are null, for comparison.
    private func shape(_ object: [String: Any]) -> (strings: [String: String], nulls: Set<String>)? {
        var strings: [String: String] = [:]
        var nulls = Set<String>()
        for (key, value) in object {
            if let string = value as? String {
                strings[key] = string
            } else if value is NSNull {
                nulls.insert(key)
            } else {
                return nil
            }
        }
        return (strings, nulls)
    }

    @Test(arguments: [
        #"{"text": "سلام", "id": "a-1"}"#,
        #"{}"#,
        #"  {"text":"x"}  "#,
        "{\"text\":\t\"x\",\r\n\"url\" : null}",
        #"{"text": "quote \" backslash \\ slash \/ controls \b\f\n\r\t"}"#,
        #"{"text": "\u0627\u0644 \u00e9 \u200C \uD83D\uDE00 \uFFFD"}"#,
        #"{"t\u0065xt": "escaped key"}"#,
        #"{"title": "بـ\"ذا فويس\"", "text": "متن", "published": "2018-02-18T10:00:00+03:00"}"#,
        #"{"text": ""}"#,
    ])
    func agreesWithJSONSerialization(line: String) throws {
        let bytes = Array(line.utf8)
        let fast = try #require(FlatJSONObject.parse(bytes))
        let slow = try #require(try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) as? [String: Any])
        let a = try #require(shape(fast)), b = try #require(shape(slow))
        #expect(a.strings == b.strings)
        #expect(a.nulls == b.nulls)
        // The same scalars, not just canonically equivalent strings.
        for (key, value) in a.strings {
            #expect(Array(value.unicodeScalars) == Array(b.strings[key]!.unicodeScalars))
        }
    }

    @Test(arguments: [
        #"{"id": 12, "text": "x"}"#,                 // a number: the slow path formats it
        #"{"text": "x", "flag": true}"#,             // a boolean
        #"{"text": ["x"]}"#,                          // an array
        #"{"text": {"a": "b"}}"#,                     // an object
        #"{"text": "a", "text": "b"}"#,               // a repeated key
        #"{"text": "\u0000"}"#,                        // U+0000
        #"{"text": "\uD800"}"#,                        // a lone high surrogate
        #"{"text": "\uDC00"}"#,                        // a lone low surrogate
        #"{"text": "\x"}"#,                            // an unknown escape
        #"{"text": "\u12G4"}"#,                        // a malformed escape
        "{\"text\": \"a\u{1}b\"}",                    // a raw control character
        #"{"text": "x"} trailing"#,                   // text after the object
        #"{"text": "x",}"#,                            // a trailing comma
        #"{"text": "x""#,                              // unterminated
        #"["text"]"#,                                 // not an object
        "\u{FEFF}{\"text\": \"x\"}",                  // a byte order mark
        "{\"text\": \"a\u{FEFF}\u{FEFF}b\"}",            // U+FEFF, which the slow path partly drops
        #"{"text": "a\uFEFFb"}"#,                      // U+FEFF escaped
        #""#,
    ])
    func leavesTheRestToTheSlowPath(line: String) {
        #expect(FlatJSONObject.parse(Array(line.utf8)) == nil)
    }

    @Test func rejectsInvalidUTF8() {
        let plain = Array(#"{"text": "ab"}"#.utf8)
        var broken = plain
        broken.insert(0xC3, at: 11)   // a lead byte with no continuation, inside the string
        #expect(FlatJSONObject.parse(broken) == nil)
        var escaped = Array(#"{"text": "a\nb"}"#.utf8)
        escaped.insert(0xFF, at: 10)   // an invalid byte in a string with an escape
        #expect(FlatJSONObject.parse(escaped) == nil)
        #expect(FlatJSONObject.parse(plain) != nil)
    }

    /// The 8-byte scan of strings against the byte-by-byte one (`wide: false`), on random lines
    /// with every kind of byte a scan stops at (quotes, escapes, controls, U+FEFF and other
    /// EF-led characters, invalid bytes) at every position around chunk boundaries.
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func wideScanMatchesByteByByte(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let pieces: [[UInt8]] = [
            Array("ب".utf8), Array("سلام".utf8), Array(" ".utf8), Array("a".utf8), Array("Z9".utf8), Array(".,:".utf8),
            Array(#"\""#.utf8), Array(#"\\"#.utf8), Array(#"\n"#.utf8), Array(#"\/"#.utf8), Array(#"\u0627"#.utf8),
            Array(#"\uD83D\uDE00"#.utf8), Array(#"\uFEFF"#.utf8), Array("\u{FEFF}".utf8), Array("\u{FFFD}".utf8),
            Array("\u{EFFF}".utf8), Array("中".utf8), Array("😀".utf8), [0x01], [0x1F], [0xFF], [0xC3], [0x7F],
            Array("\u{0600}".utf8), Array("]".utf8), Array("^".utf8),
        ]
        // Mostly plain pieces, so long runs (several chunks) occur between stops.
        let weights = pieces.indices.map { $0 < 6 ? 40 : 1 }
        let total = weights.reduce(0, +)
        func piece() -> [UInt8] {
            var pick = Int(random.next() % UInt64(total))
            for (index, weight) in weights.enumerated() {
                if pick < weight { return pieces[index] }
                pick -= weight
            }
            return pieces[0]
        }
        var answered = 0
        for _ in 0..<3_000 {
            var line = Array(#"{"id": "x", "text": ""#.utf8)
            for _ in 0..<Int(random.next() % 120) { line += piece() }
            line += Array(#"", "title": ""#.utf8)
            for _ in 0..<Int(random.next() % 20) { line += piece() }
            line += Array(#""}"#.utf8)
            let wide = FlatJSONObject.parse(line)
            let narrow = FlatJSONObject.parse(line, wide: false)
            #expect((wide == nil) == (narrow == nil))
            guard let wide, let narrow else { continue }
            answered += 1
            let a = try #require(shape(wide)), b = try #require(shape(narrow))
            #expect(a.nulls == b.nulls)
            #expect(a.strings.mapValues { Array($0.unicodeScalars) } == b.strings.mapValues { Array($0.unicodeScalars) })
        }
        #expect(answered > 100)
    }
}

/// A record read through the fast reader's fields gives the same article, or the same rejection,
/// as one read through `JSONSerialization` (oracle), on realistic Arabic and Persian records and
/// on every shape a field can take.
@Suite struct JSONLineParserFieldsTests {
    private func same(_ a: ReadItem, _ b: ReadItem) -> Bool {
        switch (a, b) {
        case (.article(let x), .article(let y)): x == y && Array(x.text.unicodeScalars) == Array(y.text.unicodeScalars)
        case (.rejection(let x), .rejection(let y)): x == y
        default: false
        }
    }

    private func lines() throws -> [String] {
        let fixture = Seeds.packageRoot.appendingPathComponent("Tests/KhabarIngestTests/Fixtures/stream.jsonl")
        var lines = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n").map(String.init)
        // The seed reports as records ("@T" stands for the quoted text), with each optional
        // field absent, null, empty, padded or of the wrong type.
        let shapes: [String] = [
            #"{"text": @T}"#,
            #"{"id": "s", "url": null, "outlet": "  IRNA ", "title": "", "published": "2026-01-02", "language": "fa", "text": @T}"#,
            #"{"text": @T, "url": "https://example.org/a", "outlet": "\t", "title": "  عنوان  ", "language": "ar"}"#,
            #"{"text": @T, "published": "not a date"}"#,
            #"{"text": @T, "published": "2026-01-02T10:00:00+03:30", "extra": "ignored", "more": null}"#,
            #"{"title": "x", "text": null, "again": @T}"#,
            #"{"title": "x", "other": @T}"#,
            #"{"text": "   \n\t  "}"#,
            #"{"text": @T, "text": "twice"}"#,
            #"{"text": @T, "id": 7}"#,
        ]
        for url in Seeds.files {
            let text = try String(contentsOf: url, encoding: .utf8)
            let quoted = String(decoding: try JSONSerialization.data(withJSONObject: [text], options: [.fragmentsAllowed]), as: UTF8.self)
            let string = String(quoted.dropFirst().dropLast())
            lines += shapes.map { $0.replacingOccurrences(of: "@T", with: string) }
        }
        // More fields than the fast reader compares.
        let many: [String] = (0..<40).map { (index: Int) -> String in "\"k\(index)\": \"v\"" }
        lines.append("{" + many.joined(separator: ", ") + ", \"text\": \"متن\"}")
        return lines
    }

    @Test func fieldsGiveWhatTheObjectGives() throws {
        var articles = 0
        for (index, line) in try lines().enumerated() {
            let bytes = Array(line.utf8)
            let fast = JSONLineParser.article(from: bytes, path: "p.jsonl", line: index + 1)
            let slow = JSONLineParser.article(from: bytes, path: "p.jsonl", line: index + 1, fast: false)
            #expect(same(fast, slow), "line \(index + 1)")
            if case .article = fast { articles += 1 }
        }
        #expect(articles > 30)
    }
}
