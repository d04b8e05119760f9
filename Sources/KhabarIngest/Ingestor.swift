import Dispatch
import Foundation
import KhabarCore
public import KhabarEvents
public import KhabarExtract
public import KhabarStore
import KhabarText

/// What an ingest run did.
public struct IngestSummary: Sendable, Hashable {
    /// Articles stored by this run.
    public var stored = 0
    /// Articles that were stored already (or read twice in this run), and not stored again.
    public var alreadyPresent = 0
    /// Inputs rejected (files, or lines of JSON Lines).
    public var rejected = 0
    /// Events in the store after the run.
    public var events = 0

    /// `stored 5, already present 0, rejected 0`.
    public var line: String {
        "stored \(stored), already present \(alreadyPresent), rejected \(rejected)"
    }
}

/// Progress of a run, for a progress line on a terminal.
public struct IngestProgress: Sendable, Hashable {
    /// Articles read so far.
    public var read: Int
    /// Articles stored so far.
    public var stored: Int
    /// Seconds since the run started.
    public var elapsed: Double
}

/// Settings of an ingest run.
public struct IngestOptions: Sendable, Hashable {
    /// The encoding of input without a byte order mark.
    public var encoding: InputEncoding
    /// How many articles are analysed and committed together. An article counts as stored once
    /// its batch is committed.
    public var batchSize: Int
    /// How many articles are analysed at once (1 for a single core; by default, one per core).
    public var concurrency: Int
    /// How many new articles are clustered into events together (at least once per run, at its
    /// end). Articles are stored as their batch commits; their events follow.
    public var eventBatchSize: Int
    /// The most bytes of report digests a run keeps to describe its events (about a kilobyte a
    /// report; 256 MiB, about 250,000 reports of news, by default): past it, the run's reports
    /// are read back from the store like those of earlier runs, so memory stays bounded however
    /// long the run. The events are the same either way.
    public var digestBudget: Int

