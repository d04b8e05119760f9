import KhabarCore

/// Groups reports into events as they stream in, so that the result depends only on the set of
/// reports, never on the order they arrived in or on how they were split across runs.
///
/// The rule that makes this so:
/// - Two **dated** reports are one event when they are *linked*: their dates are compatible and
///   they are copies or similar enough (``SimilarityModel/linked(_:_:)``). Events are the
///   connected components of the links, kept in a union–find. Adding a report only adds links,
///   so a new report that bridges two events merges them.
/// - An **undated** report (no event date, no publication day) follows its nearest neighbour:
///   the most similar report above ``SimilarityModel/attachThreshold`` (ties broken by id), and
///   joins that neighbour's event. When a better neighbour arrives later, it moves — the one way
///   an event can lose a report (a split).
///
/// Both rules are functions of pairs of reports, and every pair that could matter is compared
/// whatever the order: a new report looks up the reports that share one of its index keys
/// (people, organisations and cities, figures, its most telling terms, near-duplicate bands)
/// within ``SimilarityModel/window`` days, in an inverted index bucketed by week, so the cost of
/// a report does not grow with the archive.
///
/// - Complexity: O(*k*) per report, where *k* is the number of reports sharing a key within the
///   window.
public struct EventClusterer: Sendable {
    /// The similarity model.
    public let model: SimilarityModel

    private var features: [ReportFeatures] = []
    private var indexOfID: [String: Int32] = [:]
    private var parent: [Int32] = []
    private var nearest: [Int32] = []
    private var nearestScore: [Float] = []
    private var keysOf: [[UInt64]] = []
    /// Members of each union–find root (dated reports only).
    private var componentMembers: [Int32: [Int32]] = [:]
    /// For each report, the undated reports whose nearest neighbour it is.
    private var followers: [Int32: [Int32]] = [:]
    /// Dated reports by key and week of their anchor day.
    private var byKeyWeek: [KeyWeek: [Int32]] = [:]
    /// Every report by key (for undated reports, which have no week).
    private var byKey: [UInt64: [Int32]] = [:]
    /// Undated reports by key (to offer them a better neighbour when one arrives).
    private var undatedByKey: [UInt64: [Int32]] = [:]

    private struct KeyWeek: Hashable {
        var key: UInt64
        var week: Int
    }

    /// An empty clusterer.
    public init(model: SimilarityModel = SimilarityModel()) {
        self.model = model
    }

    /// The number of reports.
    public var count: Int { features.count }

    /// Whether a report with this id has been inserted.
    public func contains(_ id: String) -> Bool { indexOfID[id] != nil }

    /// The features of a report.
    public func features(of id: String) -> ReportFeatures? { indexOfID[id].map { features[Int($0)] } }

    // MARK: - Restoring

    /// Rebuilds the state of earlier runs without comparing reports again: every report is
    /// indexed, and the dated reports of each stored event are joined as they were. Undated
    /// reports look up their nearest neighbour again (they are few). Reports without a stored
    /// event are skipped: ``insert(_:)`` them afterwards.
    ///
    /// Valid when the stored events were computed by the same model from the same reports, which
    /// is what ``insert(_:)`` stores; after an upgrade of the model, rebuild from scratch instead.
    public mutating func restore(_ reports: [ReportFeatures], eventOf: [String: String]) {
        var firstOfEvent: [String: Int32] = [:]
        var undated: [Int32] = []
        for report in reports where indexOfID[report.id] == nil {
            guard let event = eventOf[report.id] else { continue }
            let index = append(report)
            self.index(report, at: index)
            if report.isUndated {
                undated.append(index)
            } else if let first = firstOfEvent[event] {
                union(first, index)
            } else {
                firstOfEvent[event] = index
            }
        }
        for index in undated {
            for candidate in candidateIndices(for: index, keys: keysOf[Int(index)]) {
                consider(candidate, asNeighbourOf: index)
            }
        }
    }

    /// Appends a report's state (not yet indexed) and returns its index.
    private mutating func append(_ report: ReportFeatures) -> Int32 {
        let index = Int32(features.count)
        features.append(report)
        indexOfID[report.id] = index
        parent.append(index)
        if !report.isUndated { componentMembers[index] = [index] }
        nearest.append(-1)
        nearestScore.append(0)
        keysOf.append(EventClusterer.indexKeys(of: report))
        return index
    }

