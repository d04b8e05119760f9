public import KhabarCore
public import KhabarText

/// Decides when the reported event happens (the meeting, the signing), and whether it has
/// happened, from the date mentions and the publication day.
///
/// Candidates are the mentions of single days or short spans (a week at most). Each is scored:
/// - position: the headline and first paragraph weigh most (+3 on the first line, +2 on the
///   second, +1 on the third);
/// - an event word in the same sentence (دیدار, برگزار, امضا, لقاء, قمة, meeting, встреча): +2;
/// - a weekday with the date (روز جمعه ۲۸ دی) or a weekday or today form (روز جمعه, امروز): +1;
/// - inside a quotation (after گفت:, قال:, said: on the same line, or within «» or ""): −2;
/// - more than 14 days from the publication day: −3 (a cross-reference to an earlier event);
/// - when the publication day is unknown, agreeing with a weekday the text names (003's روز جمعه
///   and its ۲۰ مهر ۱۴۰۳, a Friday): +2.
/// A line holding only a date (a dateline) is never the event date, and neither is the day of
/// another event the report is placed against (بعد يوم من …, قبيل أيام من …: an Arabic بعد, قبل,
/// قبيل or عقب, a count, then من, up to twenty units before the day; ردا على …), nor a day in an
/// Arabic sentence opening with كان that names no event in its next three words (وكان البرلمان قد
/// أعلن عقد جلسة طارئة السبت: background). The best candidate wins, the
/// earliest on ties, if it scores above zero: a day the body recalls with nothing pointing to it
/// («وكان قد دخل القنصلية في 2 أكتوبر») is background, and the report is dated like an undated
/// one, by its publication day without evidence.
///
/// Tense: after the publication day → scheduled; before it → happened; on it, or when the
/// publication day is unknown, the clause tense decides (future → scheduled, past → happened).
///
/// An undated report (no candidate) is dated by its publication day with tense `unknown` and no
/// evidence, so that an event stage can tell it apart and date it from other reports; without a
/// publication day it gets `nil`.
public struct EventDater: Sendable {
    /// Creates a dater.
    public init() {}

    /// The event's dating, or `nil` when neither the text nor the publication day tells.
    public func date(
        text: ScalarText, folded: FoldedText? = nil, language: Language, mentions: [DateMention],
        published: CivilDate?
    ) -> EventDating? {
        let folded = folded ?? FoldedText(text)
        let analysis = DateAnalysis(folded: folded, language: language, reference: published)
        return date(analysis: analysis, mentions: mentions, published: published)
    }

    /// The dating of an analysed text whose analysis was resolved against `published`.
    func date(analysis: DateAnalysis, mentions: [DateMention], published: CivilDate?) -> EventDating? {
        let folded = analysis.text.folded
        let units = analysis.text
        let fallback = published.map { EventDating(range: DayRange(day: $0), tense: .unknown, evidence: nil) }
        guard units.count > 0, !mentions.isEmpty else { return fallback }

        var lines: [Int] = []
        lines.reserveCapacity(units.count)
        var line = 0
        for (k, unit) in units.units.enumerated() {
            if k > 0, unit.lineBefore { line += 1 }
            lines.append(line)
        }
        // The original offset of every unit, to find a mention's units.
        let starts = units.units.map { folded.origins[Int($0.start)] }
        func unitRange(of span: TextSpan) -> Range<Int>? {
            var low = 0, high = starts.count
            while low < high {
                let mid = (low + high) / 2
                if starts[mid] < span.start { low = mid + 1 } else { high = mid }
            }
            guard low < starts.count, starts[low] < span.end else { return nil }
            var end = low
            while end < starts.count, starts[end] < span.end { end += 1 }
            return low..<end
        }
        // Weekdays named without a date (unresolved when the publication day is unknown).
        var namedWeekdays: Set<Int> = []
        for (p, r) in zip(analysis.parsed, analysis.resolved) where r == nil {
            if case .weekday(let w, _) = p.expression { namedWeekdays.insert(w) }
        }
        let finder = PublicationDateFinder()
        let tenses = ClauseTense(text: units)

        var best: (score: Int, mention: DateMention, units: Range<Int>)?
        for mention in mentions {
            guard let length = mention.range.length, length <= 7, mention.granularity <= .week,
                  let range = unitRange(of: mention.span) else { continue }
            let mentionLine = lines[range.lowerBound]
            if finder.isDateLine(units, lines, range, mentionLine) { continue }
            // بعد يوم من سلسلة تفجيرات … قداس الأحد: the day of another event the report is
            // placed against never dates it.
            if isReferencePoint(units, range) { continue }
            let start = sentenceStart(units, range.lowerBound)
            // «وكان البرلمان قد أعلن عقد جلسة طارئة السبت»: a sentence opening with كان recalls
            // the report's background, and its days belong to other events, unless the event
            // itself is what it recalls («وكان الاجتماع قد عقد في 12 أكتوبر»).
            if recallsBackground(units, start) { continue }
            var score = max(0, 3 - mentionLine)
            let sentence = units.sentence[range.lowerBound]
            var k = start
            var hasEvent = false
            while k < units.count, units.sentence[k] == sentence {
                if units.info(k)?.event == true { hasEvent = true }
                k += 1
            }
            if hasEvent { score += 2 }
            if range.contains(where: { units.info($0)?.weekday ?? 0 != 0 || units.info($0)?.deictic != nil }) { score += 1 }
            if isQuoted(units, lines, range) { score -= 2 }
            if let published, abs(published.days(to: mention.range.start)) > 14 { score -= 3 }
            if published == nil, namedWeekdays.contains(mention.range.start.weekday) { score += 2 }
            if best == nil || score > best!.score { best = (score, mention, range) }
        }
        guard let best, best.score > 0 else { return fallback }
        let range = best.mention.range
        let clause = tenses.tense(around: best.units)
        let tense: Tense
        if let published, range.start > published {
            tense = .scheduled
        } else if let published, let end = range.end, end < published {
            tense = .happened
        } else {
            switch clause {
            case .future: tense = .scheduled
            case .past: tense = .happened
            case nil: tense = published == nil ? .unknown : .happened
            }
        }
        return EventDating(range: range, tense: tense, evidence: best.mention.span)
    }

