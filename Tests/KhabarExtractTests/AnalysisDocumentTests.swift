import Foundation
import KhabarCore
import Testing
@testable import KhabarExtract

@Suite struct AnalysisDocumentTests {
    func json(ofSeed prefix: String) throws -> [String: Any] {
        let seed = Fixture.seed(prefix)
        let analysis = Fixture.analysis(ofSeed: prefix)
        let data = try JSONEncoder().encode(AnalysisDocument(text: seed.text, analysis: analysis))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func entitiesFiguresAndQuotesFollowTheContract() throws {
        let document = try json(ofSeed: "002")
        let entities = try #require(document["entities"] as? [[String: Any]])
        let putin = try #require(entities.first { $0["id"] as? String == "Q7747" })
        #expect(Set(putin.keys) == ["text", "start", "end", "type", "id", "name", "role"])
        #expect(putin["name"] as? String == "Vladimir Putin")
        #expect(putin["type"] as? String == "person")

        let figures = try #require(document["figures"] as? [[String: Any]])
        let first = try #require(figures.first)
        #expect(Set(first.keys).isSuperset(of: ["text", "start", "end", "value", "unit", "measure", "period"]))
        #expect(first["value"] as? Double == 13)
        #expect(first["unit"] as? String == "percent")
        #expect(first["measure"] as? String == "حجم التبادل التجاري")
        let period = try #require(first["period"] as? [String: Any])
        #expect(period["text"] as? String == "العام الماضي")
        #expect(period.keys.contains("start_date") && period.keys.contains("end_date"))

        let quotes = try #require(document["quotes"] as? [[String: Any]])
        let speaker = try #require(quotes.first?["speaker"] as? [String: Any])
        #expect(Set(speaker.keys) == ["id", "name", "text"])
        #expect(speaker["id"] as? String == "Q7747")
    }

    @Test func anUnlinkedSpeakerHasNullIDAndName() throws {
        let analysis = ArticleAnalysis(
            version: ArticleAnalyzer.version, language: .arabic,
            quotes: [Quote(speaker: Speaker(id: nil, name: nil, text: "المنتج"), span: TextSpan(start: 0, end: 3), text: "abc")])
        let data = try JSONEncoder().encode(AnalysisDocument(text: "abc", analysis: analysis))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let quotes = try #require(document["quotes"] as? [[String: Any]])
        let speaker = try #require(quotes.first?["speaker"] as? [String: Any])
        #expect(Set(speaker.keys) == ["id", "name", "text"])
        #expect(speaker["id"] is NSNull)
        #expect(speaker["name"] is NSNull)
        #expect(speaker["text"] as? String == "المنتج")
    }

    /// The time stage resolves the periods of figures in the whole analysis: seed 001 has a
    /// publication date; seed 002 has none, so its relative periods stay unresolved.
    @Test func figurePeriodsResolveWithThePublicationDate() {
        let persian = Fixture.analysis(ofSeed: "001").figures.compactMap(\.period)
        let ranges = Dictionary(persian.map { ($0.text, $0.range.map { "\($0.start.iso)..\($0.end?.iso ?? "")" }) }, uniquingKeysWith: { a, _ in a })
        #expect(ranges["سال گذشته"] == "2024-03-20..2025-03-20")
        #expect(ranges["9 ماهه امسال"] == "2025-03-21..2025-12-21")
        let arabic = Fixture.analysis(ofSeed: "002").figures.compactMap(\.period)
        #expect(Set(arabic.map(\.text)).isSuperset(of: ["العام الماضي", "هذا العام"]))
        #expect(arabic.allSatisfy { $0.range == nil })
    }

    @Test func sheetShowsRolesFiguresAndQuotes() {
        let seed = Fixture.seed("001")
        let sheet = AnalysisSheet().render(AnalysisDocument(text: seed.text, analysis: Fixture.analysis(ofSeed: "001")))
        #expect(sheet.contains("Vladimir Putin (Q7747)  [President of Russia]"))
        #expect(sheet.contains("13.0 percent  روابط تجاری ایران و روسیه  [سال گذشته]  13 درصد"))
        #expect(sheet.contains("Masoud Pezeshkian: مصمم هستیم"))
    }
}
