import KhabarCore
import KhabarEvents
import KhabarStore

/// Keeps the stored events in step with the clusterer as reports arrive.
///
/// The clusterer groups reports into stories; each story is split into its events by who acts
/// (``EventSplitter``), and the events are what is stored, each with its story's id.
///
/// At the start of a run it restores the clusterer from the stored features and memberships
/// (without comparing reports again), clusters any stored report that has no event yet (left by
/// a crash between a commit and the next), and repairs any stored event that does not match.
/// Then, for each batch, it describes only the events the batch changed, from at most
/// ``EventSummarizer/sampleSize`` of their reports, and writes only the memberships that changed,
/// so the cost of a batch does not grow with the archive. The sampled reports are described from
/// their digests (``ReportDigest``): those of the reports stored in this run are kept from their
/// analysis, in their compact binary form (``remember(_:of:)``); the others are made from what
/// the store reads back. Each description is encoded to its stored form as soon as it is made, so
/// a run holds those compact bytes, not the descriptions, until all the changes are committed in
/// one transaction.
struct EventUpdater {
    private(set) var clusterer: EventClusterer
    /// The stored membership of every clustered article.
    private var memberships: [String: ArticleStore.Membership]
    private let store: ArticleStore
    private let summarizer: EventSummarizer
    /// The digests of the reports stored in this run, by id, encoded (``ReportDigest/encoded()``:
    /// about a kilobyte a report, a third of the memory of the digests themselves).
    private var digests: [String: [UInt8]] = [:]
    /// The bytes of `digests`.
    private var digestBytes = 0
    /// The most bytes of digests kept (``IngestOptions/digestBudget``).
    private let digestBudget: Int

    /// Changes to the stored events: descriptions encoded for storing, and memberships.
    private struct Changes {
        var events = ArticleStore.EncodedEvents()
        var memberships: [ArticleStore.Membership] = []
    }

    /// Loads the stored state. With `rebuild`, ignores the stored events and clusters every report
    /// again (after an upgrade of the analyser or the model).
    init(
        store: ArticleStore, summarizer: EventSummarizer, model: SimilarityModel, rebuild: Bool = false,
        digestBudget: Int
    ) throws {
        self.store = store
        self.digestBudget = digestBudget
        self.summarizer = summarizer
        clusterer = EventClusterer(model: model)
        memberships = rebuild ? [:] : try store.memberships()
        let features = try store.features()
        // The clusterer groups stories; the stored events are their parts.
        let storyOf = memberships.mapValues(\.storyID)
        clusterer.restore(features, eventOf: storyOf)
        clusterer.insert(features.filter { storyOf[$0.id] == nil })
    }

    /// Keeps the digest of a report stored in this run (encoded), so describing its events does
    /// not read it back from the store.
    mutating func remember(_ digest: [UInt8], of id: String) {
        guard digestBytes + digest.count <= digestBudget else { return }
        digestBytes += digest.count
        digests[id] = digest
    }

    /// An event to describe: its id, its story's id and its members.
    typealias Part = (id: String, story: String, members: [String])

    /// The events of `stories` (``EventSplitter``).
    private func parts(of stories: [(id: String, members: [String])]) -> [Part] {
        stories.flatMap { story in
            EventSplitter.events(of: story.members, features: { clusterer.features(of: $0) }, model: clusterer.model)
                .map { (id: EventClusterer.eventID(members: $0), story: story.id, members: $0) }
        }
    }

    /// Brings the stored events in line with the clusterer; returns how many events changed.
    mutating func repair() throws -> Int {
        var storedSizes: [String: Int] = [:]
        for (_, membership) in memberships { storedSizes[membership.eventID, default: 0] += 1 }
        var stale: [Part] = []
        var current = Set<String>()
        for part in parts(of: clusterer.events().map { (id: EventClusterer.eventID(members: $0), members: $0) }) {
            current.insert(part.id)
            if storedSizes[part.id] != part.members.count
                || part.members.contains(where: { memberships[$0]?.eventID != part.id || memberships[$0]?.storyID != part.story }) {
                stale.append(part)
            }
        }
        let removed = Set(storedSizes.keys).subtracting(current).sorted()
        return try write(removed: removed, describing: stale)
    }

