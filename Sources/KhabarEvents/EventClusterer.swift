import KhabarCore

/// Groups reports into events as they stream in, so that the result depends only on the set of
/// reports, never on the order they arrived in or on how they were split across runs.
///
/// The rule that makes this so:
/// - **Dated** reports (those with an event date, or at least a publication day) are clustered
///   as if they had arrived in one *canonical order*: by anchor day (the publication day, else
///   the event date), then id. In that order, each report joins the event whose centroid it
///   resembles most (``SimilarityModel/joinThreshold``), among the events still open on its day
///   (their latest report at most ``SimilarityModel/eventDateTolerance`` days before, their first
///   at most ``SimilarityModel/maximumSpan`` days before, no event date a month away), or copies
///   an earlier report; otherwise it starts an event. Comparing with an event's centroid rather
///   than with any one report keeps unrelated stories of a busy day from chaining together.
///   Once a day's reports are placed, the events begun that day merge into others open that
///   day whose centroids they resemble (``SimilarityModel/mergeThreshold``), so that which of
///   a story's reports comes first does not split it.
/// - When reports arrive out of canonical order (they usually do), the clusterer *replays*: it
///   takes back the assignments from the earliest new day on and assigns again, day by day,
///   until the assignments are again what they were for longer than an event can span. What
///   it stores is therefore always what the canonical order gives. Replays are short for a
///   stream in time order; a whole archive in random order costs one pass per call.
/// - An **undated** report (no event date, no publication day) follows its nearest neighbour:
///   the most similar report above ``SimilarityModel/attachThreshold`` (ties broken by id), and
///   joins that neighbour's event. When a better neighbour arrives later, it moves.
///
/// Candidate events and neighbours are found through an inverted index of the reports' keys
/// (people, organisations and cities, figures, their most telling terms, near-duplicate bands)
/// bucketed by week, so the cost of a report does not grow with the archive. Centroids are summed
/// in fixed point so no floating-point order can change a decision.
public struct EventClusterer: Sendable {
    /// The similarity model.
    public let model: SimilarityModel

    private var features: [ReportFeatures] = []
    private var indexOfID: [String: Int32] = [:]
    private var keysOf: [[UInt64]] = []
    /// Julian day number of each dated report's anchor day (`Int.min` for undated reports).
    private var anchor: [Int] = []

    // Dated reports.
    /// The leader (first member in canonical order) of each dated report's event, or -1.
    private var leader: [Int32] = []
    /// Events by leader: one slot per report, without members for a report that leads no event.
    /// An array of values, so an event is read and changed where it lies, without a copy or a hash.
    private var centroids: [EventCentroid] = []
    /// Leaders of the events whose sums are held (the others are compact).
    private var expanded = Set<Int32>()
    /// Dated reports per anchor day, sorted by id.
    private var reportsOnDay: [Int: [Int32]] = [:]
    /// The anchor days that have reports, ascending.
    private var days: [Int] = []
    /// Dated reports not yet assigned.
    private var pending: [Int32] = []
    /// The open events each report of the day being assigned was compared with (report, leader):
    /// the pairs ``mergeNewEvents(on:)`` looks at.
    private var consideredToday: [(report: Int32, event: Int32)] = []

    // Undated reports.
    private var nearest: [Int32] = []
    private var nearestScore: [Float] = []
    /// For each report, the undated reports whose nearest neighbour it is.
    private var followers: [Int32: [Int32]] = [:]

    // Indexes.
    /// Dated reports by week of their anchor day, then by key: one small index per week, so the
    /// lists a replay reads (the few weeks around the day it assigns) lie together in memory
    /// however many weeks the archive holds, where one index of every key and week grew past
    /// the processor's caches and made each look-up slower as the archive grew.
    private var byWeek: [Int: PostingIndex] = [:]
    /// Every report by its *loose* keys — people, organisations, cities, figures and its few
    /// heaviest terms, not the MinHash bands — for undated reports, which have no week to look in.
    private var byLooseKey = PostingIndex()
    /// Undated reports by their loose keys (to offer them a better neighbour when one arrives).
    private var undatedByKey = PostingIndex()
    /// The loose keys of each report. Undated reports find neighbours through these, and new
    /// reports are offered to undated ones through the same keys, so the two directions agree.
    private var looseKeysOf: [[UInt64]] = []

