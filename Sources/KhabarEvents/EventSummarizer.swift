import KhabarCore
public import KhabarExtract
import KhabarText

/// Describes an event from its reports: date and tense, place, participants, a title per
/// language, the reports (copies marked), and the facts with the outlets that state them.
///
/// Pure: the same reports always give the same event.
public struct EventSummarizer: Sendable {
    private let categories: [String: String]
    private let model: SimilarityModel

    /// Creates a summariser that tells cities from countries through `gazetteer`.
    public init(gazetteer: Gazetteer, model: SimilarityModel = SimilarityModel()) {
        var categories: [String: String] = [:]
        for (id, entry) in gazetteer.entries { categories[id] = entry.category }
        self.categories = categories
        self.model = model
    }

    /// The most participants an event lists.
    public static let maximumParticipants = 8

    /// How many reports at most an event's description is drawn from; a larger event is
    /// described from an even sample of them (in timeline order), so describing it stays cheap.
    public static let sampleSize = 64

    /// Describes the event told by `reports` (with their clustering features, in any order),
    /// listing every report.
    public func event(of reports: [AnalyzedReport], features: [String: ReportFeatures]) -> Event {
        let members = reports.map(\.article.id)
        let sample = Set(EventSummarizer.sample(of: members, features: features))
        var event = summary(of: reports.filter { sample.contains($0.article.id) }, members: members, features: features)
        let duplicates = duplicateMap(of: members, features: features)
        event.reports = reports.sorted(by: EventSummarizer.reportOrder).map { report in
            var entry = report.eventReport
            entry.duplicateOf = duplicates[report.article.id]
            return entry
        }
        return event
    }

    /// The members an event is described from: all of them up to ``sampleSize``, else an even
    /// sample in timeline order that keeps the first and the last. A function of the member set
    /// alone, so the description does not depend on arrival order.
    public static func sample(of members: [String], features: [String: ReportFeatures]) -> [String] {
        guard members.count > sampleSize else { return members }
        let ordered = EventSummarizer.timelineOrdered(members, features: features)
        return (0..<sampleSize).map { ordered[$0 * (ordered.count - 1) / (sampleSize - 1)] }
    }

    /// Describes an event from a sample of its reports: everything but the report list, which
    /// stays empty (a store lists the members).
    ///
    /// - Parameters:
    ///   - sample: The reports to describe the event from (see ``sample(of:features:)``).
    ///   - members: The ids of all the event's reports (they decide its id).
    ///   - features: Clustering features of the sampled reports.
    public func summary(of sample: [AnalyzedReport], members: [String], features: [String: ReportFeatures]) -> Event {
        summary(ofSampled: sample.map(SampledReport.init), members: members, features: features)
    }

    /// ``summary(of:members:features:)`` from the parts of the sampled reports a description
    /// reads (``SampledReport``): what a store reads back to describe an event.
    public func summary(ofSampled sample: [SampledReport], members: [String], features: [String: ReportFeatures]) -> Event {
        summary(ofDigests: sample.map { ReportDigest($0, storyEnd: features[$0.id]?.storyEnd) }, members: members, features: features)
    }

    /// ``summary(of:members:features:)`` from the digests of the sampled reports
    /// (``ReportDigest``): what an ingest keeps of the reports it stores.
    public func summary(ofDigests sample: [ReportDigest], members: [String], features: [String: ReportFeatures]) -> Event {
        let ordered = sample.sorted(by: EventSummarizer.reportOrder)
        let date = eventDate(of: ordered)
        var mentioned: [DayRange] = []
        for report in ordered {
            for day in features[report.id]?.mentionedDays ?? [] where !mentioned.contains(day) {
                if let date, date.range.overlaps(day) { continue }
                mentioned.append(day)
            }
        }
        var event = Event(
            id: EventClusterer.eventID(members: members),
            title: nil,
            titles: titles(of: ordered, features: features),
            date: date?.range,
            tense: date?.tense ?? .unknown,
            place: place(of: ordered),
            participants: participants(of: ordered),
            reports: [],
            facts: FactComparer(model: model, eventDate: date?.range).facts(of: ordered),
            related: [])
        event.title = EventSummarizer.leadLanguage(of: ordered).flatMap { event.titles[$0] } ?? event.titles.values.sorted().first
        event.mentionedDays = mentioned.sorted { ($0.start, $0.end ?? $0.start) < ($1.start, $1.end ?? $1.start) }
        return event
    }

