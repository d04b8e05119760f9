import Foundation
import KhabarCore
import KhabarEvents
import KhabarExtract
import KhabarIngest
import KhabarStore
import KhabarTestSupport
import Testing

@Suite struct IngestorTests {
    func ingestor(_ store: ArticleStore, concurrency: Int = 2) -> Ingestor {
        Ingestor(store: store, analyzer: ArticleAnalyzer(gazetteer: .bundled), gazetteer: .bundled, options: IngestOptions(batchSize: 2, concurrency: concurrency))
    }

    @Test func seedsAreStoredOnceWhateverTheNumberOfRuns() throws {
        let store = try ArticleStore()
        var rejections: [Rejection] = []
        let first = try ingestor(store).ingest(paths: [Seeds.directory.path], onRejection: { rejections.append($0) })
        #expect(rejections.isEmpty)
        #expect(first.stored == 5 && first.alreadyPresent == 0 && first.rejected == 0)
        let second = try ingestor(store).ingest(paths: [Seeds.directory.path, Seeds.file("001").path], onRejection: { rejections.append($0) })
        #expect(second.stored == 0 && second.alreadyPresent == 6)
        #expect(try store.articleCount() == 5)
        #expect(second.line == "stored 0, already present 6, rejected 0")
    }

    @Test func badInputDoesNotStopTheRun() throws {
        let dir = TemporaryDirectory()
        dir.write("good.txt", "date 2025-12-12 خبر درست")
        dir.write("empty.txt", "")
        dir.write("lines.jsonl", "{\"text\": \"خبر یک\"}\n{oops\n{\"text\": \"خبر دو\"}\n")
        let store = try ArticleStore()
        var rejections: [String] = []
        let summary = try ingestor(store).ingest(paths: [dir.url.path], onRejection: { rejections.append($0.description) })
        #expect(summary.stored == 3)
        #expect(summary.rejected == 2)
        #expect(rejections == ["\(dir.url.path)/empty.txt:1: empty file", "\(dir.url.path)/lines.jsonl:2: not valid JSON"])
    }

    @Test func theResultDoesNotDependOnConcurrency() throws {
        let one = try ArticleStore(), two = try ArticleStore()
        let summary = try ingestor(one, concurrency: 1).ingest(paths: [Seeds.directory.path], onRejection: { _ in })
        _ = try ingestor(two, concurrency: 4).ingest(paths: [Seeds.directory.path], onRejection: { _ in })
        #expect(summary.events == 3)
        #expect(try one.reports().map(\.analysis) == two.reports().map(\.analysis))
        #expect(try one.events() == two.events())
    }

    @Test func outletsAreRecognisedInTheSeedTexts() throws {
        let store = try ArticleStore()
        _ = try ingestor(store).ingest(paths: [Seeds.directory.path], onRejection: { _ in })
        let outlets = Dictionary(uniqueKeysWithValues: try store.reports().map {
            (URL(fileURLWithPath: $0.article.path!).lastPathComponent.prefix(3), $0.analysis.outlet?.name)
        })
        #expect(outlets["000"] == "Tabnak")
        #expect(outlets["001"] == "ILNA")
        #expect(outlets["002"] == "Iran Press")
        #expect(outlets["003"] == "IRNA")
        // 004 names no outlet; "عکس: AA" is a photo credit, not the publisher.
        #expect(outlets["004"] == .some(nil))
    }

    @Test func reanalysisRecomputesFromStoredText() throws {
        let store = try ArticleStore()
        _ = try ingestor(store).ingest(paths: [Seeds.directory.path], onRejection: { _ in })
        let before = try store.reports().map(\.analysis)
        let count = try ingestor(store).reanalyze()
        #expect(count == 5)
        #expect(try store.reports().map(\.analysis) == before)
        #expect(try store.reports().allSatisfy { $0.analysis.version == ArticleAnalyzer.version })
    }
}
