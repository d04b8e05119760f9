public import KhabarCore
public import KhabarText

/// Finds figures (percentages, money, counts) with what they measure and their period.
///
/// **Numbers** are read in any digit set (folded to ASCII by ``FoldedText``; `1,500` and `3.5`
/// are one token, a comma followed by three digits groups thousands) or as words (هشت, ثمانية,
/// سیصد, eight; `numbers.tsv`), with multipliers (هزار, میلیون, میلیارد, ألف, مليون, مليار,
/// million, млрд) and the conjunction و between parts: "۲۲۴ میلیارد ریال" = 224·10⁹ IRR,
/// "6 هزار و 127" = 6127, "سیصد و بیست و پنج" = 325. A number followed by an ordinal suffix
/// (۳۰۰مین, 3rd) is an ordinal, not a figure; ordinal words (سیصدمین) are not number words.
///
/// **Units** (`units.tsv`): `percent` (%, ٪, درصد, بالمئة, في المئة, percent), an ISO 4217 code
/// (ریال IRR, تومان IRT, دلار/دولار USD, روبل RUB, يورو EUR, qualified Arabic riyals, dinars,
/// pounds and liras), `count` for counted nouns (نفر, قتيلا, people), or a unit word (barrel, km,
/// MW, t). A number written in digits without a unit is a figure only with a multiplier; a
/// number written as words needs a unit or a multiplier. Numbers inside date mentions, 4-digit
/// years and numbers before time words (سال, ماه, يوما, دسامبر) are not figures.
///
/// Figures written differently therefore compare equal: 13%, ۱۳ درصد, 13 درصد and بنسبة 13%
/// all have `value` 13 and `unit` `percent`.
///
/// **Measure**: the text's own words for what is measured, read in the clause before the figure
/// (after the last `،`, `:`, quote mark, complementiser که / أن, or earlier figure): from the
/// first cue word (رشد, حجم, صادرات, growth…; `measures.tsv`) up to a cut word (a preposition,
/// a verb of change such as ارتفع, افزایش یافت) or a date; in Persian, without a cue word, the
/// clause's subject up to its first cut word. A figure whose clause has no measure takes the one
/// of the previous figure of the same kind in the sentence ("13% last year, and 8% this year").
/// For counts without one, the counted noun is the measure.
///
/// **Period**: a date mention (from ``DateMention``, as the time stage found it) in the same
/// sentence, attached to one figure: in Persian to the next figure after it (the adverbial comes
/// first: "در سال ۲۰۲۴، رشد … ۱۳ درصد"), else to the nearest figure; a figure with no date of
/// its own takes the nearest date of its sentence. Relative period phrases that no date mention
/// covers (سال گذشته, 9 ماهه امسال, العام الماضي, هذا العام; `periods.tsv`) and "سال/عام NNNN"
/// are kept as periods with their phrase and, where not resolved, null dates.
///
/// ```swift
/// let text = ScalarText("رشد مبادلات تجاری ۱۳ درصد بوده است")
/// let folded = FoldedText(text)
/// let figures = FigureExtractor().extract(
///     from: text, folded: folded, tokens: Tokenizer().wordTokens(in: folded), language: .persian,
///     dates: [], reference: nil)
/// // value 13, unit "percent", measure "رشد مبادلات تجاری"
/// ```
///
/// - Complexity: O(*n*) in the number of tokens (clauses are scanned once per figure).
public struct FigureExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The figures of `text`, in text order.
    ///
    /// - Parameters:
    ///   - dates: The date mentions of the text (from the time stage); a figure's period is one of
    ///     them, and numbers inside them are not figures.
    ///   - reference: The publication day (kept for periods the time stage could not resolve).
    public func extract(
        from text: ScalarText, folded: FoldedText, tokens: [Token], language: Language,
        dates: [DateMention], reference: CivilDate?
    ) -> [Figure] {
        extract(keyed: KeyedTokens(folded: folded, tokens: tokens, original: text, rules: AffixRules.forLanguage(language), filter: Cues.staticFilter), text: text, language: language, dates: dates)
    }

    /// The figures of a keyed text (shared with the other extractors by the analyser).
    func extract(keyed: KeyedTokens, text: ScalarText, language: Language, dates: [DateMention]) -> [Figure] {
        FigureReader(keyed: keyed, text: text, language: language, dates: dates).figures()
    }
}

