import KhabarCore

/// Renders a timeline of events for a terminal: one block per event.
///
/// Each block has a line of left-to-right facts (date and weekday, whether it happened or is
/// scheduled, place), the title on a line of its own, and a line with the participants,
/// outlets, languages and report count, the event's id and, when the list holds other events
/// of its story, the story it belongs to. Keeping right-to-left titles on their own line means a
/// terminal lays them out whole, whether or not it implements the bidi algorithm, and nothing
/// else on the screen moves with them.
public struct EventTable: Sendable {
    /// The width of the terminal, in columns.
    public var width: Int

    /// Creates a renderer for a terminal `width` columns wide.
    public init(width: Int = 100) {
        self.width = max(40, width)
    }

    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// The timeline, with a heading that counts events, reports, languages and outlets.
    public func render(_ events: [Event]) -> String {
        let reportCount = events.reduce(0) { $0 + $1.reports.count }
        let languages = Set(events.flatMap { $0.reports.map(\.language.code) })
        let outlets = Set(events.flatMap { $0.reports.compactMap(\.outlet) })
        var lines: [String] = []
        lines.append("\(events.count) event\(events.count == 1 ? "" : "s") from \(reportCount) report\(reportCount == 1 ? "" : "s")"
            + " in \(languages.count) language\(languages.count == 1 ? "" : "s"), \(outlets.count) outlet\(outlets.count == 1 ? "" : "s")")
        // How many of the listed events each story holds: a story of several is named on each.
        var storySizes: [String: Int] = [:]
        for event in events { storySizes[event.story, default: 0] += 1 }
        for event in events {
            lines.append("")
            var head = EventTable.dateText(event.date)
            if let start = event.date?.start, event.date?.isSingleDay ?? false {
                head += " " + EventTable.weekdays[start.weekday - 1]
            }
            if event.tense != .unknown { head += "  " + event.tense.rawValue }
            if let place = event.place { head += "  · " + place.name }
            if event.tense == .scheduled, let announced = event.reports.compactMap(\.published).min() {
                head += "  (announced \(announced.iso))"
            }
            lines.append(TerminalWidth.truncate(head, to: width))
            lines.append("  " + TerminalWidth.truncate(event.title ?? "(untitled)", to: width - 2))
            var detail: [String] = []
            if !event.participants.isEmpty { detail.append(event.participants.prefix(4).map(\.name).joined(separator: ", ")) }
            let eventOutlets = orderedUnique(event.reports.map { $0.outlet ?? "unnamed outlet" })
            let eventLanguages = orderedUnique(event.reports.map(\.language.code))
            detail.append(eventOutlets.joined(separator: ", ") + " (" + eventLanguages.joined(separator: ", ") + ")")
            detail.append("\(event.reports.count) report\(event.reports.count == 1 ? "" : "s")")
            let agreed = event.facts.filter { $0.outlets.count >= 2 }.count
            if agreed > 0 { detail.append("\(agreed) shared fact\(agreed == 1 ? "" : "s")") }
            detail.append(event.id)
            if let size = storySizes[event.story], size > 1 {
                detail.append(event.story == event.id ? "story of \(size) events" : "in the story of \(event.story)")
            }
            lines.append("  " + TerminalWidth.truncate(detail.joined(separator: " · "), to: width - 2))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func dateText(_ range: DayRange?) -> String {
        guard let range else { return "undated" }
        guard let end = range.end else { return "\(range.start.iso)…" }
        return end == range.start ? range.start.iso : "\(range.start.iso)..\(end.iso)"
    }

    private func orderedUnique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}

/// Column widths of text in a terminal: combining marks and zero-width controls take no column.
public enum TerminalWidth {
    /// The number of terminal columns `text` takes.
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// `text` cut to at most `columns` columns, with `…` when it was cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard of(text) > columns else { return text }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in text.unicodeScalars {
            let w = width(of: scalar)
            if used + w > columns - 1 { break }
            out.append(scalar)
            used += w
        }
        return String(out) + "…"
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        let v = scalar.value
        // East Asian wide ranges (CJK, Hangul, fullwidth forms) take two columns.
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0x1F300...0x1FAFF).contains(v) {
            return 2
        }
        return 1
    }
}

/// Renders one event in full for a terminal: its date, place and participants, every report,
/// its facts and related events.
public struct EventSheet: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The event as text.
    public func render(_ event: Event) -> String {
        var lines: [String] = []
        lines.append(event.title ?? "(untitled event)")
        for (language, title) in event.titles.sorted(by: { $0.key < $1.key }) where title != event.title {
            lines.append("  [\(language)] \(title)")
        }
        lines.append("")
        lines.append("id            \(event.id)")
        lines.append("date          \(EventTable.dateText(event.date)) (\(event.tense.rawValue))")
        lines.append("place         \(event.place.map { "\($0.name) (\($0.id))" } ?? "—")")
        let people = event.participants.map { "\($0.name) (\($0.id))" }
        lines.append("participants  \(people.isEmpty ? "—" : people.joined(separator: ", "))")
        if event.story != event.id { lines.append("story         \(event.story)") }
        if !event.related.isEmpty { lines.append("related       \(event.related.joined(separator: ", "))") }
        lines.append("")
        lines.append("reports")
        for report in event.reports {
            let day = report.published.map { "\($0.iso) (\(report.publishedSource?.rawValue ?? "?"))" } ?? "undated"
            lines.append("  \(report.id)  \(day)  \(report.language.code)  \(report.outlet ?? "?")  \(report.path ?? report.url ?? "")")
            if let title = report.title { lines.append("      \(title)") }
        }
        if !event.facts.isEmpty {
            lines.append("")
            lines.append("facts")
            for fact in event.facts {
                let agreement = fact.agree.map { $0 ? "agree" : "DIFFER" } ?? "one source"
                var head = "  [\(fact.kind.rawValue)] "
                if let value = fact.value, let unit = fact.unit { head += "\(EventSheet.number(value)) \(unit)  " }
                if let speaker = fact.speaker { head += "\(speaker.name ?? speaker.text): " }
                lines.append(head + fact.text)
                var detail: [String] = []
                if let measure = fact.measure { detail.append("measure: \(measure)") }
                if let period = fact.period { detail.append("period: \(period.text)") }
                detail.append("outlets: \(fact.outlets.joined(separator: ", ")) — \(agreement)")
                lines.append("      " + detail.joined(separator: "; "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
