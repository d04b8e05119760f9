import Foundation
import KhabarCore
import KhabarText

/// A unit of time in a relative expression.
enum TimeUnit: UInt8, Sendable {
    case day, week, month, year, season, decade
    /// Hours: only in counted windows ("24 ساعت گذشته", "الساعات الـ24 الماضية").
    case hour
}

/// A holiday with a fixed day in its calendar (نوروز, عيد الفطر), and how many days it lasts.
struct Holiday: Sendable, Equatable {
    var calendar: CalendarSystem
    var month: Int8
    var day: Int8
    /// 1 for a day; more for a named period (دهه فجر: 11 days, ایام نوروز: 13 days).
    var length: Int8
    /// A name that is also a common word or a historical event (عاشورا, اربعین, نوروز): a date
    /// only with a year, after a preposition, or after a lead word (روز, ایام, يوم).
    var weak: Bool
}

/// The part of a period an expression narrows to.
enum PeriodPart: UInt8, Sendable {
    case early, mid, late, begin, end
    /// The first or last seven days of a month (هفته اول ماه, الأسبوع الأخير من مارس).
    case firstWeek, lastWeek
    /// The first or second half of a month (days 1–15, 16–end: نیمه اول اردیبهشت, النصف الثاني من
    /// مارس) or of a year (months 1–6, 7–12).
    case firstHalf, secondHalf
}

/// A calendar marker written after a year.
enum CalendarMarker: UInt8, Sendable {
    case gregorian, persian, islamic
    /// هجری / هـ: lunar in Arabic text, solar in Persian text.
    case hijri
}

/// A word that links two dates or opens a range.
enum Connector: UInt8, Sendable {
    case to, and, from, between, since, now
    /// "As of" (اعتبارا من, بدءا من): opens a range like `since`, whose start may lie ahead.
    case asOf
}

/// A verb form's tense, for clause tense.
enum TenseCue: UInt8, Sendable {
    case past, future
}

/// Everything the date lexicon says about one word or phrase. A word can play several roles
/// (اول is a day ordinal and "first"; قبل is "ago" and "previous"); the grammar picks by position.
struct WordInfo: Sendable {
    var month: (calendar: CalendarSystem, number: Int8, weak: Bool)?
    var weekday: Int8 = 0
    var marker: CalendarMarker?
    var deictic: Int8?
    var yearDeictic: Int8?
    var unit: TimeUnit?
    var unitPlural = false
    var unitDual = false
    var unitPeriod = false
    /// شبانه‌روز (a day and a night): an hour unit counted as 24 hours, read only in a window.
    var dayAndNight = false
    var modifier: Int8?
    var modifierRecent = false
    var modifierDual = false
    var isThis = false
    var ago = false
    var agoBefore = false
    var ordinal: Int8 = 0
    var ordinalIsDay = false
    var cardinal: Int16 = 0
    /// A Persian hundreds or thousands word (سیصد = 300, هزار = 1000), read only inside a year
    /// written in words after سال (سال هزار و سیصد و هشتاد); not a date word on its own.
    var largeNumber: Int16 = 0
    var part: PeriodPart?
    var half = false
    var quarter = false
    var lastOf = false
    var season: Int8 = 0
    var decade: Int16 = 0
    var century = false
    var centuryName: Int8 = 0
    var connector: Connector?
    var preposition = false
    var blocker = false
    var yearSuffix = false
    var ordinalSuffix = false
    var tense: TenseCue?
    /// An Arabic present listed as an announcement (يعقد, تنظم): future, but a past in progress
    /// right after كان (كانت تنظم), as an unlisted present is.
    var presentVerb = false
    var event = false
    var approximate = false
    var holiday: Holiday?
    /// A word that makes a following weak month or holiday name a period (ایام محرم, شب‌های قدر).
    var lead = false
    /// A noun after which a number is a year (فتنه 88, بودجه 1400, انتخابات 92).
    var yearNoun = false
    /// A word after a number that makes it a quantity, not a year (هزار, میلیون, درصد, دولار).
    var quantity = false
    /// "half" after a count and "and" (دو سال و نیم, عامين ونصف).
    var halfCount = false
    /// "the same month" (نفس الشهر, الشهر نفسه, همان ماه).
    var sameMonth = false
    /// A part of a day (صباح, مساء, منتصف ليل, عصر), skipped between "since" and a weekday.
    var dayPart = false
    /// An Arabic noun after which العام means "general" (المدعي العام, الأمين العام).
    var generalNoun = false
    /// "The new year" (سال جدید, سال نو, العام الجديد): the coming year, or the current one in its
    /// first two months.
    var newYear = false
    /// "Such a day" (چنین روزی, مثل هذا اليوم: 1, the reference's day) or "the same day" (نفس
    /// اليوم: 2, the last day written before it), in another year; 0 otherwise.
    var sameDay: Int8 = 0
    /// A time-zone word after which a weekday is the UTC day (بتوقيت غرينتش, GMT, به وقت گرینویچ).
    var utc = false

