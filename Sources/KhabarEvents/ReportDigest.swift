public import KhabarCore

/// What an event's description reads of one report, taken from its text and analysis once.
///
/// A description reads a report's language, headline, outlet, publication day and event dating,
/// its figures and its quotes with a speaker (with the entities each quote names), the places
/// and people it names with where they stand in the text (in the lead; after a locative
/// preposition; joined to another name by a hyphen), and the first sentence of a report without
/// a headline. A digest holds just that, without the text: an ingest keeps the digests of the
/// reports it stores and describes their events without reading the texts and analyses back
/// from the store. A report read back from a store (``SampledReport``) is digested the same way,
/// so both give the same description.
public struct ReportDigest: Sendable, Hashable {
    /// A place the report names, and where the name stands.
    struct Place: Sendable, Hashable {
        let id: String
        let name: String
        /// After a locative preposition ("در مسکو"), or an Arabic name with an attached بـ or فـ.
        let afterLocative: Bool
        /// In the headline or first sentence (before ``EventSummarizer/leadEnd(of:)``).
        let inLead: Bool
        /// Joined to another name by a hyphen ("تهران-مسکو").
        let pairedWithHyphen: Bool
    }

    /// A person the report names, and whether in its headline or first sentence.
    struct Person: Sendable, Hashable {
        let id: String
        let name: String
        let inLead: Bool
    }

    /// A quote with a speaker, and the ids of the other entities named inside it.
    struct SpokenQuote: Sendable, Hashable {
        let quote: Quote
        let speakerID: String
        let named: [String]
    }

    /// The article id.
    public let id: String
    let language: Language
    let title: String?
    let outletName: String?
    let published: CivilDate?
    let eventDating: EventDating?
    /// Places and people in text order, each mention once.
    let places: [Place]
    let people: [Person]
    let figures: [Figure]
    let quotes: [SpokenQuote]
    /// For a report without a headline: its first sentence, before display normalisation, and
    /// whether it was cut to a title's length (``LeadSentence``).
    let leadSentence: LeadSentence.Draft?

    /// Digests a report from its text (as scalars: the analysis's offsets count them) and its
    /// analysis (whose date mentions are not read). Places, people, figures and quotes from
    /// `storyEnd` on (``ReportFeatures/storyEnd``: the leads of other stories a page appended)
    /// are not the report's and are left out.
    ///
    /// - Complexity: O(*m* + *q*·*e* + *l*): the analysis's mentions *m*, its quotes *q* times its
    ///   entities *e*, and the length *l* of the text's lead; the rest of the text is not read.
    public init(id: String, text: ScalarText, analysis: ArticleAnalysis, storyEnd: Int?) {
        let storyEnd = storyEnd ?? Int.max
        self.id = id
        language = analysis.language
        title = analysis.title
        outletName = analysis.outlet?.name
        published = analysis.published
        eventDating = analysis.eventDating
        let leadEnd = EventSummarizer.leadEnd(of: text)
        var places: [Place] = []
        var people: [Person] = []
        places.reserveCapacity(analysis.entities.count)
        people.reserveCapacity(analysis.entities.count)
        for entity in analysis.entities where entity.span.start < storyEnd {
            switch entity.type {
            case .place:
                let first = entity.text.unicodeScalars.first
                let attachedPrefix = first == "\u{0628}" || first == "\u{0641}"
                places.append(Place(
                    id: entity.id, name: entity.name,
                    afterLocative: EventSummarizer.followsLocative(entity.span.start, in: text)
                        || (attachedPrefix && analysis.language == .arabic),
                    inLead: entity.span.start < leadEnd,
                    pairedWithHyphen: EventSummarizer.isPairedWithHyphen(entity.span, in: text)))
            case .person:
                people.append(Person(id: entity.id, name: entity.name, inLead: entity.span.start < leadEnd))
            default:
                break
            }
        }
        self.places = places
        self.people = people
        figures = analysis.figures.filter { $0.span.start < storyEnd }
        quotes = analysis.quotes.compactMap { quote in
            guard quote.span.start < storyEnd, let speakerID = quote.speaker?.id else { return nil }
            let named = analysis.entities.filter { quote.span.contains($0.span) && $0.id != speakerID }.map(\.id)
            return SpokenQuote(quote: quote, speakerID: speakerID, named: named)
        }
        leadSentence = analysis.title == nil ? LeadSentence.draft(of: text, outletSpan: analysis.outlet?.span) : nil
    }

