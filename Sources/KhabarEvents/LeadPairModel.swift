import KhabarCore
import Foundation

/// Regroups a story's reports into events by how likely each pair is to tell of one act: a
/// logistic model over what two reports share, trained on the hand-labelled days
/// (`Benchmarks/labels`, by `khabar-train split-model`), then average-linkage clustering.
///
/// The rules of ``EventSplitter`` part a story by who acts; within one actor they part reports
/// only when no words link them, and a report without an actor joins the event whose words it
/// shares most. What they cannot see is the act: Britain's foreign secretary resigning, its Brexit
/// secretary resigning and a new foreign secretary named are one actor and one story's words.
/// The leads can: their rarest words differ («جونسون», «ديفيز», «هانت»). The model weighs, for two
/// reports of one story and one language:
///
/// - whether the rules put them in one event;
/// - the cosine of their leads' words, weighted by rarity in news leads (``ReportFeatures/leadTerms``);
/// - the cosine of their terms;
/// - whether one outlet published both (an outlet rarely reports one act twice on a day);
/// - how many days apart they were published (at most 3);
/// - the size of the story (log).
///
/// Reports in different languages share few words; for them the rules decide (probability 1 in
/// one rule event, else 0). Every report starts alone, and the two groups whose pairs are most
/// likely one act, on average, merge, while that average is at least ``threshold``.
///
/// A pure function of the story's members and their features, so order-invariance is kept.
public struct LeadPairModel: Sendable {
    /// The intercept and the weights of the pair features, in the order listed above.
    public var intercept: Double
    /// The weights of the six pair features.
    public var weights: [Double]
    /// The mean probability of one act between two groups at which they merge.
    public var threshold: Double
    /// A rule event of this many reports or more is kept whole (it may still gain reports): a
    /// big event is told in many words, and average linkage would part it (set 2's 43-report
    /// strikes on Syria). At 30 rather than 20, the rule events of 20–29 reports that a busy
    /// day's archive gathers (the statements after Douma: Trump, Mattis, the Pentagon, the
    /// Security Council) are regrouped; every set's pool gains or stays (see `Guides/Events.md`,
    /// "Ninth round").
    public var lockedSize: Int
    /// A story of more reports than this keeps its rule events: average linkage takes time cubic
    /// in the reports, and such a story is a big day's main event.
    public var maximumGroups: Int
    /// Events of at most this many reports are joined when their leads nearly coincide
    /// (``joinSmallEvents(_:features:model:)``).
    public var smallEventSize: Int
    /// The cosine of two reports' leads at which their small events are joined.
    public var sameLead: Double

    /// The trained model (see `Guides/Events.md`, "Eighth round", "Ninth round" and "Twelfth round").
    public init(
        intercept: Double = LeadPairModel.trained.intercept, weights: [Double] = LeadPairModel.trained.weights,
        threshold: Double = 0.5, lockedSize: Int = 30, maximumGroups: Int = 400,
        smallEventSize: Int = 5, sameLead: Double = 0.3
    ) {
        self.intercept = intercept
        self.weights = weights
        self.threshold = threshold
        self.lockedSize = lockedSize
        self.maximumGroups = maximumGroups
        self.smallEventSize = smallEventSize
        self.sameLead = sameLead
    }

    /// Coefficients fitted by `khabar-train split-model` on the first seven labelled sets, each clustered
    /// alone (analyser 0.7.0). A refit on ten sets with analyser 0.7.3's lead-word table was not shipped
    /// (`Guides/Events.md`, "Twelfth round").
    public static let trained = (intercept: -3.908, weights: [2.677, 6.251, 0.303, -0.557, -1.104, 0.240])

    /// The pair features of two reports of one story (see the type's documentation).
    public static func pairFeatures(
        _ a: ReportFeatures, _ b: ReportFeatures, sameRuleEvent: Bool, storySize: Int
    ) -> [Double] {
        let days: Int
        if let x = a.published, let y = b.published { days = min(3, abs(x.days(to: y))) } else { days = 0 }
        return [
            sameRuleEvent ? 1 : 0,
            SimilarityModel.cosine(a.leadTerms, b.leadTerms),
            SimilarityModel.cosine(a.terms, b.terms),
            a.outlet != 0 && a.outlet == b.outlet ? 1 : 0,
            Double(days),
            log(Double(storySize)),
        ]
    }

    /// The probability that two reports of one story tell of one act.
    public func probability(_ a: ReportFeatures, _ b: ReportFeatures, sameRuleEvent: Bool, storySize: Int) -> Double {
        guard a.language == b.language else { return sameRuleEvent ? 1 : 0 }
        let x = LeadPairModel.pairFeatures(a, b, sameRuleEvent: sameRuleEvent, storySize: storySize)
        var z = intercept
        for (weight, value) in zip(weights, x) { z += weight * value }
        return 1 / (1 + exp(-z))
    }

