import KhabarCore
import KhabarEvents
import Testing

/// Which start days an event's mentioned days can refer to (what the store reads to link a day's
/// events without the archive).
@Suite struct RelatedEventsTests {
    func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func mentionedDaysReachBackTheLongestEventAndOverlappingWindowsMerge() {
        var event = Event(id: "ev-1", title: nil, titles: [:], date: DayRange(day: day("2025-03-15")), tense: .happened,
                          place: nil, participants: [], reports: [], facts: [], related: [])
        event.mentionedDays = [
            DayRange(day: day("2025-03-10")),
            DayRange(start: day("2025-03-12"), end: day("2025-03-14")),
            // A month mentioned in passing: only its first fortnight is looked at.
            DayRange(start: day("2025-06-01"), end: day("2025-06-30")),
        ]
        #expect(RelatedEvents.startDays(referredToBy: [event]) == [
            day("2025-02-25")...day("2025-03-14"),
            day("2025-05-19")...day("2025-06-14"),
        ])
        #expect(RelatedEvents.startDays(referredToBy: []).isEmpty)
    }
}
