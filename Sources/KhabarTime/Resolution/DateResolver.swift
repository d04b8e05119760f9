import KhabarCore

/// A resolved date expression: its days, granularity and calendar.
struct ResolvedDate: Sendable, Equatable {
    var range: DayRange
    var granularity: DateGranularity
    var calendar: CalendarSystem?
    var isRelative: Bool
}

/// Resolves parsed date expressions to days, given the calendar frame of each sentence, the
/// clause tense, the reference date, and the text's own absolute dates.
///
/// Frames: relative years and months (سال گذشته, امسال, ماه آینده, العام الماضي) are counted in the
/// frame calendar of their sentence — Solar Hijri in Persian text unless the sentence is
/// Gregorian (it has میلادی, a Gregorian year or a Gregorian month name), Gregorian in Arabic text
/// unless the sentence has هـ/هجري or a Hijri month, Gregorian in English and Russian; a sentence
/// without a cue of its own takes the document's frame (``documentFrame(text:parsed:cue:reference:)``:
/// a Persian wire story whose dates are all Gregorian counts its years in Gregorian).
///
/// Partial dates (۱۲ دسامبر, ۲۸ دی ماه, ديسمبر الماضي) take their year from an explicit date of the
/// same calendar in the same sentence (۲۸ مرداد ۱۳۳۲ … ۳۰ مرداد; a bare year such as سال ۲۰۱۷ does
/// not count); else from the reference: a weekday written with it picks the year it falls on;
/// a day within 60 days of the reference is that occurrence; otherwise the latest occurrence on
/// or before it in a past-tense clause, the first on or after it in an announcement, the nearest
/// when the tense is unknown (in Arabic, the last one that started unless the next starts within
/// ``pastBiasWindow`` days); else from the nearest absolute date written in the text (003's آبان
/// ranges from its ۲۰ مهر ۱۴۰۳). A weekday is the most recent such day on or before the reference,
/// or in a future clause the next one on or after it; a local weekday glossed with its UTC one
/// (فجر الأحد … 22:00 بتوقيت غرينتش السبت) is the day next to the UTC weekday.
struct DateResolver {
    let text: DateText
    let parsed: [ParsedDate]
    let reference: CivilDate?
    /// Sentences with a Gregorian cue (Persian text) or a Hijri cue (Arabic text).
    private var cued: Set<Int32> = []
    /// The frame of the sentences without a cue: the language's calendar (Solar Hijri in Persian,
    /// Gregorian in Arabic), or the cue calendar when the document's explicit dates are all of it
    /// (a Persian wire story whose dates are all Gregorian, an Arabic text dated only in Hijri years).
    private var documentFrame: CalendarSystem?
    /// Absolute day dates written in the text: (unit index, day).
    private var anchors: [(Int, CivilDate)] = []

    init(text: DateText, parsed: [ParsedDate], reference: CivilDate?) {
        self.text = text
        self.parsed = parsed
        self.reference = reference
        let cue: CalendarSystem? = switch text.language {
        case .persian: .gregorian
        case .arabic: .islamic
        default: nil
        }
        if let cue {
            for i in 0..<text.count {
                if let marker = text.info(i)?.marker {
                    let calendar: CalendarSystem = switch marker {
                    case .gregorian: .gregorian
                    case .persian: .persian
                    case .islamic: .islamic
                    case .hijri: text.language == .persian ? .persian : .islamic
                    }
                    if calendar == cue { cued.insert(text.sentence[i]) }
                }
            }
            for p in parsed where DateResolver.calendars(of: p.expression).contains(cue) {
                cued.insert(text.sentence[p.units.lowerBound])
            }
            documentFrame = DateResolver.documentFrame(text: text, parsed: parsed, cue: cue, reference: reference)
        }
        for p in parsed {
            if case .point(let point) = p.expression, point.day > 0, case .value(let year) = point.year,
               let calendar = point.calendar,
               let day = CalendarDay(calendar: calendar, year: year, month: point.month, day: point.day) {
                anchors.append((p.units.lowerBound, day.civilDate))
            }
        }
    }

    /// The calendars an expression names explicitly.
    static func calendars(of expression: DateExpression) -> [CalendarSystem] {
        switch expression {
        case .point(let p): p.calendar.map { [$0] } ?? []
        case .span(let a, let b): [a.calendar, b.calendar].compactMap { $0 }
        case .since(let e, _), .part(_, let e), .nthDay(_, _, let e): calendars(of: e)
        case .between(let a, let b): calendars(of: a) + calendars(of: b)
        case .offset(let e, _, _), .nthWeekday(_, _, let e): calendars(of: e)
        case .relativeUnit(_, _, let c), .months(_, _, _, let c), .season(_, _, let c), .newYear(let c), .sameDay(_, let c, _):
            c.map { [$0] } ?? []
        case .decade(_, let c): [c]
        default: []
        }
    }

