public import KhabarCore

/// Links events to the earlier or later events their reports refer to.
///
/// An event refers to another when one of its reports mentions a day within the other's date
/// (000 recalls the treaty signed "۲۸ دی ۱۴۰۳") and the two share a participant or place; and
/// every event of a story refers to the story's main event, its largest (a reaction to what it
/// reacts to).
public enum RelatedEvents {
    /// The longest event (in days) that a mentioned day can refer to, and the most days of a
    /// mentioned range looked at: a season or a year mentioned in passing refers to no event.
    public static let longest = 14

    /// The start days of every event that `events` can refer to through the days their reports
    /// mention, as ranges merged where they overlap: an event of at most ``longest`` days that
    /// covers a mentioned day starts at most that many days before it. An entity's many events
    /// mention the same weeks again and again, so the ranges are few.
    ///
    /// With these events and the rest of their stories, ``link(_:only:)`` links `events` as it
    /// would among all events.
    public static func startDays(referredToBy events: [Event]) -> [ClosedRange<CivilDate>] {
        var windows: [(first: Int, last: Int)] = []
        for event in events {
            for day in event.mentionedDays {
                let start = day.start.julianDay
                windows.append((start + 1 - longest, start + min(day.length ?? 1, longest) - 1))
            }
        }
        windows.sort { $0.first < $1.first }
        var merged: [(first: Int, last: Int)] = []
        for window in windows {
            if let last = merged.last, window.first <= last.last + 1 {
                merged[merged.count - 1].last = max(last.last, window.last)
            } else {
                merged.append(window)
            }
        }
        return merged.map { CivilDate(julianDay: $0.first)...CivilDate(julianDay: $0.last) }
    }

    /// Sets ``Event/related`` of every event in `events`, or of those whose ids are in `only`
    /// (the others are there to be referred to).
    ///
    /// - Complexity: O(*m*) in the number of mentioned days, with a hash of event days.
    public static func link(_ events: inout [Event], only: Set<String>? = nil) {
        var byDay: [Int: [Int]] = [:]
        for (index, event) in events.enumerated() {
            guard let date = event.date, let length = date.length, length <= longest else { continue }
            for offset in 0..<length { byDay[date.start.julianDay + offset, default: []].append(index) }
        }
        // The main event of each story of several events: the most reports, then the smallest id.
        var main: [String: Int] = [:]
        for (index, event) in events.enumerated() {
            if let current = main[event.story] {
                let other = events[current]
                if (event.reports.count, other.id) > (other.reports.count, event.id) { main[event.story] = index }
            } else {
                main[event.story] = index
            }
        }
        for index in events.indices where only?.contains(events[index].id) ?? true {
            let event = events[index]
            let own = Set(event.participants.map(\.id) + [event.place?.id].compactMap { $0 })
            var related = Set<String>()
            for day in event.mentionedDays {
                let length = min(day.length ?? 1, longest)
                for offset in 0..<length {
                    for other in byDay[day.start.julianDay + offset] ?? [] where other != index {
                        let target = events[other]
                        let theirs = Set(target.participants.map(\.id) + [target.place?.id].compactMap { $0 })
                        if !own.isDisjoint(with: theirs) { related.insert(target.id) }
                    }
                }
            }
            if let story = main[event.story], story != index { related.insert(events[story].id) }
            events[index].related = related.sorted()
        }
    }
}