    /// Whether the word can start or continue a date expression at all.
    var isDateWord: Bool {
        month != nil || weekday != 0 || deictic != nil || yearDeictic != nil || unit != nil
            || ordinal != 0 || cardinal != 0 || part != nil || half || quarter || season != 0
            || decade != 0 || connector != nil || preposition || isThis || modifier != nil || agoBefore
            || holiday != nil || lastOf || newYear || sameDay != 0
    }
}

/// The language tables the lexicon is split into (Arabic-script words differ between Persian and
/// Arabic: آب is water in one and August in the other).
enum LexiconLanguage: Int, CaseIterable {
    case persian, arabic, english, russian, other

    init(_ language: Language) {
        switch language {
        case .persian: self = .persian
        case .arabic: self = .arabic
        case .english: self = .english
        case .russian: self = .russian
        default: self = .other
        }
    }

    /// Whether a lexicon line for the language `code` goes into this table (decided without
    /// making a set of codes for every spelling at start-up).
    func takes(_ code: String) -> Bool {
        switch self {
        case .persian: code == "fa"
        case .arabic: code == "ar"
        case .english: code == "en"
        case .russian: code == "ru"
        case .other: code == "fa" || code == "ar" || code == "en" || code == "ru"
        }
    }
}

/// A multi-token entry: the keys of its tokens after the first.
struct LexiconPhrase: Sendable {
    var rest: [UInt64]
    var info: Int32
}

/// What one token key starts: the info of its one-token entry (or −1) and the phrases that start
/// with it (longest first).
struct LexiconEntry: Sendable {
    var single: Int32
    var phrases: [LexiconPhrase]
}

/// An open-addressing hash table from token keys to entry indices. The keys are FNV-1a hashes
/// already, so their low bits index the slots directly (linear probing, load ≤ 1/2): one probe
/// on average, where a `Dictionary` would hash the key again with SipHash.
struct KeyIndex: Sendable {
    private var keys: [UInt64] = []
    private var values: [Int32] = []
    private var mask = 0

    init() {}

    init(_ pairs: [(UInt64, Int32)]) {
        var capacity = 16
        while capacity < 2 * pairs.count { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for (key, value) in pairs {
            var slot = KeyIndex.slot(key) & mask
            while values[slot] >= 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    @inline(__always)
    static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 32))
    }

    /// The value stored for `key`, or `nil`.
    @inline(__always)
    func value(_ key: UInt64) -> Int32? {
        guard mask > 0 else { return nil }
        var slot = KeyIndex.slot(key) & mask
        while true {
            let value = values[slot]
            if value < 0 { return nil }
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
    }
}

/// One language's lookup table: token key → info of the one-token entry and the phrases that
/// start with the token (longest first).
struct LexiconTable: Sendable {
    var single: [UInt64: Int32] = [:]
    var phrases: [UInt64: [LexiconPhrase]] = [:]
    /// `single` and `phrases` merged for lookup, built once the table is complete (``index()``).
    private(set) var entries: [LexiconEntry] = []
    private(set) var keyIndex = KeyIndex()