    /// The frame calendar of a sentence.
    func frame(_ sentence: Int32) -> CalendarSystem {
        switch text.language {
        case .persian: cued.contains(sentence) ? .gregorian : documentFrame ?? .persian
        case .arabic: cued.contains(sentence) ? .islamic : documentFrame ?? .gregorian
        default: .gregorian
        }
    }

    /// The cue calendar when a document's explicit dates are all of it, else `nil`. Evidence for the
    /// cue: in Persian text a Gregorian month (۱۵ ژانویه ۲۰۲۵, ژوئن) or سال گذشته میلادی; in Arabic
    /// text a Hijri year (5 محرم 1440 هـ) or العام الماضي الهجري. Evidence against it: in Persian
    /// text any Solar Hijri month or year (۲۸ دی, سال ۱۴۰۳, ۸۷, نوروز); in Arabic text a Gregorian
    /// month or year. A bare Gregorian year in Persian text is no
    /// evidence either way (سال ۲۰۱۸ in a domestic story). A cue date with a year counts only near
    /// the reference (within a year of it): a historical date (سنة 911 للهجرة, ۱۵ ژانویه ۱۹۸۰) does
    /// not say how the document counts its own years.
    static func documentFrame(text: DateText, parsed: [ParsedDate], cue: CalendarSystem, reference: CivilDate?) -> CalendarSystem? {
        let base: CalendarSystem = cue == .gregorian ? .persian : .gregorian
        var forCue = false
        var forBase = false
        func near(_ year: Int, _ calendar: CalendarSystem) -> Bool {
            guard let reference else { return true }
            return abs(calendar.year(of: reference) - year) <= 1
        }
        func note(_ point: DatePoint) {
            guard let calendar = point.calendar else { return }
            var hasYear = false
            var isNear = true
            if case .value(let year) = point.year {
                hasYear = true
                isNear = near(year, calendar)
            }
            if calendar == cue {
                if (cue == .gregorian ? point.month > 0 : hasYear), isNear { forCue = true }
            } else if calendar == base, point.month > 0 || hasYear {
                forBase = true
            }
        }
        func walk(_ expression: DateExpression) {
            switch expression {
            case .point(let p): note(p)
            case .span(let a, let b): note(a); note(b)
            case .since(let e, _), .part(_, let e), .offset(let e, _, _), .nthWeekday(_, _, let e), .nthDay(_, _, let e): walk(e)
            case .between(let a, let b): walk(a); walk(b)
            case .months(_, _, let year, let c), .season(_, let year, let c), .sameDay(let year, let c, _):
                if let c, case .value(let y) = year {
                    if c == cue, near(y, c) { forCue = true } else if c == base { forBase = true }
                }
            case .decade(_, let c): if c == base { forBase = true }
            case .relativeUnit(_, _, let c?): if c == cue { forCue = true } else if c == base { forBase = true }
            default: break
            }
        }
        for p in parsed { walk(p.expression) }
        return forCue && !forBase ? cue : nil
    }

    func resolve(_ index: Int) -> ResolvedDate? {
        let p = parsed[index]
        let context = Context(index: index, units: p.units, sentence: text.sentence[p.units.lowerBound])
        return resolve(p.expression, context)
    }

    struct Context {
        var index: Int
        var units: Range<Int>
        var sentence: Int32
        /// Inside a range whose start the words put behind the reference (−1: منذ, since, از …
        /// تاکنون: a date without its year or a weekday is the latest on or before the reference) or
        /// ahead of it (+1: اعتبارا من: a month or day without its year and a tense cue is the next).
        var direction = 0
    }