    // Scratch marks, one per report, for collecting each candidate (and each candidate event)
    // once without a set: an entry equal to the current stamp has been seen in this pass.
    private var candidateMark: [UInt32] = []
    private var eventMark: [UInt32] = []
    private var stamp: UInt32 = 0

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

    // MARK: - Adding reports

    /// Appends a report's state and indexes it; returns its index.
    private mutating func append(_ report: ReportFeatures) -> Int32 {
        let index = Int32(features.count)
        features.append(report)
        indexOfID[report.id] = index
        let keys = EventClusterer.indexKeys(of: report)
        keysOf.append(keys)
        let looseKeys = EventClusterer.sortedUnique([report.specificEntities, report.figures, report.indexTerms])
        looseKeysOf.append(looseKeys)
        for key in looseKeys { byLooseKey.add(key, index) }
        leader.append(-1)
        centroids.append(EventCentroid())
        candidateMark.append(0)
        eventMark.append(0)
        nearest.append(-1)
        nearestScore.append(0)
        if let day = report.anchorDay {
            let julianDay = day.julianDay
            anchor.append(julianDay)
            if reportsOnDay[julianDay] == nil {
                let position = days.firstIndex { $0 > julianDay } ?? days.count
                days.insert(julianDay, at: position)
            }
            var onDay = reportsOnDay[julianDay] ?? []
            let position = onDay.firstIndex { features[Int($0)].id > report.id } ?? onDay.count
            onDay.insert(index, at: position)
            reportsOnDay[julianDay] = onDay
            let week = EventClusterer.week(of: julianDay)
            byWeek[week, default: PostingIndex()].add(keys, index)
        } else {
            anchor.append(Int.min)
            for key in looseKeys { undatedByKey.add(key, index) }
        }
        return index
    }

    /// Rebuilds the state of earlier runs without comparing reports again: every report is
    /// indexed, and the dated reports of each stored event form that event again. Undated
    /// reports look up their nearest neighbour again (they are few). Reports without a stored
    /// event are skipped: ``insert(_:)`` them afterwards.
    ///
    /// Valid when the stored events were computed by the same model from the same reports, which
    /// is what ``insert(_:)`` leads to; after an upgrade of the model, rebuild from scratch instead.
    public mutating func restore(_ reports: [ReportFeatures], eventOf: [String: String]) {
        var byEvent: [String: [Int32]] = [:]
        var undated: [Int32] = []
        for report in reports where indexOfID[report.id] == nil {
            guard let event = eventOf[report.id] else { continue }
            let index = append(report)
            if report.isUndated { undated.append(index) } else { byEvent[event, default: []].append(index) }
        }
        for (_, members) in byEvent {
            let ordered = members.sorted { canonicallyBefore($0, $1) }
            let first = ordered[0]
            // Sums are left out until a replay needs them.
            var centroid = EventCentroid()
            centroid.isCompact = true
            for member in ordered { add(member, to: &centroid, leader: first) }
            centroids[Int(first)] = centroid
        }
        for index in undated {
            for candidate in candidateIndices(for: index) { consider(candidate, asNeighbourOf: index) }
        }
    }