/// A number read from the tokens: its value and extent.
struct NumberPhrase {
    var first: Int
    var last: Int
    var value: Double
    var hasDigits: Bool
    var hasMultiplier: Bool
}

/// A unit read after a number.
struct UnitCue: Sendable {
    enum Kind: String, Sendable { case percent, currency, count, unit }
    var kind: Kind
    var code: String
    var language: Language?
}

/// The figure tables compiled once.
enum FigureLexicon {
    /// A number word: a value, or a multiplier.
    struct NumberWord: Sendable {
        var value: Double
        var isMultiplier: Bool
    }

    static let numbers: PhraseIndex<NumberWord> = PhraseIndex(ExtractLexicon.numbers.compactMap { row in
        guard row.fields.count >= 2 else { return nil }
        let raw = row.fields[1]
        if raw.hasPrefix("x"), let value = Double(raw.dropFirst()) { return (row.fields[0], NumberWord(value: value, isMultiplier: true)) }
        guard let value = Double(raw) else { return nil }
        return (row.fields[0], NumberWord(value: value, isMultiplier: false))
    }, filterBit: FilterBit.numbers)

    static let units: PhraseIndex<UnitCue> = PhraseIndex(ExtractLexicon.units.compactMap { row in
        guard row.fields.count >= 3, let kind = UnitCue.Kind(rawValue: row.fields[1]) else { return nil }
        return (row.fields[0], UnitCue(kind: kind, code: row.fields[2], language: row.language))
    }, filterBit: FilterBit.units)

    static let prefixes: PhraseIndex<Bool> = PhraseIndex(ExtractLexicon.measures.compactMap { row in
        row.fields.count >= 2 && row.fields[1] == "prefix" ? (row.fields[0], true) : nil
    }, filterBit: FilterBit.measurePrefixes)

    static let periods: PhraseIndex<Bool> = PhraseIndex(ExtractLexicon.periods.map { ($0.fields[0], true) }, filterBit: FilterBit.periods)

    private static func hashes(of kind: String) -> HashSet64 {
        HashSet64(ExtractLexicon.measures.compactMap { row in
            guard row.fields.count >= 2, row.fields[1] == kind else { return nil }
            let key = MatchKey.key(of: row.fields[0])
            return key.isEmpty ? nil : RollingHash.hash(key)
        })
    }

    static let cues = hashes(of: "cue")
    static let cuts = hashes(of: "cut")
    static let timeWords = hashes(of: "time")

    /// Complementisers that open a reported clause: که, أن, إن, بأن, that.
    static let complementizers = HashSet64(["که", "أن", "إن", "بأن", "وأن", "that", "что"].map { RollingHash.hash(MatchKey.key(of: $0)) })
    /// The conjunction و / and between the parts of a number.
    static let conjunction = RollingHash.hash(MatchKey.key(of: "و"))
    static let and = RollingHash.hash(MatchKey.key(of: "and"))
    /// Ordinal suffixes written after digits: ۳۰۰مین, 3rd.
    static let ordinalSuffixes = HashSet64(["م", "مین", "ام", "امین", "th", "st", "nd", "rd", "ی"].map { RollingHash.hash(MatchKey.key(of: $0)) })
    /// Year markers after a 4-digit number: میلادی, شمسی, هجری, م, هـ.
    static let yearWords = HashSet64(["سال", "عام", "العام", "year"].map { RollingHash.hash(MatchKey.key(of: $0)) })
    static let monthWords = HashSet64(["ماه", "ماهه", "أشهر", "months"].map { RollingHash.hash(MatchKey.key(of: $0)) })
    static let firstWords = HashSet64(["نخست", "اول", "الأولى", "first"].map { RollingHash.hash(MatchKey.key(of: $0)) })
    static let gregorianMarker = RollingHash.hash(MatchKey.key(of: "میلادی"))
    static let solarMarkers = HashSet64(["شمسی", "خورشیدی", "هجری"].map { RollingHash.hash(MatchKey.key(of: $0)) })
}

