import Foundation
import KhabarCore
import KhabarEvents
import KhabarExtract
import KhabarText
import Testing

/// Reports without any date are clustered on content alone, so they need more of it than a
/// dated report, which also has to fall in the event's days.
@Suite struct UndatedReportTests {
    struct Item: Decodable {
        var id: String
        var url: String
        var outlet: String
        var title: String
        var text: String
    }

    /// Seven undated reports about one club, each a different happening: seven events. With the
    /// attach threshold a dated report's join threshold is near (0.3), four of them became one
    /// event — and in the whole corpus such chains grew to forty reports.
    @Test func undatedReportsAboutOneClubStayApart() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/undated-one-club", withExtension: "jsonl"))
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        let items = try lines.map { try JSONDecoder().decode(Item.self, from: Data($0.utf8)) }
        #expect(items.count == 7)
        let analyzer = ArticleAnalyzer(gazetteer: .bundled)
        let builder = FeatureBuilder(gazetteer: .bundled)
        let features = items.map { item in
            let article = Article(id: ArticleIdentity.id(url: item.url, outlet: item.outlet, text: item.text), url: item.url,
                                  outlet: item.outlet, title: item.title, text: item.text)
            let report = AnalyzedReport(article: article, analysis: analyzer.analyze(article))
            #expect(report.analysis.published == nil)
            return builder.features(of: report)
        }
        var clusterer = EventClusterer()
        clusterer.insert(features)
        #expect(clusterer.events().map(\.count).sorted() == Array(repeating: 1, count: 7))
    }
}
