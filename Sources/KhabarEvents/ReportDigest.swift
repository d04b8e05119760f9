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
    /// analysis (whose date mentions are not read).
    ///
    /// - Complexity: O(*m* + *q*·*e* + *l*): the analysis's mentions *m*, its quotes *q* times its
    ///   entities *e*, and the length *l* of the text's lead; the rest of the text is not read.
    public init(id: String, text: ScalarText, analysis: ArticleAnalysis) {
        self.id = id
        language = analysis.language
        title = analysis.title
        outletName = analysis.outlet?.name
        published = analysis.published
        eventDating = analysis.eventDating
        let leadEnd = EventSummarizer.leadEnd(of: text)
        var places: [Place] = []
        var people: [Person] = []
        for entity in analysis.entities {
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
        figures = analysis.figures
        quotes = analysis.quotes.compactMap { quote in
            guard let speakerID = quote.speaker?.id else { return nil }
            let named = analysis.entities.filter { quote.span.contains($0.span) && $0.id != speakerID }.map(\.id)
            return SpokenQuote(quote: quote, speakerID: speakerID, named: named)
        }
        leadSentence = analysis.title == nil ? LeadSentence.draft(of: text, outletSpan: analysis.outlet?.span) : nil
    }

    /// Digests a report read back from a store.
    public init(_ report: SampledReport) {
        self.init(id: report.id, text: report.text, analysis: report.analysis)
    }
}
