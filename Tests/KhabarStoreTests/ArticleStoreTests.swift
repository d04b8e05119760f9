import Foundation
import KhabarCore
import KhabarEvents
import KhabarExtract
import KhabarStore
import KhabarTestSupport
import Testing

@Suite struct ArticleStoreTests {
    let builder = FeatureBuilder(gazetteer: Gazetteer(entries: []))
    let summarizer = EventSummarizer(gazetteer: Gazetteer(entries: []))

    func events(_ reports: [AnalyzedReport]) -> [Event] {
        reports.map { summarizer.event(of: [$0], features: [$0.article.id: builder.features(of: $0)]) }.sorted(by: Event.timelineOrder)
    }
    func report(_ text: String, outlet: String? = nil, published: String? = nil, language: Language = .persian, title: String = "عنوان") -> AnalyzedReport {
        let id = ArticleIdentity.id(url: nil, outlet: outlet, text: text)
        let article = Article(id: id, outlet: outlet, text: text, published: published.flatMap { CivilDate(iso: $0) }, path: "in/\(id).txt")
        let mention = DateMention(
            span: TextSpan(start: 0, end: 4), text: String(text.unicodeScalars.prefix(4)), calendar: .persian,
            granularity: .day, range: DayRange(day: CivilDate(iso: "2025-12-12")!), isRelative: false)
        // Stored analyses leave out the display-normalised text (it is derived on demand).
        let analysis = ArticleAnalysis(
            version: "test", language: language, title: title,
            outlet: outlet.map { OutletAttribution(id: nil, name: $0, source: .metadata, span: nil) },
            published: article.published,
            publishedSource: article.published == nil ? nil : .metadata, normalized: "", dates: [mention],
            entities: [EntityMention(span: TextSpan(start: 0, end: 5), text: "پوتین", type: .person, id: "Q7747",
                                     name: "Vladimir Putin", role: "President of Russia")],
            figures: [Figure(span: TextSpan(start: 1, end: 3), text: "13", value: 13, unit: "percent", measure: "رشد",
                             period: FigurePeriod(text: "سال گذشته", span: nil, range: nil)),
                      Figure(span: TextSpan(start: 3, end: 4), text: "8", value: 8.5, unit: "USD", measure: nil,
                             period: FigurePeriod(text: "۲۰۲۵", span: TextSpan(start: 4, end: 8),
                                                  range: DayRange(start: CivilDate(iso: "2025-01-01")!, end: nil)))],
            quotes: [Quote(speaker: Speaker(id: nil, name: nil, text: "وی"), span: TextSpan(start: 2, end: 6), text: "متن"),
                     Quote(speaker: nil, span: TextSpan(start: 6, end: 7), text: "م")],
            eventDating: article.published.map { EventDating(range: DayRange(day: $0), tense: .happened, evidence: nil) })
        return AnalyzedReport(article: article, analysis: analysis)
    }

    @Test func roundTripKeepsEveryField() throws {
        let store = try ArticleStore()
        let original = report("پوتین و پزشکیان در عشق‌آباد دیدار کردند.", outlet: "Tabnak", published: "2025-12-12")
        let outcome = try store.insert([original], features: builder.features)
        #expect(outcome.stored == [original.article.id])
        let read = try store.reports()
        #expect(read == [original])
    }

    @Test func insertingTheSameArticleTwiceStoresItOnce() throws {
        let store = try ArticleStore()
        let a = report("خبر یک"), b = report("خبر دو")
        _ = try store.insert([a], features: builder.features)
        let outcome = try store.insert([a, b], features: builder.features)
        #expect(outcome.stored == [b.article.id])
        #expect(outcome.alreadyPresent == [a.article.id])
        #expect(try store.articleCount() == 2)
        #expect(try store.existingIDs(among: [a.article.id, "0000000000000000"]) == [a.article.id])
    }

    @Test func eventsAreReplacedAndFiltered() throws {
        let store = try ArticleStore()
        let fa = report("خبر فارسی", outlet: "Tabnak", published: "2025-12-12")
        let ar = report("خبر عربي", outlet: "Iran Press", published: "2024-10-11", language: .arabic)
        _ = try store.insert([fa, ar], features: builder.features)
        var events = events([fa, ar])
        // Both reports name Putin, so both events list him; give one a second participant.
        #expect(events.allSatisfy { $0.participants.map(\.id) == ["Q7747"] })
        events[0].participants.append(EntityReference(id: "Q186215", name: "Sergey Lavrov"))
        try store.replaceEvents(events)
        #expect(try store.events().count == 2)
        #expect(try store.events(matching: EventFilter(language: .arabic)).map(\.reports.first?.id) == [ar.article.id])
        #expect(try store.events(matching: EventFilter(since: CivilDate(iso: "2025-01-01"))).count == 1)
        #expect(try store.events(matching: EventFilter(until: CivilDate(iso: "2025-01-01"))).count == 1)
        #expect(try store.events(matching: EventFilter(entity: "vladimir putin")).count == 2)
        #expect(try store.events(matching: EventFilter(entity: "sergey lavrov")).count == 1)
        #expect(try store.events(matching: EventFilter(entity: "Q186215")).map(\.id) == [events[0].id])
        let one = try #require(try store.event(id: events[1].id))
        #expect(one == events[1])
        #expect(try store.event(id: "ev-missing") == nil)
        try store.replaceEvents([events[0]])
        #expect(try store.events().map(\.id) == [events[0].id])
    }

