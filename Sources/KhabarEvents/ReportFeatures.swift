public import KhabarCore

/// What the clusterer knows about one report: compact, comparable features, kept in memory for
/// every report in the archive.
///
/// Features are a pure function of the report (its article and analysis) and static weights, so
/// two reports compare the same way whenever and in whatever order they arrive.
public struct ReportFeatures: Sendable, Hashable, Codable {
    /// The article id.
    public var id: String
    /// The identified language.
    public var language: Language
    /// The publication day, when known.
    public var published: CivilDate?
    /// When the reported event happens, as the text states it (evidence in the text).
    public var eventDate: DayRange?
    /// Whether the event has happened or is announced.
    public var tense: Tense
    /// Canonical entities (hashed ids) with their weights, sorted by key.
    public var entities: [WeightedKey]
    /// Entities that index the report (people, organisations, cities): hashed ids.
    public var specificEntities: [UInt64]
    /// Figures (value and unit, hashed), sorted.
    public var figures: [UInt64]
    /// Content terms (hashed search keys) with weights, sorted by key; the vector has unit norm.
    public var terms: [WeightedKey]
    /// The terms that index the report: its most informative few.
    public var indexTerms: [UInt64]
    /// A MinHash signature of the text's word shingles, for near-duplicate detection.
    public var signature: [UInt32]
    /// Days the text mentions besides its event date (for cross-references between events).
    public var mentionedDays: [DayRange]
    /// Who acts in the report, as its lead names them (``LeadActorReader``; a hashed key), or 0.
    public var actor: UInt64
    /// Every actor the lead names (hashed keys, sorted): a meeting's report names both sides.
    public var leadNames: [UInt64]
    /// Where the report's own story ends in its text (an offset in scalars), when a trailer of
    /// other stories follows it (``StoryBody``); nil when the whole text is the story. What
    /// the text names or states from here on is not the report's.
    public var storyEnd: Int?
    /// The words of the headline and first sentence (hashed like ``terms``), weighted by how rare
    /// they are in news leads (``LeadWordFrequencies``), unit norm, sorted by key: what tells one
    /// act of a story from another (``EventSplitter``).
    public var leadTerms: [WeightedKey]
    /// The outlet (a hash of its name), or 0 when unknown: an outlet rarely reports one event
    /// twice on a day, so two of its reports in a story are more often two events.
    public var outlet: UInt64

    /// Creates features.
    public init(
        id: String, language: Language, published: CivilDate?, eventDate: DayRange?, tense: Tense,
        entities: [WeightedKey], specificEntities: [UInt64], figures: [UInt64], terms: [WeightedKey],
        indexTerms: [UInt64], signature: [UInt32], mentionedDays: [DayRange],
        actor: UInt64 = 0, leadNames: [UInt64] = [], storyEnd: Int? = nil,
        leadTerms: [WeightedKey] = [], outlet: UInt64 = 0
    ) {
        self.id = id
        self.language = language
        self.published = published
        self.eventDate = eventDate
        self.tense = tense
        self.entities = entities
        self.specificEntities = specificEntities
        self.figures = figures
        self.terms = terms
        self.indexTerms = indexTerms
        self.signature = signature
        self.mentionedDays = mentionedDays
        self.actor = actor
        self.leadNames = leadNames
        self.storyEnd = storyEnd
        self.leadTerms = leadTerms
        self.outlet = outlet
    }

    /// The day the report is anchored on in time: its publication day, else its event date.
    ///
    /// A report tells the news of the day it is published, whichever earlier day its text dates
    /// the happening by: anchored on their event dates, two of five same-day reports of a poisoning
    /// («عثر عليهما يوم السبت», four days before) fell into a story of their own, days away from the
    /// other three (`Guides/Events.md`, "Thirteenth round").
    public var anchorDay: CivilDate? { published ?? eventDate?.start }

    /// Whether the report carries no date at all (neither an event date nor a publication day).
    public var isUndated: Bool { eventDate == nil && published == nil }
}

/// A hashed key with a weight.
public struct WeightedKey: Sendable, Hashable, Codable {
    /// The 64-bit hash of the key.
    public var key: UInt64
    /// Its weight.
    public var weight: Float

    /// Creates a weighted key.
    public init(key: UInt64, weight: Float) {
        self.key = key
        self.weight = weight
    }
}

/// FNV-1a, 64 bits: a fast, stable hash for feature keys (stable across runs and platforms,
/// unlike `Hasher`).
public enum StableHash {
    /// The hash of `text` in namespace `prefix`.
    @inline(__always)
    public static func of(_ prefix: UInt8, _ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        hash = (hash ^ UInt64(prefix)) &* 0x0000_0100_0000_01B3
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The hash of a sequence of scalars in namespace `prefix`.
    @inline(__always)
    public static func of(_ prefix: UInt8, scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        hash = (hash ^ UInt64(prefix)) &* 0x0000_0100_0000_01B3
        for scalar in scalars { hash = mix(hash, scalar.value) }
        return hash
    }

    /// `hash` after the bytes of `value` from the lowest, up to its highest nonzero byte (at
    /// least one): what a loop over the bytes while the rest is nonzero gives, without the loop.
    @inline(__always)
    static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var hash = (hash ^ UInt64(value & 0xFF)) &* prime
        if value >= 0x100 {
            hash = (hash ^ UInt64((value >> 8) & 0xFF)) &* prime
            if value >= 0x1_0000 {
                hash = (hash ^ UInt64((value >> 16) & 0xFF)) &* prime
                if value >= 0x100_0000 { hash = (hash ^ UInt64(value >> 24)) &* prime }
            }
        }
        return hash
    }

    /// ``of(_:scalars:)`` of `scalars[whole]` in namespace `prefix` and of its tail
    /// `scalars[tailStart..<whole.upperBound]` in namespace `tailPrefix`, in one pass.
    @inline(__always)
    static func of(
        _ prefix: UInt8, _ tailPrefix: UInt8, scalars: [Unicode.Scalar], whole: Range<Int>, from tailStart: Int
    ) -> (whole: UInt64, tail: UInt64) {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        hash = (hash ^ UInt64(prefix)) &* prime
        var tail: UInt64 = 0xcbf2_9ce4_8422_2325
        tail = (tail ^ UInt64(tailPrefix)) &* prime
        // The head only into the whole, then the tail into both.
        let split = min(max(tailStart, whole.lowerBound), whole.upperBound)
        for k in whole.lowerBound..<split { hash = mix(hash, scalars[k].value) }
        for k in split..<whole.upperBound {
            let value = scalars[k].value
            hash = mix(hash, value)
            tail = mix(tail, value)
        }
        return (hash, tail)
    }
}