    /// Creates options.
    public init(
        encoding: InputEncoding = .automatic, batchSize: Int = 256, concurrency: Int? = nil, eventBatchSize: Int = 250_000,
        digestBudget: Int = 256 << 20
    ) {
        self.encoding = encoding
        self.batchSize = max(1, batchSize)
        self.eventBatchSize = max(1, eventBatchSize)
        self.digestBudget = max(0, digestBudget)
        self.concurrency = max(1, concurrency ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}

/// Reads inputs, analyses every new article, stores it, and updates the events.
///
/// The edge where the pure stages meet files and the database. Bad input is reported through
/// `onRejection` and never stops the run; only a failure of the store itself throws.
public struct Ingestor: Sendable {
    private let store: ArticleStore
    private let analyzer: ArticleAnalyzer
    private let options: IngestOptions
    private let featureBuilder: FeatureBuilder
    private let summarizer: EventSummarizer
    private let model: SimilarityModel

    /// Creates an ingestor that writes to `store`, analysing with `analyzer` and linking names
    /// with `gazetteer`.
    public init(
        store: ArticleStore, analyzer: ArticleAnalyzer, gazetteer: Gazetteer,
        model: SimilarityModel = SimilarityModel(), options: IngestOptions = IngestOptions()
    ) {
        self.store = store
        self.analyzer = analyzer
        self.options = options
        self.model = model
        featureBuilder = FeatureBuilder(gazetteer: gazetteer)
        summarizer = EventSummarizer(gazetteer: gazetteer, model: model)
    }

    /// Ingests the files and directories of `paths` (`-` for standard input), then updates events.
    public func ingest(
        paths: [String], onRejection: (Rejection) -> Void, onProgress: (IngestProgress) -> Void = { _ in }
    ) throws -> IngestSummary {
        let (sources, problems) = InputCollector().collect(paths)
        var summary = IngestSummary()
        for problem in problems {
            summary.rejected += 1
            onRejection(problem)
        }
        var events = try EventUpdater(store: store, summarizer: summarizer, model: model, digestBudget: options.digestBudget)
        _ = try events.repair()
        let started = Date()
        var batch: [Article] = []
        var seenInRun = Set<String>()
        var read = 0
        let reader = ArticleReader(encoding: options.encoding)

        // New reports are clustered together at the end of the run (or every
        // `eventBatchSize` articles): the clusterer then replays its canonical order once
        // rather than once per batch.
        var unclustered: [ReportFeatures] = []
        func updateEvents() throws {
            guard !unclustered.isEmpty else { return }
            try events.add(unclustered)
            unclustered.removeAll(keepingCapacity: true)
        }
        func flush() throws {
            guard !batch.isEmpty else { return }
            // Keep only what clustering and describing need: features, and the reports' digests
            // within their budget; texts and analyses are not kept (past the budget they are read
            // back when the events are described), so memory stays bounded however long the run.
            let outcome = try storeBatch(batch, features: &unclustered, events: &events)
            if unclustered.count >= options.eventBatchSize { try updateEvents() }
            summary.stored += outcome.stored.count
            summary.alreadyPresent += outcome.alreadyPresent.count
            batch.removeAll(keepingCapacity: true)
            onProgress(IngestProgress(read: read, stored: summary.stored, elapsed: Date().timeIntervalSince(started)))
        }

        for source in sources {
            do {
                try reader.read(source) { item in
                    switch item {
                    case .rejection(let rejection):
                        summary.rejected += 1
                        onRejection(rejection)
                    case .article(let article):
                        read += 1
                        guard seenInRun.insert(article.id).inserted else {
                            summary.alreadyPresent += 1
                            return
                        }
                        batch.append(article)
                        if batch.count >= options.batchSize { try flush() }
                    }
                }
            } catch let error as StoreError {
                throw error
            } catch {
                summary.rejected += 1
                onRejection(Rejection(path: source.displayPath, line: nil, reason: "cannot read: \(error.localizedDescription)"))
            }
        }
        try flush()
        try updateEvents()
        // Every change is committed by now: the stored events are the clusterer's, split.
        summary.events = try store.eventCount()
        return summary
    }

    /// Analyses and stores one batch in one transaction; articles already stored are not
    /// analysed again. Returns what was stored, appends the features of the new reports to
    /// `features` (the reports themselves are not copied) and hands their digests to `events`.
    private func storeBatch(_ articles: [Article], features: inout [ReportFeatures], events: inout EventUpdater) throws -> InsertOutcome {
        let existing = try store.existingIDs(among: articles.map(\.id))
        let fresh = articles.filter { !existing.contains($0.id) }
        let items = analyzeAll(fresh, digesting: true)
        var outcome = try store.commit(ArticleStore.Commit(reports: items.map { ($0.report, $0.features) }))
        outcome.alreadyPresent += articles.filter { existing.contains($0.id) }.map(\.id)
        let stored = Set(outcome.stored)
        for item in items where stored.contains(item.report.article.id) {
            features.append(item.features)
            if let digest = item.digest { events.remember(digest, of: item.report.article.id) }
        }
        return outcome
    }

    /// An analysed article: its report, its clustering features and, when asked for, the digest
    /// its events are described from (``ReportDigest/encoded()``).
    struct Analyzed: Sendable {
        var report: AnalyzedReport
        var features: ReportFeatures
        var digest: [UInt8]?
    }

    /// Analyses articles and computes their clustering features (and with `digesting`, their
    /// digests), `options.concurrency` at a time. The result does not depend on the concurrency.
    func analyzeAll(_ articles: [Article], digesting: Bool = false) -> [Analyzed] {
        let analyzer = self.analyzer, featureBuilder = self.featureBuilder
        @Sendable func process(_ article: Article) -> Analyzed {
            let prepared = PreparedText(article.text)
            let report = AnalyzedReport(article: article, analysis: analyzer.analyze(article, prepared: prepared, normalizing: false))
            let features = featureBuilder.features(of: report, prepared: prepared)
            let digest = digesting
                ? ReportDigest(id: article.id, text: prepared.text, analysis: report.analysis, storyEnd: features.storyEnd).encoded() : nil
            return Analyzed(report: report, features: features, digest: digest)
        }
        guard options.concurrency > 1, articles.count > 1 else { return articles.map(process) }
        let results = ResultSlots<Analyzed>(count: articles.count)
        let workers = min(options.concurrency, articles.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < articles.count {
                results.set(index, process(articles[index]))
                index += workers
            }
        }
        return results.values()
    }

    /// Recomputes every stored analysis from the stored text with the current analyser, then
    /// regroups all reports into events from scratch. Returns the number of articles reanalysed.
    @discardableResult
    public func reanalyze(onProgress: (IngestProgress) -> Void = { _ in }) throws -> Int {
        let started = Date()
        var done = 0
        try store.forEachArticleBatch(batchSize: options.batchSize) { articles in
            try store.replaceAnalyses(analyzeAll(articles).map { ($0.report, $0.features) })
            done += articles.count
            onProgress(IngestProgress(read: done, stored: done, elapsed: Date().timeIntervalSince(started)))
        }
        try store.replaceEvents([])
        var events = try EventUpdater(store: store, summarizer: summarizer, model: model, rebuild: true, digestBudget: options.digestBudget)
        _ = try events.repair()
        return done
    }
}

/// Fixed slots that concurrent workers fill, each slot written by exactly one worker.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