    /// Oracle: one event, or the events some filter wants (days, an entity, a language, an outlet,
    /// words), read by their ids, dates, heads and reports (with only the other events their
    /// cross-references need) are exactly those of the whole archive read at once: the same
    /// reports, the same related events, the same order.
    @Test func readingADayOrAnEventGivesWhatTheWholeArchiveGives() throws {
        let store = try ArticleStore()
        var random = SplitMix64(seed: 23)
        let first = try #require(CivilDate(iso: "2025-03-01"))
        let reports = (0..<60).map { index in
            report("گزارش شماره \(index) از رویدادهای روز", outlet: ["Tabnak", "ILNA", "IRNA"][index % 3],
                   published: first.adding(days: Int.random(in: 0..<20, using: &random)).iso,
                   language: index % 4 == 0 ? .arabic : .persian, title: "خبر \(["تهران", "مسکو", "کابل", "دمشق", "بغداد"][index % 5])")
        }
        _ = try store.insert(reports, features: builder.features)
        let people = [EntityReference(id: "Q7747", name: "Vladimir Putin"), EntityReference(id: "Q186215", name: "Sergey Lavrov"),
                      EntityReference(id: "Q55630124", name: "Masoud Pezeshkian")]
        // Events of one to three reports, on a day, over a few days, open-ended or undated; some
        // gathered into stories; each naming some of three people and mentioning other days.
        var events: [Event] = []
        var next = 0
        while next < reports.count {
            let size = min(Int.random(in: 1...3, using: &random), reports.count - next)
            let members = Array(reports[next..<(next + size)])
            next += size
            var event = summarizer.event(
                of: members, features: Dictionary(uniqueKeysWithValues: members.map { ($0.article.id, builder.features(of: $0)) }))
            let start = first.adding(days: Int.random(in: 0..<20, using: &random))
            switch Int.random(in: 0..<10, using: &random) {
            case 0: event.date = nil
            case 1: event.date = DayRange(start: start, end: nil)
            case 2, 3: event.date = DayRange(start: start, end: start.adding(days: Int.random(in: 1...20, using: &random)))
            default: event.date = DayRange(day: start)
            }
            event.participants = people.filter { _ in Bool.random(using: &random) }
            event.mentionedDays = (0..<Int.random(in: 0...2, using: &random)).map { _ in
                let day = first.adding(days: Int.random(in: -5..<25, using: &random))
                return DayRange(start: day, end: day.adding(days: [0, 0, 2, 30][Int.random(in: 0..<4, using: &random)]))
            }
            if let previous = events.last, Int.random(in: 0..<3, using: &random) == 0 { event.story = previous.story }
            events.append(event)
        }
        try store.replaceEvents(events)

        let whole = try store.events()
        #expect(whole.count == events.count)
        #expect(whole.contains { !$0.related.isEmpty })
        #expect(Set(whole.map(\.story)).count < whole.count)
        #expect(whole.contains { $0.date == nil } && whole.contains { $0.date != nil && $0.date?.end == nil })
        for event in whole {
            #expect(try store.event(id: event.id) == event)
        }
        let days = (-2..<24).map { first.adding(days: $0) }
        let entities = [nil, nil, "Q7747", "q186215", "Masoud Pezeshkian", "sergey lavrov", "Q1"]
        let languages: [Language?] = [nil, nil, .arabic, .persian, .russian]
        let outlets = [nil, nil, "ILNA", "tabnak", "BBC"]
        // Words of the reports' titles (and so of some events' titles), of a participant's name,
        // of nothing, and nothing once folded (every event passes).
        let texts = [nil, nil, nil, "مسكو", "دمشق", "lavrov", "لندن", " "]
        var sizes = Set<Int>()
        for _ in 0..<120 {
            let since = Int.random(in: 0..<3, using: &random) == 0 ? days.randomElement(using: &random) : nil
            let until = Int.random(in: 0..<3, using: &random) == 0 ? days.randomElement(using: &random) : nil
            let filter = EventFilter(
                since: since, until: until, language: languages.randomElement(using: &random)!,
                outlet: outlets.randomElement(using: &random)!, entity: entities.randomElement(using: &random)!,
                text: texts.randomElement(using: &random)!)
            let expected = Event.frontPageOrdered(whole.filter(filter.matches))
            #expect(try store.events(matching: filter) == expected)
            sizes.insert(expected.count)
        }
        // The filters chose very different sets, from none to all.
        #expect(sizes.contains(0) && sizes.contains(whole.count) && sizes.count > 10)
    }

    @Test func aFileDatabaseSurvivesReopening() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("k.sqlite")
        let original = report("خبر ماندگار", published: "2025-01-14")
        do {
            let store = try ArticleStore(path: path)
            _ = try store.insert([original], features: builder.features)
        }
        let reopened = try ArticleStore(path: path)
        #expect(try reopened.reports() == [original])
        #expect(try reopened.features() == [builder.features(of: original)])
    }

    @Test func aFileThatIsNotADatabaseIsAClearError() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("notes.sqlite", String(repeating: "this is not a database\n", count: 200))
        #expect {
            _ = try ArticleStore(path: path)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.description.hasPrefix("Cannot open the database \(path):")
        }
    }
}