    func resolve(_ expression: DateExpression, _ c: Context) -> ResolvedDate? {
        switch expression {
        case .point(let point):
            return resolve(point, c)
        case .span(let a, let b):
            guard let second = resolve(b, c) else { return nil }
            var first = a
            if first.year == .none || first.calendar == nil, let calendar = second.calendar {
                let secondDay = CalendarDay(second.range.start, in: calendar)
                if first.calendar == nil { first.calendar = calendar }
                if first.year == .none {
                    var year = secondDay.year
                    if first.month > 0, b.month > 0, first.month > b.month { year -= 1 }
                    first.year = .value(year)
                }
            }
            guard let start = resolve(first, c), let end = second.range.end, start.range.start <= end else { return nil }
            return ResolvedDate(
                range: DayRange(start: start.range.start, end: end),
                granularity: min(start.granularity, second.granularity),
                calendar: second.calendar ?? start.calendar,
                isRelative: start.isRelative || second.isRelative)
        case .since(let inner, let direction):
            var context = c
            context.direction = direction
            guard var resolved = resolve(inner, context) else { return nil }
            resolved.range.end = nil
            return resolved
        case .deictic(let offset):
            guard let reference else { return nil }
            return ResolvedDate(range: DayRange(day: reference.adding(days: offset)), granularity: .day, calendar: nil, isRelative: true)
        case .weekday(let weekday, let direction):
            guard let reference else { return nil }
            if direction == nil, let day = utcShifted(weekday, c) {
                return ResolvedDate(range: DayRange(day: day), granularity: .day, calendar: nil, isRelative: true)
            }
            let day = resolveWeekday(weekday, direction: direction, reference: reference, c)
            return ResolvedDate(range: DayRange(day: day), granularity: .day, calendar: nil, isRelative: true)
        case .weekdayOfWeek(let weekday, let weeks):
            guard let reference else { return nil }
            let week = weekStart(reference).adding(days: 7 * weeks)
            let offset = (weekday - text.language.firstWeekday + 7) % 7
            return ResolvedDate(range: DayRange(day: week.adding(days: offset)), granularity: .day, calendar: nil, isRelative: true)
        case .relativeUnit(let unit, let offset, let forced):
            guard let reference else { return nil }
            let calendar = forced ?? frame(c.sentence)
            switch unit {
            case .week:
                let start = weekStart(reference).adding(days: 7 * offset)
                return ResolvedDate(range: DayRange(start: start, end: start.adding(days: 6)), granularity: .week, calendar: nil, isRelative: true)
            case .month:
                let day = CalendarDay(reference, in: calendar)
                let (y, m) = DateResolver.normalized(day.year, day.month + offset)
                return ResolvedDate(range: calendar.monthRange(year: y, month: m), granularity: .month, calendar: calendar, isRelative: true)
            case .year:
                let year = calendar.year(of: reference) + offset
                return ResolvedDate(range: calendar.yearRange(year), granularity: .year, calendar: calendar, isRelative: true)
            default:
                return nil
            }
        case .window(let unit, let count):
            guard let reference else { return nil }
            if unit == .hour {
                // The days the hours touch: the past 24 hours are yesterday and today.
                let days = max(1, (count + 23) / 24)
                return ResolvedDate(
                    range: DayRange(start: reference.adding(days: -days), end: reference), granularity: .day, calendar: nil,
                    isRelative: true)
            }
            let start = DateResolver.shift(reference, unit, -count).adding(days: 1)
            return ResolvedDate(
                range: DayRange(start: start, end: reference), granularity: DateResolver.granularity(of: unit), calendar: nil,
                isRelative: true)
        case .ago(let unit, let count):
            // A negative count is "in N units" (``DateExpression/later(_:_:)``).
            guard let reference else { return nil }
            let calendar = frame(c.sentence)
            switch unit {
            case .day:
                return ResolvedDate(range: DayRange(day: reference.adding(days: -count)), granularity: .day, calendar: nil, isRelative: true)
            case .week:
                let start = weekStart(reference).adding(days: -7 * count)
                return ResolvedDate(range: DayRange(start: start, end: start.adding(days: 6)), granularity: .week, calendar: nil, isRelative: true)
            case .month:
                let day = CalendarDay(reference, in: calendar)
                let (y, m) = DateResolver.normalized(day.year, day.month - count)
                return ResolvedDate(range: calendar.monthRange(year: y, month: m), granularity: .month, calendar: calendar, isRelative: true)
            case .year:
                let year = calendar.year(of: reference) - count
                return ResolvedDate(range: calendar.yearRange(year), granularity: .year, calendar: calendar, isRelative: true)
            default:
                return nil
            }
        case .ahead(let unit, let count):
            guard let reference else { return nil }
            if unit == .hour {
                let days = max(1, (count + 23) / 24)
                return ResolvedDate(
                    range: DayRange(start: reference, end: reference.adding(days: days)), granularity: .day, calendar: nil,
                    isRelative: true)
            }
            let end = DateResolver.shift(reference, unit, count).adding(days: -1)
            return ResolvedDate(
                range: DayRange(start: reference, end: end), granularity: DateResolver.granularity(of: unit), calendar: nil,
                isRelative: true)
        case .later(let unit, let count):
            // "N more units" is a duration unless the clause announces something.
            guard reference != nil, ClauseTense(text: text).tense(around: c.units) == .future else { return nil }
            return resolve(.ago(unit, -count), c)
        case .nthDay(let n, let last, let inner):
            guard let period = resolve(inner, c), let end = period.range.end else { return nil }
            let day = last ? end.adding(days: 1 - n) : period.range.start.adding(days: n - 1)
            // A feast named by its first day (ثاني أيام عيد الفطر) lasts a few days more.
            let feast = period.range.start == end && !last && n <= 4
            guard feast || period.range.contains(day) else { return nil }
            return ResolvedDate(range: DayRange(day: day), granularity: .day, calendar: period.calendar, isRelative: period.isRelative)
        case .newYear(let forced):
            guard let reference else { return nil }
            let calendar = forced ?? frame(c.sentence)
            let today = CalendarDay(reference, in: calendar)
            let year = today.month <= 2 ? today.year : today.year + 1
            return ResolvedDate(range: calendar.yearRange(year), granularity: .year, calendar: calendar, isRelative: true)
        case .sameDay(let yearSpec, let forced, let anaphoric):
            let calendar = forced ?? frame(c.sentence)
            guard let (year, relativeYear) = year(yearSpec, calendar) else { return nil }
            // The same day: that of the last day date before it (a list of this day's events in
            // history), else the reference's.
            let earlier = anaphoric ? anchors.last { $0.0 < c.units.lowerBound }?.1 : nil
            guard let base = earlier ?? reference else { return nil }
            let today = CalendarDay(base, in: calendar)
            let length = calendar.daysInMonth(year: year, month: today.month)
            guard let day = CalendarDay(calendar: calendar, year: year, month: today.month, day: min(today.day, length)) else {
                return nil
            }
            return ResolvedDate(
                range: DayRange(day: day.civilDate), granularity: .day, calendar: calendar,
                isRelative: earlier == nil || relativeYear)
        case .months(let first, let last, let yearSpec, let forced):
            let calendar = forced ?? frame(c.sentence)
            guard let (year, relative) = year(yearSpec, calendar) else { return nil }
            return ResolvedDate(
                range: calendar.monthsRange(year: year, first: first, last: last), granularity: .month,
                calendar: calendar, isRelative: relative)
        case .season(let season, let yearSpec, let forced):
            var calendar = forced ?? frame(c.sentence)
            if calendar == .islamic { calendar = .gregorian }
            func range(_ year: Int) -> DayRange {
                let first = calendar == .persian ? 3 * (season - 1) + 1 : 3 * season
                let (y1, m1) = DateResolver.normalized(year, first)
                let (y2, m2) = DateResolver.normalized(year, first + 2)
                return DayRange(start: calendar.monthRange(year: y1, month: m1).start, end: calendar.monthRange(year: y2, month: m2).end)
            }
            if yearSpec == .none || { if case .direction = yearSpec { true } else { false } }() {
                guard let reference else { return nil }
                let current = calendar.year(of: reference)
                let candidates = (current - 2...current + 1).map(range)
                let chosen: DayRange?
                var direction = 0
                if case .direction(let d) = yearSpec { direction = d }
                if yearSpec == .none, !candidates.contains(where: { $0.contains(reference) }) {
                    // فصل پاییز, هذا الصيف without a year: the one holding the reference, else by the
                    // clause, else the nearest.
                    switch ClauseTense(text: text).tense(around: c.units) {
                    case .past: direction = -1
                    case .future: direction = 1
                    case nil: direction = 2
                    }
                }
                switch direction {
                case -1: chosen = candidates.last { ($0.end ?? $0.start) < reference }
                case 1: chosen = candidates.first { $0.start > reference }
                case 2: chosen = candidates.min { DateResolver.distance($0, reference) < DateResolver.distance($1, reference) }
                default: chosen = candidates.first { $0.contains(reference) } ?? candidates.first { $0.start > reference }
                }
                guard let chosen else { return nil }
                return ResolvedDate(range: chosen, granularity: .season, calendar: calendar, isRelative: true)
            }
            guard let (year, relative) = year(yearSpec, calendar) else { return nil }
            return ResolvedDate(range: range(year), granularity: .season, calendar: calendar, isRelative: relative)
        case .decade(let first, let calendar):
            guard let end = calendar.yearRange(first + 9).end else { return nil }
            return ResolvedDate(
                range: DayRange(start: calendar.yearRange(first).start, end: end), granularity: .decade,
                calendar: calendar, isRelative: false)
        case .part(let part, let inner):
            guard let resolved = resolve(inner, c) else { return nil }
            return DateResolver.narrowed(resolved, to: part)
        case .offset(let inner, let unit, let count):
            guard let anchor = resolve(inner, c) else { return nil }
            let from = count < 0 ? anchor.range.start : (anchor.range.end ?? anchor.range.start)
            let day = DateResolver.shift(from, unit, count)
            return ResolvedDate(range: DayRange(day: day), granularity: .day, calendar: anchor.calendar, isRelative: anchor.isRelative)
        case .nthWeekday(let weekday, let last, let inner):
            guard let period = resolve(inner, c), let end = period.range.end else { return nil }
            var day = last ? end : period.range.start
            for _ in 0..<7 where day.weekday != weekday { day = day.adding(days: last ? -1 : 1) }
            guard day.weekday == weekday, period.range.contains(day) else { return nil }
            return ResolvedDate(range: DayRange(day: day), granularity: .day, calendar: period.calendar, isRelative: period.isRelative)
        case .between(let a, let b):
            var a = a
            // بين يونيو وحتى ديسمبر من العام الماضي: a first month without its year takes the
            // second's (or the year before, when it comes later in the year).
            if case .point(var p) = a, p.year == .none, p.month > 0, p.relativeMonth == nil, !p.sameMonth,
               case .point(let q) = b, q.year != .none, q.month > 0, let calendar = p.calendar, calendar == q.calendar,
               let second = resolve(b, c) {
                let year = CalendarDay(second.range.start, in: calendar).year
                p.year = .value(p.month > q.month ? year - 1 : year)
                a = .point(p)
            }
            guard let first = resolve(a, c) else { return nil }
            var second: ResolvedDate?
            if case .point(var point) = b, point.year == .none, point.month > 0, point.relativeMonth == nil, !point.sameMonth {
                // The first occurrence of a month or day without its year that ends on or after the start.
                let calendar = point.calendar ?? frame(c.sentence)
                point.calendar = calendar
                let year = CalendarDay(first.range.start, in: calendar).year
                for candidate in year...(year + 1) {
                    point.year = .value(candidate)
                    if let resolved = resolve(point, c), let end = resolved.range.end, end >= first.range.start {
                        second = ResolvedDate(
                            range: resolved.range, granularity: resolved.granularity, calendar: calendar,
                            isRelative: first.isRelative)
                        break
                    }
                }
            } else {
                second = resolve(b, c)
            }
            guard let second, let end = second.range.end, first.range.start <= end,
                  first.range.start.days(to: end) <= 366 * 200 else { return nil }
            return ResolvedDate(
                range: DayRange(start: first.range.start, end: end), granularity: min(first.granularity, second.granularity),
                calendar: second.calendar ?? first.calendar, isRelative: first.isRelative || second.isRelative)
        }
    }