/// Reads the figures of one text.
struct FigureReader {
    let keyed: KeyedTokens
    let text: ScalarText
    let language: Language
    let dates: [DateMention]
    /// For each token, the index of the date mention that covers it, or -1.
    let dateOfToken: [Int]
    let rules: AffixRules
    /// Relative period phrases and "سال NNNN" that no date mention covers (see ``findPeriodPhrases()``).
    private(set) var periodPhrases: [(first: Int, last: Int, range: DayRange?)] = []
    /// For each token, whether it lies in one of ``periodPhrases``.
    private var inPeriod: [Bool] = []

    init(keyed: KeyedTokens, text: ScalarText, language: Language, dates: [DateMention]) {
        self.keyed = keyed
        self.text = text
        self.language = language
        self.dates = dates
        self.rules = AffixRules.forLanguage(language)
        var dateOfToken = [Int](repeating: -1, count: keyed.count)
        if !dates.isEmpty {
            for t in 0..<keyed.count {
                let span = keyed.originalSpan(first: t, last: t)
                if let d = dates.firstIndex(where: { $0.span.overlaps(span) }) { dateOfToken[t] = d }
            }
        }
        self.dateOfToken = dateOfToken
        self.periodPhrases = findPeriodPhrases()
        var inPeriod = [Bool](repeating: false, count: keyed.count)
        for phrase in periodPhrases { for t in phrase.first...phrase.last { inPeriod[t] = true } }
        self.inPeriod = inPeriod
    }

    /// A figure in token coordinates, before measure and period are attached.
    struct Found {
        var first: Int
        var last: Int
        var value: Double
        var unit: UnitCue
        var measure: (first: Int, last: Int)?
        var period: FigurePeriod?
        var periodToken: Int?
    }

    func figures() -> [Figure] {
        var found: [Found] = []
        var i = 0
        while i < keyed.count {
            // Only a number token or a word that may start a number word begins a number
            // (``readNumber(at:)`` reads nothing from any other): most tokens skip the call.
            guard dateOfToken[i] < 0,
                  keyed.tokens[i].kind == .number || (keyed.tokens[i].kind == .word && keyed.mayStart(i, FilterBit.numbers)),
                  let number = readNumber(at: i) else {
                i += 1
                continue
            }
            if let figure = figure(for: number) {
                found.append(figure)
                i = figure.last + 1
            } else {
                i = number.last + 1
            }
        }
        guard !found.isEmpty else { return [] }
        attachMeasures(&found)
        attachPeriods(&found)
        return found.map { f in
            let span = keyed.originalSpan(first: f.first, last: f.last)
            let measure = f.measure.map { text.slice(keyed.originalSpan(first: $0.first, last: $0.last)) }
            return Figure(span: span, text: text.slice(span), value: f.value, unit: f.unit.code, measure: measure, period: f.period)
        }
    }

    // MARK: - Numbers

    /// The number that starts at token `i`: digits or number words, with multipliers and و.
    func readNumber(at i: Int) -> NumberPhrase? {
        var total = 0.0
        var current = 0.0
        var lastMultiplier = 0.0
        var hasDigits = false
        var hasMultiplier = false
        var sawValue = false
        var last = -1
        var j = i
        var expectingPart = true  // a value may follow (start, or after و)
        while j < keyed.count {
            if j > i, keyed.breakBefore[j] { break }
            if dateOfToken[j] >= 0 { break }
            if keyed.tokens[j].kind == .number {
                guard expectingPart, let value = numberValue(j) else { break }
                current += value
                hasDigits = true
                sawValue = true
                expectingPart = false
                last = j
                j += 1
                continue
            }
            if keyed.tokens[j].kind == .word, keyed.mayStart(j, FilterBit.numbers), let match = FigureLexicon.numbers.longestMatch(at: j, in: keyed) {
                let word = FigureLexicon.numbers[FigureLexicon.numbers.firstPhrase(of: match)].value
                if word.isMultiplier {
                    guard sawValue || !hasDigits else { break }
                    let m = word.value
                    if lastMultiplier != 0, m > lastMultiplier {
                        total = (total + current) * m
                    } else {
                        total += (current == 0 ? 1 : current) * m
                    }
                    current = 0
                    lastMultiplier = m
                    hasMultiplier = true
                    sawValue = true
                    expectingPart = false
                } else {
                    // A unit before ten is an Arabic teen (ثلاثة عشر = 13); otherwise a smaller word
                    // after a round one adds to it without و (twenty five).
                    let teen = word.value == 10 && (1...9).contains(current) && !hasDigits
                    guard expectingPart || teen || (current > 0 && word.value < current && current.truncatingRemainder(dividingBy: 10) == 0) else { break }
                    current += word.value
                    sawValue = true
                    expectingPart = false
                }
                last = match.last
                j = match.last + 1
                continue
            }
            // و / and between parts: "6 هزار و 127", "سیصد و بیست و پنج".
            if sawValue, keyed.hashes[j] == FigureLexicon.conjunction || keyed.hashes[j] == FigureLexicon.and,
               j + 1 < keyed.count, keyed.tokens[j + 1].kind == .number || FigureLexicon.numbers.longestMatch(at: j + 1, in: keyed) != nil,
               !isYear(j + 1) {
                expectingPart = true
                j += 1
                continue
            }
            break
        }
        guard last >= i, sawValue else { return nil }
        let value = total + current
        guard value > 0 || hasDigits else { return nil }
        return NumberPhrase(first: i, last: last, value: value, hasDigits: hasDigits, hasMultiplier: hasMultiplier)
    }

