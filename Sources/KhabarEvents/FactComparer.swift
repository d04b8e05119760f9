import KhabarCore
import KhabarText
import KhabarTime

/// Lines up the figures and quotes of an event's reports: which facts several outlets state,
/// and where they state them differently.
///
/// Figures are comparable when they come from different reports, share a unit, and refer to the
/// same period (their resolved days overlap by at least half, Jaccard); comparable figures with one
/// value are one fact the outlets agree on, and different values are a disagreement. Figures
/// with the same value and unit and no conflicting period are one fact even across languages
/// ("۱۳ درصد" in Persian, "13%" in Arabic). Quotes are grouped by speaker, and quotes of one
/// speaker in different reports are one fact when they name the same things or share words.
struct FactComparer {
    let model: SimilarityModel
    /// The event's days: the reference for relative periods of reports that carry no date.
    var eventDate: DayRange? = nil
    static let maximumFacts = 24

    private struct Stated {
        var report: Int
        var outlet: String
        var figure: Figure
    }

    func facts(of reports: [ReportDigest]) -> [EventFact] {
        figureFacts(of: reports) + quoteFacts(of: reports)
    }

    static func outlet(of report: ReportDigest) -> String {
        report.outletName ?? "report \(report.id)"
    }

    // MARK: - Figures

    func figureFacts(of reports: [ReportDigest]) -> [EventFact] {
        var groups: [[Stated]] = []
        for (index, report) in reports.enumerated() where !report.figures.isEmpty {
            let outlet = FactComparer.outlet(of: report)
            for original in report.figures {
                if original.unit == "count", original.value < 10 { continue }
                let figure = resolvingPeriod(of: original, in: report)
                let stated = Stated(report: index, outlet: outlet, figure: figure)
                // The same figure stated again in the same report (a summary repeating the
                // body) is one statement, not a second fact.
                if groups.contains(where: { group in
                    group.contains { $0.report == index && $0.figure.value == figure.value && comparable($0.figure, figure) }
                }) { continue }
                if let g = groups.firstIndex(where: { group in
                    !group.contains { $0.report == index } && group.allSatisfy { comparable($0.figure, figure) }
                }) {
                    groups[g].append(stated)
                } else {
                    groups.append([stated])
                }
            }
        }
        var facts: [(fact: EventFact, weight: Int)] = []
        for group in groups {
            // Whether two outlets or more state it (what a set of the outlets would count).
            let severalOutlets = group.contains { $0.outlet != group[0].outlet }
            var byValue: [[Stated]] = []
            for stated in group {
                if let v = byValue.firstIndex(where: { $0[0].figure.value == stated.figure.value }) {
                    byValue[v].append(stated)
                } else {
                    byValue.append([stated])
                }
            }
            let agree: Bool? = severalOutlets ? byValue.count == 1 : nil
            for values in byValue {
                let first = values[0].figure
                var outlets: [String] = []
                for stated in values where !outlets.contains(stated.outlet) { outlets.append(stated.outlet) }
                facts.append((EventFact(
                    kind: .figure, text: first.text, value: first.value, unit: first.unit,
                    measure: values.lazy.compactMap(\.figure.measure).first,
                    period: values.lazy.compactMap(\.figure.period).first { $0.range != nil } ?? values.lazy.compactMap(\.figure.period).first,
                    speaker: nil, outlets: outlets, agree: agree), outlets.count))
            }
        }
        // Facts stated by more outlets first; otherwise in text order.
        return facts.enumerated().sorted { ($0.element.weight, -$0.offset) > ($1.element.weight, -$1.offset) }
            .prefix(FactComparer.maximumFacts).map(\.element.fact)
    }

    /// A figure whose relative period ("العام الماضي") could not be resolved because its report
    /// has no publication date, with the period resolved against the event's date instead.
    func resolvingPeriod(of figure: Figure, in report: ReportDigest) -> Figure {
        guard let period = figure.period, period.range == nil, report.published == nil,
              let reference = eventDate?.start else { return figure }
        let mentions = DateExtractor().extract(
            from: ScalarText(period.text), language: report.language, reference: reference)
        guard let mention = mentions.max(by: { $0.span.length < $1.span.length }) else { return figure }
        var resolved = figure
        resolved.period?.range = mention.range
        return resolved
    }

