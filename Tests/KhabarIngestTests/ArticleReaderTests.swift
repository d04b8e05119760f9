import Foundation
import KhabarCore
import KhabarIngest
import KhabarTestSupport
import Testing

/// Reads one source and collects what it yields.
func readAll(_ source: InputSource, encoding: InputEncoding = .automatic) throws -> (articles: [Article], rejections: [Rejection]) {
    var articles: [Article] = []
    var rejections: [Rejection] = []
    try ArticleReader(encoding: encoding).read(source) { item in
        switch item {
        case .article(let article): articles.append(article)
        case .rejection(let rejection): rejections.append(rejection)
        }
    }
    return (articles, rejections)
}

func fileSource(_ path: String) -> InputSource {
    InputSource(fileURL: URL(fileURLWithPath: path), displayPath: path, format: InputSource.format(forFileNamed: path))
}

@Suite struct TextReportTests {
    let report = "به گزارش ایلنا، مسعود پزشکیان در حاشیه اجلاس بینالمللی صلح و اعتماد در ترکمنستان دیدار کرد.\n\nپاراگراف دوم."

    @Test func markerFollowedByTextOnTheSameLine() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("a.txt", " date 2025-12-12 " + report)
        let (articles, rejections) = try readAll(fileSource(path))
        #expect(rejections.isEmpty)
        #expect(articles.count == 1)
        #expect(articles[0].published == CivilDate(iso: "2025-12-12"))
        #expect(articles[0].text == report)
        #expect(articles[0].path == path)
    }

    @Test func markerOnItsOwnLine() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("a.txt", "date 2024-10-11\n" + report)
        let article = try #require(try readAll(fileSource(path)).articles.first)
        #expect(article.published == CivilDate(iso: "2024-10-11"))
        #expect(article.text == "\n" + report)
    }

    @Test func noMarkerKeepsTheWholeFile() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("a.txt", report + "\n")
        let article = try #require(try readAll(fileSource(path)).articles.first)
        #expect(article.published == nil)
        #expect(article.text == report + "\n")
    }

    @Test func aWordThatIsNotAMarker() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("a.txt", "date palms grow in Bushehr.")
        let article = try #require(try readAll(fileSource(path)).articles.first)
        #expect(article.published == nil)
        #expect(article.text == "date palms grow in Bushehr.")
    }

    @Test func impossibleMarkerDateIsRejected() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("a.txt", "date 2025-13-45 " + report)
        let (articles, rejections) = try readAll(fileSource(path))
        #expect(articles.isEmpty)
        #expect(rejections.map(\.description) == ["\(path):1: the date marker '2025-13-45' is not a valid YYYY-MM-DD date"])
    }

    @Test func seedsReadAsTheReferenceSays() throws {
        // 000 and 001 carry a `date` header; 002, 003 and 004 carry none.
        let expected: [String: String?] = ["000": "2025-12-12", "001": "2025-12-12", "002": nil, "003": nil, "004": nil]
        for (prefix, date) in expected {
            let article = try #require(try readAll(fileSource(Seeds.file(prefix).path)).articles.first)
            #expect(article.published?.iso == date, "seed \(prefix)")
            #expect(!article.text.hasPrefix(" date"), "seed \(prefix)")
        }
        let first = try #require(try readAll(fileSource(Seeds.file("000").path)).articles.first)
        #expect(first.text.hasPrefix("روسای جمهور ایران و روسیه"))
    }

    // MARK: - Encodings

    @Test func utf8WithByteOrderMark() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("bom.txt", Data([0xEF, 0xBB, 0xBF]) + Data(report.utf8))
        #expect(try readAll(fileSource(path)).articles.first?.text == report)
    }

    @Test(arguments: [false, true])
    func utf16WithByteOrderMark(bigEndian: Bool) throws {
        let dir = TemporaryDirectory()
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in ("date 2025-12-12 " + report + " 😀").utf16 {
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        let path = dir.write("utf16.txt", Data(bytes))
        let article = try #require(try readAll(fileSource(path)).articles.first)
        #expect(article.text == report + " 😀")
        #expect(article.published == CivilDate(iso: "2025-12-12"))
    }

    @Test func windows1256OnRequest() throws {
        // "سلام بر ايران" in Windows-1256: س=D3 ل=E1 ا=C7 م=E3, space, ب=C8 ر=D1, space, ا=C7 ي=ED ر=D1 ا=C7 ن=E4.
        let bytes: [UInt8] = [0xD3, 0xE1, 0xC7, 0xE3, 0x20, 0xC8, 0xD1, 0x20, 0xC7, 0xED, 0xD1, 0xC7, 0xE4]
        let dir = TemporaryDirectory()
        let path = dir.write("legacy.txt", Data(bytes))
        let (articles, _) = try readAll(fileSource(path), encoding: .windows1256)
        #expect(articles.first?.text == "سلام بر ايران")
        // Without the flag the same bytes are not UTF-8, and the message says what to do.
        let (none, rejections) = try readAll(fileSource(path))
        #expect(none.isEmpty)
        #expect(rejections.first?.description == "\(path):1: not valid UTF-8 text (invalid byte 0xD3 at byte 0); pass --encoding windows-1256 for legacy Arabic-script files")
    }

    // MARK: - Bad input

    @Test func emptyFile() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("empty.txt", "")
        #expect(try readAll(fileSource(path)).rejections.map(\.description) == ["\(path):1: empty file"])
    }

    @Test func whitespaceOnlyFile() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("blank.txt", " \n\t\n")
        #expect(try readAll(fileSource(path)).rejections.map(\.reason) == ["no text: the file holds only whitespace"])
    }

    @Test func binaryFile() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("image.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]))
        let rejection = try #require(try readAll(fileSource(path)).rejections.first)
        #expect(rejection.reason.hasPrefix("a binary file, not text"))
    }

    @Test func invalidUTF8InTheMiddle() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("broken.txt", Data("خبر".utf8) + Data([0xC3, 0x28]) + Data("ادامه".utf8))
        let rejection = try #require(try readAll(fileSource(path)).rejections.first)
        #expect(rejection.reason.hasPrefix("not valid UTF-8 text (invalid byte 0xC3 at byte 6)"))
    }

    @Test func textOverFiveMegabytes() throws {
        let dir = TemporaryDirectory()
        let sentence = "روابط تجاری ایران و روسیه در سال گذشته ۱۳ درصد افزایش داشته است. "
        let big = String(repeating: sentence, count: ArticleReader.maximumTextBytes / sentence.utf8.count + 10)
        let path = dir.write("big.txt", big)
        let rejection = try #require(try readAll(fileSource(path)).rejections.first)
        #expect(rejection.reason.hasSuffix("over the 5 MB limit"))
    }
}