    /// The granularity of a window of units.
    static func granularity(of unit: TimeUnit) -> DateGranularity {
        switch unit {
        case .day, .hour: .day
        case .week: .week
        case .month: .month
        case .year: .year
        case .season: .season
        case .decade: .decade
        }
    }

    /// A year from a year spec in a calendar, and whether it needed the reference.
    func year(_ spec: YearSpec, _ calendar: CalendarSystem) -> (Int, Bool)? {
        switch spec {
        case .value(let year): return (year, false)
        case .relative(let offset), .direction(let offset):
            guard let reference else { return nil }
            return (calendar.year(of: reference) + offset, true)
        case .none:
            guard let reference else { return nil }
            return (calendar.year(of: reference), true)
        }
    }

    /// The days of a calendar point.
    func resolve(_ point: DatePoint, _ c: Context) -> ResolvedDate? {
        if let offset = point.relativeMonth {
            // یازدهم ماه جاری, العاشر من الشهر الماضي: a day of a month counted from the reference's.
            guard let reference else { return nil }
            let calendar = point.calendar ?? frame(c.sentence)
            let today = CalendarDay(reference, in: calendar)
            let (y, m) = DateResolver.normalized(today.year, today.month + offset)
            guard point.day > 0, let day = CalendarDay(calendar: calendar, year: y, month: m, day: point.day) else { return nil }
            return ResolvedDate(range: DayRange(day: day.civilDate), granularity: .day, calendar: calendar, isRelative: true)
        }
        if point.sameMonth {
            // 19 من نفس الشهر: the month (and year) of the nearest date written before it.
            guard let (calendar, year, month) = previousMonth(c),
                  let day = CalendarDay(calendar: calendar, year: year, month: month, day: point.day) else { return nil }
            return ResolvedDate(range: DayRange(day: day.civilDate), granularity: .day, calendar: calendar, isRelative: false)
        }
        let calendar = point.calendar ?? frame(c.sentence)
        func days(_ year: Int) -> DayRange? {
            if point.day > 0 {
                guard let day = CalendarDay(calendar: calendar, year: year, month: point.month, day: point.day) else { return nil }
                return DayRange(day: day.civilDate)
            }
            if point.month > 0 { return calendar.monthRange(year: year, month: point.month) }
            return calendar.yearRange(year)
        }
        switch point.year {
        case .value(let year):
            guard let range = days(year) else { return nil }
            return ResolvedDate(range: range, granularity: point.granularity, calendar: calendar, isRelative: false)
        case .relative(let offset):
            guard let reference, let range = days(calendar.year(of: reference) + offset) else { return nil }
            return ResolvedDate(range: range, granularity: point.granularity, calendar: calendar, isRelative: true)
        case .direction, .none:
            guard point.month > 0 else { return nil }
            if point.year == .none, let year = sentenceYear(calendar, c) {
                guard let range = days(year) else { return nil }
                return ResolvedDate(range: range, granularity: point.granularity, calendar: calendar, isRelative: false)
            }
            let anchor: CivilDate
            let relative: Bool
            if let reference {
                anchor = reference
                relative = true
            } else if let textAnchor = nearestAnchor(to: c.units.lowerBound) {
                anchor = textAnchor
                relative = false
            } else {
                return nil
            }
            let current = calendar.year(of: anchor)
            var candidates = (current - 1...current + 1).compactMap { days($0) }
            // A weekday written with the date picks the year it falls on (سه‌شنبه 20 جولای).
            if point.weekday != 0, point.day > 0 {
                let agreeing = candidates.filter { $0.start.weekday == point.weekday }
                if agreeing.count == 1 { candidates = agreeing }
            }
            if point.day > 0, point.year == .none, !(c.direction < 0 && relative),
               let nearest = candidates.min(by: { DateResolver.distance($0, anchor) < DateResolver.distance($1, anchor) }),
               DateResolver.distance(nearest, anchor) <= DateResolver.nearWindow {
                return ResolvedDate(range: nearest, granularity: .day, calendar: calendar, isRelative: relative)
            }
            var rule = 0
            if case .direction(let direction) = point.year {
                rule = direction * 2
            } else if relative, c.direction < 0 || datesBack(c) {
                rule = -1
            } else if relative, text.info(c.units.lowerBound - 1)?.connector == .to {
                // A deadline: تا اوایل جولای, حتى مارس — the next one.
                rule = 1
            } else if relative, approaches(c.units.lowerBound) {
                // در آستانه ماه مهر, با نزدیک شدن به نوروز, عشية عيد الفطر: the approach of a
                // period is of the coming one (or the current), whatever the verb.
                rule = 1
            } else if relative {
                switch ClauseTense(text: text).tense(around: c.units) {
                case .past: rule = -1
                case .future: rule = 1
                // "As of" a month or day without a tense cue looks ahead (بدءا من نوفمبر).
                case nil: rule = c.direction > 0 ? 1 : (text.language == .arabic ? 3 : 0)
                }
            }
            let chosen: DayRange?
            switch rule {
            case -2: chosen = candidates.last { ($0.end ?? $0.start) < anchor }
            case -1: chosen = candidates.last { $0.start <= anchor }
            case 1: chosen = candidates.first { ($0.end ?? $0.start) >= anchor }
            case 2: chosen = candidates.first { $0.start > anchor }
            case 3:
                // Arabic without a tense cue: the past one, unless the next one starts within
                // `pastBiasWindow` days (Arabic news marks what is to come: سـ, المقبل, المقرر).
                let next = candidates.first { $0.start > anchor }
                if let next, anchor.days(to: next.start) <= DateResolver.pastBiasWindow {
                    chosen = next
                } else {
                    chosen = candidates.last { $0.start <= anchor }
                }
            default:
                if case .direction(0) = point.year {
                    chosen = days(current)
                } else {
                    chosen = candidates.min { DateResolver.distance($0, anchor) < DateResolver.distance($1, anchor) }
                }
            }
            guard let chosen else { return nil }
            return ResolvedDate(range: chosen, granularity: point.granularity, calendar: calendar, isRelative: relative)
        }
    }

