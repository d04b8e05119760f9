import KhabarCore
import KhabarEvents
import KhabarTestSupport
import Testing

/// How a list of events is ordered: by day, and within a day as a front page would list them.
@Suite struct EventOrderTests {
    /// An event of `reports` reports published on `day` (nil: undated), in story `story`.
    func event(_ id: String, story: String? = nil, day: String?, reports: Int, title: String) -> Event {
        let date = day.flatMap { CivilDate(iso: $0) }
        var event = Event(
            id: id, title: title, titles: ["ar": title], date: date.map { DayRange(day: $0) }, tense: .happened,
            place: nil, participants: [],
            reports: (0..<reports).map { index in
                EventReport(id: "\(id)-\(index)", path: nil, url: nil, outlet: "Test", language: .arabic,
                            published: date, publishedSource: date == nil ? nil : .metadata, title: title)
            },
            facts: [], related: [])
        event.story = story ?? id
        return event
    }

    var busyDay: [Event] {
        [
            event("ev-0a", day: "2018-05-14", reports: 3, title: "السودان يعلن عن تعديل وزاري كبير"),
            // One story of three events: the opening, the killings and a reaction.
            event("ev-1b", day: "2018-05-14", reports: 2, title: "الكويت تدعو مجلس الأمن لاجتماع طارئ حول غزة"),
            event("ev-2c", story: "ev-1b", day: "2018-05-14", reports: 9, title: "الولايات المتحدة تفتتح رسميا سفارتها في القدس"),
            event("ev-3d", story: "ev-1b", day: "2018-05-14", reports: 6, title: "عشرات القتلى برصاص الجيش الإسرائيلي في غزة"),
            event("ev-00", day: "2018-05-15", reports: 1, title: "الفلسطينيون يحيون ذكرى النكبة"),
            event("ev-4e", day: "2018-05-13", reports: 4, title: "تفجيرات تستهدف كنائس في سورابايا"),
            event("ev-5f", day: nil, reports: 2, title: "ما أهمية مدينة القدس؟"),
            event("ev-6a", day: "2018-05-14", reports: 3, title: "إندونيسيا: هجوم انتحاري على مقر للشرطة"),
        ]
    }

    @Test func aDaysBiggestStoryComesFirstWithItsEventsTogether() {
        let ordered = Event.frontPageOrdered(busyDay).map(\.id)
        // 13 May; then 14 May: the story of 17 reports (the event naming it first, then the larger),
        // then two stories of 3 reports by id; then 15 May; the undated last.
        #expect(ordered == ["ev-4e", "ev-1b", "ev-2c", "ev-3d", "ev-0a", "ev-6a", "ev-00", "ev-5f"])
    }

    @Test func theOrderDoesNotDependOnTheOrderGiven() {
        let expected = Event.frontPageOrdered(busyDay).map(\.id)
        var generator = SplitMix64(seed: 7)
        for _ in 0..<20 {
            #expect(Event.frontPageOrdered(busyDay.shuffled(using: &generator)).map(\.id) == expected)
        }
    }

    @Test func aStorysSizeCountsOnlyTheReportsOfThatDay() {
        // The story's event of the next day does not lift its smaller event of 14 May above a
        // bigger story of that day.
        let events = [
            event("ev-1b", day: "2018-05-14", reports: 2, title: "دعوة لاجتماع طارئ لمجلس الأمن"),
            event("ev-2c", story: "ev-1b", day: "2018-05-15", reports: 20, title: "مجلس الأمن يعقد جلسة طارئة حول غزة"),
            event("ev-0a", day: "2018-05-14", reports: 3, title: "السودان يعلن عن تعديل وزاري كبير"),
        ]
        #expect(Event.frontPageOrdered(events).map(\.id) == ["ev-0a", "ev-1b", "ev-2c"])
    }
}
