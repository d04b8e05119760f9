public import KhabarCore

/// A day written in one of the three calendars of the news Khabar reads.
///
/// The Solar Hijri and Umm al-Qura conversions are Khabar's own arithmetic, tested day by day
/// against Foundation's `Calendar(identifier: .persian)` and `.islamicUmmAlQura`, so the stage
/// never calls Foundation's (slow) calendars on the hot path:
/// - Solar Hijri: the arithmetic 33-year rule that Foundation (ICU) uses — year *y* is a leap year
///   when (25*y* + 11) mod 33 < 8; 1 Farvardin 1 AP is Julian day 1,948,320. Months 1–6 have 31
///   days, 7–11 have 30, Esfand 29 (30 in a leap year). It is not the astronomical calendar of
///   Iran, which it departs from in some years.
/// - Lunar Hijri: the Umm al-Qura month lengths of 1300–1600 AH (`Resources/umalqura.txt`, read
///   from Foundation by `scripts/data/umalqura_table.swift`), and the arithmetic (civil) Islamic
///   calendar outside that range, as Foundation does.
/// - Gregorian: ``CivilDate`` itself (proleptic).
///
/// ```swift
/// let day = CalendarDay(calendar: .persian, year: 1403, month: 10, day: 28)!
/// day.civilDate                                      // 2025-01-17
/// CalendarDay(day.civilDate, in: .islamic).month     // 7 (Rajab 1446)
/// ```
public struct CalendarDay: Sendable, Hashable, CustomStringConvertible {
    /// The calendar the day is written in.
    public let calendar: CalendarSystem
    /// The year of that calendar (AP, AD or AH).
    public let year: Int
    /// The month, 1…12.
    public let month: Int
    /// The day of the month.
    public let day: Int

    /// Creates a day, or returns `nil` if it does not exist in that calendar (Esfand 30 of a
    /// common year, day 30 of a 29-day lunar month, month 13).
    public init?(calendar: CalendarSystem, year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
              day <= calendar.daysInMonth(year: year, month: month) else { return nil }
        self.calendar = calendar
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `date` falls on in `calendar`.
    public init(_ date: CivilDate, in calendar: CalendarSystem) {
        self.calendar = calendar
        switch calendar {
        case .gregorian:
            (year, month, day) = (date.year, date.month, date.day)
        case .persian:
            (year, month, day) = SolarHijri.fields(julianDay: date.julianDay)
        case .islamic:
            (year, month, day) = UmmAlQura.fields(julianDay: date.julianDay)
        }
    }

    /// The same day as a Gregorian ``CivilDate``.
    public var civilDate: CivilDate {
        CivilDate(julianDay: calendar.julianDay(year: year, month: month, day: day))
    }

    /// `YYYY-MM-DD` in the day's own calendar, followed by the calendar's name.
    public var description: String {
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day)) \(calendar.rawValue)"
    }
}

extension CalendarSystem {
    /// The number of days in a month of this calendar.
    ///
    /// - Complexity: O(1).
    public func daysInMonth(year: Int, month: Int) -> Int {
        switch self {
        case .gregorian: CivilDate.daysInMonth(year: year, month: month)
        case .persian: SolarHijri.daysInMonth(year: year, month: month)
        case .islamic: UmmAlQura.daysInMonth(year: year, month: month)
        }
    }

    /// The Julian day number of a day of this calendar; the day is not validated, so day 0 is the
    /// last day of the previous month.
    ///
    /// - Complexity: O(1).
    public func julianDay(year: Int, month: Int, day: Int) -> Int {
        switch self {
        case .gregorian:
            let yearShift = floorDivide(month - 1, 12)
            return CivilDate(year: year + yearShift, month: month - 12 * yearShift, day: 1)!.julianDay + day - 1
        case .persian: return SolarHijri.firstDay(year: year, month: month) + day - 1
        case .islamic: return UmmAlQura.firstDay(year: year, month: month) + day - 1
        }
    }

    /// The days of one month.
    public func monthRange(year: Int, month: Int) -> DayRange {
        let first = julianDay(year: year, month: month, day: 1)
        return DayRange(
            start: CivilDate(julianDay: first),
            end: CivilDate(julianDay: first + daysInMonth(year: year, month: month) - 1))
    }

    /// The days of months `first` through `last` (inclusive) of one year.
    public func monthsRange(year: Int, first: Int, last: Int) -> DayRange {
        DayRange(start: monthRange(year: year, month: first).start, end: monthRange(year: year, month: last).end)
    }

    /// The days of one year.
    public func yearRange(_ year: Int) -> DayRange {
        monthsRange(year: year, first: 1, last: 12)
    }

    /// The year of this calendar that `date` falls in.
    public func year(of date: CivilDate) -> Int {
        CalendarDay(date, in: self).year
    }
}

/// Floor division (rounds toward negative infinity), for calendar arithmetic on negative days.
@inline(__always)
func floorDivide(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}