    /// The story's events: its rule events regrouped by average linkage over pair probabilities.
    ///
    /// - Parameters:
    ///   - members: The story's article ids, sorted.
    ///   - ruleEvents: ``EventSplitter/ruleEvents(of:features:model:)`` of the story.
    ///   - features: The features of each member; a member without features or lead words keeps
    ///     its rule event whole.
    /// - Returns: Sorted lists of ids, sorted by first id.
    public func regroup(members: [String], ruleEvents: [[String]], features: (String) -> ReportFeatures?) -> [[String]] {
        var ruleOf: [String: Int] = [:]
        for (index, event) in ruleEvents.enumerated() { for id in event { ruleOf[id] = index } }
        // Groups to start from: a big rule event whole, every other report alone. A report without
        // features or lead words cannot be compared: its rule event stays whole.
        var groups: [[String]] = []
        var loose: [String] = []
        for event in ruleEvents {
            if event.count >= lockedSize || event.contains(where: { features($0)?.leadTerms.isEmpty ?? true }) {
                groups.append(event)
            } else {
                loose += event
            }
        }
        loose.sort()
        groups += loose.map { [$0] }
        guard groups.count > 1, members.count <= maximumGroups else { return ruleEvents }

        // Summed pair probabilities between groups (symmetric); merging adds rows.
        let reports = groups.map { $0.map { features($0) } }
        let rules = groups.map { $0.map { ruleOf[$0] } }
        let count = groups.count
        var sums = Array(repeating: 0.0, count: count * count)
        for x in 0..<count {
            for y in (x + 1)..<count {
                var total = 0.0
                for (i, a) in reports[x].enumerated() {
                    for (j, b) in reports[y].enumerated() {
                        guard let a, let b else { continue }
                        total += probability(a, b, sameRuleEvent: rules[x][i] == rules[y][j], storySize: members.count)
                    }
                }
                sums[x * count + y] = total
                sums[y * count + x] = total
            }
        }
        var sizes = groups.map(\.count)
        var alive = Array(repeating: true, count: count)
        while true {
            // The most likely pair of groups first; ties go to the earlier pair.
            var best: (x: Int, y: Int, mean: Double)? = nil
            for x in 0..<count where alive[x] {
                for y in (x + 1)..<count where alive[y] {
                    let mean = sums[x * count + y] / Double(sizes[x] * sizes[y])
                    if mean >= threshold, mean > (best?.mean ?? -1) { best = (x, y, mean) }
                }
            }
            guard let (x, y, _) = best else { break }
            groups[x] += groups[y]
            sizes[x] += sizes[y]
            alive[y] = false
            for z in 0..<count where alive[z] && z != x {
                sums[x * count + z] += sums[y * count + z]
                sums[z * count + x] = sums[x * count + z]
            }
        }
        return groups.indices.filter { alive[$0] }.map { groups[$0].sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Joins a story's small events whose leads nearly coincide: two events of at most
    /// ``smallEventSize`` reports become one when a report of each, in one language, with
    /// compatible dates and no two different actors, has a lead cosine of at least ``sameLead``,
    /// the closest pair first, while the joined event stays small.
    ///
    /// Average linkage weighs every pair of two groups, so a short report that tells the act in
    /// other words (a profile of the new prime minister, a video of the visit, a second outlet's
    /// headline) keeps apart from the rest of its event when one of its pairs is weak; the rare
    /// words of one lead (a name, «بينالا», «مدبولي») say it is the same act. Kept to small
    /// events: a big event is told in many words, and one close pair says little about it. Never
    /// across two actors: a reaction's lead repeats the act it answers («أعرب ماكرون عن أسفه لقرار
    /// ترامب الانسحاب من اتفاق باريس»), and the rules parted them for that.
    /// Nine labelled sets through ingest, five orders: alone 0.662 → 0.673, in the pools 0.642 →
    /// 0.656 (see `Guides/Events.md`, "Tenth round").
    ///
    /// - Parameters:
    ///   - events: The story's events (sorted lists of ids, sorted by first id).
    ///   - features: The features of each member; a member without features links nothing.
    ///   - model: Whose ``SimilarityModel/datesCompatible(_:_:)`` decides the dates.
    /// - Returns: Sorted lists of ids, sorted by first id.
    public func joinSmallEvents(
        _ events: [[String]], features: (String) -> ReportFeatures?, model: SimilarityModel
    ) -> [[String]] {
        let small = events.indices.filter { events[$0].count <= smallEventSize }
        guard small.count > 1 else { return events }
        let reports = events.map { $0.map { features($0) } }
        // Candidate pairs of small events, by their closest pair of leads.
        var pairs: [(lead: Double, x: Int, y: Int)] = []
        for (position, x) in small.enumerated() {
            for y in small[(position + 1)...] {
                var closest = 0.0
                for case let a? in reports[x] {
                    for case let b? in reports[y] where a.language == b.language && model.datesCompatible(a, b)
                        && (a.actor == b.actor || a.actor == 0 || b.actor == 0) {
                        closest = max(closest, SimilarityModel.cosine(a.leadTerms, b.leadTerms))
                    }
                }
                if closest >= sameLead { pairs.append((closest, x, y)) }
            }
        }
        guard !pairs.isEmpty else { return events }
        // The closest first; ties go to the earlier events (the list is sorted by first id).
        pairs.sort { ($0.lead, -$0.x, -$0.y) > ($1.lead, -$1.x, -$1.y) }
        var root = Array(events.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while root[x] != x { x = root[x] }
            return x
        }
        var sizes = events.map(\.count)
        for pair in pairs {
            let (x, y) = (find(pair.x), find(pair.y))
            guard x != y, sizes[x] + sizes[y] <= smallEventSize else { continue }
            let (kept, joined) = (min(x, y), max(x, y))
            root[joined] = kept
            sizes[kept] += sizes[joined]
        }
        var joined: [Int: [String]] = [:]
        for index in events.indices { joined[find(index), default: []] += events[index] }
        return joined.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