    /// Adds reports and clusters them. Returns the ids of the reports whose event may have
    /// changed — the new ones, the ones whose event was taken apart or joined, undated reports
    /// that moved — so a caller can rewrite just those events.
    @discardableResult
    public mutating func insert(_ batch: [ReportFeatures]) -> Set<String> {
        var touched = Set<Int32>()
        var newUndated: [Int32] = []
        for report in batch where indexOfID[report.id] == nil {
            let index = append(report)
            touched.insert(index)
            if report.isUndated { newUndated.append(index) } else { pending.append(index) }
        }
        if !pending.isEmpty { touched.formUnion(replay()) }
        // Undated reports: new ones find their neighbour; every new report is offered to the
        // undated reports it shares a key with.
        for index in newUndated {
            for candidate in candidateIndices(for: index) { consider(candidate, asNeighbourOf: index) }
            if nearest[Int(index)] >= 0 { touched.insert(nearest[Int(index)]) }
        }
        for index in touched.sorted() where Int(index) < features.count {
            var offered = Set<Int32>()
            var candidates: [Int32] = []
            for key in looseKeysOf[Int(index)] {
                undatedByKey.forEach(key) { undated in
                    if undated != index, offered.insert(undated).inserted { candidates.append(undated) }
                }
            }
            for undated in candidates.sorted() {
                let before = nearest[Int(undated)]
                consider(index, asNeighbourOf: undated)
                if nearest[Int(undated)] != before {
                    touched.insert(undated)
                    if before >= 0 { touched.insert(before) }
                }
            }
        }
        return Set(touched.map { features[Int($0)].id })
    }

    // MARK: - Dated reports: canonical order and replay

    private func canonicallyBefore(_ a: Int32, _ b: Int32) -> Bool {
        let (dayA, dayB) = (anchor[Int(a)], anchor[Int(b)])
        return dayA != dayB ? dayA < dayB : features[Int(a)].id < features[Int(b)].id
    }

    private mutating func add(_ index: Int32, to centroid: inout EventCentroid, leader first: Int32) {
        centroid.members.append(index)
        if !centroid.isCompact { centroid.apply(features[Int(index)], sign: 1) }
        centroid.firstDay = min(centroid.firstDay, anchor[Int(index)])
        centroid.lastDay = max(centroid.lastDay, anchor[Int(index)])
        leader[Int(index)] = first
    }

    /// Takes every report of `day` out of its event.
    private mutating func clear(day: Int) {
        for index in reportsOnDay[day] ?? [] {
            let first = leader[Int(index)]
            guard first >= 0 else { continue }
            leader[Int(index)] = -1
            // Taken out of the table while it changes, so its sums are not copied on write.
            var centroid = takeCentroid(first)
            guard !centroid.members.isEmpty else { continue }
            centroid.members.removeAll { $0 == index }
            if !centroid.isCompact { centroid.apply(features[Int(index)], sign: -1) }
            if !centroid.members.isEmpty {
                centroid.firstDay = centroid.members.map { anchor[Int($0)] }.min()!
                centroid.lastDay = centroid.members.map { anchor[Int($0)] }.max()!
                centroids[Int(first)] = centroid
            }
        }
    }

    /// Assigns the pending reports and every report whose assignment they change, as the
    /// canonical order would. Returns the reports whose leader changed, and their old and new
    /// leaders.
    private mutating func replay() -> Set<Int32> {
        let newDays = Set(pending.map { anchor[Int($0)] })
        pending.removeAll()
        guard let firstNew = newDays.min(), let lastNew = newDays.max(),
              var position = days.firstIndex(of: firstNew) else { return [] }
        var oldLeaderID: [Int32: String] = [:]
        var cleared = Set<Int>()
        func ensureCleared(through limit: Int) {
            var k = position
            while k < days.count, days[k] <= limit {
                let day = days[k]
                if cleared.insert(day).inserted {
                    for index in reportsOnDay[day] ?? [] where leader[Int(index)] >= 0 {
                        oldLeaderID[index] = features[Int(leader[Int(index)])].id
                    }
                    clear(day: day)
                }
                k += 1
            }
        }
        var changed = Set<Int32>()
        var stableDays = 0
        var lastProcessed = firstNew
        while position < days.count {
            let day = days[position]
            // Events open on `day` may hold reports of the next few days: take those out first.
            ensureCleared(through: day + model.maximumSpan)
            var dayChanged = false
            for index in reportsOnDay[day] ?? [] { assign(index) }
            mergeNewEvents(on: day)
            for index in reportsOnDay[day] ?? [] {
                let first = leader[Int(index)]
                let old = oldLeaderID[index]
                if old != features[Int(first)].id {
                    dayChanged = true
                    changed.insert(index)
                    changed.insert(first)
                    if let old, let oldIndex = indexOfID[old] { changed.insert(oldIndex) }
                }
            }
            lastProcessed = day
            position += 1
            stableDays = dayChanged ? 0 : stableDays + 1
            // Events no report after this day can join keep only their members.
            compactClosedEvents(before: day - model.eventDateTolerance)
            // Once past the new days, when assignments have been what they were for longer
            // than an event can span, the rest of the order would replay identically.
            if day > lastNew, stableDays > model.maximumSpan { break }
        }
        // Reports taken out ahead of the stopping day go back where they were.
        for day in cleared.sorted() where day > lastProcessed {
            for index in reportsOnDay[day] ?? [] {
                guard let old = oldLeaderID[index], let first = indexOfID[old] else { continue }
                var centroid = takeCentroid(first)
                if centroid.members.isEmpty { centroid.isCompact = true }
                add(index, to: &centroid, leader: first)
                centroids[Int(first)] = centroid
            }
        }
        return changed
    }