    /// The first unit of the sentence holding unit `i`.
    func sentenceStart(_ text: DateText, _ i: Int) -> Int {
        var k = i
        while k > 0, text.sentence[k - 1] == text.sentence[i] { k -= 1 }
        return k
    }

    /// Whether the Arabic sentence starting at unit `start` opens with a perfect form of كان
    /// (وكان, وكانت), the wires' mark of background, and names no event in the three words after
    /// it (its subject, قد and its verb: «وكان الاجتماع قد عقد» recalls the event itself).
    func recallsBackground(_ text: DateText, _ start: Int) -> Bool {
        guard text.language == .arabic else { return false }
        let sentence = text.sentence[start]
        func nextWord(from index: Int) -> Int? {
            var k = index
            while k < text.count, text.sentence[k] == sentence, text.units[k].kind != .word { k += 1 }
            return k < text.count && text.sentence[k] == sentence ? k : nil
        }
        guard let kana = nextWord(from: start), ClauseTense.isArabicKana(text.scalars(kana)) else { return false }
        var word = kana
        for _ in 0..<3 {
            guard let next = nextWord(from: word + 1) else { break }
            if text.info(next)?.event == true { return false }
            word = next
        }
        return true
    }

    /// Whether an Arabic day is the point another event is placed against: بعد, قبل, قبيل or عقب,
    /// a count at most, then من, or ردا على (in answer to), at most twenty units
    /// before the day in its sentence and with no particle opening another clause between (بعد يوم من سلسلة تفجيرات … خلال قداس الأحد;
    /// قبيل أيام معدودة من تنصيب الحكومة (14 آذار/مارس); not … قبل أيام من انتهاء ولايته، إذ وقع
    /// في 3 من أغسطس).
    func isReferencePoint(_ text: DateText, _ range: Range<Int>) -> Bool {
        guard text.language == .arabic else { return false }
        let sentence = text.sentence[range.lowerBound]
        var k = range.lowerBound - 1
        while k >= 0, k >= range.lowerBound - 20, text.sentence[k] == sentence {
            // … قبل أيام من انتهاء ولايته، إذ وقع في 3 من أغسطس: a particle opens a clause of
            // its own, whose day is not the reference point.
            if text.units[k].kind == .word, text.scalars(k).count <= 6,
               ClauseTense.arabicParticles.contains(ClauseTense.letters(text.scalars(k))) { return false }
            if text.isWord(k, WordKeys.min) {
                for back in 1...3 where k - back >= 0 && text.sentence[k - back] == sentence {
                    if WordKeys.relativeTimePrepositions.contains(text.units[k - back].key) { return true }
                }
            }
            // ردا على هجوم كيميائي في دوما قبل أسبوع: what the act answers. (Not على خلفية, which
            // gives a cause and then, often, the day of the act itself: «على خلفية التباين … خلال
            // جلسة مغلقة ضمن قمة للحلف، الخميس».)
            if text.isWord(k, WordKeys.raddan), k + 1 < text.count, text.isWord(k + 1, WordKeys.ala) { return true }
            k -= 1
        }
        return false
    }

    /// Whether the units stand inside a quotation: after a colon on the same line, or between
    /// « » or straight or curly double quotes.
    func isQuoted(_ text: DateText, _ lines: [Int], _ range: Range<Int>) -> Bool {
        var k = range.lowerBound - 1
        var quotes = 0
        var colon = false
        while k >= 0, lines[k] == lines[range.lowerBound] {
            if text.isPunctuation(k, ":") { colon = true }
            if text.isPunctuation(k, "«") { quotes += 1 }
            if text.isPunctuation(k, "»") { quotes -= 1 }
            if text.isPunctuation(k, in: Marks.doubleQuotes) { quotes += 1 }
            k -= 1
        }
        // A colon in the first line is a headline's attribution (کرملین: …), not a quotation.
        return (colon && lines[range.lowerBound] > 0) || quotes % 2 == 1 || quotes > 0
    }
}