    /// Digests a report read back from a store, whose own story ends at `storyEnd`.
    public init(_ report: SampledReport, storyEnd: Int?) {
        self.init(id: report.id, text: report.text, analysis: report.analysis, storyEnd: storyEnd)
    }
}

extension ReportDigest {
    /// The format version of ``encoded()``.
    static let codingVersion: UInt8 = 1

    /// The digest in a compact binary form (``BinaryWriter``), a fraction of the memory of the
    /// digest itself: an ingest keeps the digests of all the reports it stores in this form.
    ///
    /// Layout: format version; id; language; title; outlet's name; publication day; event
    /// dating; the places (id, name, a byte of flags) and people (id, name, in the lead), the
    /// figures, the quotes with the ids they name, each list after its count; the first sentence.
    public func encoded() -> [UInt8] {
        var out = BinaryWriter(capacity: 128 + 48 * (places.count + people.count + figures.count) + 256 * quotes.count)
        out.write(ReportDigest.codingVersion)
        out.write(id)
        out.write(language.code)
        out.write(title)
        out.write(outletName)
        out.write(published)
        out.write(eventDating != nil)
        if let eventDating { out.write(eventDating) }
        out.write(count: places.count)
        for place in places {
            out.write(place.id)
            out.write(place.name)
            out.write(UInt8((place.afterLocative ? 1 : 0) | (place.inLead ? 2 : 0) | (place.pairedWithHyphen ? 4 : 0)))
        }
        out.write(count: people.count)
        for person in people {
            out.write(person.id)
            out.write(person.name)
            out.write(person.inLead)
        }
        out.write(figures)
        out.write(count: quotes.count)
        for spoken in quotes {
            // The speaker's id is the quote's own.
            out.write(spoken.quote)
            out.write(count: spoken.named.count)
            for id in spoken.named { out.write(id) }
        }
        out.write(leadSentence != nil)
        if let leadSentence {
            out.write(leadSentence.sentence)
            out.write(leadSentence.isCut)
        }
        return out.bytes
    }

    /// Decodes ``encoded()``; `nil` for bytes it did not write.
    public init?(encoded bytes: [UInt8]) {
        var r = BinaryReader(bytes)
        guard r.read(UInt8.self) == ReportDigest.codingVersion, let id = r.string(), let code = r.string(),
              let language = Language(code: code), let title = r.optionalString(), let outletName = r.optionalString(),
              let published = r.day(), let hasDating = r.bool() else { return nil }
        var eventDating: EventDating? = nil
        if hasDating {
            guard let dating = r.eventDating() else { return nil }
            eventDating = dating
        }
        guard let placeCount = r.count(elementSize: 9) else { return nil }
        var places: [Place] = []
        places.reserveCapacity(placeCount)
        for _ in 0..<placeCount {
            guard let id = r.string(), let name = r.string(), let flags = r.read(UInt8.self) else { return nil }
            places.append(Place(id: id, name: name, afterLocative: flags & 1 != 0, inLead: flags & 2 != 0, pairedWithHyphen: flags & 4 != 0))
        }
        guard let personCount = r.count(elementSize: 9) else { return nil }
        var people: [Person] = []
        people.reserveCapacity(personCount)
        for _ in 0..<personCount {
            guard let id = r.string(), let name = r.string(), let inLead = r.bool() else { return nil }
            people.append(Person(id: id, name: name, inLead: inLead))
        }
        guard let figures = r.figures() else { return nil }
        guard let quoteCount = r.count(elementSize: 8) else { return nil }
        var quotes: [SpokenQuote] = []
        quotes.reserveCapacity(quoteCount)
        for _ in 0..<quoteCount {
            guard let quote = r.quote(), let speakerID = quote.speaker?.id, let namedCount = r.count(elementSize: 4) else { return nil }
            var named: [String] = []
            named.reserveCapacity(namedCount)
            for _ in 0..<namedCount {
                guard let id = r.string() else { return nil }
                named.append(id)
            }
            quotes.append(SpokenQuote(quote: quote, speakerID: speakerID, named: named))
        }
        guard let hasSentence = r.bool() else { return nil }
        var leadSentence: LeadSentence.Draft? = nil
        if hasSentence {
            guard let sentence = r.string(), let isCut = r.bool() else { return nil }
            leadSentence = LeadSentence.Draft(sentence: sentence, isCut: isCut)
        }
        guard r.atEnd else { return nil }
        self.id = id
        self.language = language
        self.title = title
        self.outletName = outletName
        self.published = published
        self.eventDating = eventDating
        self.places = places
        self.people = people
        self.figures = figures
        self.quotes = quotes
        self.leadSentence = leadSentence
    }
}
