import KhabarCore
import KhabarEvents

/// The storage form of an event's description (``BinaryWriter``): everything but its reports,
/// which are `event_report` rows. Events are rewritten with every batch that changes them, so
/// this is kept as cheap to write as the analyses.
enum EventCoding {
    static let version: UInt8 = 1

    static func encode(_ e: Event) -> [UInt8] {
        var out = BinaryWriter(capacity: 512 + 256 * e.facts.count)
        out.write(version)
        out.write(e.id)
        out.write(e.title)
        let titles = e.titles.sorted { $0.key < $1.key }
        out.write(count: titles.count)
        for (language, title) in titles {
            out.write(language)
            out.write(title)
        }
        out.write(e.date != nil)
        if let date = e.date { out.write(date) }
        out.write(UInt8(Tense.allCases.firstIndex(of: e.tense)!))
        out.write(e.place != nil)
        if let place = e.place { write(place, &out) }
        out.write(count: e.participants.count)
        for participant in e.participants { write(participant, &out) }
        out.write(count: e.facts.count)
        for fact in e.facts {
            out.write(fact.kind == .figure)
            out.write(fact.text)
            out.write(fact.value != nil)
            if let value = fact.value { out.write(value) }
            out.write(fact.unit)
            out.write(fact.measure)
            out.write(fact.period != nil)
            if let period = fact.period {
                out.write(period.text)
                out.write(period.span != nil)
                if let span = period.span { out.write(span) }
                out.write(period.range != nil)
                if let range = period.range { out.write(range) }
            }
            out.write(fact.speaker != nil)
            if let speaker = fact.speaker {
                out.write(speaker.id)
                out.write(speaker.name)
                out.write(speaker.text)
            }
            out.write(count: fact.outlets.count)
            for outlet in fact.outlets { out.write(outlet) }
            out.write(UInt8(fact.agree == nil ? 0 : fact.agree! ? 1 : 2))
        }
        out.write(count: e.mentionedDays.count)
        for day in e.mentionedDays { out.write(day) }
        return out.bytes
    }

    /// What a stored description holds before its facts: enough to choose the events a filter
    /// wants (``ArticleStore/events(matching:)``) without decoding the facts, the larger part.
    struct Head {
        var id: String
        var title: String?
        var titles: [String: String]
        var date: DayRange?
        var tense: Tense
        var place: EntityReference?
        var participants: [EntityReference]
    }

    private static func readHead(_ r: inout BinaryReader) -> Head? {
        guard r.read(UInt8.self) == version, let id = r.string(), let title = r.optionalString(),
              let titleCount = r.count(elementSize: 8) else { return nil }
        var titles: [String: String] = [:]
        for _ in 0..<titleCount {
            guard let language = r.string(), let text = r.string() else { return nil }
            titles[language] = text
        }
        guard let hasDate = r.bool() else { return nil }
        var date: DayRange? = nil
        if hasDate {
            guard let range = r.dayRange() else { return nil }
            date = range
        }
        guard let tenseByte = r.read(UInt8.self), Int(tenseByte) < Tense.allCases.count, let hasPlace = r.bool() else { return nil }
        var place: EntityReference? = nil
        if hasPlace {
            guard let reference = readReference(&r) else { return nil }
            place = reference
        }
        guard let participantCount = r.count(elementSize: 8) else { return nil }
        var participants: [EntityReference] = []
        for _ in 0..<participantCount {
            guard let reference = readReference(&r) else { return nil }
            participants.append(reference)
        }
        return Head(id: id, title: title, titles: titles, date: date, tense: Tense.allCases[Int(tenseByte)],
                    place: place, participants: participants)
    }

    /// The head of a stored description, read without its facts; nil when unreadable.
    static func head(of bytes: [UInt8]) -> Head? {
        var r = BinaryReader(bytes)
        return readHead(&r)
    }

    static func decode(_ bytes: [UInt8]) -> Event? {
        var r = BinaryReader(bytes)
        guard let head = readHead(&r) else { return nil }
        guard let factCount = r.count(elementSize: 8) else { return nil }
        var facts: [EventFact] = []
        for _ in 0..<factCount {
            guard let isFigure = r.bool(), let text = r.string(), let hasValue = r.bool() else { return nil }
            var value: Double? = nil
            if hasValue {
                guard let read = r.double() else { return nil }
                value = read
            }
            guard let unit = r.optionalString(), let measure = r.optionalString(), let hasPeriod = r.bool() else { return nil }
            var period: FigurePeriod? = nil
            if hasPeriod {
                guard let periodText = r.string(), let hasSpan = r.bool() else { return nil }
                var span: TextSpan? = nil
                if hasSpan {
                    guard let read = r.span() else { return nil }
                    span = read
                }
                guard let hasRange = r.bool() else { return nil }
                var range: DayRange? = nil
                if hasRange {
                    guard let read = r.dayRange() else { return nil }
                    range = read
                }
                period = FigurePeriod(text: periodText, span: span, range: range)
            }
            guard let hasSpeaker = r.bool() else { return nil }
            var speaker: Speaker? = nil
            if hasSpeaker {
                guard let speakerID = r.optionalString(), let name = r.optionalString(), let said = r.string() else { return nil }
                speaker = Speaker(id: speakerID, name: name, text: said)
            }
            guard let outletCount = r.count(elementSize: 4) else { return nil }
            var outlets: [String] = []
            for _ in 0..<outletCount {
                guard let outlet = r.string() else { return nil }
                outlets.append(outlet)
            }
            guard let agreeByte = r.read(UInt8.self) else { return nil }
            facts.append(EventFact(
                kind: isFigure ? .figure : .quote, text: text, value: value, unit: unit, measure: measure,
                period: period, speaker: speaker, outlets: outlets, agree: agreeByte == 0 ? nil : agreeByte == 1))
        }
        guard let mentionCount = r.count(elementSize: 8) else { return nil }
        var mentioned: [DayRange] = []
        for _ in 0..<mentionCount {
            guard let day = r.dayRange() else { return nil }
            mentioned.append(day)
        }
        guard r.atEnd else { return nil }
        var event = Event(
            id: head.id, title: head.title, titles: head.titles, date: head.date, tense: head.tense, place: head.place,
            participants: head.participants, reports: [], facts: facts, related: [])
        event.mentionedDays = mentioned
        return event
    }

    private static func write(_ reference: EntityReference, _ out: inout BinaryWriter) {
        out.write(reference.id)
        out.write(reference.name)
    }

    private static func readReference(_ r: inout BinaryReader) -> EntityReference? {
        guard let id = r.string(), let name = r.string() else { return nil }
        return EntityReference(id: id, name: name)
    }
}
