import Foundation
import KhabarCore
import KhabarEvents
import KhabarExtract
import KhabarIngest
import KhabarStore
import KhabarTestSupport
import Testing

/// One analyser for all the stream tests: compiling the gazetteer is the slow part of making one.
let sharedAnalyzer = ArticleAnalyzer(gazetteer: .bundled)

/// Ingests each path in its own run (a new `Ingestor` each time), as separate `khabar ingest`
/// invocations would, and returns the events.
func ingestOneByOne(_ paths: [String], into store: ArticleStore) throws -> [Event] {
    for path in paths {
        let ingestor = Ingestor(
            store: store, analyzer: sharedAnalyzer, gazetteer: .bundled, options: IngestOptions(batchSize: 64, concurrency: 1))
        var rejections: [Rejection] = []
        _ = try ingestor.ingest(paths: [path], onRejection: { rejections.append($0) })
        #expect(rejections.isEmpty)
    }
    return try store.events()
}

/// The events as sets of report ids, in a canonical order.
func memberSets(_ events: [Event]) -> [[String]] {
    events.map { $0.reports.map(\.id).sorted() }.sorted { $0[0] < $1[0] }
}

@Suite(.serialized) struct SeedEventTests {
    /// Every permutation of `items`.
    func permutations<T>(_ items: [T]) -> [[T]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index -> [[T]] in
            var rest = items
            let first = rest.remove(at: index)
            return permutations(rest).map { [first] + $0 }
        }
    }

    @Test func theSeedsInEveryOrderGiveTheSameThreeEvents() throws {
        let files = Seeds.files.map(\.path)
        #expect(files.count == 5)
        var results = Set<[[String]]>()
        var ids = Set<[String]>()
        for order in permutations(files) {
            let events = try ingestOneByOne(order, into: try ArticleStore())
            results.insert(memberSets(events))
            ids.insert(events.map(\.id).sorted())
        }
        #expect(results.count == 1, "different orders gave different events")
        #expect(ids.count == 1, "different orders gave different event ids")
    }

    @Test func theSeedsGiveTheReferenceAnswer() throws {
        let events = try ingestOneByOne(Seeds.files.map(\.path), into: try ArticleStore())
        #expect(events.count == 3)
        func seed(_ report: EventReport) -> String { String(URL(fileURLWithPath: report.path ?? "").lastPathComponent.prefix(3)) }
        let byReports = Dictionary(uniqueKeysWithValues: events.map { ($0.reports.map(seed).sorted().joined(separator: "+"), $0) })
        let e1 = try #require(byReports["003"])
        let e2 = try #require(byReports["004"])
        let e3 = try #require(byReports["000+001+002"])

        // Dates and tense: E1 from 003's Solar Hijri date, E2 announced in advance, E3 on Friday 21 Azar.
        #expect(e1.date == DayRange(day: CivilDate(iso: "2024-10-11")!))
        #expect(e1.tense == .happened)
        #expect(e2.date == DayRange(day: CivilDate(iso: "2025-01-17")!))
        #expect(e2.tense == .scheduled)
        #expect(e2.reports.first?.published == CivilDate(iso: "2025-01-14"))
        #expect(e3.date == DayRange(day: CivilDate(iso: "2025-12-12")!))
        #expect(e3.tense == .happened)

        // Places.
        #expect(e1.place?.name == "Ashgabat")
        #expect(e2.place?.name == "Moscow")
        #expect(e3.place?.name == "Ashgabat")
        for event in [e1, e2, e3] {
            #expect(Set(event.participants.prefix(2).map(\.name)) == ["Vladimir Putin", "Masoud Pezeshkian"])
        }
        // E3 has a title per language, and its reports come from three outlets.
        #expect(Set(e3.titles.keys) == ["fa", "ar"])
        #expect(Set(e3.reports.compactMap(\.outlet)) == ["Tabnak", "ILNA", "Iran Press"])

        // The facts several sources state: 13% in 2024 and 8% in the first nine months of 2025,
        // by three outlets in two languages, in agreement.
        let figures = e3.facts.filter { $0.kind == .figure && $0.unit == "percent" }
        let thirteen = try #require(figures.first { $0.value == 13 })
        let eight = try #require(figures.first { $0.value == 8 })
        for fact in [thirteen, eight] {
            #expect(Set(fact.outlets) == ["Tabnak", "ILNA", "Iran Press"])
            #expect(fact.agree == true)
        }
        #expect(thirteen.period?.range?.start.year == 2024)
        #expect(eight.period?.range?.start.year == 2025)
        // Putin's statements are quotes several outlets carry.
        #expect(e3.facts.contains { $0.kind == .quote && $0.speaker?.name == "Vladimir Putin" && $0.outlets.count >= 2 })

        // Cross-references: 000 recalls the signing (E2), 004's caption recalls the 2024 meeting (E1).
        #expect(e3.related == [e2.id])
        #expect(e2.related == [e1.id])
        #expect(e1.related.isEmpty)
    }
}

