import KhabarCore

/// How a date expression gives its year.
enum YearSpec: Equatable, Sendable {
    /// No year: inferred from the sentence, the reference or the text.
    case none
    /// A year number in the expression's calendar.
    case value(Int)
    /// The frame year of the reference plus an offset (سال گذشته, امسال, العام المقبل).
    case relative(Int)
    /// The nearest occurrence before (−1) or after (+1) the reference, or in its year (0):
    /// ديسمبر الماضي, تابستان گذشته.
    case direction(Int)
}

/// A calendar date with optional parts: a day, a month or a year, perhaps without its year.
struct DatePoint: Equatable, Sendable {
    /// The calendar, when the words decide it (a month name, a marker, a numeric year).
    var calendar: CalendarSystem?
    var year: YearSpec = .none
    /// 1…12, or 0 when the point is a whole year.
    var month = 0
    /// 1…31, or 0 when the point is a whole month or year.
    var day = 0
    /// The weekday written with it (ISO), used only to confirm.
    var weekday = 0
    /// A day of the month before or after the reference's, in the frame calendar (یازدهم ماه
    /// جاری: 0, العاشر من الشهر الماضي: −1); `month` and `year` are then unused.
    var relativeMonth: Int?
    /// A day of the month of the nearest date written before it in the sentence (19 من نفس الشهر).
    var sameMonth = false

    var granularity: DateGranularity { day > 0 ? .day : (month > 0 || relativeMonth != nil ? .month : .year) }
}

/// What a date expression means, before it is resolved against a calendar frame and a reference.
indirect enum DateExpression: Sendable {
    case point(DatePoint)
    case span(DatePoint, DatePoint)
    /// An open range from the expression on ("since 2015", از سال ۲۰۱۵). `direction` −1 when the
    /// words put the start behind the reference (منذ, since, از … تاکنون: منذ 12 ديسمبر said in July
    /// is last December), +1 when "as of" puts it ahead (اعتبارا من, بدءا من نوفمبر), 0 when the
    /// clause decides (Persian از).
    case since(DateExpression, direction: Int)
    /// Today plus an offset in days.
    case deictic(Int)
    /// A weekday; the direction (−1 last, 0 this week, +1 next) or `nil` to follow the clause's tense.
    case weekday(Int, direction: Int?)
    /// A weekday of a week relative to this one (جمعه هفته گذشته).
    case weekdayOfWeek(Int, weeks: Int)
    /// The unit containing the reference, shifted (last week, this month, next year); the calendar
    /// is forced by a marker (سال گذشته میلادی) or else the frame's.
    case relativeUnit(TimeUnit, Int, CalendarSystem?)
    /// The last *n* units up to the reference (دو سال گذشته, the past two years).
    case window(TimeUnit, Int)
    /// The unit *n* units before the reference (سه روز پیش).
    case ago(TimeUnit, Int)
    /// The next *n* units from the reference (سه روز آینده, الأشهر الستة المقبلة, the next two
    /// years): from the reference to the same day *n* units later, less a day; hours touch days.
    case ahead(TimeUnit, Int)
    /// The unit *n* units after the reference (دو سال دیگر, "in two years"); a date only in an
    /// announcement (future or present clause), since "N more units" is otherwise a duration.
    case later(TimeUnit, Int)
    /// The day of a period counted from its first (1 = the first) or, with `last`, from its last
    /// day: نخستین روز دهه فجر, أول أيام شهر رمضان, آخرین روز سال.
    case nthDay(Int, last: Bool, DateExpression)
    /// "The new year" (سال جدید, العام الجديد): the coming year of the frame calendar, or the
    /// current one during its first two months.
    case newYear(CalendarSystem?)
    /// "On this day" of another year (في مثل هذا اليوم من العام الماضي, در چنین روزی در سال ۱۳۵۷):
    /// the reference's month and day, in that year of its calendar; with `anaphoric` ("the same
    /// day": في نفس اليوم من عام 1980), the month and day of the last day written before it.
    case sameDay(YearSpec, CalendarSystem?, anaphoric: Bool)
    /// Months `first`…`last` of a year (۹ ماه نخست سال ۲۰۲۵, Q2, the first half).
    case months(first: Int, last: Int, year: YearSpec, calendar: CalendarSystem?)
    /// A season (1 spring … 4 winter) of a year.
    case season(Int, year: YearSpec, calendar: CalendarSystem?)
    /// The ten years from `first` in a calendar (دهه ۷۰ = 1370–1379 AP).
    case decade(first: Int, calendar: CalendarSystem)
    /// The early, middle or late part, or the beginning or end, of a period.
    case part(PeriodPart, DateExpression)
    /// From the first day of one expression to the last day of another (ابتدای امسال تا دی‌ماه,
    /// أبريل ومايو); a second expression without its year takes the first occurrence that ends
    /// on or after the first's start.
    case between(DateExpression, DateExpression)
    /// A day counted from another expression: `count` units before its first day (negative) or
    /// after its last (15 روز قبل از سال 99, سه روز پس از ۲۲ بهمن).
    case offset(DateExpression, TimeUnit, Int)
    /// The first or last given weekday (ISO) of a period (آخرین جمعه ماه رمضان, أول اثنين من مارس).
    case nthWeekday(Int, last: Bool, DateExpression)

    /// Whether resolving the expression needs the reference date.
    var isRelative: Bool {
        switch self {
        case .point(let p): if p.relativeMonth != nil { true } else if case .value = p.year { false } else { true }
        case .span(let a, let b):
            if case .value = b.year { false } else if case .value = a.year { false } else { true }
        case .since(let e, _), .part(_, let e), .nthDay(_, _, let e): e.isRelative
        case .between(let a, let b): a.isRelative || b.isRelative
        case .offset(let e, _, _), .nthWeekday(_, _, let e): e.isRelative
        case .deictic, .weekday, .weekdayOfWeek, .relativeUnit, .window, .ago, .ahead, .later, .newYear: true
        case .sameDay(let year, _, let anaphoric): if anaphoric, case .value = year { false } else { true }
        case .months(_, _, let year, _), .season(_, let year, _): if case .value = year { false } else { true }
        case .decade: false
        }
    }
}

/// A date expression found in the units of a text.
struct ParsedDate: Sendable {
    /// The units it covers.
    var units: Range<Int>
    var expression: DateExpression
}
