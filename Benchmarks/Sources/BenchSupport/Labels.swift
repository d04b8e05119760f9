import Foundation

/// Hand labels of events in the ANT corpus (Benchmarks/labels/ant-events.tsv).
public struct Labels {
    /// The event of each labelled article.
    public var events: [String: String] = [:]
    /// The story of each labelled article (its `story:` tag, else its event).
    public var stories: [String: String] = [:]
    /// The labelled day of each article.
    public var days: [String: String] = [:]

    /// Reads a labels file: id, event, day, note (tab-separated; `#` lines are comments).

    public static func read(_ path: String) throws -> Labels {
        var labels = Labels()
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2 else { continue }
            labels.events[parts[0]] = parts[1]
            if parts.count > 2 { labels.days[parts[0]] = parts[2] }
            let note = parts.count > 3 ? parts[3] : ""
            let story = note.split(whereSeparator: { $0 == " " || $0 == ";" }).first { $0.hasPrefix("story:") }
            labels.stories[parts[0]] = story.map { String($0.dropFirst(6)) } ?? parts[1]
        }
        return labels
    }

    /// Pairwise precision, recall and F1 over the labelled articles both sides know.
    public static func pairwise(predicted: [String: String], gold: [String: String]) -> (precision: Double, recall: Double, f1: Double) {
        let ids = gold.keys.filter { predicted[$0] != nil }.sorted()
        var tp = 0, fp = 0, fn = 0
        for i in 0..<ids.count {
            for j in (i + 1)..<ids.count {
                let same = gold[ids[i]] == gold[ids[j]], together = predicted[ids[i]] == predicted[ids[j]]
                if same && together { tp += 1 } else if together { fp += 1 } else if same { fn += 1 }
            }
        }
        let p = Double(tp) / Double(max(1, tp + fp)), r = Double(tp) / Double(max(1, tp + fn))
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
    }

    /// Purity (each predicted event's share of its main label) and completeness (each labelled
    /// event's share in its main predicted event), weighted by articles.
    public static func purityCompleteness(predicted: [String: String], gold: [String: String]) -> (Double, Double) {
        let ids = gold.keys.filter { predicted[$0] != nil }
        guard !ids.isEmpty else { return (0, 0) }
        func majority(_ groups: [String: [String]]) -> Double {
            Double(groups.values.reduce(0) { total, members in
                var counts: [String: Int] = [:]
                for member in members { counts[member, default: 0] += 1 }
                return total + (counts.values.max() ?? 0)
            }) / Double(ids.count)
        }
        var byPredicted: [String: [String]] = [:], byGold: [String: [String]] = [:]
        for id in ids {
            byPredicted[predicted[id]!, default: []].append(gold[id]!)
            byGold[gold[id]!, default: []].append(predicted[id]!)
        }
        return (majority(byPredicted), majority(byGold))
    }
}