@Suite struct JSONLinesTests {
    @Test func readsEveryFieldAndKeepsTheInputID() throws {
        let dir = TemporaryDirectory()
        let line = #"{"id": 42, "url": "https://www.tasnimnews.com/fa/news/1", "outlet": "Tasnim", "title": "عنوان", "text": "متن خبر", "published": "2025-01-14T23:30:00+03:30", "language": "fa"}"#
        let path = dir.write("a.jsonl", line + "\n")
        let (articles, rejections) = try readAll(fileSource(path))
        #expect(rejections.isEmpty)
        let article = try #require(articles.first)
        #expect(article.externalID == "42")
        #expect(article.url == "https://www.tasnimnews.com/fa/news/1")
        #expect(article.outlet == "Tasnim")
        #expect(article.title == "عنوان")
        #expect(article.text == "متن خبر")
        // The day is taken in the timestamp's own offset, not converted to UTC.
        #expect(article.published == CivilDate(iso: "2025-01-14"))
        #expect(article.publishedTimestamp == "2025-01-14T23:30:00+03:30")
        #expect(article.declaredLanguage == .persian)
        #expect(article.line == 1)
        #expect(article.id == ArticleIdentity.id(url: article.url, outlet: "Tasnim", text: "متن خبر"))
    }

    @Test func everyBadLineIsReportedAndTheRestIsRead() throws {
        let dir = TemporaryDirectory()
        let lines = [
            #"{"text": "خبر اول"}"#,
            #"{oops"#,
            #"{"title": "بدون متن"}"#,
            "",
            #"{"text": 7}"#,
            #"["text"]"#,
            #"{"text": "   "}"#,
            #"{"text": "خبر دوم", "published": "14 Jan 2025"}"#,
            #"{"text": "خبر سوم", "id": true}"#,
            #"{"text": "خبر چهارم", "outlet": ["a"]}"#,
            #"{"text": "خبر پنجم", "published": "2025-01-14 08:00"}"#,
        ]
        let path = dir.write("mixed.jsonl", lines.joined(separator: "\n"))
        let (articles, rejections) = try readAll(fileSource(path))
        #expect(articles.map(\.text) == ["خبر اول", "خبر پنجم"])
        #expect(articles.map(\.line) == [1, 11])
        #expect(rejections.map(\.description) == [
            "\(path):2: not valid JSON",
            "\(path):3: missing required field \"text\"",
            "\(path):5: field \"text\" must be a string, found a number",
            "\(path):6: expected a JSON object with a \"text\" field, found an array",
            "\(path):7: field \"text\" is empty",
            "\(path):8: field \"published\" is not an ISO 8601 date or timestamp: '14 Jan 2025'",
            "\(path):9: field \"id\" must be a string or a number, found a boolean",
            "\(path):10: field \"outlet\" must be a string, found an array",
        ])
    }

    @Test func invalidUTF8LineIsRejectedAlone() throws {
        let dir = TemporaryDirectory()
        var bytes: [UInt8] = Array(#"{"text": "خبر"}"#.utf8) + [0x0A]
        bytes += Array(#"{"text": "ab"#.utf8) + [0xFF] + Array(#""}"#.utf8) + [0x0A]
        bytes += Array(#"{"text": "خبر دوم"}"#.utf8)
        let data = Data(bytes)
        let path = dir.write("bad.jsonl", data)
        let (articles, rejections) = try readAll(fileSource(path))
        #expect(articles.count == 2)
        #expect(rejections.map { $0.line } == [2])
    }

    @Test func crlfLineEndingsAndByteOrderMark() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("crlf.jsonl", Data([0xEF, 0xBB, 0xBF]) + Data("{\"text\": \"یک\"}\r\n{\"text\": \"دو\"}\r\n".utf8))
        #expect(try readAll(fileSource(path)).articles.map(\.text) == ["یک", "دو"])
    }

    @Test func utf16JSONLinesAcrossChunkBoundaries() throws {
        // Enough lines that the 1 MiB chunks split code units and lines.
        let dir = TemporaryDirectory()
        var text = ""
        for index in 0..<6000 {
            let number = String(index)
            text += "{\"id\": \"" + number + "\", \"text\": \"خبر شماره " + number + " دربارهٔ مذاکرات 😀 در مسکو و تهران.\"}\n"
        }
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let path = dir.write("wide.jsonl", Data(bytes))
        let (articles, rejections) = try readAll(fileSource(path))
        #expect(rejections.isEmpty)
        #expect(articles.count == 6000)
        let last: String? = articles.last?.text
        #expect(last == "خبر شماره 5999 دربارهٔ مذاکرات 😀 در مسکو و تهران.")
    }

    @Test func binaryFileWithJSONLinesName() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("dump.jsonl", Data([0x7B, 0x00, 0x01, 0x02, 0x0A, 0x00]))
        let (articles, rejections) = try readAll(fileSource(path))
        #expect(articles.isEmpty)
        #expect(rejections.map(\.description) == ["\(path):1: a binary file, not text"])
    }

    @Test func emptyJSONLinesFile() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("none.jsonl", "\n\n")
        #expect(try readAll(fileSource(path)).rejections.map(\.reason) == ["empty file"])
    }

    @Test func oversizedTextField() throws {
        let dir = TemporaryDirectory()
        let big = String(repeating: "خبر ", count: ArticleReader.maximumTextBytes / 7 + 10)
        let path = dir.write("big.jsonl", "{\"text\": \"\(big)\"}\n{\"text\": \"کوتاه\"}\n")
        let (articles, rejections) = try readAll(fileSource(path))
        #expect(articles.map(\.text) == ["کوتاه"])
        #expect(rejections.first?.line == 1)
        #expect(rejections.first?.reason.hasSuffix("over the 5 MB limit") == true)
    }
}

@Suite struct InputCollectorTests {
    @Test func directoriesAreWalkedInSortedOrderSkippingHiddenEntries() {
        let dir = TemporaryDirectory()
        dir.write("b.txt", "دوم")
        dir.write("a.jsonl", #"{"text": "اول"}"#)
        dir.write("sub/c.txt", "سوم")
        dir.write(".hidden.txt", "پنهان")
        dir.write(".git/config", "پنهان")
        let (sources, rejections) = InputCollector().collect([dir.url.path, dir.path("missing.txt")])
        #expect(sources.map(\.displayPath) == [dir.url.path + "/a.jsonl", dir.url.path + "/b.txt", dir.url.path + "/sub/c.txt"])
        #expect(sources.map(\.format) == [.jsonLines, .textReport, .textReport])
        #expect(rejections.map(\.description) == ["\(dir.path("missing.txt")):1: no such file or directory"])
    }

    @Test func dashIsStandardInput() {
        #expect(InputCollector().collect(["-"]).sources == [.standardInput])
    }
}