    /// The value of a number token: `1,500` (thousands), `3.5`, `3,5` (decimal comma).
    func numberValue(_ t: Int) -> Double? {
        FigureReader.numberValue(of: keyed.folded.scalars[keyed.tokens[t].range])
    }

    /// The value of a number written with ASCII digits, commas and points, as
    /// ``numberValueByStrings(of:)`` reads it, from the scalars' bytes: no string per group.
    /// Anything else goes to ``numberValueByStrings(of:)``.
    static func numberValue(of scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        guard scalars.count <= 64 else { return numberValueByStrings(of: scalars) }
        // The commas are thousands separators when there is no point and each comma is followed
        // by exactly three other characters (before the next comma or the end).
        var thousands = true
        var commas = 0
        var groupLength = -1  // the length of the group after the last comma; -1 before any
        for scalar in scalars {
            // CR LF would be one character of a group: left to the strings too.
            guard scalar.value < 0x80, scalar != "\r" else { return numberValueByStrings(of: scalars) }
            if scalar == "," {
                if groupLength >= 0, groupLength != 3 { thousands = false }
                commas += 1
                groupLength = 0
            } else if scalar == "." {
                thousands = false
                if groupLength >= 0 { groupLength += 1 }
            } else if groupLength >= 0 {
                groupLength += 1
            }
        }
        if groupLength >= 0, groupLength != 3 { thousands = false }
        thousands = thousands && commas > 0
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            if scalar == "," {
                if !thousands { bytes.append(UInt8(ascii: ".")) }
            } else {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            }
        }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// The value of a number token's scalars, `1,500` (thousands), `3.5`, `3,5` (decimal comma),
    /// read through strings: the reference of ``numberValue(of:)`` and its path for anything but
    /// ASCII.
    static func numberValueByStrings(of scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        var digits = ""
        var groups: [String] = [""]
        for s in scalars {
            if s == "," { groups.append("") } else if s == "." { groups.append(".") } else { groups[groups.count - 1].unicodeScalars.append(s) }
        }
        if groups.count > 1, groups.dropFirst().allSatisfy({ $0.count == 3 && !$0.hasPrefix(".") }) {
            digits = groups.joined()
        } else {
            for s in scalars { digits.unicodeScalars.append(s == "," ? "." : s) }
        }
        return Double(digits)
    }

    /// Whether token `t` is a 4-digit number that reads as a year.
    func isYear(_ t: Int) -> Bool {
        guard keyed.tokens[t].kind == .number, keyed.keyLength(t) == 4, let value = numberValue(t) else { return false }
        return (1300...1500).contains(value) || (1900...2100).contains(value)
    }