    /// For each member that copies an earlier one (near-duplicate text), the id of the earliest
    /// member it copies. Candidates come from shared MinHash bands, so this is linear in the
    /// event's size.
    public func duplicateMap(of members: [String], features: [String: ReportFeatures]) -> [String: String] {
        // A report alone copies nothing (most events): no bands to build.
        guard members.count > 1 else { return [:] }
        let ordered = EventSummarizer.timelineOrdered(members, features: features)
        var bands: [UInt64: [String]] = [:]
        var result: [String: String] = [:]
        for id in ordered {
            guard let mine = features[id] else { continue }
            let keys = EventClusterer.bandKeys(of: mine)
            var original: String? = nil
            search: for key in keys {
                for earlier in bands[key] ?? [] {
                    if let theirs = features[earlier], model.areNearDuplicates(mine, theirs) {
                        original = result[earlier] ?? earlier
                        break search
                    }
                }
            }
            if let original { result[id] = original }
            for key in keys { bands[key, default: []].append(id) }
        }
        return result
    }

    /// Reports in timeline order: by publication day (undated last), then id.
    static func reportOrder(_ a: AnalyzedReport, _ b: AnalyzedReport) -> Bool {
        CivilDate.timelineOrder((a.analysis.published, a.article.id), (b.analysis.published, b.article.id))
    }

    /// ``reportOrder(_:_:)`` of digests.
    static func reportOrder(_ a: ReportDigest, _ b: ReportDigest) -> Bool {
        CivilDate.timelineOrder((a.published, a.id), (b.published, b.id))
    }

    /// Member ids in timeline order, by the publication days their features give.
    static func timelineOrdered(_ members: [String], features: [String: ReportFeatures]) -> [String] {
        members.sorted { CivilDate.timelineOrder((features[$0]?.published, $0), (features[$1]?.published, $1)) }
    }

    // MARK: - Date

    /// The event's days and tense: the dating most reports agree on (a report's dating counts
    /// for every dating within a day of it; ties go to the dating most reports give exactly, then
    /// to the narrowest, then the earliest); failing any, the earliest
    /// publication day. Scheduled when every report that dates it was published before it.
    func eventDate(of reports: [ReportDigest]) -> (range: DayRange, tense: Tense)? {
        let datings = reports.compactMap { report -> (EventDating, CivilDate?)? in
            guard let dating = report.eventDating, dating.evidence != nil else { return nil }
            return (dating, report.published)
        }
        if !datings.isEmpty {
            // Votes within the tolerance first, then exact agreement: previews dated the day
            // before and reports of the day itself both vote for either day, and the day most
            // reports name exactly is the day it happened.
            var best: (range: DayRange, votes: Int, exact: Int, length: Int)? = nil
            for (dating, _) in datings {
                let votes = datings.filter { SimilarityModel.distance($0.0.range, dating.range) <= model.eventDateTolerance }.count
                let exact = datings.filter { $0.0.range == dating.range }.count
                let length = dating.range.length ?? Int.max
                if let current = best {
                    if (votes, exact) > (current.votes, current.exact)
                        || ((votes, exact) == (current.votes, current.exact) && (length, dating.range.start) < (current.length, current.range.start)) {
                        best = (dating.range, votes, exact, length)
                    }
                } else {
                    best = (dating.range, votes, exact, length)
                }
            }
            let range = best!.range
            let lastPublished = reports.compactMap(\.published).max()
            let supporting = datings.filter { SimilarityModel.distance($0.0.range, range) <= model.eventDateTolerance }
            let tense: Tense
            if supporting.contains(where: { $0.0.tense == .happened }) || (lastPublished.map { $0 > (range.end ?? range.start) } ?? false) {
                tense = .happened
            } else if supporting.allSatisfy({ $0.0.tense == .scheduled }) {
                tense = .scheduled
            } else {
                tense = .unknown
            }
            return (range, tense)
        }
        if let first = reports.compactMap(\.published).min() {
            let dated = reports.compactMap(\.eventDating)
            return (DayRange(day: first), dated.first?.tense ?? .unknown)
        }
        return nil
    }