    /// Whether two figures from different reports speak of the same quantity.
    func comparable(_ a: Figure, _ b: Figure) -> Bool {
        guard a.unit == b.unit else { return false }
        let ra = a.period?.range, rb = b.period?.range
        if let ra, let rb { return FactComparer.periodsMatch(ra, rb) }
        // Without two resolved periods, only an equal value says it is the same fact.
        return a.value == b.value
    }

    /// Whether two periods are the same period: their days overlap by at least half (Jaccard).
    static func periodsMatch(_ a: DayRange, _ b: DayRange) -> Bool {
        guard let aEnd = a.end, let bEnd = b.end else { return a.start == b.start }
        let overlapStart = max(a.start, b.start), overlapEnd = min(aEnd, bEnd)
        guard overlapStart <= overlapEnd else { return false }
        let overlap = Double(overlapStart.days(to: overlapEnd) + 1)
        let union = Double(min(a.start, b.start).days(to: max(aEnd, bEnd)) + 1)
        return overlap / union >= 0.5
    }

    // MARK: - Quotes

    private struct QuoteItem {
        var report: Int
        var outlet: String
        var quote: Quote
        var speakerID: String
        var entities: Set<String>
        var terms: [WeightedKey]
        var language: Language
    }

    func quoteFacts(of reports: [ReportDigest]) -> [EventFact] {
        // Quotes are compared only across reports: with quotes from one report alone, their
        // terms are never read and are not computed. A digest keeps the quotes with a speaker.
        let quoting = reports.indices.filter { !reports[$0].quotes.isEmpty }
        let compared = quoting.count >= 2
        var items: [QuoteItem] = []
        for (index, report) in reports.enumerated() where !report.quotes.isEmpty {
            let outlet = FactComparer.outlet(of: report)
            for spoken in report.quotes {
                // Entities and terms are read only to compare quotes of different reports.
                items.append(QuoteItem(
                    report: index, outlet: outlet, quote: spoken.quote, speakerID: spoken.speakerID,
                    entities: compared ? Set(spoken.named) : [], terms: compared ? FactComparer.terms(of: spoken.quote.text) : [],
                    language: report.language))
            }
        }
        var groups: [[QuoteItem]] = []
        for item in items {
            if let g = groups.firstIndex(where: { group in
                group[0].speakerID == item.speakerID && !group.contains { $0.report == item.report }
                    && group.contains { sameStatement($0, item) }
            }) {
                groups[g].append(item)
            } else {
                groups.append([item])
            }
        }
        let facts = groups.map { group -> (EventFact, Int) in
            var outlets: [String] = []
            for item in group where !outlets.contains(item.outlet) { outlets.append(item.outlet) }
            let first = group[0].quote
            return (EventFact(kind: .quote, text: first.text, speaker: first.speaker, outlets: outlets,
                              agree: outlets.count >= 2 ? true : nil), outlets.count)
        }
        return facts.enumerated().sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }
            .prefix(FactComparer.maximumFacts).map(\.element.0)
    }

    private func sameStatement(_ a: QuoteItem, _ b: QuoteItem) -> Bool {
        let sharedEntities = a.entities.intersection(b.entities)
        if sharedEntities.count >= 1 && SimilarityModel.cosine(a.terms, b.terms) >= 0.05 { return true }
        if sharedEntities.count >= 2 { return true }
        return SimilarityModel.cosine(a.terms, b.terms) >= (a.language == b.language ? 0.3 : 0.15)
    }

    static func terms(of text: String) -> [WeightedKey] {
        let folded = FoldedText(text)
        let tokens = Tokenizer().wordTokens(in: folded)
        var counts = TermCounts(expected: tokens.count)
        for token in tokens where token.kind == .word {
            let range = FeatureBuilder.stripArabicArticle(token.range, in: folded.scalars)
            guard range.count >= 3 else { continue }
            counts.add(StableHash.of(0x74, scalars: folded.scalars[range]), length: range.count)
        }
        var terms: [WeightedKey] = []
        counts.forEach { key, count, _ in
            if NewsStopWords.termTable[key] == nil { terms.append(WeightedKey(key: key, weight: Float(count))) }
        }
        return terms.sorted { $0.key < $1.key }
    }
}