    /// The figure a number makes with what follows it, or `nil` when it is not a figure.
    func figure(for number: NumberPhrase) -> Found? {
        var first = number.first
        var last = number.last
        var j = last + 1
        // An ordinal: ۳۰۰مین, 3rd (the suffix touches the digits).
        if number.hasDigits, j < keyed.count, keyed.tokens[j].range.lowerBound == keyed.tokens[number.last].range.upperBound,
           FigureLexicon.ordinalSuffixes.contains(keyed.hashes[j]) {
            return nil
        }
        var unit: UnitCue? = nil
        if j < keyed.count, keyed.isPunctuation(j, "%") {
            unit = UnitCue(kind: .percent, code: "percent", language: nil)
            last = j
        } else if first > 0, keyed.isPunctuation(first - 1, "%") {
            unit = UnitCue(kind: .percent, code: "percent", language: nil)
            first -= 1
        } else if j < keyed.count, !keyed.breakBefore[j], let match = FigureLexicon.units.longestMatch(at: j, in: keyed) {
            let cues = FigureLexicon.units.phrases(of: match).map { FigureLexicon.units[$0].value }
            unit = cues.first { $0.language == language } ?? cues.first
            last = match.last
        } else if first > 0, let symbol = currencySymbol(first - 1) {
            unit = symbol
            first -= 1
        }
        j = number.last + 1
        if unit == nil {
            // Without a unit: digits with a multiplier are a count; anything else is not a figure.
            guard number.hasDigits, number.hasMultiplier else { return nil }
            if j < keyed.count, FigureLexicon.timeWords.contains(keyed.hashes[j]) { return nil }
            unit = UnitCue(kind: .count, code: "count", language: nil)
        } else if unit?.kind == .count {
            if !number.hasDigits && !number.hasMultiplier && number.value < 2 { return nil }
        }
        if number.hasDigits, !number.hasMultiplier, number.first == number.last, isYear(number.first), unit?.kind == .count { return nil }
        return Found(first: first, last: last, value: number.value, unit: unit!, measure: nil, period: nil)
    }

    /// A currency symbol token: $, €, £.
    func currencySymbol(_ t: Int) -> UnitCue? {
        guard keyed.tokens[t].kind == .punctuation else { return nil }
        switch keyed.folded.scalars[keyed.tokens[t].range.lowerBound] {
        case "$": return UnitCue(kind: .currency, code: "USD", language: nil)
        case "€": return UnitCue(kind: .currency, code: "EUR", language: nil)
        case "£": return UnitCue(kind: .currency, code: "GBP", language: nil)
        default: return nil
        }
    }

    // MARK: - Clauses

    /// Whether token `t` ends a sentence (. ! ? ؟ or a line break after it).
    func endsSentence(_ t: Int) -> Bool {
        if t + 1 < keyed.count, keyed.breakBefore[t + 1] { return true }
        guard keyed.tokens[t].kind == .punctuation else { return false }
        let s = keyed.folded.scalars[keyed.tokens[t].range.lowerBound]
        return s == "." || s == "!" || s == "?" || s == "؟"
    }

    /// Whether token `t` opens a new clause after it (، , : ؛ ; quotes, brackets, که, أن).
    func isClauseBoundary(_ t: Int) -> Bool {
        if endsSentence(t) { return true }
        if keyed.tokens[t].kind == .punctuation {
            let s = keyed.folded.scalars[keyed.tokens[t].range.lowerBound]
            return s == "،" || s == "," || s == ":" || s == "؛" || s == ";" || s == "«" || s == "»" || s == "(" || s == ")"
                || s == "\"" || s == "-" || s == "–" || s == "—"
        }
        return FigureLexicon.complementizers.contains(keyed.hashes[t])
    }

    // MARK: - Measures

    func attachMeasures(_ found: inout [Found]) {
        for index in found.indices {
            let figure = found[index]
            var start = figure.first - 1
            let floor = index > 0 ? found[index - 1].last : -1
            while start > floor, !isClauseBoundary(start) { start -= 1 }
            start += 1
            // Words just before the number that only introduce it: بنسبة, به میزان, حدود.
            var end = figure.first - 1
            scan: while end >= start {
                if dateOfToken[end] >= 0 || isPeriodToken(end) {
                    end -= 1
                    continue
                }
                for s in stride(from: end, through: max(start, end - 2), by: -1)
                where FigureLexicon.prefixes.hasMatch(at: s, endingAt: end, in: keyed, rules: rules) {
                    end = s - 1
                    continue scan
                }
                break
            }
            var measure: (Int, Int)? = nil
            // A count measures what it counts (60 تن, 8 أشخاص), whatever precedes it.
            if figure.unit.kind == .count {
                measure = countedNoun(after: figure)
            }
            if measure == nil, end >= start {
                measure = measurePhrase(from: start, to: end)
            }
            if measure == nil, index > 0, found[index - 1].unit.kind == figure.unit.kind,
               keyed.sentenceStart(found[index - 1].last) == keyed.sentenceStart(figure.first) {
                measure = found[index - 1].measure
            }
            found[index].measure = measure
        }
    }