    // MARK: - Titles

    /// A title per language: the headline of the report in that language that is most central
    /// to the event (the highest summed similarity to the other sampled reports; ties go to the
    /// earlier report), else the first sentence of that report. A large event gathers previews,
    /// side stories and reactions around its main report; its first headline is often one of
    /// those, its central one is the story most outlets tell.
    func titles(of reports: [ReportDigest], features: [String: ReportFeatures]) -> [String: String] {
        let centrality = EventSummarizer.centrality(of: reports.map { features[$0.id] }, model: model)
        var best: [String: (index: Int, hasHeadline: Bool)] = [:]
        for (index, report) in reports.enumerated() {
            let language = report.language.code
            let hasHeadline = report.title != nil
            guard let current = best[language] else {
                best[language] = (index, hasHeadline)
                continue
            }
            // A headline beats a first sentence; then the more central report; then the earlier.
            if (hasHeadline && !current.hasHeadline)
                || (hasHeadline == current.hasHeadline && centrality[index] > centrality[current.index]) {
                best[language] = (index, hasHeadline)
            }
        }
        var titles: [String: String] = [:]
        for (language, choice) in best {
            let report = reports[choice.index]
            if let title = report.title ?? report.leadSentence?.display(in: report.language) { titles[language] = title }
        }
        return titles
    }

    /// For each report, its summed similarity to the others (0 for a report without features).
    /// Quadratic in the sample, which ``sampleSize`` bounds.
    static func centrality(of features: [ReportFeatures?], model: SimilarityModel) -> [Double] {
        var sums = [Double](repeating: 0, count: features.count)
        for i in features.indices {
            guard let a = features[i] else { continue }
            for j in features.indices where j > i {
                guard let b = features[j] else { continue }
                let similarity = model.similarity(a, b)
                sums[i] += similarity
                sums[j] += similarity
            }
        }
        return sums
    }

    /// The language most reports are in (ties: the earliest report's).
    static func leadLanguage(of reports: [ReportDigest]) -> String? {
        var counts: [String: Int] = [:]
        for report in reports { counts[report.language.code, default: 0] += 1 }
        let top = counts.values.max() ?? 0
        return reports.first { counts[$0.language.code] == top }?.language.code
    }

    // MARK: - Place

    /// Prepositions that put an event somewhere: "در مسکو", "في موسكو", "in Moscow", "в Москве",
    /// as written (Arabic and Persian yeh both).
    static let locatives: [[Unicode.Scalar]] = ["در", "في", "فی", "in", "In", "at", "в", "во", "В", "Во"].map { Array($0.unicodeScalars) }

    /// The place of the event: the place (a city before a country) the reports put it in most
    /// often, counting a mention after a locative preposition three times, in the headline or
    /// first sentence twice, and a capital used for its government ("تهران-مسکو") half.
    func place(of reports: [ReportDigest]) -> EntityReference? {
        // Each place's entry is found through one look-up of its id per mention.
        // Sized for every mention at once: the table is not rehashed as it fills.
        var index = [String: Int](minimumCapacity: reports.reduce(0) { $0 + $1.places.count })
        var scores: [(id: String, score: Double, name: String, first: Int)] = []
        var order = 0
        for report in reports {
            for place in report.places {
                let category = categories[place.id] ?? ""
                var weight = category == "country" ? 0.3 : 1.0
                if place.afterLocative { weight *= 3 }
                if place.inLead { weight *= 2 }
                if place.pairedWithHyphen { weight *= 0.5 }
                order += 1
                if let known = index[place.id] {
                    scores[known].score += weight
                } else {
                    index[place.id] = scores.count
                    scores.append((place.id, weight, place.name, order))
                }
            }
        }
        // `first` differs between places, so the order decides every tie.
        guard let best = scores.max(by: { ($0.score, -$0.first) < ($1.score, -$1.first) }) else { return nil }
        return EntityReference(id: best.id, name: best.name)
    }

    /// Where the headline and first sentence end.
    static func leadEnd(of text: ScalarText) -> Int {
        var newlines = 0
        for (index, scalar) in text.scalars.enumerated() {
            if scalar == "\n" {
                newlines += 1
                if newlines >= 2 && index > 40 { return index }
            } else if (scalar == "." || scalar == "؟") && index > 40 {
                return index
            }
        }
        return text.count
    }

