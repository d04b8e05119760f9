import KhabarCore

/// The tense of the clause around a date expression, from its verbs.
///
/// The clause runs from the expression to the nearest sentence end (. ! ? ؟, a line break) or
/// clause break (: ; ؛). The first verb form found after the expression decides (Persian and
/// the reported verb of Arabic news follow the date); failing that, the nearest one before it:
/// - future: Persian خواه‌ (خواهد, خواهند …) and قرار است; Arabic سوف, المقرر, سـ + a news verb
///   (سيعقد, ستبدأ …), المقبل; English will, scheduled, next; Russian будет, состоится;
/// - present (read as an announcement, so future): Persian می/نمی + a present form (امضا می کنند);
/// - past: Persian past stems with their endings and participle + است/اند; Arabic perfect forms of
///   frequent news verbs and قد/لقد; English -ed forms and said/was/met; Russian -л/-ла/-ли forms.
struct ClauseTense {
    let text: DateText

    /// `.future`, `.past`, or `nil` when the clause has no verb the rules know.
    ///
    /// Persian puts the verb after the date, so only the rest of the clause is read (a verb before
    /// the date belongs to another clause more often than not); Arabic, English and Russian put it
    /// before, so the clause is read backwards first, then forwards. In Arabic a comma also ends a
    /// clause.
    func tense(around units: Range<Int>) -> TenseCue? {
        guard text.count > 0 else { return nil }
        let forwardOnly = text.language == .persian
        if !forwardOnly, let cue = scan(from: units.lowerBound - 1, step: -1, units) { return cue }
        // "…في فيينا، الأحد.": a date set off by an Arabic comma belongs to the clause before it.
        if text.language == .arabic, text.isPunctuation(units.lowerBound - 1, in: Marks.commas),
           let cue = scan(from: units.lowerBound - 2, step: -1, units) {
            return cue
        }
        if let cue = scan(from: units.upperBound, step: 1, units) { return cue }
        return nil
    }

    private func scan(from start: Int, step: Int, _ units: Range<Int>) -> TenseCue? {
        let sentence = text.sentence[min(units.lowerBound, text.count - 1)]
        var i = start
        var steps = 0
        while i >= 0, i < text.count, text.sentence[i] == sentence, steps < 40, !isClauseBreak(i) {
            if let cue = cue(at: i) { return cue }
            i += step
            steps += 1
        }
        return nil
    }

    func isClauseBreak(_ i: Int) -> Bool {
        if text.language == .arabic, text.isPunctuation(i, in: Marks.commas) { return true }
        return text.isPunctuation(i, in: Marks.clauseBreaks)
    }

    /// The tense unit `i` shows, if any.
    func cue(at i: Int) -> TenseCue? {
        let unit = text.units[i]
        guard unit.kind == .word else { return nil }
        if let tense = text.info(i)?.tense {
            // کرده و …, نموده، …: a Persian participle joined to the next verb takes that verb's
            // tense (واگذار نموده و … خاتمه بخشد), so it does not decide.
            if tense == .past, text.language == .persian, isConjunctiveParticiple(i) { return nil }
            return tense
        }
        switch text.language {
        case .arabic:
            if unit.info < 0, ClauseTense.isArabicFuture(text.scalars(i)) { return .future }
        case .persian:
            if text.isWord(i, WordKeys.mi) || text.isWord(i, WordKeys.nemi) {
                if i + 1 < text.count, text.info(i + 1)?.tense == .past { return .past }
                return .future
            }
            if text.isWord(i, WordKeys.ast) || text.isWord(i, WordKeys.and), i > 0,
               text.units[i - 1].kind == .word, text.scalars(i - 1).last?.value == 0x0647 {
                return .past
            }
            let scalars = text.scalars(i)
            if scalars.count >= 5, unit.info < 0, ClauseTense.isFusedPresent(scalars) { return .future }
        case .english:
            let scalars = text.scalars(i)
            if scalars.count >= 5, scalars.suffix(2).map(\.value) == [0x65, 0x64] { return .past }
        case .russian:
            let scalars = text.scalars(i)
            if scalars.count >= 4 {
                let tail = scalars.suffix(4).map(\.value)
                let l: UInt32 = 0x043B
                if tail.last == l || tail.suffix(2).first == l || tail.suffix(3).first == l && tail.suffix(2) == [0x0441, 0x044F] {
                    return .past
                }
            }
        default:
            break
        }
        return nil
    }

    /// Whether the Persian word at `i` ends in ه and is followed by و or a comma.
    func isConjunctiveParticiple(_ i: Int) -> Bool {
        guard text.scalars(i).last.map({ DateKey.fold($0.value) }) == 0x0647 else { return false }
        return text.info(i + 1)?.connector == .and || text.isPunctuation(i + 1, in: Marks.commas)
    }

    /// Prefixes of Arabic words that start with ست without being a future verb.
    static let arabicNonFuture: [[UInt32]] = ["ستین", "ستار", "ستود", "ستوک", "ستیف", "ستال", "ستراتیج", "ستان",
        "ستیو", "ستیل", "ستون", "سته",
    ].map { $0.unicodeScalars.map(\.value) }

    /// Arabic سـ + a feminine or second-person imperfect (ستبدأ, ستعقد, ستشهد): a word of five to
    /// seven letters that starts with ست and is not one of the names and nouns that start that
    /// way. Words with سي (سيعقد) are matched from the list in `tense-cues.tsv` only, because
    /// too many transliterated names start with سي (سيزار, سيدني, سيول).
    static func isArabicFuture(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let values = scalars.map { DateKey.fold($0.value) }.filter { $0 != 0 }
        // Longer words are names (ستولتنبرغ, ستيفنسون): ستستضيف, the longest common form, has 7 letters.
        guard values.count >= 5, values.count <= 7, values[0] == 0x0633, values[1] == 0x062A else { return false }
        return !arabicNonFuture.contains { values.starts(with: $0) }
    }

    /// Persian می/نمی fused to a present form: starts with می or نمی and ends in a personal ending
    /// (د, ند, م, یم, ید), as text without ZWNJ writes میکنند.
    static func isFusedPresent(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let values = scalars.map { DateKey.fold($0.value) }.filter { $0 != 0 }
        guard values.count >= 5 else { return false }
        let startsWithMi = (values[0] == 0x0645 && values[1] == 0x06CC)
            || (values[0] == 0x0646 && values[1] == 0x0645 && values[2] == 0x06CC)
        guard startsWithMi, let last = values.last else { return false }
        return last == 0x062F || last == 0x0645
    }
}
