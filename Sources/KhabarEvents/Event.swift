public import KhabarCore

/// One report as it appears in an event: where it came from and what it was dated.
///
/// Encodes as the CLI contract's `{"id","path","url","outlet","language","published",
/// "published_source"}` plus `title`.
public struct EventReport: Sendable, Hashable, Codable {
    /// The article id.
    public var id: String
    /// The file it was read from, as given (plus its path inside a directory), or `-`.
    public var path: String?
    /// The article URL, when known.
    public var url: String?
    /// The outlet's display name, from metadata or recognised in the text.
    public var outlet: String?
    /// The identified language.
    public var language: Language
    /// The publication day.
    public var published: CivilDate?
    /// Where the publication day came from.
    public var publishedSource: PublicationSource?
    /// The report's headline, when it has one.
    public var title: String?
    /// The id of the earlier report this one is a copy of (syndicated or lightly edited), if any.
    public var duplicateOf: String?

    /// Creates a report entry.
    public init(
        id: String, path: String?, url: String?, outlet: String?, language: Language,
        published: CivilDate?, publishedSource: PublicationSource?, title: String?, duplicateOf: String? = nil
    ) {
        self.id = id
        self.path = path
        self.url = url
        self.outlet = outlet
        self.language = language
        self.published = published
        self.publishedSource = publishedSource
        self.title = title
        self.duplicateOf = duplicateOf
    }

    enum CodingKeys: String, CodingKey {
        case id, path, url, outlet, language, published, publishedSource = "published_source", title
        case duplicateOf = "duplicate_of"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(path, forKey: .path)
        try c.encode(url, forKey: .url)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(language, forKey: .language)
        try c.encode(published, forKey: .published)
        try c.encode(publishedSource, forKey: .publishedSource)
        try c.encode(title, forKey: .title)
        try c.encode(duplicateOf, forKey: .duplicateOf)
    }
}

/// A reference to a canonical entity: `{"id","name"}`.
public struct EntityReference: Sendable, Hashable, Codable {
    /// The canonical id.
    public var id: String
    /// The canonical English name.
    public var name: String

    /// Creates a reference.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// A fact several reports of an event may state: a figure or a quote, with the outlets that
/// state it and whether they agree.
///
/// Encodes as `{"kind","text","value","unit","measure","period","speaker","outlets","agree"}`.
public struct EventFact: Sendable, Hashable, Codable {
    /// What kind of fact: `figure` or `quote`.
    public enum Kind: String, Sendable, Hashable, Codable { case figure, quote }

    /// Figure or quote.
    public var kind: Kind
    /// The fact as one report states it (the original slice).
    public var text: String
    /// The numeric value, for a figure.
    public var value: Double?
    /// The unit code, for a figure.
    public var unit: String?
    /// What the figure measures, in the text's words.
    public var measure: String?
    /// The period the figure refers to.
    public var period: FigurePeriod?
    /// Who states it, for a quote.
    public var speaker: Speaker?
    /// The outlets that state this fact.
    public var outlets: [String]
    /// Whether all the outlets that state a comparable fact agree on it; `nil` when only one does.
    public var agree: Bool?

    /// Creates a fact.
    public init(
        kind: Kind, text: String, value: Double? = nil, unit: String? = nil, measure: String? = nil,
        period: FigurePeriod? = nil, speaker: Speaker? = nil, outlets: [String], agree: Bool?
    ) {
        self.kind = kind
        self.text = text
        self.value = value
        self.unit = unit
        self.measure = measure
        self.period = period
        self.speaker = speaker
        self.outlets = outlets
        self.agree = agree
    }

    enum CodingKeys: String, CodingKey { case kind, text, value, unit, measure, period, speaker, outlets, agree }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(measure, forKey: .measure)
        try c.encode(period, forKey: .period)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(outlets, forKey: .outlets)
        try c.encode(agree, forKey: .agree)
    }
}