    /// Whether the word just before offset `start` is a locative preposition.
    static func followsLocative(_ start: Int, in text: ScalarText) -> Bool {
        let s = text.scalars
        var end = start
        while end > 0, s[end - 1] == " " || s[end - 1] == "\u{200C}" || s[end - 1] == "\u{00A0}" { end -= 1 }
        var begin = end
        while begin > 0, Tokenizer.isWordScalar(s[begin - 1]) { begin -= 1 }
        guard end - begin >= 1, end - begin <= 2 else { return false }
        return locatives.contains { $0.elementsEqual(s[begin..<end]) }
    }

    /// Whether a name is joined to another by a hyphen ("تهران-مسکو"): capitals standing for
    /// their governments, not where something happened.
    static func isPairedWithHyphen(_ span: TextSpan, in text: ScalarText) -> Bool {
        @inline(__always) func isHyphen(_ scalar: Unicode.Scalar) -> Bool { scalar == "-" || scalar == "–" || scalar == "ـ" }
        let after: Unicode.Scalar = span.end < text.count ? text.scalars[span.end] : " "
        let before: Unicode.Scalar = span.start > 0 ? text.scalars[span.start - 1] : " "
        return isHyphen(after) || isHyphen(before)
    }

    // MARK: - Participants

    /// The people who take part. Each person scores one point for every report that names them,
    /// one more for every report that names them in its headline or first sentence, and a tenth
    /// for each further mention; those who score more than half the best score take part (so a
    /// name in passing — "ahead of Trump's inauguration" — does not). A name the gazetteer does
    /// not know (found by a pattern) takes part only when a headline or first sentence names it
    /// or two reports do: patterns misfire most in the body of a text, and a misread word is
    /// worse in an event's short list of participants than a missing name.
    func participants(of reports: [ReportDigest]) -> [EntityReference] {
        // One entry per person, found through one look-up of its id per mention; the last
        // report that named them (and in its lead) tells a report's first mention from the rest.
        struct Entry {
            let id: String
            var score = 0.0
            let name: String
            let first: Int
            var reports = 0
            var inLead = false
            var lastReport = -1
            var lastLeadReport = -1
        }
        // Sized for every mention at once: the table is not rehashed as it fills.
        var index = [String: Int](minimumCapacity: reports.reduce(0) { $0 + $1.people.count })
        var entries: [Entry] = []
        var order = 0
        for (r, report) in reports.enumerated() {
            for entity in report.people {
                order += 1
                let i: Int
                if let known = index[entity.id] {
                    i = known
                } else {
                    i = entries.count
                    index[entity.id] = i
                    entries.append(Entry(id: entity.id, name: entity.name, first: order))
                }
                let isNew = entries[i].lastReport != r
                entries[i].lastReport = r
                var weight = isNew ? 1.0 : 0.1
                let leads = entity.inLead && entries[i].lastLeadReport != r
                if leads {
                    entries[i].lastLeadReport = r
                    entries[i].inLead = true
                    weight += 1
                }
                entries[i].score += weight
                if isNew { entries[i].reports += 1 }
            }
        }
        entries.removeAll { EventSummarizer.isUnknownName($0.id) && !$0.inLead && $0.reports < 2 }
        let best = entries.map(\.score).max() ?? 0
        // `first` differs between people, so the order decides every tie.
        return entries.filter { $0.score > best / 2 }
            .sorted { ($0.score, -$0.first) > ($1.score, -$1.first) }
            .prefix(EventSummarizer.maximumParticipants)
            .map { EntityReference(id: $0.id, name: $0.name) }
    }

}