    /// Builds the merged lookup structures from `single` and `phrases`.
    mutating func index() {
        var pairs: [(UInt64, Int32)] = []
        entries = []
        for key in Set(single.keys).union(phrases.keys).sorted() {
            pairs.append((key, Int32(entries.count)))
            entries.append(LexiconEntry(single: single[key] ?? -1, phrases: phrases[key] ?? []))
        }
        keyIndex = KeyIndex(pairs)
    }

    /// The entry of a token key, if the table has one.
    @inline(__always)
    func entry(_ key: UInt64) -> LexiconEntry? {
        guard let index = keyIndex.value(key) else { return nil }
        return entries[Int(index)]
    }
    /// A 65,536-bit filter over the keys of both maps: most words of a text are not date words,
    /// and one bit test rejects nearly all of them (about 5% pass by chance) without a
    /// dictionary lookup.
    var filter = [UInt64](repeating: 0, count: 1024)

    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: (key >> 24) & 65535)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    mutating func noteKey(_ key: UInt64) {
        let bit = Int(truncatingIfNeeded: (key >> 24) & 65535)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
}

/// The date vocabulary, read once from the bundled TSV files.
struct DateLexicon: Sendable {
    var infos: [WordInfo] = []
    /// For each info, whether it can take part in a date expression (precomputed for the scan).
    private(set) var dateWords: [Bool] = []
    /// For each info, whether it can start a day counted in a period (an ordinal, "last", a day
    /// unit: نخستین روز, روز نخست, أول أيام), precomputed so the grammar tries that pattern only there.
    private(set) var dayCountStarts: [Bool] = []
    var tables: [LexiconTable] = Array(repeating: LexiconTable(), count: LexiconLanguage.allCases.count)

    /// The bundled lexicon (`cldr-names.tsv`, `date-words.tsv`, `tense-cues.tsv`).
    static let bundled: DateLexicon = {
        var lexicon = DateLexicon()
        for name in DateLexicon.resourceNames {
            if let content = DateLexicon.resource(name) { lexicon.add(content) }
        }
        if let content = DateLexicon.resource("commemorations") { lexicon.addCommemorations(content) }
        lexicon.dateWords = lexicon.infos.map(\.isDateWord)
        lexicon.dayCountStarts = lexicon.infos.map { $0.lastOf || $0.ordinal > 0 || $0.unit == .day }
        for k in lexicon.tables.indices { lexicon.tables[k].index() }
        return lexicon
    }()

    /// Commemorations: (key of the event word, day, month) → the year, in the event's calendar
    /// (Solar Hijri for کودتای ۲۸ مرداد, Gregorian for هجمات 11 سبتمبر).
    var commemorations: [UInt64: [(day: Int, month: Int, year: Int, calendar: CalendarSystem)]] = [:]

    /// The resource files the lexicon reads.
    static let resourceNames = ["cldr-names", "date-words", "tense-cues"]

    /// The content of a bundled TSV resource.
    static func resource(_ name: String) -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources")
                ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/\(name).tsv") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// One parsed line of a TSV file.
    struct Line {
        var kind: String
        var value: String
        var languages: [String]
        var text: String
        var flags: Set<String>
    }

    /// Parses TSV content; malformed lines are returned in `errors` (tests assert there are none).
    static func parse(_ content: String) -> (lines: [Line], errors: [String]) {
        var lines: [Line] = []
        var errors: [String] = []
        for raw in content.split(whereSeparator: \.isNewline) {
            if raw.hasPrefix("#") || raw.allSatisfy(\.isWhitespace) { continue }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, !fields[3].isEmpty else {
                errors.append(String(raw))
                continue
            }
            let flags = fields.count > 4 ? Set(fields[4].split(separator: ",").map(String.init)) : []
            lines.append(Line(
                kind: fields[0], value: fields[1], languages: fields[2].split(separator: ",").map(String.init),
                text: fields[3], flags: flags))
        }
        return (lines, errors)
    }

