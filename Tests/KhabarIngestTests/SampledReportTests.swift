import Foundation
import KhabarCore
import KhabarEvents
import KhabarExtract
import KhabarIngest
import KhabarStore
import KhabarTestSupport
import Testing

/// Events are described from what the store reads back of their sampled reports
/// (`ArticleStore.sampledReports(ids:)`): the same description as from the whole reports.
@Suite(.serialized) struct SampledReportTests {
    @Test func sampledReportsDescribeEventsAsTheWholeReportsDo() throws {
        let store = try ArticleStore()
        let url = try #require(Bundle.module.url(forResource: "stream", withExtension: "jsonl", subdirectory: "Fixtures"))
        let ingestor = Ingestor(
            store: store, analyzer: sharedAnalyzer, gazetteer: .bundled, options: IngestOptions(batchSize: 64, concurrency: 1))
        var rejections: [Rejection] = []
        _ = try ingestor.ingest(paths: [url.path] + Seeds.files.map(\.path), onRejection: { rejections.append($0) })
        #expect(rejections.isEmpty)
        let events = try store.events()
        #expect(events.count >= 5)
        let features = Dictionary(uniqueKeysWithValues: try store.features().map { ($0.id, $0) })
        let summarizer = EventSummarizer(gazetteer: .bundled)
        var compared = 0
        for event in events {
            let ids = event.reports.map(\.id)
            let whole = try store.reports(ids: ids)
            let sampled = try store.sampledReports(ids: ids)
            #expect(Set(sampled.map(\.id)) == Set(ids))
            let byID = Dictionary(uniqueKeysWithValues: whole.map { ($0.article.id, $0) })
            for report in sampled {
                let original = try #require(byID[report.id])
                #expect(report.text == ScalarText(original.article.text))
                var withoutDates = original.analysis
                withoutDates.dates = []
                #expect(report.analysis == withoutDates)
            }
            let fromWhole = summarizer.summary(of: whole, members: ids, features: features)
            let fromSampled = summarizer.summary(ofSampled: sampled, members: ids, features: features)
            #expect(fromSampled == fromWhole)
            compared += 1
        }
        #expect(compared == events.count)
    }
}