    /// In Arabic text without a tense cue, a month or day without its year is the last one that
    /// started, unless the next starts within this many days.
    static let pastBiasWindow = 62

    /// A day written without its year within this many days of the reference is that day,
    /// whatever the tense: news is about the days around it.
    static let nearWindow = 60

    /// The calendar, year and month of the nearest date with a month written before expression
    /// `c` in its sentence, resolved.
    func previousMonth(_ c: Context) -> (CalendarSystem, Int, Int)? {
        var k = c.index - 1
        while k >= 0, text.sentence[parsed[k].units.lowerBound] == c.sentence {
            if case .point(let point) = parsed[k].expression, point.month > 0 || point.relativeMonth != nil, !point.sameMonth,
               let resolved = resolve(parsed[k].expression, Context(index: k, units: parsed[k].units, sentence: c.sentence)),
               let calendar = resolved.calendar {
                let day = CalendarDay(resolved.range.start, in: calendar)
                return (calendar, day.year, day.month)
            }
            k -= 1
        }
        return nil
    }

    /// The year of the nearest explicit date (a month or a day with its year, not a bare year) of
    /// the same calendar written before it in the same sentence (۲۸ مرداد ۱۳۳۲ … ۳۰ مرداد; a date
    /// after it is usually another one: "late August …, and in September 2023 …").
    func sentenceYear(_ calendar: CalendarSystem, _ c: Context) -> Int? {
        var best: (distance: Int, year: Int)?
        for (k, p) in parsed.enumerated() where k < c.index && text.sentence[p.units.lowerBound] == c.sentence {
            var points: [DatePoint] = []
            switch p.expression {
            case .point(let point): points = [point]
            case .span(let a, let b): points = [a, b]
            default: break
            }
            for point in points where point.calendar == calendar && point.month > 0 {
                if case .value(let year) = point.year {
                    let distance = abs(p.units.lowerBound - c.units.lowerBound)
                    if best == nil || distance < best!.distance { best = (distance, year) }
                }
            }
        }
        return best?.year
    }