    /// The information one line contributes, or `nil` for an unknown kind or value.
    static func info(for line: Line) -> WordInfo? {
        var info = WordInfo()
        let int = Int(line.value)
        switch line.kind {
        case "month":
            let parts = line.value.split(separator: ":")
            guard parts.count == 2, let calendar = CalendarSystem(rawValue: String(parts[0])),
                  let number = Int8(parts[1]), (1...12).contains(number) else { return nil }
            info.month = (calendar, number, line.flags.contains("weak"))
        case "weekday":
            guard let int, (1...7).contains(int) else { return nil }
            info.weekday = Int8(int)
        case "marker":
            switch line.value {
            case "gregorian": info.marker = .gregorian
            case "persian": info.marker = .persian
            case "islamic": info.marker = .islamic
            case "hijri": info.marker = .hijri
            default: return nil
            }
        case "deictic":
            guard let int else { return nil }
            info.deictic = Int8(int)
        case "yeardeictic":
            guard let int else { return nil }
            info.yearDeictic = Int8(int)
        case "unit":
            switch line.value {
            case "day": info.unit = .day
            case "week": info.unit = .week
            case "month": info.unit = .month
            case "year": info.unit = .year
            case "season": info.unit = .season
            case "decade": info.unit = .decade
            case "hour": info.unit = .hour
            default: return nil
            }
            info.unitPlural = line.flags.contains("plural")
            info.unitDual = line.flags.contains("dual")
            info.unitPeriod = line.flags.contains("period")
            info.dayAndNight = line.flags.contains("daynight")
        case "modifier":
            guard let int, (-1...1).contains(int) else { return nil }
            info.modifier = Int8(int)
            info.modifierRecent = line.flags.contains("recent")
            info.modifierDual = line.flags.contains("dual")
        case "this": info.isThis = true
        case "ago": info.ago = true
        case "agopre": info.agoBefore = true
        case "ordinal":
            guard let int, (1...31).contains(int) else { return nil }
            info.ordinal = Int8(int)
            info.ordinalIsDay = line.flags.contains("day")
        case "cardinal":
            guard let int, int > 0 else { return nil }
            info.cardinal = Int16(int)
        case "largenumber":
            guard let int, int == 1000 || (int >= 100 && int <= 900 && int % 100 == 0) else { return nil }
            info.largeNumber = Int16(int)
        case "part":
            switch line.value {
            case "early": info.part = .early
            case "mid": info.part = .mid
            case "late": info.part = .late
            case "begin": info.part = .begin
            case "end": info.part = .end
            default: return nil
            }
        case "half": info.half = true
        case "quarter": info.quarter = true
        case "lastn": info.lastOf = true
        case "season":
            guard let int, (1...4).contains(int) else { return nil }
            info.season = Int8(int)
        case "decade":
            guard let int, int % 10 == 0 else { return nil }
            info.decade = Int16(int)
        case "century": info.century = true
        case "centuryname":
            guard let int else { return nil }
            info.centuryName = Int8(int)
        case "connector":
            switch line.value {
            case "to": info.connector = .to
            case "and": info.connector = .and
            case "from": info.connector = .from
            case "between": info.connector = .between
            case "since": info.connector = .since
            case "asof": info.connector = .asOf
            case "now": info.connector = .now
            default: return nil
            }
        case "prep": info.preposition = true
        case "blocker": info.blocker = true
        case "yearsuffix": info.yearSuffix = true
        case "ordsuffix": info.ordinalSuffix = true
        case "future": info.tense = .future
        case "past", "paststem": info.tense = .past
        case "event": info.event = true
        case "approx": info.approximate = true
        case "holiday":
            let parts = line.value.split(separator: ":")
            guard parts.count == 3 || parts.count == 4, let calendar = CalendarSystem(rawValue: String(parts[0])),
                  let month = Int8(parts[1]), (1...12).contains(month), let day = Int8(parts[2]), (1...30).contains(day)
            else { return nil }
            let length = parts.count == 4 ? Int8(parts[3]) ?? 0 : 1
            guard length >= 1, Int(day) + Int(length) - 1 <= 30 else { return nil }
            info.holiday = Holiday(calendar: calendar, month: month, day: day, length: length, weak: line.flags.contains("weak"))
        case "lead": info.lead = true
        case "yearnoun": info.yearNoun = true
        case "quantity": info.quantity = true
        case "halfcount": info.halfCount = true
        case "samemonth": info.sameMonth = true
        case "daypart": info.dayPart = true
        case "generalnoun": info.generalNoun = true
        case "imperfect":
            info.tense = .future
            info.presentVerb = true
        case "newyear": info.newYear = true
        case "sameday":
            guard let int, int == 1 || int == 2 else { return nil }
            info.sameDay = Int8(int)
        case "utc": info.utc = true
        default: return nil
        }
        return info
    }