    /// The measure in tokens `start...end` before a figure.
    func measurePhrase(from start: Int, to end: Int) -> (Int, Int)? {
        var cue: Int? = nil
        for t in start...end where keyed.tokens[t].kind == .word {
            if FigureLexicon.cues.contains(keyed.hashes[t]) || procliticStripped(t).map(FigureLexicon.cues.contains) == true {
                cue = t
                break
            }
        }
        var from: Int
        if let cue {
            from = cue
        } else if language == .persian || language == .english || language == .russian {
            from = start
            while from <= end, keyed.tokens[from].kind != .word || Cues.isStopword(from, in: keyed) { from += 1 }
            guard from <= end else { return nil }
        } else {
            return nil
        }
        var to = from
        var t = from + 1
        while t <= end {
            if dateOfToken[t] >= 0 || isPeriodToken(t) { break }
            if keyed.tokens[t].kind == .punctuation { break }
            if FigureLexicon.cuts.contains(keyed.hashes[t]) { break }
            if keyed.tokens[t].kind == .number { break }
            to = t
            t += 1
        }
        // A measure is a noun phrase: a cut word or stop word alone is none.
        if from == to, FigureLexicon.cuts.contains(keyed.hashes[from]) || Cues.isStopword(from, in: keyed), cue == nil { return nil }
        return (from, to)
    }

    /// The key hash of token `t` without an Arabic proclitic (و, ف, ب, ل, ك), if it has one.
    func procliticStripped(_ t: Int) -> UInt64? {
        guard rules.arabicProclitics, keyed.keyLength(t) >= 4, let first = keyed.key(t).first,
              "وفبلک".unicodeScalars.contains(first) else { return nil }
        return RollingHash.hash(keyed.key(t).dropFirst())
    }

    /// The noun a count figure counts: the unit word and the word after it when it is not a stop word.
    func countedNoun(after figure: Found) -> (Int, Int)? {
        var from = figure.last
        while from > figure.first, keyed.tokens[from].kind == .word, FigureLexicon.units.longestMatch(at: from, in: keyed) == nil {
            from -= 1
        }
        guard keyed.tokens[from].kind == .word, FigureLexicon.units.longestMatch(at: from, in: keyed) != nil else {
            let next = figure.last + 1
            guard next < keyed.count, keyed.tokens[next].kind == .word, !keyed.breakBefore[next], !Cues.isStopword(next, in: keyed) else { return nil }
            return (next, next)
        }
        var to = figure.last
        let next = figure.last + 1
        if next < keyed.count, keyed.tokens[next].kind == .word, !keyed.breakBefore[next], !Cues.isStopword(next, in: keyed),
           !FigureLexicon.cuts.contains(keyed.hashes[next]) {
            to = next
        }
        return (from, to)
    }

    // MARK: - Periods

    /// Whether token `t` belongs to a period phrase found by ``periodPhrases()``.
    func isPeriodToken(_ t: Int) -> Bool {
        inPeriod[t]
    }

