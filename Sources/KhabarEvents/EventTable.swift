import KhabarCore

/// Renders events as a table for a terminal.
///
/// Left-to-right columns (date, tense, place, outlets, languages, reports) come first and the
/// title, which is usually right-to-left, comes last: terminals that do not implement the bidi
/// algorithm then still keep the columns aligned, and the title reads whole.
public struct EventTable: Sendable {
    /// The width of the terminal, in columns.
    public var width: Int

    /// Creates a renderer for a terminal `width` columns wide.
    public init(width: Int = 120) {
        self.width = max(60, width)
    }

    /// The table, one line per event, with a header and a closing count.
    public func render(_ events: [Event]) -> String {
        let header = ["#", "date", "tense", "place", "outlets", "lang", "reports", "title"]
        var rows: [[String]] = []
        for (index, event) in events.enumerated() {
            let outlets = orderedUnique(event.reports.map { $0.outlet ?? "—" })
            let languages = orderedUnique(event.reports.map(\.language.code))
            rows.append([
                String(index + 1),
                EventTable.dateText(event.date),
                event.tense == .unknown ? "" : event.tense.rawValue,
                event.place?.name ?? "",
                outlets.joined(separator: ", "),
                languages.joined(separator: ","),
                String(event.reports.count),
                event.title ?? "",
            ])
        }
        var widths = header.map { TerminalWidth.of($0) }
        for row in rows {
            for column in 0..<(header.count - 1) { widths[column] = max(widths[column], TerminalWidth.of(row[column])) }
        }
        widths[4] = min(widths[4], 28)
        let fixed = widths.prefix(header.count - 1).reduce(0, +) + 2 * (header.count - 1)
        let titleWidth = max(20, width - fixed)

        func line(_ cells: [String]) -> String {
            var out = ""
            for (column, cell) in cells.enumerated() {
                if column == cells.count - 1 {
                    out += TerminalWidth.truncate(cell, to: titleWidth)
                } else {
                    let fitted = TerminalWidth.truncate(cell, to: widths[column])
                    let pad = widths[column] - TerminalWidth.of(fitted)
                    // Numbers align right, text left.
                    out += column == 0 || column == 6
                        ? String(repeating: " ", count: pad) + fitted + "  "
                        : fitted + String(repeating: " ", count: pad) + "  "
                }
            }
            return out
        }
        var lines = [line(header), String(repeating: "─", count: min(width, fixed + titleWidth))]
        lines += rows.map(line)
        let reportCount = events.reduce(0) { $0 + $1.reports.count }
        lines.append("\(events.count) event\(events.count == 1 ? "" : "s") from \(reportCount) report\(reportCount == 1 ? "" : "s")")
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
