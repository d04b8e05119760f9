public import KhabarCore
public import KhabarText

/// Finds date expressions in a text and resolves them to days or intervals of days.
///
/// This is the entry point of the time stage. It is pure: the reference date (usually the
/// publication day) comes in as a value, and the same input always gives the same mentions.
///
/// ```swift
/// let mentions = DateExtractor().extract(
///     from: ScalarText("روز جمعه ۲۱ آذر ۱۴۰۴"), language: .persian,
///     reference: CivilDate(year: 2025, month: 12, day: 14))
/// ```
public struct DateExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The date expressions of `text`, in text order, without overlaps.
    ///
    /// - Parameters:
    ///   - text: The original text; every mention's span and `text` refer to it.
    ///   - folded: `text` folded for matching, when the caller has it already.
    ///   - language: The language of the text; it decides the default calendar of bare years.
    ///   - reference: The day relative expressions are resolved against, or `nil` when unknown
    ///     (relative expressions are then left out).
    public func extract(
        from text: ScalarText, folded: FoldedText? = nil, language: Language, reference: CivilDate?
    ) -> [DateMention] {
        let folded = folded ?? FoldedText(text)
        return ISODateScanner().scan(text, folded: folded)
    }
}

/// Finds ISO-like numeric dates (`2025-01-14`, `2025/01/14`) — the one form every language shares.
struct ISODateScanner {
    func scan(_ text: ScalarText, folded: FoldedText) -> [DateMention] {
        var mentions: [DateMention] = []
        for token in Tokenizer().tokens(in: folded) where token.kind == .number && token.range.count == 4 {
            let s = folded.scalars
            var i = token.range.upperBound
            guard i < s.count, s[i] == "-" || s[i] == "/" else { continue }
            let separator = s[i]
            func readNumber(_ width: ClosedRange<Int>) -> Int? {
                var value = 0, digits = 0
                while i < s.count, let d = ArabicScript.digitValue(s[i]), digits < width.upperBound {
                    value = value * 10 + d
                    digits += 1
                    i += 1
                }
                return width.contains(digits) ? value : nil
            }
            i += 1
            guard let month = readNumber(1...2), i < s.count, s[i] == separator else { continue }
            i += 1
            guard let day = readNumber(1...2), i == s.count || ArabicScript.digitValue(s[i]) == nil else { continue }
            let year = Int(folded.string(token.range)) ?? 0
            guard year >= 1900, year <= 2200, let date = CivilDate(year: year, month: month, day: day) else { continue }
            let span = folded.originalSpan(of: token.range.lowerBound..<i)
            mentions.append(DateMention(
                span: span, text: text[span], calendar: .gregorian, granularity: .day,
                range: DayRange(day: date), isRelative: false))
        }
        return mentions
    }
}

/// Finds the publication date written in an article's text: a dateline or a line holding only
/// a date. Never guesses from an arbitrary mention in the body.
public struct PublicationDateFinder: Sendable {
    /// Creates a finder.
    public init() {}

    /// The publication day the text states, with the span that states it, or `nil`.
    public func find(in text: ScalarText, folded: FoldedText? = nil, language: Language) -> (date: CivilDate, span: TextSpan)? {
        nil
    }
}

/// Decides when the reported event happens, and whether it has happened, from the date
/// mentions and the publication day.
public struct EventDater: Sendable {
    /// Creates a dater.
    public init() {}

    /// The event's dating, or `nil` when neither the text nor the publication day tells.
    public func date(
        text: ScalarText, folded: FoldedText? = nil, language: Language, mentions: [DateMention],
        published: CivilDate?
    ) -> EventDating? {
        guard let published else { return nil }
        return EventDating(range: DayRange(day: published), tense: .unknown, evidence: nil)
    }
}