    /// Adds a report to the inverted indexes.
    private mutating func index(_ report: ReportFeatures, at index: Int32) {
        for key in keysOf[Int(index)] {
            byKey[key, default: []].append(index)
            if report.isUndated {
                undatedByKey[key, default: []].append(index)
            } else if let day = report.anchorDay {
                byKeyWeek[KeyWeek(key: key, week: EventClusterer.week(of: day)), default: []].append(index)
            }
        }
    }

    // MARK: - Inserting

    /// Adds reports and links them. Returns the ids of the reports whose event may have changed
    /// (the new ones, the ones they linked to, and undated reports that moved), so a caller can
    /// rewrite just those events.
    @discardableResult
    public mutating func insert(_ batch: [ReportFeatures]) -> Set<String> {
        var touched = Set<Int32>()
        for report in batch where indexOfID[report.id] == nil {
            touched.formUnion(insertOne(report))
        }
        return Set(touched.map { features[Int($0)].id })
    }

    private mutating func insertOne(_ report: ReportFeatures) -> Set<Int32> {
        let index = append(report)
        let keys = keysOf[Int(index)]

        var touched: Set<Int32> = [index]
        let candidates = candidateIndices(for: index, keys: keys)

        if report.isUndated {
            // Follow the most similar report, dated or not.
            for candidate in candidates {
                consider(candidate, asNeighbourOf: index)
            }
            if nearest[Int(index)] >= 0 { touched.insert(nearest[Int(index)]) }
        } else {
            for candidate in candidates where !features[Int(candidate)].isUndated {
                if model.linked(report, features[Int(candidate)]) {
                    touched.insert(candidate)
                    union(index, candidate)
                }
            }
        }
        // Offer this report to undated reports as a possibly better neighbour.
        var offered = Set<Int32>()
        for key in keys {
            for undated in undatedByKey[key] ?? [] where undated != index && offered.insert(undated).inserted {
                let before = nearest[Int(undated)]
                consider(index, asNeighbourOf: undated)
                if nearest[Int(undated)] != before {
                    touched.insert(undated)
                    if before >= 0 { touched.insert(before) }
                }
            }
        }
        self.index(report, at: index)
        return touched
    }

    /// Makes `candidate` the nearest neighbour of the undated report `undated` if it is more
    /// similar than its current one (ties go to the smaller article id).
    private mutating func consider(_ candidate: Int32, asNeighbourOf undated: Int32) {
        guard candidate != undated else { return }
        let a = features[Int(undated)], b = features[Int(candidate)]
        let score = model.areNearDuplicates(a, b) ? 1.0 : model.similarity(a, b)
        guard score >= model.attachThreshold else { return }
        let current = nearest[Int(undated)]
        let currentScore = Double(nearestScore[Int(undated)])
        if current < 0 || score > currentScore
            || (score == currentScore && b.id < features[Int(current)].id) {
            if current >= 0 { followers[current]?.removeAll { $0 == undated } }
            nearest[Int(undated)] = candidate
            nearestScore[Int(undated)] = Float(score)
            followers[candidate, default: []].append(undated)
        }
    }

    /// The reports that share an index key with report `index` (within the window when dated).
    private func candidateIndices(for index: Int32, keys: [UInt64]) -> [Int32] {
        let report = features[Int(index)]
        var seen = Set<Int32>()
        var result: [Int32] = []
        if let day = report.anchorDay {
            let first = EventClusterer.week(of: day.adding(days: -model.window))
            let last = EventClusterer.week(of: day.adding(days: model.window))
            for key in keys {
                for week in first...last {
                    for candidate in byKeyWeek[KeyWeek(key: key, week: week)] ?? [] where seen.insert(candidate).inserted {
                        if let other = features[Int(candidate)].anchorDay, abs(other.days(to: day)) <= model.window {
                            result.append(candidate)
                        }
                    }
                }
                // Undated reports are candidates whatever their (absent) date.
                for candidate in undatedByKey[key] ?? [] where seen.insert(candidate).inserted {
                    result.append(candidate)
                }
            }
        } else {
            for key in keys {
                for candidate in byKey[key] ?? [] where seen.insert(candidate).inserted {
                    result.append(candidate)
                }
            }
        }
        return result.sorted()
    }

    /// The keys a report is indexed and looked up by.
    static func indexKeys(of report: ReportFeatures) -> [UInt64] {
        var keys = Set(report.specificEntities)
        keys.formUnion(report.figures)
        keys.formUnion(report.indexTerms)
        keys.formUnion(bandKeys(of: report))
        return keys.sorted()
    }