@Suite(.serialized) struct StreamEventTests {
    struct Labelled {
        var id: String
        var event: String
    }

    /// The stream fixture split into one file per report, with the answer key.
    func streamFiles(in dir: TemporaryDirectory) throws -> (paths: [String], labels: [String: String]) {
        let url = try #require(Bundle.module.url(forResource: "stream", withExtension: "jsonl", subdirectory: "Fixtures"))
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        var paths: [String] = []
        var labels: [String: String] = [:]
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(object["id"] as? String)
            labels[id] = try #require(object["event"] as? String)
            paths.append(dir.write("\(id).jsonl", String(line) + "\n"))
        }
        return (paths, labels)
    }

    /// The events as sets of input ids (`external_id`s are kept in the store).
    func labelSets(_ events: [Event], store: ArticleStore) throws -> Set<Set<String>> {
        let external = Dictionary(uniqueKeysWithValues: try store.reports().map { ($0.article.id, $0.article.externalID ?? "") })
        return Set(events.map { Set($0.reports.map { external[$0.id] ?? "" }) })
    }

    @Test func aStreamInAnyOrderGivesTheLabelledEvents() throws {
        let dir = TemporaryDirectory()
        let (paths, labels) = try streamFiles(in: dir)
        var expected: [String: Set<String>] = [:]
        for (id, event) in labels { expected[event, default: []].insert(id) }
        var rng = SplitMix64(seed: 42)
        var seen = Set<Set<Set<String>>>()
        for _ in 0..<6 {
            let store = try ArticleStore()
            let events = try ingestOneByOne(paths.shuffled(using: &rng), into: store)
            let found = try labelSets(events, store: store)
            seen.insert(found)
            #expect(found == Set(expected.values))
        }
        #expect(seen.count == 1)
    }

    @Test func theStreamInOneRunMatchesTheStreamInManyRuns() throws {
        let dir = TemporaryDirectory()
        let (paths, _) = try streamFiles(in: dir)
        let oneRun = try ArticleStore()
        let ingestor = Ingestor(store: oneRun, analyzer: sharedAnalyzer, gazetteer: .bundled, options: IngestOptions(batchSize: 4, concurrency: 2))
        _ = try ingestor.ingest(paths: paths.reversed(), onRejection: { _ in })
        let manyRuns = try ArticleStore()
        let events = try ingestOneByOne(paths, into: manyRuns)
        #expect(memberSets(try oneRun.events()) == memberSets(events))
        #expect(try oneRun.events().map(\.id) == events.map(\.id))
    }

    @Test func eventsOfTheStreamAreDescribed() throws {
        let dir = TemporaryDirectory()
        let (paths, _) = try streamFiles(in: dir)
        let store = try ArticleStore()
        let events = try ingestOneByOne(paths, into: store)
        let external = Dictionary(uniqueKeysWithValues: try store.reports().map { ($0.article.id, $0.article.externalID ?? "") })
        func event(containing id: String) throws -> Event {
            try #require(events.first { $0.reports.contains { external[$0.id] == id } })
        }
        // A: the ministers in Moscow; the syndicated copy is marked as a copy of the original.
        let a = try event(containing: "a1")
        #expect(a.date == DayRange(day: CivilDate(iso: "2025-03-15")!))
        #expect(a.place?.name == "Moscow")
        #expect(Set(a.participants.map(\.name)).isSuperset(of: ["Abbas Araghchi", "Sergey Lavrov"]))
        // Published the same day, either may count as the original; one is marked a copy of the other.
        let copies = a.reports.compactMap { report in report.duplicateOf.map { [external[report.id] ?? "", external[$0] ?? ""].sorted() } }
        #expect(copies == [["a3", "a4"]])
        #expect(a.facts.contains { $0.kind == .figure && $0.value == 15 && $0.unit == "percent" && $0.outlets.count >= 3 })
        // B: the earthquake on the same day is another event, in Kerman.
        let b = try event(containing: "b1")
        #expect(b.id != a.id)
        #expect(b.place?.name == "Kerman")
        // C: the undated report joins the event it tells of.
        let c = try event(containing: "c4")
        #expect(c.reports.count == 4)
        #expect(c.date == DayRange(day: CivilDate(iso: "2025-03-16")!))
        #expect(c.place?.name == "Vienna")
        // D: the same two ministers three months later, in Tehran, is a different event.
        let d = try event(containing: "d1")
        #expect(d.id != a.id)
        #expect(d.place?.name == "Tehran")
        #expect(d.date == DayRange(day: CivilDate(iso: "2025-06-20")!))
    }
}

