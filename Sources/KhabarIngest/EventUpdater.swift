import KhabarCore
import KhabarEvents
import KhabarStore

/// Keeps the stored events in step with the clusterer as reports arrive.
///
/// At the start of a run it restores the clusterer from the stored features and memberships
/// (without comparing reports again), clusters any stored report that has no event yet (left by
/// a crash between a commit and the next), and repairs any stored event that does not match.
/// Then, for each batch, it describes only the events the batch changed, from at most
/// ``EventSummarizer/sampleSize`` of their reports, and writes only the memberships that changed,
/// so the cost of a batch does not grow with the archive.
struct EventUpdater {
    private(set) var clusterer: EventClusterer
    /// The stored membership of every clustered article.
    private var memberships: [String: ArticleStore.Membership]
    private let store: ArticleStore
    private let summarizer: EventSummarizer

    /// A set of changes to apply to the stored events.
    struct Changes {
        var removed: [String] = []
        var events: [Event] = []
        var memberships: [ArticleStore.Membership] = []
        var isEmpty: Bool { removed.isEmpty && events.isEmpty && memberships.isEmpty }
    }

    /// Loads the stored state. With `rebuild`, ignores the stored events and clusters every report
    /// again (after an upgrade of the analyser or the model).
    init(store: ArticleStore, summarizer: EventSummarizer, model: SimilarityModel, rebuild: Bool = false) throws {
        self.store = store
        self.summarizer = summarizer
        clusterer = EventClusterer(model: model)
        memberships = rebuild ? [:] : try store.memberships()
        let features = try store.features()
        let eventOf = memberships.mapValues(\.eventID)
        clusterer.restore(features, eventOf: eventOf)
        clusterer.insert(features.filter { eventOf[$0.id] == nil })
    }

    /// Brings the stored events in line with the clusterer; returns how many events changed.
    mutating func repair() throws -> Int {
        var storedSizes: [String: Int] = [:]
        for (_, membership) in memberships { storedSizes[membership.eventID, default: 0] += 1 }
        var stale: [(id: String, members: [String])] = []
        var current = Set<String>()
        for members in clusterer.events() {
            let id = EventClusterer.eventID(members: members)
            current.insert(id)
            if storedSizes[id] != members.count || members.contains(where: { memberships[$0]?.eventID != id }) {
                stale.append((id, members))
            }
        }
        var changes = Changes()
        changes.removed = Set(storedSizes.keys).subtracting(current).sorted()
        try describe(stale, batch: [:], into: &changes)
        guard !changes.isEmpty else { return 0 }
        try store.updateEvents(removed: changes.removed, events: changes.events, memberships: changes.memberships)
        committed(changes)
        return changes.events.count + changes.removed.count
    }

    /// Adds a batch of new reports to the clusterer and returns the changes to the stored events.
    mutating func add(_ batch: [(report: AnalyzedReport, features: ReportFeatures)]) throws -> Changes {
        let touched = clusterer.insert(batch.map(\.features))
        var inBatch: [String: AnalyzedReport] = [:]
        for item in batch { inBatch[item.report.article.id] = item.report }
        let affected = clusterer.events(containing: touched)
        var changes = Changes()
        let oldIDs = Set(touched.compactMap { memberships[$0]?.eventID })
        changes.removed = oldIDs.subtracting(affected.map(\.id)).sorted()
        try describe(affected, batch: inBatch, into: &changes)
        return changes
    }

    /// Records that `changes` are now stored.
    mutating func committed(_ changes: Changes) {
        for membership in changes.memberships { memberships[membership.articleID] = membership }
    }

    /// Describes events and lists the memberships that differ from the stored ones. The sampled
    /// reports of all the events are read from the store together, in a few queries.
    private func describe(
        _ events: [(id: String, members: [String])], batch: [String: AnalyzedReport], into changes: inout Changes
    ) throws {
        var samples: [[String]] = []
        var missing = Set<String>()
        for event in events {
            var features: [String: ReportFeatures] = [:]
            for id in event.members { features[id] = clusterer.features(of: id) }
            let sample = EventSummarizer.sample(of: event.members, features: features)
            samples.append(sample)
            for id in sample where batch[id] == nil { missing.insert(id) }
        }
        var loaded = batch
        for report in try store.reports(ids: missing.sorted()) { loaded[report.article.id] = report }
        for (event, sample) in zip(events, samples) {
            var features: [String: ReportFeatures] = [:]
            for id in event.members { features[id] = clusterer.features(of: id) }
            let reports = sample.compactMap { loaded[$0] }
            changes.events.append(summarizer.summary(of: reports, members: event.members, features: features))
            let duplicates = summarizer.duplicateMap(of: event.members, features: features)
            for id in event.members {
                let membership = ArticleStore.Membership(articleID: id, eventID: event.id, duplicateOf: duplicates[id])
                if memberships[id] != membership { changes.memberships.append(membership) }
            }
        }
    }
}