    /// Merges the roles of `other` into `info` (a role already set is kept).
    static func merge(_ info: inout WordInfo, _ other: WordInfo) {
        if info.month == nil { info.month = other.month }
        if info.weekday == 0 { info.weekday = other.weekday }
        if info.marker == nil { info.marker = other.marker }
        if info.deictic == nil { info.deictic = other.deictic }
        if info.yearDeictic == nil { info.yearDeictic = other.yearDeictic }
        if info.unit == nil {
            info.unit = other.unit
            info.unitPlural = other.unitPlural
            info.unitDual = other.unitDual
            info.unitPeriod = other.unitPeriod
        }
        if info.modifier == nil {
            info.modifier = other.modifier
            info.modifierRecent = other.modifierRecent
            info.modifierDual = other.modifierDual
        }
        info.isThis = info.isThis || other.isThis
        info.ago = info.ago || other.ago
        info.agoBefore = info.agoBefore || other.agoBefore
        if info.ordinal == 0 {
            info.ordinal = other.ordinal
            info.ordinalIsDay = other.ordinalIsDay
        }
        if info.cardinal == 0 { info.cardinal = other.cardinal }
        if info.largeNumber == 0 { info.largeNumber = other.largeNumber }
        if info.part == nil { info.part = other.part }
        info.half = info.half || other.half
        info.quarter = info.quarter || other.quarter
        info.lastOf = info.lastOf || other.lastOf
        if info.season == 0 { info.season = other.season }
        if info.decade == 0 { info.decade = other.decade }
        info.century = info.century || other.century
        if info.centuryName == 0 { info.centuryName = other.centuryName }
        if info.connector == nil { info.connector = other.connector }
        info.preposition = info.preposition || other.preposition
        info.blocker = info.blocker || other.blocker
        info.yearSuffix = info.yearSuffix || other.yearSuffix
        info.ordinalSuffix = info.ordinalSuffix || other.ordinalSuffix
        if info.tense == nil { info.tense = other.tense }
        info.event = info.event || other.event
        info.approximate = info.approximate || other.approximate
        if info.holiday == nil { info.holiday = other.holiday }
        info.lead = info.lead || other.lead
        info.yearNoun = info.yearNoun || other.yearNoun
        info.quantity = info.quantity || other.quantity
        info.halfCount = info.halfCount || other.halfCount
        info.sameMonth = info.sameMonth || other.sameMonth
        info.dayPart = info.dayPart || other.dayPart
        info.generalNoun = info.generalNoun || other.generalNoun
        info.newYear = info.newYear || other.newYear
        if info.sameDay == 0 { info.sameDay = other.sameDay }
        info.utc = info.utc || other.utc
    }