/// A story's main event and a reaction to it are two events of one story.
@Suite(.serialized) struct StoryEventTests {
    static let published = "2025-06-03T12:00:00+00:00"
    static let decision = [
        "أعلن الرئيس الأمريكي دونالد ترامب، الثلاثاء، انسحاب الولايات المتحدة من اتفاق باريس للمناخ وإعادة فرض الرسوم على واردات الصلب الأوروبية، في قرار وقعه في البيت الأبيض.",
        "أعلن الرئيس الأمريكي دونالد ترامب انسحاب الولايات المتحدة من اتفاق باريس للمناخ، وقال في كلمة من البيت الأبيض إن الاتفاق يضر بالاقتصاد الأمريكي وإن الرسوم على الصلب الأوروبي ستعود.",
        "وقع الرئيس الأمريكي دونالد ترامب، الثلاثاء، قرار انسحاب الولايات المتحدة من اتفاق باريس للمناخ، وأعاد فرض الرسوم على واردات الصلب الأوروبية.",
    ]
    static let reaction = [
        "أعرب الرئيس الفرنسي إيمانويل ماكرون، الثلاثاء، عن أسفه لقرار الرئيس الأمريكي دونالد ترامب الانسحاب من اتفاق باريس للمناخ وإعادة فرض الرسوم على الصلب الأوروبي.",
        "قال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا تأسف لقرار الرئيس الأمريكي دونالد ترامب الانسحاب من اتفاق باريس للمناخ، مؤكدا أن أوروبا سترد على الرسوم على الصلب.",
    ]

    func files(in dir: TemporaryDirectory) throws -> [String] {
        let texts = Self.decision.map { ("d", $0) } + Self.reaction.map { ("r", $0) }
        return try texts.enumerated().map { index, item in
            let object: [String: Any] = ["id": "\(item.0)\(index)", "outlet": "Wire \(index)", "language": "ar",
                                         "text": item.1, "published": Self.published]
            let line = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            return dir.write("\(item.0)\(index).jsonl", line + "\n")
        }
    }

    @Test func aReactionIsAnEventOfTheSameStory() throws {
        let dir = TemporaryDirectory()
        let paths = try files(in: dir)
        var rng = SplitMix64(seed: 5)
        var seen = Set<[[String]]>()
        for _ in 0..<4 {
            let store = try ArticleStore()
            let events = try ingestOneByOne(paths.shuffled(using: &rng), into: store)
            let external = Dictionary(uniqueKeysWithValues: try store.reports().map { ($0.article.id, $0.article.externalID ?? "") })
            let groups = events.map { $0.reports.map { external[$0.id] ?? "" }.sorted() }.sorted { $0[0] < $1[0] }
            seen.insert(groups)
            #expect(groups == [["d0", "d1", "d2"], ["r3", "r4"]])
            #expect(Set(events.map(\.story)).count == 1, "both events are of one story")
            #expect(events.contains { $0.id == $0.story }, "the story is named after its first event")
            // The reaction refers to the decision, the story's main event.
            let decision = try #require(events.first { $0.reports.count == 3 })
            let reaction = try #require(events.first { $0.reports.count == 2 })
            #expect(reaction.related.contains(decision.id))
            #expect(!decision.related.contains(reaction.id))
            // The stored story survives a new run that restores the clusterer from the store.
            _ = try ingestOneByOne([paths[0]], into: store)
            #expect(try store.events().map(\.id).sorted() == events.map(\.id).sorted())
        }
        #expect(seen.count == 1)
    }
}