    /// Puts a dated report in the best open event, or a copy's event, or a new event; returns
    /// its leader. Every open event it is compared with is noted in ``consideredToday``.
    @discardableResult
    private mutating func assign(_ index: Int32) -> Int32 {
        let report = features[Int(index)]
        let day = anchor[Int(index)]
        var best: Int32 = -1
        var bestScore = model.joinThreshold
        let seen = nextStamp()
        for candidate in candidateIndices(for: index) {
            let first = leader[Int(candidate)]
            guard first >= 0 else { continue }   // not yet assigned in this replay: later in the order
            // A report of a later day that a replay has not taken out yet (more than an event's
            // span ahead) still holds the place an earlier run gave it; in the canonical order it
            // comes later, so it is not there to join.
            guard anchor[Int(candidate)] <= day else { continue }
            if model.areNearDuplicates(report, features[Int(candidate)]), model.datesCompatible(report, features[Int(candidate)]) {
                // A copy belongs with what it copies (the earliest such event, by id, if several).
                if best < 0 || bestScore < 2 || features[Int(first)].id < features[Int(best)].id {
                    best = first
                    bestScore = 2
                }
                continue
            }
            guard eventMark[Int(first)] != seen else { continue }
            eventMark[Int(first)] = seen
            // The event is read in place (its slot), never copied.
            let f = Int(first)
            guard !centroids[f].members.isEmpty, centroids[f].firstDay <= day,
                  day - centroids[f].lastDay <= model.eventDateTolerance, day - centroids[f].firstDay <= model.maximumSpan,
                  compatibleEventDates(report, members: centroids[f].members) else { continue }
            if centroids[f].isCompact {
                centroids[f].rebuild(from: features)
                expanded.insert(first)
            }
            consideredToday.append((index, first))
            guard bestScore < 2 else { continue }
            let score = model.similarity(report, centroids[f])
            if score > bestScore || (score == bestScore && best >= 0 && features[Int(first)].id < features[Int(best)].id) {
                best = first
                bestScore = score
            }
        }
        if best < 0 { best = index }
        var centroid = takeCentroid(best)
        if centroid.isCompact { centroid.rebuild(from: features) }
        add(index, to: &centroid, leader: best)
        centroids[Int(best)] = centroid
        expanded.insert(best)
        return best
    }

    /// Two events of a day that may merge, the earlier-led first, and the similarity of their
    /// centroids (nil when their members' event dates conflict).
    private struct MergeCandidate {
        var earlier: Int32
        var later: Int32
        var score: Double?

        /// One key per unordered pair.
        var key: UInt64 { UInt64(UInt32(bitPattern: earlier)) << 32 | UInt64(UInt32(bitPattern: later)) }
    }