    /// The absolute day written nearest to unit `i`.
    func nearestAnchor(to i: Int) -> CivilDate? {
        anchors.min { abs($0.0 - i) < abs($1.0 - i) }?.1
    }

    /// The first day of the week holding `day` (Saturday in fa and ar text, Monday in en and ru).
    func weekStart(_ day: CivilDate) -> CivilDate {
        day.adding(days: -((day.weekday - text.language.firstWeekday + 7) % 7))
    }

    func resolveWeekday(_ weekday: Int, direction: Int?, reference: CivilDate, _ c: Context) -> CivilDate {
        let back = (reference.weekday - weekday + 7) % 7
        let forward = (weekday - reference.weekday + 7) % 7
        switch direction {
        case -1: return reference.adding(days: back == 0 ? -7 : -back)
        case 1: return reference.adding(days: forward == 0 ? 7 : forward)
        case 0: return weekStart(reference).adding(days: (weekday - text.language.firstWeekday + 7) % 7)
        default:
            if c.direction < 0 || datesBack(c) { return reference.adding(days: -back) }
            let tense = ClauseTense(text: text).tense(around: c.units)
            return tense == .future ? reference.adding(days: forward) : reference.adding(days: -back)
        }
    }

    /// Whether the expression is what an Arabic "goes back to" verb points to (يعود آخر لقاء بينهما
    /// إلى نوفمبر, يعود تاريخ التصريح إلى الاثنين): a date in the past.
    /// Whether the words right before unit `i` speak of the approach of what follows: در آستانه,
    /// فرا رسیدن / فرارسیدن, نزدیک شدن به, عشية, قبيل, مع اقتراب / باقتراب, مع حلول / بحلول.
    func approaches(_ i: Int) -> Bool {
        guard i > 0, text.units[i - 1].kind == .word else { return false }
        if WordKeys.approachWords.contains(text.units[i - 1].key) { return true }
        // فرا رسیدن (one unit of the lexicon, a lead, keyed by its first word, or two words); نزدیک شدن به
        if text.isWord(i - 1, WordKeys.fara) || (text.isWord(i - 1, WordKeys.rasidan) && text.isWord(i - 2, WordKeys.fara)) {
            return true
        }
        return text.isWord(i - 1, WordKeys.be) && text.isWord(i - 2, WordKeys.shodan) && text.isWord(i - 3, WordKeys.nazdik)
    }