    /// Locality-sensitive keys of a report's MinHash signature: 8 bands of 4 values. Two copies
    /// (estimated Jaccard 0.8) share a band with probability 0.98.
    public static func bandKeys(of report: ReportFeatures) -> [UInt64] {
        guard report.signature.count == FeatureBuilder.signatureLength else { return [] }
        return (0..<8).map { band in
            var hash: UInt64 = 0x6261_6E64 &+ UInt64(band)
            for value in report.signature[(band * 4)..<(band * 4 + 4)] {
                hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
            }
            return hash
        }
    }

    static func week(of day: CivilDate) -> Int {
        let julianDay = day.julianDay
        return julianDay >= 0 ? julianDay / 7 : (julianDay - 6) / 7
    }

    // MARK: - Union–find

    private mutating func find(_ x: Int32) -> Int32 {
        var root = x
        while parent[Int(root)] != root { root = parent[Int(root)] }
        var node = x
        while parent[Int(node)] != root {
            let next = parent[Int(node)]
            parent[Int(node)] = root
            node = next
        }
        return root
    }

    private func findWithoutCompression(_ x: Int32) -> Int32 {
        var root = x
        while parent[Int(root)] != root { root = parent[Int(root)] }
        return root
    }

    private mutating func union(_ a: Int32, _ b: Int32) {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return }
        // The smaller index becomes the root, so roots are stable and deterministic.
        let (root, child) = ra < rb ? (ra, rb) : (rb, ra)
        parent[Int(child)] = root
        componentMembers[root, default: []].append(contentsOf: componentMembers[child] ?? [])
        componentMembers[child] = nil
    }

    // MARK: - Reading the events

    /// The root that report `index` belongs to: its union–find root when dated; for an undated
    /// report, the root of the report its chain of nearest neighbours ends in.
    private func root(ofIndex index: Int32) -> Int32 {
        var node = index
        var visited: [Int32] = []
        while features[Int(node)].isUndated {
            let next = nearest[Int(node)]
            if next < 0 { return node }
            if visited.contains(node) {
                // A cycle of undated reports pointing at each other: its smallest member leads.
                return visited.min()!
            }
            visited.append(node)
            node = next
        }
        return findWithoutCompression(node)
    }

    /// Every report of the event whose root is `root`: the dated members of its component, and
    /// the undated reports whose chains of nearest neighbours lead into it.
    private func members(ofRoot root: Int32) -> [Int32] {
        var result = features[Int(root)].isUndated ? [root] : (componentMembers[root] ?? [root])
        var seen = Set(result)
        var cursor = 0
        while cursor < result.count {
            for follower in followers[result[cursor]] ?? [] where seen.insert(follower).inserted {
                result.append(follower)
            }
            cursor += 1
        }
        return result
    }

    /// Every event, as sorted lists of article ids, sorted by their first id.
    public func events() -> [[String]] {
        var roots = Set<Int32>()
        for index in 0..<Int32(features.count) { roots.insert(root(ofIndex: index)) }
        return roots.map { members(ofRoot: $0).map { features[Int($0)].id }.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// The event a report belongs to: its id and its members' article ids, sorted.
    ///
    /// - Complexity: O(*m*) in the size of the event.
    public func event(containing id: String) -> (id: String, members: [String])? {
        guard let index = indexOfID[id] else { return nil }
        let members = members(ofRoot: root(ofIndex: index)).map { features[Int($0)].id }.sorted()
        return (EventClusterer.eventID(members: members), members)
    }

    /// The events the given reports belong to (each once), with their members, sorted by id.
    ///
    /// - Complexity: O(*m*) in the total size of those events.
    public func events(containing ids: some Sequence<String>) -> [(id: String, members: [String])] {
        var roots = Set<Int32>()
        for id in ids { if let index = indexOfID[id] { roots.insert(root(ofIndex: index)) } }
        return roots.map { root -> (id: String, members: [String]) in
            let members = members(ofRoot: root).map { features[Int($0)].id }.sorted()
            return (EventClusterer.eventID(members: members), members)
        }.sorted { $0.id < $1.id }
    }

    /// The id of the event a report belongs to.
    public func eventID(of id: String) -> String? {
        event(containing: id)?.id
    }

    /// The id of an event with these members: `ev-` and its smallest member's article id, so the
    /// id does not depend on arrival order.
    public static func eventID(members: [String]) -> String {
        "ev-" + (members.min() ?? "")
    }
}