extension EventSummarizer {
    /// Whether an entity id is one a pattern made up for a name the gazetteer does not know
    /// (`kh:person/~<skeleton>`).
    static func isUnknownName(_ id: String) -> Bool {
        // By bytes when the id is plain ASCII up to the byte after its first slash (and after a
        // tilde there): its characters are then its bytes, so the answer is the same as by
        // characters, without running the grapheme rules on every id of every event.
        let utf8 = id.utf8
        if let slash = utf8.firstIndex(of: UInt8(ascii: "/")), utf8[..<slash].allSatisfy({ $0 < 0x80 }) {
            let next = utf8.index(after: slash)
            guard next != utf8.endIndex else { return false }
            let byte = utf8[next]
            if byte < 0x80, byte != UInt8(ascii: "~") { return false }
            if byte == UInt8(ascii: "~") {
                let after = utf8.index(after: next)
                if after == utf8.endIndex || utf8[after] < 0x80 { return true }
            }
        } else if !utf8.contains(UInt8(ascii: "/")) {
            return false
        }
        return isUnknownNameByCharacters(id)
    }

    /// ``isUnknownName(_:)`` by characters (the oracle of its tests, and the answer for ids with
    /// other scalars around the slash).
    static func isUnknownNameByCharacters(_ id: String) -> Bool {
        guard let slash = id.firstIndex(of: "/") else { return false }
        return id[id.index(after: slash)...].first == "~"
    }
}

/// A title for a report without a headline: its first sentence, without the attribution or
/// dateline it opens with ("به گزارش ایرنا از رسانه‌های روسیه،", "إيران برس - آسيا: …"), cut to
/// a title's length at a word boundary, in the display form of its language.
enum LeadSentence {
    static let maximumLength = 120
    /// How far into the text an opening attribution may run.
    static let attributionWindow = 90

    static let attributionCues: [[Unicode.Scalar]] = [
        "به گزارش", "به نقل از", "بحسب", "حسب", "وفقا", "وفقاً", "نقلا عن", "نقلاً عن", "according to",
    ].map { Array(FoldedText.key($0).unicodeScalars) }
    static let separators: Set<Unicode.Scalar> = ["،", ",", ":", "-", "–", "—", ")", "؛", "|"]

    /// A first sentence before display normalisation, and whether it was cut to
    /// ``maximumLength``.
    struct Draft: Sendable, Hashable {
        let sentence: String
        let isCut: Bool

        /// The title: the sentence in the display form of `language`, "…" after a cut one.
        func display(in language: Language) -> String {
            let display = TextNormalizer(language: language).normalize(sentence)
            return isCut ? display + "…" : display
        }
    }

    /// The first sentence of `text`, after the attribution or dateline it opens with (an
    /// outlet's name at `outletSpan` is one), cut to a title's length; `nil` when there is none.
    static func draft(of text: ScalarText, outletSpan: TextSpan?) -> Draft? {
        let s = text.scalars
        var start = 0
        func skipSpace() { while start < s.count, s[start].properties.isWhitespace || s[start] == "(" { start += 1 } }
        skipSpace()
        // An opening attribution or dateline: skip to the separator that ends it.
        let head = FoldedText(ScalarText(scalars: Array(s[start..<min(s.count, start + 20)]))).scalars
        let opensWithCue = attributionCues.contains { cue in head.count >= cue.count && Array(head.prefix(cue.count)) == cue }
        let opensWithOutlet = outletSpan.map { $0.start <= start + 2 } ?? false
        if opensWithCue || opensWithOutlet {
            var i = start
            while i < min(s.count, start + attributionWindow), !separators.contains(s[i]), s[i] != "\n" { i += 1 }
            if i < s.count, separators.contains(s[i]) {
                start = i + 1
                skipSpace()
            }
        }
        // Section labels that follow a dateline: a few words closed by ":" or ")".
        for _ in 0..<2 {
            var i = start, words = 0
            while i < min(s.count, start + 40), s[i] != ":", s[i] != ")", s[i] != "\n" {
                if s[i] == " " { words += 1 }
                i += 1
            }
            guard i < s.count, s[i] == ":" || s[i] == ")", words <= 3, i > start else { break }
            start = i + 1
            skipSpace()
        }
        var end = start
        while end < s.count, !["\n", ".", "؟", "!", "?"].contains(s[end]) { end += 1 }
        guard end > start else { return nil }
        var cut = false
        if end - start > maximumLength {
            end = start + maximumLength
            while end > start, s[end] != " " { end -= 1 }
            cut = true
        }
        let sentence = text[TextSpan(start: start, end: end)].trimmingWhitespace()
        guard !sentence.isEmpty else { return nil }
        return Draft(sentence: sentence, isCut: cut)
    }
}
