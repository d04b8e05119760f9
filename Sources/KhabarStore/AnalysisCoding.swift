import KhabarCore

/// The storage form of an ``ArticleAnalysis``: compact binary (``BinaryWriter``), several times
/// faster to write and read than JSON, which matters at thousands of articles a second.
///
/// The display-normalised text is not stored (it is derived from the article text whenever it
/// is wanted), so a stored analysis reads back with an empty ``ArticleAnalysis/normalized``.
enum AnalysisCoding {
    static let version: UInt8 = 1

    static func encode(_ a: ArticleAnalysis) -> [UInt8] {
        var out = BinaryWriter(capacity: 512 + 64 * (a.dates.count + a.entities.count + a.figures.count) + 256 * a.quotes.count)
        out.write(version)
        out.write(a.version)
        out.write(a.language.code)
        out.write(a.title)
        out.write(a.outlet != nil)
        if let outlet = a.outlet {
            out.write(outlet.id)
            out.write(outlet.name)
            out.write(outlet.source == .metadata)
            out.write(outlet.span)
        }
        out.write(a.published)
        out.write(UInt8(a.publishedSource == nil ? 0 : a.publishedSource == .metadata ? 1 : 2))
        out.write(count: a.dates.count)
        for d in a.dates {
            out.write(d.span)
            out.write(d.text)
            out.write(UInt8(d.calendar.map { CalendarSystem.allCases.firstIndex(of: $0)! + 1 } ?? 0))
            out.write(UInt8(DateGranularity.allCases.firstIndex(of: d.granularity)!))
            out.write(d.range)
            out.write(d.isRelative)
        }
        out.write(count: a.entities.count)
        for e in a.entities {
            out.write(e.span)
            out.write(e.text)
            out.write(UInt8(EntityType.allCases.firstIndex(of: e.type)!))
            out.write(e.id)
            out.write(e.name)
            out.write(e.role)
        }
        out.write(a.figures)
        out.write(count: a.quotes.count)
        for q in a.quotes { out.write(q) }
        out.write(a.eventDating != nil)
        if let dating = a.eventDating { out.write(dating) }
        return out.bytes
    }

    /// Decodes an analysis; with `dates` false, its date mentions are stepped over (their
    /// bytes still checked for length) and left out, for readers that do not look at them.
    static func decode(_ bytes: [UInt8], dates readDates: Bool = true) -> ArticleAnalysis? {
        var r = BinaryReader(bytes)
        guard r.read(UInt8.self) == version, let analyser = r.string(), let code = r.string(),
              let language = Language(code: code), let title = r.optionalString(), let hasOutlet = r.bool() else { return nil }
        var outlet: OutletAttribution? = nil
        if hasOutlet {
            guard let id = r.optionalString(), let name = r.string(), let fromMetadata = r.bool(), let span = r.optionalSpan() else { return nil }
            outlet = OutletAttribution(id: id, name: name, source: fromMetadata ? .metadata : .text, span: span)
        }
        guard let published = r.day(), let sourceByte = r.read(UInt8.self), let dateCount = r.count(elementSize: 8) else { return nil }
        // Each list sized once from its count (bounded by the bytes left, see `count`).
        var dates: [DateMention] = []
        if readDates { dates.reserveCapacity(dateCount) }
        for _ in 0..<dateCount {
            guard readDates else {
                // The same fields as below, read for their length and checked alike.
                guard r.span() != nil, r.skipString(), let calendarByte = r.read(UInt8.self),
                      let granularityByte = r.read(UInt8.self), Int(granularityByte) < DateGranularity.allCases.count,
                      Int(calendarByte) <= CalendarSystem.allCases.count,
                      r.dayRange() != nil, r.bool() != nil else { return nil }
                continue
            }
            guard let span = r.span(), let text = r.string(), let calendarByte = r.read(UInt8.self),
                  let granularityByte = r.read(UInt8.self), Int(granularityByte) < DateGranularity.allCases.count,
                  Int(calendarByte) <= CalendarSystem.allCases.count,
                  let range = r.dayRange(), let relative = r.bool() else { return nil }
            dates.append(DateMention(
                span: span, text: text, calendar: calendarByte == 0 ? nil : CalendarSystem.allCases[Int(calendarByte) - 1],
                granularity: DateGranularity.allCases[Int(granularityByte)], range: range, isRelative: relative))
        }
        guard let entityCount = r.count(elementSize: 8) else { return nil }
        var entities: [EntityMention] = []
        entities.reserveCapacity(entityCount)
        for _ in 0..<entityCount {
            guard let span = r.span(), let text = r.string(), let typeByte = r.read(UInt8.self),
                  Int(typeByte) < EntityType.allCases.count, let id = r.string(), let name = r.string(),
                  let role = r.optionalString() else { return nil }
            entities.append(EntityMention(span: span, text: text, type: EntityType.allCases[Int(typeByte)], id: id, name: name, role: role))
        }
        guard let figures = r.figures() else { return nil }
        guard let quoteCount = r.count(elementSize: 8) else { return nil }
        var quotes: [Quote] = []
        quotes.reserveCapacity(quoteCount)
        for _ in 0..<quoteCount {
            guard let quote = r.quote() else { return nil }
            quotes.append(quote)
        }
        guard let hasDating = r.bool() else { return nil }
        var dating: EventDating? = nil
        if hasDating {
            guard let read = r.eventDating() else { return nil }
            dating = read
        }
        guard r.atEnd else { return nil }
        return ArticleAnalysis(
            version: analyser, language: language, title: title, outlet: outlet, published: published,
            publishedSource: sourceByte == 0 ? nil : sourceByte == 1 ? .metadata : .text, normalized: "",
            dates: dates, entities: entities, figures: figures, quotes: quotes, eventDating: dating)
    }
}
