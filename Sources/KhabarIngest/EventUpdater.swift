import KhabarCore
import KhabarEvents
import KhabarStore

/// Keeps the stored events in step with the clusterer as reports arrive.
///
/// At the start of a run it rebuilds the clusterer from the stored features and repairs any
/// stored event that does not match (after a crash between runs, or an upgrade of the model);
/// then, for each batch, it rewrites only the events the batch changed.
struct EventUpdater {
    private(set) var clusterer: EventClusterer
    /// The event each stored article belongs to, as stored.
    private var assignment: [String: String]
    private let store: ArticleStore
    private let summarizer: EventSummarizer

    /// Loads the stored features and event membership.
    init(store: ArticleStore, summarizer: EventSummarizer, model: SimilarityModel) throws {
        self.store = store
        self.summarizer = summarizer
        clusterer = EventClusterer(model: model)
        clusterer.insert(try store.features())
        assignment = try store.eventAssignments()
    }

    /// Rewrites the stored events that differ from what the clusterer says. Returns how many.
    mutating func repair() throws -> Int {
        var storedSizes: [String: Int] = [:]
        for (_, event) in assignment { storedSizes[event, default: 0] += 1 }
        var stale: [[String]] = []
        var current = Set<String>()
        for members in clusterer.events() {
            let id = EventClusterer.eventID(members: members)
            current.insert(id)
            if storedSizes[id] != members.count || members.contains(where: { assignment[$0] != id }) {
                stale.append(members)
            }
        }
        let removed = Set(storedSizes.keys).subtracting(current)
        guard !stale.isEmpty || !removed.isEmpty else { return 0 }
        let events = try stale.map { try summarize(members: $0, batch: [:]) }
        try store.updateEvents(removed: removed.sorted(), events: events)
        for event in events { for report in event.reports { assignment[report.id] = event.id } }
        return events.count + removed.count
    }

    /// Adds a batch of new reports to the clusterer and returns the events to remove and write.
    mutating func add(_ batch: [(report: AnalyzedReport, features: ReportFeatures)]) throws -> (removed: [String], events: [Event]) {
        let touched = clusterer.insert(batch.map(\.features))
        var inBatch: [String: AnalyzedReport] = [:]
        for item in batch { inBatch[item.report.article.id] = item.report }
        var newEvents: [String: [String]] = [:]
        for id in touched.sorted() {
            guard let event = clusterer.event(containing: id), newEvents[event.id] == nil else { continue }
            newEvents[event.id] = event.members
        }
        let oldIDs = Set(touched.compactMap { assignment[$0] })
        let removed = oldIDs.subtracting(newEvents.keys).sorted()
        let events = try newEvents.keys.sorted().map { try summarize(members: newEvents[$0]!, batch: inBatch) }
        return (removed, events)
    }

    /// Records that `events` and `removed` are now stored.
    mutating func committed(removed: [String], events: [Event]) {
        for event in events { for report in event.reports { assignment[report.id] = event.id } }
    }

    private func summarize(members: [String], batch: [String: AnalyzedReport]) throws -> Event {
        var reports = members.compactMap { batch[$0] }
        let missing = members.filter { batch[$0] == nil }
        if !missing.isEmpty { reports += try store.reports(ids: missing) }
        var features: [String: ReportFeatures] = [:]
        for id in members { features[id] = clusterer.features(of: id) }
        return summarizer.event(of: reports, features: features)
    }
}