    func datesBack(_ c: Context) -> Bool {
        text.info(c.units.lowerBound - 1)?.connector == .to && ClauseTense(text: text).datesBack(before: c.units.lowerBound - 1)
    }

    /// A local weekday glossed with its UTC weekday in the same sentence (فجر الأحد بالتوقيت المحلي
    /// (22:00 بتوقيت غرينتش السبت), early Sunday (23:00 GMT Saturday)): the day after, or before, the
    /// UTC weekday as resolved, since the two name one moment. `nil` without such a gloss.
    func utcShifted(_ weekday: Int, _ c: Context) -> CivilDate? {
        var k = c.units.upperBound
        let limit = min(text.count, k + 12)
        while k < limit, text.sentence[k] == c.sentence {
            if text.info(k)?.utc == true {
                for m in (k + 1)..<min(text.count, k + 4) {
                    guard let other = text.info(m)?.weekday, other != 0 else { continue }
                    let difference = (weekday - Int(other) + 7) % 7
                    guard difference == 1 || difference == 6,
                          let index = parsed.firstIndex(where: { $0.units.contains(m) }), index != c.index,
                          case .weekday = parsed[index].expression, let resolved = resolve(index) else { return nil }
                    return resolved.range.start.adding(days: difference == 1 ? 1 : -1)
                }
                return nil
            }
            k += 1
        }
        return nil
    }