    /// The spellings one line stands for: the text itself, its fused form (a phrase written as one
    /// word, as text that lost its ZWNJs or spaces has it), a Persian month name followed by ماه
    /// (مهرماه), and the inflected forms of a Persian past stem.
    static func spellings(of line: Line) -> [(text: String, info: WordInfo)] {
        guard let base = info(for: line) else { return [] }
        var result: [(String, WordInfo)] = [(line.text, base)]
        let words = line.text.split(separator: " ")
        if words.count > 1, !line.text.contains(".") {
            result.append((words.joined(), base))
        }
        if line.kind == "month", line.languages.contains("fa"), base.month?.calendar != .islamic {
            var fused = base
            fused.month?.weak = false
            result.append((words.joined() + "ماه", fused))
            result.append((words.joined() + "\u{200C}ماه", fused))
        }
        if line.kind == "imperfect", let first = line.text.unicodeScalars.first, first == "ي" {
            // يستقبل → تستقبل, يستقبلان, تستقبلان, يستقبلون, and the future سيستقبل, ستستقبل.
            let stem = String(line.text.unicodeScalars.dropFirst())
            var future = base
            future.presentVerb = false
            for form in ["ي" + stem, "ت" + stem, "ي" + stem + "ان", "ت" + stem + "ان", "ي" + stem + "ون",
                         "سي" + stem, "ست" + stem, "سي" + stem + "ان", "سي" + stem + "ون"] where form != line.text {
                result.append((form, form.hasPrefix("س") ? future : base))
            }
        }
        if line.kind == "paststem" {
            let endings = ["م", "ی", "یم", "ید", "ند", "ه", "هاند"]
            for prefix in ["", "ن", "می", "نمی"] {
                result.append((prefix + line.text, base))
                for ending in endings { result.append((prefix + line.text + ending, base)) }
            }
        }
        return result
    }

    /// The token keys of a text, folded as article text is.
    static func keys(of text: String) -> [UInt64] {
        let folded = FoldedText(text)
        return DateKey.tokens(folded.scalars).map(\.key)
    }

    /// Adds the lines of `commemorations.tsv`.
    mutating func addCommemorations(_ content: String) {
        for raw in content.split(whereSeparator: \.isNewline) where !raw.hasPrefix("#") {
            let fields = raw.split(separator: "\t").map(String.init)
            guard fields.count == 4 || fields.count == 5, let day = Int(fields[1]), let month = Int(fields[2]),
                  let year = Int(fields[3]), let key = DateLexicon.keys(of: fields[0]).first else { continue }
            let calendar = fields.count == 5 ? CalendarSystem(rawValue: fields[4]) : .persian
            guard let calendar else { continue }
            commemorations[key, default: []].append((day, month, year, calendar))
        }
    }

    /// Adds the lines of one TSV file.
    mutating func add(_ content: String) {
        for line in DateLexicon.parse(content).lines {
            for (text, info) in DateLexicon.spellings(of: line) {
                let keys = DateLexicon.keys(of: text)
                guard let first = keys.first else { continue }
                let isLatinOrCyrillic = text.unicodeScalars.allSatisfy { $0.value < 0x0600 }
                for language in LexiconLanguage.allCases
                where isLatinOrCyrillic || line.languages.contains(where: language.takes) {
                    insert(keys: keys, first: first, info: info, into: language.rawValue)
                }
            }
        }
    }

    private mutating func insert(keys: [UInt64], first: UInt64, info: WordInfo, into table: Int) {
        tables[table].noteKey(first)
        if keys.count == 1 {
            if let index = tables[table].single[first] {
                DateLexicon.merge(&infos[Int(index)], info)
            } else {
                tables[table].single[first] = Int32(infos.count)
                infos.append(info)
            }
            return
        }
        let rest = Array(keys.dropFirst())
        var list = tables[table].phrases[first] ?? []
        if let existing = list.firstIndex(where: { $0.rest == rest }) {
            DateLexicon.merge(&infos[Int(list[existing].info)], info)
        } else {
            list.append(LexiconPhrase(rest: rest, info: Int32(infos.count)))
            infos.append(info)
            list.sort { $0.rest.count > $1.rest.count }
        }
        tables[table].phrases[first] = list
    }
}