/// A real-world event: the reports that tell of it, when and where it happened, who took part,
/// and what the reports say about it.
///
/// Encodes exactly as the CLI contract's event object; fields not computed are `null` or empty,
/// never missing.
///
/// ``mentionedDays`` (the days its reports mention besides its own date) is kept for computing
/// ``related`` and is not part of the JSON.
public struct Event: Sendable, Hashable, Codable, Identifiable {
    /// A stable id, derived from the event's earliest report.
    public var id: String
    /// A representative title.
    public var title: String?
    /// A representative title per language present (`{"fa": …, "ar": …}`).
    public var titles: [String: String]
    /// When it happens.
    public var date: DayRange?
    /// Whether it has happened or is scheduled.
    public var tense: Tense
    /// Where it happens.
    public var place: EntityReference?
    /// Who takes part.
    public var participants: [EntityReference]
    /// The reports, ordered by publication day.
    public var reports: [EventReport]
    /// Figures and quotes, with the outlets that state them.
    public var facts: [EventFact]
    /// Ids of events this one refers to.
    public var related: [String]
    /// The id of the story the event belongs to: the events the clusterer found together, a
    /// main event with the reactions to it. A story of one event has that event's id.
    public var story: String
    /// Days the reports mention besides the event's own date (not encoded).
    public var mentionedDays: [DayRange] = []

    /// Creates an event.
    public init(
        id: String, title: String?, titles: [String: String], date: DayRange?, tense: Tense,
        place: EntityReference?, participants: [EntityReference], reports: [EventReport],
        facts: [EventFact], related: [String]
    ) {
        self.id = id
        self.title = title
        self.titles = titles
        self.date = date
        self.tense = tense
        self.place = place
        self.participants = participants
        self.reports = reports
        self.facts = facts
        self.related = related
        self.story = id
    }

    enum CodingKeys: String, CodingKey { case id, story, title, titles, date, tense, place, participants, reports, facts, related }
    enum DateKeys: String, CodingKey { case start, end }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        story = try c.decodeIfPresent(String.self, forKey: .story) ?? id
        title = try c.decodeIfPresent(String.self, forKey: .title)
        titles = try c.decode([String: String].self, forKey: .titles)
        let d = try c.nestedContainer(keyedBy: DateKeys.self, forKey: .date)
        if let start = try d.decodeIfPresent(CivilDate.self, forKey: .start) {
            date = DayRange(start: start, end: try d.decodeIfPresent(CivilDate.self, forKey: .end))
        } else {
            date = nil
        }
        tense = try c.decode(Tense.self, forKey: .tense)
        place = try c.decodeIfPresent(EntityReference.self, forKey: .place)
        participants = try c.decode([EntityReference].self, forKey: .participants)
        reports = try c.decode([EventReport].self, forKey: .reports)
        facts = try c.decode([EventFact].self, forKey: .facts)
        related = try c.decode([String].self, forKey: .related)
        mentionedDays = []
    }

    /// Orders events on a timeline: by start date (undated last), then id.
    public static func timelineOrder(_ a: Event, _ b: Event) -> Bool {
        CivilDate.timelineOrder((a.date?.start, a.id), (b.date?.start, b.id))
    }

    /// Events by start date (undated last) and, within a day, as a front page would list them:
    /// the stories the most reports of that day tell first, each story's events together (the
    /// event that names the story, then the larger), ties by id.
    ///
    /// A busy day holds a hundred events; in id order its main story is scattered among them,
    /// wherever hashes put its events. Stable whatever order `events` comes in.
    public static func frontPageOrdered(_ events: [Event]) -> [Event] {
        struct DayStory: Hashable {
            var day: CivilDate?
            var story: String
        }
        var storyReports: [DayStory: Int] = [:]
        for event in events { storyReports[DayStory(day: event.date?.start, story: event.story), default: 0] += event.reports.count }
        return events.sorted { a, b in
            let (x, y) = (a.date?.start, b.date?.start)
            if x != y { return CivilDate.timelineOrder((x, a.id), (y, b.id)) }
            let (p, q) = (storyReports[DayStory(day: x, story: a.story)]!, storyReports[DayStory(day: y, story: b.story)]!)
            if p != q { return p > q }
            if a.story != b.story { return a.story < b.story }
            if (a.id == a.story) != (b.id == b.story) { return a.id == a.story }
            if a.reports.count != b.reports.count { return a.reports.count > b.reports.count }
            return a.id < b.id
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(story, forKey: .story)
        try c.encode(title, forKey: .title)
        try c.encode(titles, forKey: .titles)
        var d = c.nestedContainer(keyedBy: DateKeys.self, forKey: .date)
        try d.encode(date?.start, forKey: .start)
        try d.encode(date?.end, forKey: .end)
        try c.encode(tense, forKey: .tense)
        try c.encode(place, forKey: .place)
        try c.encode(participants, forKey: .participants)
        try c.encode(reports, forKey: .reports)
        try c.encode(facts, forKey: .facts)
        try c.encode(related, forKey: .related)
    }
}
