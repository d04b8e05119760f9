public import KhabarCore
public import KhabarText

/// Finds the publication date written in an article's text: a dateline, or a line holding only a
/// date. Never guesses from an arbitrary mention in the body.
///
/// The rules, in order:
/// 1. A line (among the first 15 or the last 3) whose only content besides one absolute day date
///    is a weekday, a time (10:30), punctuation, and label words (تاریخ, انتشار, published, نشر,
///    آخر تحديث …): seed 004's `14 ژانویه 2025`.
/// 2. A dateline: an absolute day date within the first 12 units of the first line, set off by a
///    dash, a colon or brackets (تهران - ۲۱ آذر ۱۴۰۴ -, LONDON, Dec 12 (Reuters) -).
///
/// ```swift
/// PublicationDateFinder().find(in: ScalarText("کرملین: …\n14 ژانویه 2025\n…"), language: .persian)
/// // (2025-01-14, the span of "14 ژانویه 2025")
/// ```
public struct PublicationDateFinder: Sendable {
    /// Creates a finder.
    public init() {}

    /// Label words allowed on a date line.
    static let labels: Set<UInt64> = Set([
        "تاریخ", "انتشار", "منتشر", "شده", "خبر", "کد", "بروزرسانی", "به‌روزرسانی", "ساعت",
        "تاريخ", "النشر", "نشر", "في", "آخر", "تحديث", "بتاريخ", "الساعة",
        "published", "updated", "posted", "date", "on", "at", "опубликовано", "обновлено",
    ].map { DateKey.key(ofWord: $0.unicodeScalars) })

    /// The publication day the text states, with the span that states it, or `nil`.
    public func find(in text: ScalarText, folded: FoldedText? = nil, language: Language) -> (date: CivilDate, span: TextSpan)? {
        let folded = folded ?? FoldedText(text)
        return find(in: DateAnalysis(folded: folded, language: language, reference: nil))
    }

    /// The publication day stated in an analysed text (only absolute dates count, so the
    /// analysis may have been resolved against any reference).
    func find(in analysis: DateAnalysis) -> (date: CivilDate, span: TextSpan)? {
        let units = analysis.text
        guard units.count > 0 else { return nil }
        // Line index of every unit.
        var lines: [Int] = []
        lines.reserveCapacity(units.count)
        var line = 0
        for (k, unit) in units.units.enumerated() {
            if k > 0, unit.lineBefore { line += 1 }
            lines.append(line)
        }
        let lastLine = line
        var datelineCandidate: (CivilDate, TextSpan)?
        for (p, r) in zip(analysis.parsed, analysis.resolved) {
            guard let r, !r.isRelative, r.granularity == .day, r.range.isSingleDay else { continue }
            let mentionLine = lines[p.units.lowerBound]
            guard lines[p.units.upperBound - 1] == mentionLine else { continue }
            if mentionLine < 15 || mentionLine > lastLine - 3, isDateLine(units, lines, p.units, mentionLine) {
                return (r.range.start, units.originalSpan(p.units))
            }
            if datelineCandidate == nil, mentionLine == 0, p.units.lowerBound < 12, isSetOff(units, p.units) {
                datelineCandidate = (r.range.start, units.originalSpan(p.units))
            }
        }
        return datelineCandidate
    }

    /// Whether everything else on the mention's line is a weekday, a time, punctuation or a label.
    func isDateLine(_ text: DateText, _ lines: [Int], _ mention: Range<Int>, _ line: Int) -> Bool {
        var k = mention.lowerBound - 1
        while k >= 0, lines[k] == line {
            if !isFiller(text, k) { return false }
            k -= 1
        }
        k = mention.upperBound
        while k < text.count, lines[k] == line {
            if !isFiller(text, k) { return false }
            k += 1
        }
        return true
    }

    func isFiller(_ text: DateText, _ k: Int) -> Bool {
        let unit = text.units[k]
        switch unit.kind {
        case .punctuation: return true
        case .number: return unit.digits <= 2
        case .word:
            if let info = text.info(k), info.weekday != 0 || info.unit == .day { return true }
            return PublicationDateFinder.labels.contains(unit.key)
        }
    }

    /// Whether a dash, colon or bracket stands right before or after the mention.
    func isSetOff(_ text: DateText, _ mention: Range<Int>) -> Bool {
        let marks = Marks.dateline
        return text.isPunctuation(mention.lowerBound - 1, in: marks) || text.isPunctuation(mention.upperBound, in: marks)
            || mention.lowerBound == 0
    }
}
