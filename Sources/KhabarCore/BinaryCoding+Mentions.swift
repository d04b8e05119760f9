// The binary forms of the mentions that more than one stored form holds: a stored analysis
// (`AnalysisCoding`) and a report's digest (`ReportDigest`) write figures, quotes and event
// datings alike.

extension BinaryWriter {
    /// Writes an optional span: a presence byte, then the span.
    public mutating func write(_ span: TextSpan?) {
        write(span != nil)
        if let span { write(span) }
    }

    /// Writes a figure: span, text, value, unit, measure, then its period (text, span, days),
    /// each optional part after a presence byte.
    public mutating func write(_ figure: Figure) {
        write(figure.span)
        write(figure.text)
        write(figure.value)
        write(figure.unit)
        write(figure.measure)
        write(figure.period != nil)
        if let period = figure.period {
            write(period.text)
            write(period.span)
            write(period.range != nil)
            if let range = period.range { write(range) }
        }
    }

    /// Writes a list of figures: its count, then each figure.
    public mutating func write(_ figures: [Figure]) {
        write(count: figures.count)
        for figure in figures { write(figure) }
    }

    /// Writes a quote: span, text, then its speaker (id, name, the words naming them) after a
    /// presence byte.
    public mutating func write(_ quote: Quote) {
        write(quote.span)
        write(quote.text)
        write(quote.speaker != nil)
        if let speaker = quote.speaker {
            write(speaker.id)
            write(speaker.name)
            write(speaker.text)
        }
    }

    /// Writes an event dating: days, tense, evidence span.
    public mutating func write(_ dating: EventDating) {
        write(dating.range)
        write(UInt8(Tense.allCases.firstIndex(of: dating.tense)!))
        write(dating.evidence)
    }
}

extension BinaryReader {
    /// Reads an optional span: `.some(nil)` when absent, `nil` when the bytes are corrupt.
    public mutating func optionalSpan() -> TextSpan?? {
        guard let present = bool() else { return nil }
        if !present { return .some(nil) }
        return span().map { .some($0) }
    }

    /// Reads a figure written by `BinaryWriter.write(_: Figure)`.
    public mutating func figure() -> Figure? {
        guard let span = span(), let text = string(), let value = double(), let unit = string(),
              let measure = optionalString(), let hasPeriod = bool() else { return nil }
        var period: FigurePeriod? = nil
        if hasPeriod {
            guard let periodText = string(), let periodSpan = optionalSpan(), let hasRange = bool() else { return nil }
            var range: DayRange? = nil
            if hasRange {
                guard let read = dayRange() else { return nil }
                range = read
            }
            period = FigurePeriod(text: periodText, span: periodSpan, range: range)
        }
        return Figure(span: span, text: text, value: value, unit: unit, measure: measure, period: period)
    }

    /// Reads a list of figures written by `BinaryWriter.write(_: [Figure])`.
    public mutating func figures() -> [Figure]? {
        guard let count = count(elementSize: 8) else { return nil }
        var figures: [Figure] = []
        figures.reserveCapacity(count)
        for _ in 0..<count {
            guard let figure = figure() else { return nil }
            figures.append(figure)
        }
        return figures
    }

    /// Reads a quote written by `BinaryWriter.write(_: Quote)`.
    public mutating func quote() -> Quote? {
        guard let span = span(), let text = string(), let hasSpeaker = bool() else { return nil }
        var speaker: Speaker? = nil
        if hasSpeaker {
            guard let id = optionalString(), let name = optionalString(), let said = string() else { return nil }
            speaker = Speaker(id: id, name: name, text: said)
        }
        return Quote(speaker: speaker, span: span, text: text)
    }

    /// Reads an event dating written by `BinaryWriter.write(_: EventDating)`.
    public mutating func eventDating() -> EventDating? {
        guard let range = dayRange(), let tenseByte = read(UInt8.self), Int(tenseByte) < Tense.allCases.count,
              let evidence = optionalSpan() else { return nil }
        return EventDating(range: range, tense: Tense.allCases[Int(tenseByte)], evidence: evidence)
    }
}