    /// The number of days between a range and a day (0 when the range holds it).
    static func distance(_ range: DayRange, _ day: CivilDate) -> Int {
        if range.contains(day) { return 0 }
        if day < range.start { return day.days(to: range.start) }
        return (range.end ?? range.start).days(to: day)
    }

    /// A (year, month) pair with the month brought into 1…12.
    static func normalized(_ year: Int, _ month: Int) -> (Int, Int) {
        let shift = floorDivide(month - 1, 12)
        return (year + shift, month - 12 * shift)
    }

    /// A day moved by whole units in the Gregorian calendar (the day of month clamped).
    static func shift(_ day: CivilDate, _ unit: TimeUnit, _ count: Int) -> CivilDate {
        switch unit {
        case .day: return day.adding(days: count)
        case .hour: return day.adding(days: count / 24)
        case .week: return day.adding(days: 7 * count)
        case .month, .season, .year, .decade:
            let months = count * (unit == .month ? 1 : unit == .season ? 3 : unit == .year ? 12 : 120)
            let (y, m) = normalized(day.year, day.month + months)
            return CivilDate(year: y, month: m, day: min(day.day, CivilDate.daysInMonth(year: y, month: m)))!
        }
    }

    /// The early, middle or late part (or the beginning or end) of a resolved month, year or decade.
    static func narrowed(_ resolved: ResolvedDate, to part: PeriodPart) -> ResolvedDate? {
        guard let end = resolved.range.end else { return resolved }
        let start = resolved.range.start
        var result = resolved
        switch resolved.granularity {
        case .month where start.days(to: end) < 31:
            let length = start.days(to: end) + 1
            let (from, to): (Int, Int) = switch part {
            case .early, .begin: (0, 9)
            case .mid: (10, 19)
            case .late, .end: (20, length - 1)
            case .firstWeek: (0, 6)
            case .lastWeek: (length - 7, length - 1)
            case .firstHalf: (0, 14)
            case .secondHalf: (15, length - 1)
            }
            result.range = DayRange(start: start.adding(days: from), end: start.adding(days: to))
            result.granularity = .day
        case .year:
            let calendar = resolved.calendar ?? .gregorian
            let year = CalendarDay(start, in: calendar).year
            if part == .firstWeek || part == .lastWeek { return nil }
            let (from, to): (Int, Int) = switch part {
            case .early: (1, 4)
            case .mid: (5, 8)
            case .late: (9, 12)
            case .begin: (1, 1)
            case .end, .firstWeek, .lastWeek: (12, 12)
            case .firstHalf: (1, 6)
            case .secondHalf: (7, 12)
            }
            result.range = calendar.monthsRange(year: year, first: from, last: to)
            result.granularity = .month
        case .decade:
            let calendar = resolved.calendar ?? .gregorian
            let first = CalendarDay(start, in: calendar).year
            if part == .firstWeek || part == .lastWeek { return nil }
            let (from, to): (Int, Int) = switch part {
            case .early, .begin, .firstWeek: (0, 3)
            case .mid: (4, 6)
            case .late, .end, .lastWeek: (7, 9)
            case .firstHalf: (0, 4)
            case .secondHalf: (5, 9)
            }
            guard let last = calendar.yearRange(first + to).end else { return nil }
            result.range = DayRange(start: calendar.yearRange(first + from).start, end: last)
            result.granularity = .year
        default:
            break
        }
        return result
    }
}