    /// Adds new (stored) reports to the clusterer and stores the events they change; returns how
    /// many events changed.
    @discardableResult
    mutating func add(_ batch: [ReportFeatures]) throws -> Int {
        let touched = clusterer.insert(batch)
        let stories = clusterer.events(containing: touched)
        let affected = parts(of: stories)
        // Every event of a changed story is split again, so any of their old ids may go.
        var oldIDs = Set(touched.compactMap { memberships[$0]?.eventID })
        for story in stories { for id in story.members { if let old = memberships[id]?.eventID { oldIDs.insert(old) } } }
        let removed = oldIDs.subtracting(affected.map(\.id)).sorted()
        return try write(removed: removed, describing: affected)
    }

    /// How many events are described together: their sampled reports are read from the store
    /// in one go, and let go before the next chunk, so memory stays bounded.
    static let describeChunk = 250

    /// Describes `events` and, in one transaction, deletes the events `removed`, stores the
    /// descriptions and the memberships that differ from the stored ones. Returns how many events
    /// were removed or written.
    private mutating func write(removed: [String], describing events: [Part]) throws -> Int {
        var changes = Changes()
        for start in stride(from: 0, to: events.count, by: EventUpdater.describeChunk) {
            try describe(events[start..<min(events.count, start + EventUpdater.describeChunk)], into: &changes)
        }
        guard !removed.isEmpty || changes.events.count > 0 || !changes.memberships.isEmpty else { return 0 }
        try store.updateEvents(removed: removed, encoded: changes.events, memberships: changes.memberships)
        for membership in changes.memberships { memberships[membership.articleID] = membership }
        return removed.count + events.count
    }

    /// Describes a chunk of events, adding their encoded descriptions and the memberships that
    /// differ from the stored ones to `changes`.
    private func describe(_ chunk: ArraySlice<Part>, into changes: inout Changes) throws {
        var samples: [[String]] = []
        var featureMaps: [[String: ReportFeatures]] = []
        var wanted = Set<String>()
        for event in chunk {
            let features = features(of: event.members)
            let sample = EventSummarizer.sample(of: event.members, features: features)
            samples.append(sample)
            featureMaps.append(features)
            wanted.formUnion(sample)
        }
        // The digests of this run's reports are at hand; the others are made from what the store
        // reads back of them: ids, texts and analyses without their date mentions.
        var loaded: [String: ReportDigest] = [:]
        var unread: [String] = []
        for id in wanted.sorted() {
            if let bytes = digests[id], let digest = ReportDigest(encoded: bytes) { loaded[id] = digest } else { unread.append(id) }
        }
        if !unread.isEmpty {
            for report in try store.sampledReports(ids: unread) {
                loaded[report.id] = ReportDigest(report, storyEnd: clusterer.features(of: report.id)?.storyEnd)
            }
        }
        for ((event, sample), features) in zip(zip(chunk, samples), featureMaps) {
            var description = summarizer.summary(ofDigests: sample.compactMap { loaded[$0] }, members: event.members, features: features)
            description.story = event.story
            changes.events.append(description)
            let duplicates = summarizer.duplicateMap(of: event.members, features: features)
            for id in event.members {
                let membership = ArticleStore.Membership(
                    articleID: id, eventID: event.id, duplicateOf: duplicates[id], storyID: event.story)
                if memberships[id] != membership { changes.memberships.append(membership) }
            }
        }
    }

    private func features(of members: [String]) -> [String: ReportFeatures] {
        var result: [String: ReportFeatures] = [:]
        for id in members { result[id] = clusterer.features(of: id) }
        return result
    }
}
