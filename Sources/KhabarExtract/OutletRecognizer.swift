public import KhabarCore
public import KhabarText

/// Recognises the outlet a report comes from where the text names it: an attribution such as
/// "به گزارش تابناک", "به نقل از ایرنا", "وكالة تسنيم", "according to Reuters", or a dateline
/// that opens the text ("إيران برس - …").
///
/// Only the opening and the closing lines of a text are searched: an outlet named in the middle of
/// a story is a source quoted, not the publisher.
public struct OutletRecognizer: Sendable {
    private struct Candidate: Sendable {
        var key: [Unicode.Scalar]
        var entry: GazetteerEntry
        var needsAttribution: Bool
    }

    private let candidates: [Candidate]
    private let cues: [[Unicode.Scalar]]
    private let exactNames: [String: GazetteerEntry]

    /// How many folded scalars at the start of the text are searched.
    public static let openingWindow = 600
    /// How many folded scalars at the end of the text are searched.
    public static let closingWindow = 200

    /// Creates a recogniser for the outlets (class `outlet`) of `gazetteer`.
    public init(gazetteer: Gazetteer) {
        var candidates: [Candidate] = []
        var exactNames: [String: GazetteerEntry] = [:]
        for entry in gazetteer.entries(inCategory: "outlet") {
            exactNames[FoldedText.key(entry.name)] = entry
            for alias in entry.aliases {
                let needsAttribution = alias.text.hasPrefix("~")
                let text = needsAttribution ? String(alias.text.dropFirst()) : alias.text
                let key = Array(FoldedText.key(text).unicodeScalars)
                guard !key.isEmpty else { continue }
                candidates.append(Candidate(key: key, entry: entry, needsAttribution: needsAttribution))
                if !needsAttribution { exactNames[String(String.UnicodeScalarView(key))] = entry }
            }
        }
        // Longest aliases first, so "بی‌بی‌سی فارسی" wins over "بی‌بی‌سی".
        self.candidates = candidates.sorted { ($0.key.count, $0.entry.id) > ($1.key.count, $1.entry.id) }
        self.exactNames = exactNames
        self.cues = OutletRecognizer.attributionCues.map { Array(FoldedText.key($0).unicodeScalars) }
    }

    /// Words that attribute a report to an outlet, in fa, ar, en and ru.
    static let attributionCues = [
        "به گزارش", "به نقل از", "خبرگزاری", "منبع:", "پایگاه خبری", "روزنامه", "شبکه", "خبرنگار", "با خبرنگار",
        "وكالة أنباء", "وكالة", "نقلا عن", "نقلاً عن", "بحسب", "حسب", "وفقا لـ", "وفقا ل", "أفادت", "ذكرت", "أوردت",
        "قناة", "صحيفة", "المصدر:", "مراسل",
        "according to", "reported by", "source:",
        "сообщает", "по данным", "передает", "передаёт",
    ]

    /// The outlet of an article: the metadata value when there is one (linked to the gazetteer when
    /// it names a known outlet), else the outlet the text attributes itself to.
    public func attribution(metadataOutlet: String?, text: ScalarText, folded: FoldedText) -> OutletAttribution? {
        if let given = metadataOutlet?.trimmingWhitespace(), !given.isEmpty {
            let entry = exactNames[FoldedText.key(given)]
            return OutletAttribution(id: entry?.id, name: entry?.name ?? given, source: .metadata, span: nil)
        }
        return recognize(folded: folded)
    }

    /// The outlet the text attributes itself to, or `nil`.
    public func recognize(folded: FoldedText) -> OutletAttribution? {
        let s = folded.scalars
        // 1. A dateline: the text opens with an outlet's name followed by a separator.
        var start = 0
        while start < s.count, s[start] == " " || s[start] == "\n" || s[start] == "(" || s[start] == "[" { start += 1 }
        if let match = match(at: start, in: s, attributed: false),
           isDatelineSeparator(after: match.end, in: s) {
            return attribution(match, folded: folded)
        }
        // 2. An attribution cue followed by an outlet's name, in the opening or closing lines.
        let windows = [0..<min(s.count, OutletRecognizer.openingWindow),
                       max(0, s.count - OutletRecognizer.closingWindow)..<s.count]
        for window in windows {
            var i = window.lowerBound
            while i < window.upperBound {
                if i == 0 || !Tokenizer.isWordScalar(s[i - 1]) {
                    for cue in cues where hasPrefix(cue, at: i, in: s) {
                        var j = i + cue.count
                        while j < s.count, s[j] == " " || s[j] == ":" || s[j] == "«" || s[j] == "\"" { j += 1 }
                        if let match = match(at: j, in: s, attributed: true) { return attribution(match, folded: folded) }
                    }
                }
                i += 1
            }
        }
        return nil
    }

    private func attribution(_ match: (entry: GazetteerEntry, start: Int, end: Int), folded: FoldedText) -> OutletAttribution {
        OutletAttribution(
            id: match.entry.id, name: match.entry.name, source: .text,
            span: folded.originalSpan(of: match.start..<match.end))
    }

    private func match(at position: Int, in s: [Unicode.Scalar], attributed: Bool) -> (entry: GazetteerEntry, start: Int, end: Int)? {
        for candidate in candidates where attributed || !candidate.needsAttribution {
            if hasPrefix(candidate.key, at: position, in: s) {
                let end = position + candidate.key.count
                if end == s.count || !Tokenizer.isWordScalar(s[end]) {
                    return (candidate.entry, position, end)
                }
            }
        }
        return nil
    }

    private func isDatelineSeparator(after end: Int, in s: [Unicode.Scalar]) -> Bool {
        var i = end
        while i < s.count, s[i] == " " { i += 1 }
        guard i < s.count else { return false }
        return ["-", "–", "—", ":", "،", ",", ")", "|", "/", "\n"].contains(s[i])
    }

    private func hasPrefix(_ key: [Unicode.Scalar], at position: Int, in s: [Unicode.Scalar]) -> Bool {
        guard position + key.count <= s.count else { return false }
        for k in 0..<key.count where s[position + k] != key[k] { return false }
        return true
    }
}
