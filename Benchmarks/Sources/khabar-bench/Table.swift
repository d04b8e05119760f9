import Foundation

/// One row of the benchmark table.
struct Row {
    var stage: String
    var input: String
    var khabar: String
    var peer: String
    var peerSpeed: String
    var ratio: String
    var memory: String
}

/// Prints rows as a Markdown table (readable on a terminal, pasteable into the README).
enum Table {
    static let header = ["stage", "input", "Khabar", "peer", "peer speed", "Khabar / peer", "peak memory"]

    static func render(_ rows: [Row]) -> String {
        let cells = rows.map { [$0.stage, $0.input, $0.khabar, $0.peer, $0.peerSpeed, $0.ratio, $0.memory] }
        var widths = header.map(\.count)
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ row: [String]) -> String {
            "| " + row.enumerated().map { $1 + String(repeating: " ", count: widths[$0] - $1.count) }.joined(separator: " | ") + " |"
        }
        var out = [line(header), "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"]
        out += cells.map(line)
        return out.joined(separator: "\n")
    }

    static func rate(_ value: Double, _ unit: String) -> String {
        if value >= 100 { return String(format: "%.0f %@", value, unit) }
        if value >= 10 { return String(format: "%.1f %@", value, unit) }
        return String(format: "%.2f %@", value, unit)
    }

    static func ratio(_ a: Double, _ b: Double) -> String {
        guard b > 0 else { return "—" }
        let r = a / b
        return r >= 10 ? String(format: "%.0fx", r) : String(format: "%.1fx", r)
    }

    static func mib(_ value: Double) -> String { String(format: "%.0f MiB", value) }
}
