/// The calendar a date expression was written in.
public enum CalendarSystem: String, Sendable, Hashable, Codable, CaseIterable {
    /// The Solar Hijri (Jalali, Persian) calendar: ۲۱ آذر ۱۴۰۴.
    case persian
    /// The Gregorian calendar, in any language: 14 ژانویه 2025, ١٢ ديسمبر, 12 December.
    case gregorian
    /// The lunar Hijri calendar: جمادى الآخرة 1447.
    case islamic
}

/// How precise a date expression is.
public enum DateGranularity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case day, week, month, season, year, decade

    private var rank: Int {
        switch self {
        case .day: 0
        case .week: 1
        case .month: 2
        case .season: 3
        case .year: 4
        case .decade: 5
        }
    }

    public static func < (lhs: DateGranularity, rhs: DateGranularity) -> Bool { lhs.rank < rhs.rank }
}

/// A date expression found in a text and resolved to a day or an interval of days.
///
/// Encodes as the CLI contract's `{"text","start","end","calendar","granularity","start_date",
/// "end_date","relative"}`.
public struct DateMention: Sendable, Hashable, Codable {
    /// Where the expression stands in the original text.
    public var span: TextSpan
    /// The exact original slice of the text.
    public var text: String
    /// The calendar it was written in, or `nil` for purely relative forms ("yesterday").
    public var calendar: CalendarSystem?
    /// How precise it is.
    public var granularity: DateGranularity
    /// The days it denotes (inclusive; open-ended for "since 2015").
    public var range: DayRange
    /// Whether resolving it needed the reference (publication) date.
    public var isRelative: Bool

    /// Creates a mention.
    public init(
        span: TextSpan, text: String, calendar: CalendarSystem?, granularity: DateGranularity,
        range: DayRange, isRelative: Bool
    ) {
        self.span = span
        self.text = text
        self.calendar = calendar
        self.granularity = granularity
        self.range = range
        self.isRelative = isRelative
    }

    enum CodingKeys: String, CodingKey {
        case text, start, end, calendar, granularity
        case startDate = "start_date", endDate = "end_date", relative
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        span = TextSpan(start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end))
        calendar = try c.decodeIfPresent(CalendarSystem.self, forKey: .calendar)
        granularity = try c.decode(DateGranularity.self, forKey: .granularity)
        range = DayRange(
            start: try c.decode(CivilDate.self, forKey: .startDate),
            end: try c.decodeIfPresent(CivilDate.self, forKey: .endDate))
        isRelative = try c.decode(Bool.self, forKey: .relative)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(calendar, forKey: .calendar)
        try c.encode(granularity, forKey: .granularity)
        try c.encode(range.start, forKey: .startDate)
        try c.encode(range.end, forKey: .endDate)
        try c.encode(isRelative, forKey: .relative)
    }
}

/// The kind of a named entity.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organization, place, other
}

/// A name found in a text and linked to one canonical entity.
///
/// Encodes as `{"text","start","end","type","id","name","role"}`.
public struct EntityMention: Sendable, Hashable, Codable {
    /// Where the name stands in the original text.
    public var span: TextSpan
    /// The exact original slice.
    public var text: String
    /// Person, organisation, place or other.
    public var type: EntityType
    /// The canonical id: a Wikidata id (`Q7747`) where known, else a stable Khabar id.
    public var id: String
    /// The canonical English name.
    public var name: String
    /// The role the text gives the entity here ("President of Russia"), if any.
    public var role: String?

    /// Creates a mention.
    public init(span: TextSpan, text: String, type: EntityType, id: String, name: String, role: String? = nil) {
        self.span = span
        self.text = text
        self.type = type
        self.id = id
        self.name = name
        self.role = role
    }

    enum CodingKeys: String, CodingKey { case text, start, end, type, id, name, role }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        span = TextSpan(start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end))
        type = try c.decode(EntityType.self, forKey: .type)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        role = try c.decodeIfPresent(String.self, forKey: .role)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(type, forKey: .type)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(role, forKey: .role)
    }
}

/// The period a figure refers to ("in 2024", "in the first nine months of this year").
///
/// Encodes as `{"text","start_date","end_date"}`; the dates are `null` when the phrase could not
/// be resolved, but the phrase is always kept.
public struct FigurePeriod: Sendable, Hashable, Codable {
    /// The original phrase.
    public var text: String
    /// Where the phrase stands, when it is in the text.
    public var span: TextSpan?
    /// The days it denotes, when resolved.
    public var range: DayRange?

    /// Creates a period.
    public init(text: String, span: TextSpan?, range: DayRange?) {
        self.text = text
        self.span = span
        self.range = range
    }