    /// Merges each event that began on `day` into another event open that day whose centroid
    /// meets ``SimilarityModel/mergeThreshold``, the most similar pair first, until no pair does.
    ///
    /// A report joins the event it resembles most *as the event stands when the report's turn
    /// comes*. The first reports of a big story seed it, and which reports come first on a day
    /// is a matter of ids (hashes of addresses): a report that matched too little of a story's
    /// first report starts an event of its own, which its story's later reports then split with
    /// the main one. Comparing the day's events once all of its reports are in undoes that. Only
    /// events that began on `day` are taken into another (into the earlier-led of two such), so
    /// a merge moves reports of `day` alone and taking the day out again (``clear(day:)``) undoes
    /// it, which keeps replays exact. Pairs are those a report of the day compared itself with.
    private mutating func mergeNewEvents(on day: Int) {
        let considered = consideredToday
        consideredToday.removeAll(keepingCapacity: true)
        func isNew(_ first: Int32) -> Bool { centroids[Int(first)].firstDay == day }
        func candidate(_ x: Int32, _ y: Int32) -> MergeCandidate {
            let (earlier, later) = canonicallyBefore(x, y) ? (x, y) : (y, x)
            return MergeCandidate(earlier: earlier, later: later, score: nil)
        }
        func score(_ pair: MergeCandidate) -> Double? {
            let (a, b) = (centroids[Int(pair.earlier)], centroids[Int(pair.later)])
            let (short, long) = a.members.count <= b.members.count ? (a, b) : (b, a)
            for member in short.members where !compatibleEventDates(features[Int(member)], members: long.members) {
                return nil
            }
            return model.similarity(a, b)
        }
        // Ties go to the canonically first pair: the list's order follows report indices, which
        // follow arrival.
        func isBetter(_ p: MergeCandidate, than q: MergeCandidate) -> Bool {
            if p.score! != q.score! { return p.score! > q.score! }
            return p.earlier != q.earlier ? canonicallyBefore(p.earlier, q.earlier) : canonicallyBefore(p.later, q.later)
        }
        var pairs: [MergeCandidate] = []
        var seen = Set<UInt64>()
        for (report, event) in considered {
            let own = leader[Int(report)]
            guard own != event, isNew(own) || isNew(event) else { continue }
            var pair = candidate(own, event)
            guard seen.insert(pair.key).inserted else { continue }
            pair.score = score(pair)
            pairs.append(pair)
        }
        while true {
            var best: MergeCandidate?
            for pair in pairs {
                guard let value = pair.score, value >= model.mergeThreshold else { continue }
                if best == nil || isBetter(pair, than: best!) { best = pair }
            }
            // The later-led of the pair is new on `day` whenever either is (an event that began
            // earlier is led by an earlier report).
            guard let best else { return }
            let (target, absorbed) = (best.earlier, best.later)
            merge(absorbed, into: target)
            // The absorbed event's pairs become the target's; the target's are scored again.
            var kept: [MergeCandidate] = []
            var keys = Set<UInt64>()
            for old in pairs {
                let x = old.earlier == absorbed ? target : old.earlier
                let y = old.later == absorbed ? target : old.later
                guard x != y, isNew(x) || isNew(y) else { continue }
                var pair = candidate(x, y)
                guard keys.insert(pair.key).inserted else { continue }
                pair.score = pair.earlier == target || pair.later == target ? score(pair) : old.score
                kept.append(pair)
            }
            pairs = kept
        }
    }

    /// Moves every report of the event led by `absorbed` into the event led by `target`.
    private mutating func merge(_ absorbed: Int32, into target: Int32) {
        let from = takeCentroid(absorbed)
        var into = takeCentroid(target)
        if into.isCompact { into.rebuild(from: features) }
        for member in from.members { add(member, to: &into, leader: target) }
        into.members.sort { canonicallyBefore($0, $1) }
        centroids[Int(target)] = into
        expanded.insert(target)
    }

    /// Drops the sums of events whose latest report is before `day`: no report from here on in
    /// the canonical order can join them, and a later replay rebuilds them if it needs them.
    private mutating func compactClosedEvents(before day: Int) {
        for first in expanded {
            guard !centroids[Int(first)].members.isEmpty else {
                expanded.remove(first)
                continue
            }
            if centroids[Int(first)].lastDay < day {
                centroids[Int(first)].compact()
                expanded.remove(first)
            }
        }
    }

    /// Takes the event led by `first` out of its slot (leaving an empty one), so that changing
    /// it does not copy its sums. An empty slot gives a new, empty event.
    private mutating func takeCentroid(_ first: Int32) -> EventCentroid {
        let centroid = centroids[Int(first)]
        centroids[Int(first)] = EventCentroid()
        return centroid
    }