    /// Relative period phrases and "سال NNNN" that no date mention covers, with their range when
    /// it is a plain Gregorian year.
    func findPeriodPhrases() -> [(first: Int, last: Int, range: DayRange?)] {
        var result: [(first: Int, last: Int, range: DayRange?)] = []
        // The lexicon's tables read once, not at every token (each read of a static checks that
        // it is initialised).
        let yearWords = FigureLexicon.yearWords
        var i = 0
        while i < keyed.count {
            if dateOfToken[i] >= 0 { i += 1; continue }
            if keyed.mayStart(i, FilterBit.periods), let match = FigureLexicon.periods.longestMatch(at: i, in: keyed, rules: rules),
               (i...match.last).allSatisfy({ dateOfToken[$0] < 0 }) {
                var first = i
                // "9 ماهه امسال", "۹ ماه نخست": the number of months belongs to the period.
                if first > 0, keyed.tokens[first - 1].kind == .number, !keyed.breakBefore[first] { first -= 1 }
                result.append((first, match.last, nil))
                i = match.last + 1
                continue
            }
            if yearWords.contains(keyed.hashes[i]), i + 1 < keyed.count, isYear(i + 1), dateOfToken[i + 1] < 0,
               let year = numberValue(i + 1) {
                var last = i + 1
                var gregorian = (1900...2100).contains(year)
                if last + 1 < keyed.count {
                    if keyed.hashes[last + 1] == FigureLexicon.gregorianMarker { last += 1; gregorian = true }
                    else if FigureLexicon.solarMarkers.contains(keyed.hashes[last + 1]) { last += 1; gregorian = false }
                }
                // "۹ ماه نخست سال ۲۰۲۵": the months before the year belong to the period.
                var first = i
                var lastMonth = 12
                if i >= 3, keyed.tokens[i - 3].kind == .number, FigureLexicon.monthWords.contains(keyed.hashes[i - 2]),
                   FigureLexicon.firstWords.contains(keyed.hashes[i - 1]), let months = numberValue(i - 3) {
                    first = i - 3
                    if (1...12).contains(months) { lastMonth = Int(months) } else { gregorian = false }
                }
                let y = Int(year)
                let range = gregorian ? CivilDate(year: y, month: 1, day: 1).flatMap { start in
                    CivilDate(year: y, month: lastMonth, day: CivilDate.daysInMonth(year: y, month: lastMonth))
                        .map { DayRange(start: start, end: $0) }
                } : nil
                result.append((first, last, range))
                i = last + 1
                continue
            }
            i += 1
        }
        return result
    }

    func attachPeriods(_ found: inout [Found]) {
        // Candidate periods: date mentions (by their token extent) and the phrases found here.
        var candidates: [(first: Int, last: Int, period: FigurePeriod)] = []
        var t = 0
        while t < keyed.count {
            let d = dateOfToken[t]
            guard d >= 0 else { t += 1; continue }
            var last = t
            while last + 1 < keyed.count, dateOfToken[last + 1] == d { last += 1 }
            let mention = dates[d]
            candidates.append((t, last, FigurePeriod(text: mention.text, span: mention.span, range: mention.range)))
            t = last + 1
        }
        for phrase in periodPhrases {
            let span = keyed.originalSpan(first: phrase.first, last: phrase.last)
            candidates.append((phrase.first, phrase.last, FigurePeriod(text: text.slice(span), span: span, range: phrase.range)))
        }
        guard !candidates.isEmpty else { return }
        var attached: [Int: (distance: Int, period: FigurePeriod)] = [:]
        for candidate in candidates {
            let sentence = keyed.sentenceStart(candidate.first)
            let sentenceLast = keyed.sentenceEnd(candidate.last)
            // The first figure of the sentence after the candidate and the last one before it,
            // found in one pass rather than through lists of indices.
            var firstAfter: Int?
            var lastBefore: Int?
            for i in found.indices where found[i].first >= sentence && found[i].last <= sentenceLast {
                if firstAfter == nil, found[i].first > candidate.last { firstAfter = i }
                if found[i].last < candidate.first { lastBefore = i }
            }
            var target: Int?
            if language == .persian, let next = firstAfter {
                target = next
            } else {
                let nextDistance = firstAfter.map { found[$0].first - candidate.last } ?? Int.max
                let previousDistance = lastBefore.map { candidate.first - found[$0].last } ?? Int.max
                target = previousDistance <= nextDistance ? lastBefore : firstAfter
            }
            guard let target else { continue }
            let distance = candidate.first > found[target].last ? candidate.first - found[target].last : found[target].first - candidate.last
            if let existing = attached[target], existing.distance <= distance { continue }
            attached[target] = (distance, candidate.period)
        }
        for index in found.indices {
            if let period = attached[index]?.period {
                found[index].period = period
                continue
            }
            // No date of its own: the nearest date of its sentence.
            let sentence = keyed.sentenceStart(found[index].first)
            let sentenceLast = keyed.sentenceEnd(found[index].last)
            // The first of the nearest, as `min(by:)` gives it.
            var nearest: Int?
            for c in candidates.indices where candidates[c].first >= sentence && candidates[c].last <= sentenceLast {
                if let best = nearest,
                   abs(candidates[c].first - found[index].first) >= abs(candidates[best].first - found[index].first) { continue }
                nearest = c
            }
            found[index].period = nearest.map { candidates[$0].period }
        }
    }
}
