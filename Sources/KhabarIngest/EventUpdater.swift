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
        try describe(stale, into: &changes)
        guard !changes.isEmpty else { return 0 }
        try store.updateEvents(removed: changes.removed, events: changes.events, memberships: changes.memberships)
        committed(changes)
        return changes.events.count + changes.removed.count
    }

    /// Adds new (stored) reports to the clusterer and returns the changes to the stored events.
    mutating func add(_ batch: [ReportFeatures]) throws -> Changes {
        let touched = clusterer.insert(batch)
        let affected = clusterer.events(containing: touched)
        var changes = Changes()
        let oldIDs = Set(touched.compactMap { memberships[$0]?.eventID })
        changes.removed = oldIDs.subtracting(affected.map(\.id)).sorted()
        try describe(affected, into: &changes)
        return changes
    }

    /// Records that `changes` are now stored.
    mutating func committed(_ changes: Changes) {
        for membership in changes.memberships { memberships[membership.articleID] = membership }
    }

    /// How many events are described together: their sampled reports are read from the store
    /// in one go, and let go before the next chunk, so memory stays bounded.
    static let describeChunk = 1_000

    /// Describes events and lists the memberships that differ from the stored ones.
    private func describe(_ events: [(id: String, members: [String])], into changes: inout Changes) throws {
        for start in stride(from: 0, to: events.count, by: EventUpdater.describeChunk) {
            let chunk = events[start..<min(events.count, start + EventUpdater.describeChunk)]
            var samples: [[String]] = []
            var wanted = Set<String>()
            for event in chunk {
                let sample = EventSummarizer.sample(of: event.members, features: features(of: event.members))
                samples.append(sample)
                wanted.formUnion(sample)
            }
            var loaded: [String: AnalyzedReport] = [:]
            for report in try store.reports(ids: wanted.sorted()) { loaded[report.article.id] = report }
            for (event, sample) in zip(chunk, samples) {
                let features = features(of: event.members)
                changes.events.append(summarizer.summary(of: sample.compactMap { loaded[$0] }, members: event.members, features: features))
                let duplicates = summarizer.duplicateMap(of: event.members, features: features)
                for id in event.members {
                    let membership = ArticleStore.Membership(articleID: id, eventID: event.id, duplicateOf: duplicates[id])
                    if memberships[id] != membership { changes.memberships.append(membership) }
                }
            }
        }
    }

    private func features(of members: [String]) -> [String: ReportFeatures] {
        var result: [String: ReportFeatures] = [:]
        for id in members { result[id] = clusterer.features(of: id) }
        return result
    }
}
