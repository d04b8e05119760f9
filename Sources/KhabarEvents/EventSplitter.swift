/// Splits a story — the reports ``EventClusterer`` grouped by content, time and names — into its
/// events, by who acts.
///
/// A day's big story gathers its main event with the reactions of others: the US withdrawal from
/// the nuclear deal, then Rouhani's reply, Russia's condemnation, Saudi Arabia's welcome. They
/// share the story's words and names, so content cannot part them; their leads can: each
/// reaction's lead has its own actor (``LeadActorReader``). Within a story:
///
/// - reports are grouped by their actor;
/// - the largest group leads an event; each other group, the larger first, joins the first event
///   whose *leading* actor it names and is named by, in at least a quarter of the reports of each
///   (in their lead, not after a preposition): the two sides of a meeting name each other
///   ("التقى ترامب كيم"), as do the partners of a joint act, while a reaction names the main
///   actor but the main event's reports do not name the one reacting. Only the leader counts:
///   the target of a joint strike names one partner and is named by it («فرنسا: سنضرب مجددا إذا
///   تجاوزت سوريا…»), which must not bring the target's reply into the strike;
/// - an event's reports that share no words with the rest (no chain of pairs with a term cosine
///   of ``sharedWords``; across languages, a similarity of ``SimilarityModel/joinThreshold``) are
///   an event of their own: one actor's unrelated acts of a day, Saudi Arabia receiving the US
///   secretary of state and a Saudi jet crashing, are two events;
/// - a report whose lead names no actor (an explainer, a preview, a live page, a passive "قتل 25
///   فلسطينياً") joins the event whose words it shares most, the largest when it shares none.
///
/// The split is a pure function of the story's members and their features, so it keeps the
/// clusterer's independence of arrival order; event ids come from ``EventClusterer/eventID(members:)``.
public enum EventSplitter {
    /// The share of a group's reports that must name the other group's actor for the two to be
    /// one event (both ways). A quarter: the partners of a joint strike name each other in only
    /// some of their leads (half kept them apart; pooled pairwise F1 on the two labelled sets
    /// 0.528 at a half, 0.564 at a quarter, 0.453 with no share asked of the smaller side).
    public static let mutualNaming = 0.25

    /// The events of one story, each a sorted list of article ids, sorted by first id.
    ///
    /// - Parameters:
    ///   - members: The story's article ids.
    ///   - features: The features of each member; a member without features counts as having no
    ///     actor.
    ///   - model: Compares reports in different languages, whose words rarely coincide.
    public static func events(
        of members: [String], features: (String) -> ReportFeatures?, model: SimilarityModel = SimilarityModel(),
        leads: LeadPairModel = LeadPairModel()
    ) -> [[String]] {
        let parts = ruleEvents(of: members, features: features, model: model)
        guard members.count > 1 else { return parts }
        let regrouped = leads.regroup(members: members.sorted(), ruleEvents: parts, features: features)
        return leads.joinSmallEvents(regrouped, features: features, model: model)
    }