    enum CodingKeys: String, CodingKey { case text, start, end, startDate = "start_date", endDate = "end_date" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        if let start = try c.decodeIfPresent(Int.self, forKey: .start),
           let end = try c.decodeIfPresent(Int.self, forKey: .end) {
            span = TextSpan(start: start, end: end)
        } else {
            span = nil
        }
        if let start = try c.decodeIfPresent(CivilDate.self, forKey: .startDate) {
            range = DayRange(start: start, end: try c.decodeIfPresent(CivilDate.self, forKey: .endDate))
        } else {
            range = nil
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(span?.start, forKey: .start)
        try c.encode(span?.end, forKey: .end)
        try c.encode(range?.start, forKey: .startDate)
        try c.encode(range?.end, forKey: .endDate)
    }
}

/// A number the text states, with what it measures.
///
/// Encodes as `{"text","start","end","value","unit","measure","period"}`. Figures written
/// differently (13%, ۱۳ درصد, بنسبة 13%) have equal `value` and `unit`, so they compare equal.
public struct Figure: Sendable, Hashable, Codable {
    /// Where the figure stands in the original text.
    public var span: TextSpan
    /// The exact original slice.
    public var text: String
    /// The numeric value (13 for 13%; 5e9 for "5 billion").
    public var value: Double
    /// `percent`, an ISO 4217 code (`IRR`, `USD`; toman is `IRT`), `count`, or a unit word.
    public var unit: String
    /// What it measures, in the text's own words ("رشد مبادلات تجاری").
    public var measure: String?
    /// The period it refers to.
    public var period: FigurePeriod?

    /// Creates a figure.
    public init(span: TextSpan, text: String, value: Double, unit: String, measure: String?, period: FigurePeriod?) {
        self.span = span
        self.text = text
        self.value = value
        self.unit = unit
        self.measure = measure
        self.period = period
    }

    enum CodingKeys: String, CodingKey { case text, start, end, value, unit, measure, period }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        span = TextSpan(start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end))
        value = try c.decode(Double.self, forKey: .value)
        unit = try c.decode(String.self, forKey: .unit)
        measure = try c.decodeIfPresent(String.self, forKey: .measure)
        period = try c.decodeIfPresent(FigurePeriod.self, forKey: .period)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(measure, forKey: .measure)
        try c.encode(period, forKey: .period)
    }
}

/// The entity a quote is attributed to. Encodes as `{"id","name","text"}`.
public struct Speaker: Sendable, Hashable, Codable {
    /// The canonical id of the speaking entity, when linked.
    public var id: String?
    /// The canonical English name, when linked; for a speaker the gazetteer does not know, the
    /// words that first name them ("کیم یونج إل", "غلامیان دهکردی"), carried to the pronouns and
    /// unwritten subjects that stand for them; `nil` when nothing names them.
    public var name: String?
    /// How the text names the speaker at the quote ("رئیس‌جمهور روسیه", "وی").
    public var text: String

    /// Creates a speaker.
    public init(id: String?, name: String?, text: String) {
        self.id = id
        self.name = name
        self.text = text
    }

    enum CodingKeys: String, CodingKey { case id, name, text }

    /// Encodes every field, writing `null` for an unlinked speaker's id (and a missing name).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(text, forKey: .text)
    }
}

/// Direct or reported speech, with its speaker. Encodes as `{"speaker","text","start","end"}`.
public struct Quote: Sendable, Hashable, Codable {
    /// Who says it, when known.
    public var speaker: Speaker?
    /// Where the quoted words stand in the original text.
    public var span: TextSpan
    /// The exact original slice of the quoted words.
    public var text: String

    /// Creates a quote.
    public init(speaker: Speaker?, span: TextSpan, text: String) {
        self.speaker = speaker
        self.span = span
        self.text = text
    }

    enum CodingKeys: String, CodingKey { case speaker, text, start, end }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        speaker = try c.decodeIfPresent(Speaker.self, forKey: .speaker)
        text = try c.decode(String.self, forKey: .text)
        span = TextSpan(start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(text, forKey: .text)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
    }
}

/// Whether a reported event has already happened or is announced for later.
public enum Tense: String, Sendable, Hashable, Codable, CaseIterable {
    case happened, scheduled, unknown
}

/// When the reported thing happens (the meeting, the signing), as distinct from when the report
/// was published.
public struct EventDating: Sendable, Hashable, Codable {
    /// The days of the event.
    public var range: DayRange
    /// Whether it has happened or is scheduled, as of publication.
    public var tense: Tense
    /// The date expression the dating rests on, if any (an undated report may still be dated by
    /// its publication day).
    public var evidence: TextSpan?

    /// Creates a dating.
    public init(range: DayRange, tense: Tense, evidence: TextSpan?) {
        self.range = range
        self.tense = tense
        self.evidence = evidence
    }
}

/// Where a publication date came from.
public enum PublicationSource: String, Sendable, Hashable, Codable {
    /// The input's metadata (a JSON `published` field or a report's `date` marker).
    case metadata
    /// A dateline or a line holding only a date, in the text itself.
    case text
}