    /// Whether a report's event date (if it states one) lies within ``SimilarityModel/eventDateConflict``
    /// days of those of an event's members.
    private func compatibleEventDates(_ report: ReportFeatures, members: [Int32]) -> Bool {
        guard let date = report.eventDate else { return true }
        for member in members {
            if let theirs = features[Int(member)].eventDate, SimilarityModel.distance(date, theirs) > model.eventDateConflict {
                return false
            }
        }
        return true
    }

    // MARK: - Undated reports

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

    // MARK: - Candidates

    /// The reports that share an index key with report `index`: for a dated report, the dated
    /// reports within the window; for an undated one, every report sharing a loose key. In index
    /// order.
    private mutating func candidateIndices(for index: Int32) -> [Int32] {
        let keys = keysOf[Int(index)]
        // Each collected once (a report may share several keys), through the marks, then sorted.
        // The marks are taken out of `self` while the lists are read, so they change in place.
        let seen = nextStamp()
        var marks = candidateMark
        candidateMark = []
        defer { candidateMark = marks }
        var result: [Int32] = []
        let day = anchor[Int(index)]
        if day != Int.min {
            let window = model.window
            let first = EventClusterer.week(of: day - window)
            let last = EventClusterer.week(of: day + window)
            anchor.withUnsafeBufferPointer { anchor in
                marks.withUnsafeMutableBufferPointer { marks in
                    // Week by week, then key by key: the same reports as key by key, then week
                    // by week, in another order before the sort.
                    for week in first...last {
                        guard let postings = byWeek[week] else { continue }
                        for key in keys {
                            postings.forEach(key) { candidate in
                                let c = Int(candidate)
                                if candidate != index, marks[c] != seen, abs(anchor[c] - day) <= window {
                                    marks[c] = seen
                                    result.append(candidate)
                                }
                            }
                        }
                    }
                }
            }
        } else {
            // An undated report: any report, dated or not, that shares a loose key.
            marks.withUnsafeMutableBufferPointer { marks in
                for key in looseKeysOf[Int(index)] {
                    byLooseKey.forEach(key) { candidate in
                        if candidate != index, marks[Int(candidate)] != seen {
                            marks[Int(candidate)] = seen
                            result.append(candidate)
                        }
                    }
                }
            }
        }
        result.sort()
        return result
    }

    /// A stamp no mark holds yet (all marks are cleared when the counter wraps).
    private mutating func nextStamp() -> UInt32 {
        if stamp == UInt32.max {
            stamp = 0
            for i in candidateMark.indices { candidateMark[i] = 0 }
            for i in eventMark.indices { eventMark[i] = 0 }
        }
        stamp += 1
        return stamp
    }

    /// The keys a report is indexed and looked up by.
    static func indexKeys(of report: ReportFeatures) -> [UInt64] {
        sortedUnique([report.specificEntities, report.figures, report.indexTerms, bandKeys(of: report)])
    }

    /// The keys of all the lists, sorted, each once (what a `Set` of them, sorted, gives,
    /// without hashing).
    static func sortedUnique(_ lists: [[UInt64]]) -> [UInt64] {
        var keys: [UInt64] = []
        keys.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists { keys.append(contentsOf: list) }
        return FeatureBuilder.sortedUnique(keys)
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

    static func week(of julianDay: Int) -> Int {
        julianDay >= 0 ? julianDay / 7 : (julianDay - 6) / 7
    }

    // MARK: - Reading the events

    /// The dated report an undated report's chain of nearest neighbours ends in, or the undated
    /// report that leads an undated group.
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
        return leader[Int(node)] >= 0 ? leader[Int(node)] : node
    }

    /// Every report of the event led by `root`: the dated members, and the undated reports whose
    /// chains of nearest neighbours lead into it.
    private func members(ofRoot root: Int32) -> [Int32] {
        var result = features[Int(root)].isUndated ? [root] : (centroids[Int(root)].members.isEmpty ? [root] : centroids[Int(root)].members)
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
