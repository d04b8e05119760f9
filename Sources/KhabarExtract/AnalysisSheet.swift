import KhabarCore

/// Renders an analysed document for a terminal, one finding per line.
public struct AnalysisSheet: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The findings as text.
    public func render(_ document: AnalysisDocument) -> String {
        let analysis = document.analysis
        var lines: [String] = []
        lines.append("language   \(analysis.language.code)")
        lines.append("title      \(analysis.title ?? "—")")
        lines.append("outlet     \(analysis.outlet.map { "\($0.name) (\($0.source.rawValue))" } ?? "—")")
        lines.append("published  \(analysis.published.map { "\($0.iso) (\(analysis.publishedSource?.rawValue ?? "?"))" } ?? "unknown")")
        if let dating = analysis.eventDating {
            lines.append("event      \(dating.range) (\(dating.tense.rawValue))")
        }
        if !analysis.dates.isEmpty {
            lines.append("")
            lines.append("dates")
            for date in analysis.dates {
                lines.append("  \(date.range)  \(date.granularity.rawValue)  \(date.calendar?.rawValue ?? "relative")  \(date.text)")
            }
        }
        if !analysis.entities.isEmpty {
            lines.append("")
            lines.append("entities")
            for entity in analysis.entities {
                let role = entity.role.map { "  [\($0)]" } ?? ""
                lines.append("  \(entity.type.rawValue)  \(entity.name) (\(entity.id))\(role)  \(entity.text)")
            }
        }
        if !analysis.figures.isEmpty {
            lines.append("")
            lines.append("figures")
            for figure in analysis.figures {
                let period = figure.period.map { "  [\($0.text)]" } ?? ""
                lines.append("  \(figure.value) \(figure.unit)  \(figure.measure ?? "—")\(period)  \(figure.text)")
            }
        }
        if !analysis.quotes.isEmpty {
            lines.append("")
            lines.append("quotes")
            for quote in analysis.quotes {
                let speaker = quote.speaker.map { $0.name ?? $0.text } ?? "?"
                lines.append("  \(speaker): \(quote.text)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