    /// The events of one story by the rules alone (who acts, mutual naming, shared words), before
    /// ``LeadPairModel`` regroups them; each a sorted list of article ids, sorted by first id.
    public static func ruleEvents(
        of members: [String], features: (String) -> ReportFeatures?, model: SimilarityModel = SimilarityModel()
    ) -> [[String]] {
        guard members.count > 1 else { return [members.sorted()] }
        // Reports by actor; the order of groups is fixed by their size and key, not by arrival.
        var groups: [UInt64: [String]] = [:]
        var names: [String: Set<UInt64>] = [:]
        var unattributed: [String] = []
        for id in members {
            guard let report = features(id), report.actor != 0 else {
                unattributed.append(id)
                continue
            }
            groups[report.actor, default: []].append(id)
            names[id] = Set(report.leadNames)
        }
        guard !groups.isEmpty else { return [members.sorted()] }
        let actors = groups.keys.sorted { (groups[$0]!.count, $1) > (groups[$1]!.count, $0) }

        func share(of group: UInt64, naming other: UInt64) -> Double {
            let reports = groups[group]!
            return Double(reports.filter { names[$0]!.contains(other) }.count) / Double(reports.count)
        }
        // Each actor, the largest first, joins the first event whose leading actor it names and
        // is named by; otherwise it leads an event of its own. (A union of every pair that names
        // each other chained a strike's target to the strike through one partner: pairwise F1 on
        // labelled sets 2 and 3 alone 0.601 and 0.594 by union, 0.623 and 0.605 by leaders.)
        var leaders: [UInt64] = []
        var leaderOf: [UInt64: UInt64] = [:]
        for actor in actors {
            let leader = leaders.first { share(of: $0, naming: actor) >= mutualNaming && share(of: actor, naming: $0) >= mutualNaming }
            if let leader { leaderOf[actor] = leader } else { leaders.append(actor); leaderOf[actor] = actor }
        }
        func root(_ actor: UInt64) -> UInt64 { leaderOf[actor]! }

        var events: [UInt64: [String]] = [:]
        for actor in actors { events[root(actor), default: []].append(contentsOf: groups[actor]!) }
        // Events in a fixed order: the largest first, ties by their smallest id.
        var parts = events.values.flatMap { wordComponents(of: $0.sorted(), features: features, model: model) }
            .sorted { a, b in a.count != b.count ? a.count > b.count : a[0] < b[0] }

        // A report without an actor joins the event whose words it shares most (the cosine of
        // its terms with the sum of the event's), the largest when it shares none.
        if !unattributed.isEmpty {
            let sums = parts.map { members -> [UInt64: Float] in
                var sum: [UInt64: Float] = [:]
                for id in members { for term in features(id)?.terms ?? [] { sum[term.key, default: 0] += term.weight } }
                return sum
            }
            let norms = sums.map { $0.values.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot() }
            var joining = Array(repeating: [String](), count: parts.count)
            for id in unattributed {
                var best = 0, bestScore: Float = 0
                for (index, sum) in sums.enumerated() where norms[index] > 0 {
                    var dot: Float = 0
                    for term in features(id)?.terms ?? [] { dot += term.weight * (sum[term.key] ?? 0) }
                    let score = dot / norms[index]
                    if score > bestScore { (best, bestScore) = (index, score) }
                }
                joining[best].append(id)
            }
            for index in parts.indices { parts[index] = (parts[index] + joining[index]).sorted() }
        }
        return parts.sorted { $0[0] < $1[0] }
    }

    /// The cosine of their terms at which two reports of one actor tell of one act. On the four
    /// labelled sets, pooled pairwise F1 at the event level: 0.615 at 0.25, 0.616 at 0.28, 0.618
    /// at 0.3, 0.604 at 0.32, 0.563 at 0.35; a big event's reports stop chaining above 0.3.
    public static let sharedWords = 0.3

    /// An actor's reports split into the groups that share words (single link at ``sharedWords``):
    /// one actor's unrelated acts of a day («السعودية تعلن تحرير رهينة», «سقوط طائرة») are
    /// different events. A report without terms cannot be told apart and joins the largest group.
    static func wordComponents(of members: [String], features: (String) -> ReportFeatures?, model: SimilarityModel) -> [[String]] {
        guard members.count > 1 else { return [members] }
        let reports = members.map { features($0) }
        let terms = reports.map { $0?.terms ?? [] }
        // Across languages few words coincide: there the clusterer's own test decides.
        func linked(_ first: Int, _ second: Int) -> Bool {
            guard let a = reports[first], let b = reports[second], a.language != b.language else {
                return SimilarityModel.cosine(terms[first], terms[second]) >= sharedWords
            }
            return model.similarity(a, b) >= model.joinThreshold
        }
        var parent = Array(members.indices)
        func root(_ index: Int) -> Int {
            var current = index
            while parent[current] != current { current = parent[current] }
            return current
        }
        for first in members.indices where !terms[first].isEmpty {
            for second in (first + 1)..<members.count
            where !terms[second].isEmpty && linked(first, second) {
                let (a, b) = (root(first), root(second))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var groups: [Int: [String]] = [:]
        var termless: [String] = []
        for index in members.indices {
            if terms[index].isEmpty { termless.append(members[index]) } else { groups[root(index), default: []].append(members[index]) }
        }
        // Members are sorted, so each group is, and its first id decides a tie.
        var parts = groups.values.sorted { a, b in a.count != b.count ? a.count > b.count : a[0] < b[0] }
        if parts.isEmpty { return [termless] }
        parts[0] = (parts[0] + termless).sorted()
        return parts
    }
}
