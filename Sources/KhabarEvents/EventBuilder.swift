import KhabarCore

/// Groups analysed reports into events and describes each event.
///
/// Until clustering lands, every report is its own event.
public struct EventBuilder: Sendable {
    /// Creates a builder.
    public init() {}

    /// The events of `reports`, ordered by date (undated last), then id.
    public func events(for reports: [AnalyzedReport]) -> [Event] {
        reports.map { event(of: [$0]) }.sorted(by: EventBuilder.timelineOrder)
    }

    /// Describes the event told by `reports`.
    public func event(of reports: [AnalyzedReport]) -> Event {
        let ordered = reports.sorted { a, b in
            switch (a.analysis.published, b.analysis.published) {
            case let (x?, y?) where x != y: x < y
            case (.some, nil): true
            case (nil, .some): false
            default: a.article.id < b.article.id
            }
        }
        let lead = ordered[0]
        var titles: [String: String] = [:]
        for report in ordered {
            let code = report.analysis.language.code
            if titles[code] == nil, let title = report.analysis.title ?? FirstSentence.of(report.article.text) {
                titles[code] = title
            }
        }
        let dating = ordered.lazy.compactMap(\.analysis.eventDating).first
        return Event(
            id: "ev-" + lead.article.id,
            title: titles[lead.analysis.language.code],
            titles: titles,
            date: dating?.range ?? lead.analysis.published.map { DayRange(day: $0) },
            tense: dating?.tense ?? .unknown,
            place: nil,
            participants: [],
            reports: ordered.map(\.eventReport),
            facts: [],
            related: [])
    }

    /// Orders events on a timeline: by start date (undated last), then id.
    public static func timelineOrder(_ a: Event, _ b: Event) -> Bool {
        switch (a.date?.start, b.date?.start) {
        case let (x?, y?) where x != y: x < y
        case (.some, nil): true
        case (nil, .some): false
        default: a.id < b.id
        }
    }
}

/// The first sentence of a text, cut to a title's length, for reports without a headline.
enum FirstSentence {
    static let maximumLength = 120

    static func of(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        var sentence = ""
        var count = 0
        for scalar in trimmed.unicodeScalars {
            if scalar == "\n" || scalar == "." || scalar == "؟" || scalar == "!" || scalar == "?" { break }
            sentence.unicodeScalars.append(scalar)
            count += 1
            if count >= maximumLength {
                // Cut at the last space so no word is broken.
                if let space = sentence.lastIndex(of: " ") { sentence = String(sentence[..<space]) }
                return sentence + "…"
            }
        }
        return sentence.trimmingWhitespace()
    }
}
