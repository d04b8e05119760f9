import Foundation
import KhabarCore
@testable import KhabarEvents
import KhabarExtract
@testable import KhabarIngest
import KhabarStore
import KhabarTestSupport
import Testing

/// Events are described from digests of their sampled reports: kept from the analysis for the
/// reports of the run, made from what the store reads back (`ArticleStore.sampledReports(ids:)`)
/// for the others. Both give the same digest, and the same description as the whole reports.
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

    /// The ingest of the fixtures, with its store and its ingestor.
    private func ingested() throws -> (store: ArticleStore, ingestor: Ingestor) {
        let store = try ArticleStore()
        let url = try #require(Bundle.module.url(forResource: "stream", withExtension: "jsonl", subdirectory: "Fixtures"))
        let ingestor = Ingestor(
            store: store, analyzer: sharedAnalyzer, gazetteer: .bundled, options: IngestOptions(batchSize: 64, concurrency: 1))
        _ = try ingestor.ingest(paths: [url.path] + Seeds.files.map(\.path), onRejection: { _ in })
        return (store, ingestor)
    }

    /// Oracle: the digest an ingest keeps of a report equals the one made from what the store
    /// reads back of it.
    @Test func digestsKeptByARunAreThoseMadeFromTheStore() throws {
        let (store, ingestor) = try ingested()
        let stored = try store.reports()
        #expect(stored.count >= 10)
        let kept = ingestor.analyzeAll(stored.map(\.article), digesting: true)
        let readBack = Dictionary(uniqueKeysWithValues: try store.sampledReports(ids: stored.map(\.article.id)).map { ($0.id, $0) })
        var withFacts = 0
        for item in kept {
            let bytes = try #require(item.digest)
            let digest = try #require(ReportDigest(encoded: bytes))
            let sampled = try #require(readBack[digest.id])
            #expect(digest == ReportDigest(sampled, storyEnd: item.features.storyEnd))
            #expect(ReportDigest(encoded: digest.encoded()) == digest)
            if !digest.figures.isEmpty || !digest.quotes.isEmpty { withFacts += 1 }
        }
        #expect(withFacts > 0)
    }

    /// Every stored event (described from the digests the run kept) is the description the
    /// store path gives for the same sample.
    @Test func eventsDescribedFromDigestsAreThoseFromTheStore() throws {
        let (store, _) = try ingested()
        let features = Dictionary(uniqueKeysWithValues: try store.features().map { ($0.id, $0) })
        let summarizer = EventSummarizer(gazetteer: .bundled)
        let events = try store.events()
        #expect(events.count >= 5)
        for event in events {
            let ids = event.reports.map(\.id)
            let sample = EventSummarizer.sample(of: ids, features: features)
            let fromStore = summarizer.summary(ofSampled: try store.sampledReports(ids: sample), members: ids, features: features)
            #expect(fromStore.title == event.title && fromStore.titles == event.titles)
            #expect(fromStore.date == event.date && fromStore.tense == event.tense)
            #expect(fromStore.place == event.place && fromStore.participants == event.participants)
            #expect(fromStore.facts == event.facts && fromStore.mentionedDays == event.mentionedDays)
        }
    }

    /// A run that keeps no digests, or only some (its budget spent), reads the others back from
    /// the store and stores the same events as a run that keeps them all.
    @Test func theDigestBudgetDoesNotChangeTheEvents() throws {
        let url = try #require(Bundle.module.url(forResource: "stream", withExtension: "jsonl", subdirectory: "Fixtures"))
        func events(digestBudget: Int) throws -> [Event] {
            let store = try ArticleStore()
            let options = IngestOptions(batchSize: 64, concurrency: 1, digestBudget: digestBudget)
            let ingestor = Ingestor(store: store, analyzer: sharedAnalyzer, gazetteer: .bundled, options: options)
            _ = try ingestor.ingest(paths: [url.path] + Seeds.files.map(\.path), onRejection: { _ in })
            return try store.events()
        }
        let all = try events(digestBudget: IngestOptions().digestBudget)
        #expect(all.count >= 5)
        #expect(all.contains { !$0.facts.isEmpty })
        // None kept, and a budget that holds a few of the reports' digests (about a kilobyte each).
        for budget in [0, 4_000] {
            #expect(try events(digestBudget: budget) == all, "budget \(budget)")
        }
    }

    /// A report without a headline is titled by its first sentence, after its attribution.
    @Test func aDigestWithoutHeadlineKeepsItsFirstSentence() throws {
        let text = "به گزارش ایرنا، رئیس جمهور امروز به مسکو سفر کرد. او با پوتین دیدار می‌کند."
        let analysis = sharedAnalyzer.analyze(Article(id: "a", title: nil, text: text))
        #expect(analysis.title == nil)
        let digest = ReportDigest(id: "a", text: ScalarText(text), analysis: analysis, storyEnd: nil)
        let sentence = try #require(digest.leadSentence)
        #expect(sentence.sentence == "رئیس جمهور امروز به مسکو سفر کرد")
        #expect(!sentence.isCut)
        #expect(ReportDigest(encoded: digest.encoded()) == digest)
    }

    /// Bytes an encoder did not write are refused, whatever they are cut to.
    @Test func aDigestCutShortIsRefused() throws {
        let text = "به گزارش ایرنا، رئیس جمهور امروز در مسکو با پوتین دیدار کرد و گفت: «روابط ما راهبردی است»."
        let analysis = sharedAnalyzer.analyze(Article(id: "b", title: "دیدار در مسکو", text: text))
        let bytes = ReportDigest(id: "b", text: ScalarText(text), analysis: analysis, storyEnd: nil).encoded()
        #expect(ReportDigest(encoded: bytes) != nil)
        for length in 0..<bytes.count { #expect(ReportDigest(encoded: Array(bytes[..<length])) == nil) }
        #expect(ReportDigest(encoded: bytes + [0]) == nil)
    }
}
