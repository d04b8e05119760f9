/// Arithmetic of the Solar Hijri calendar, as Foundation's `.persian` calendar computes it.
///
/// The rule (the "33-year" arithmetic rule of ICU's Persian calendar): the first day of year *y*
/// is Julian day 1,948,320 + 365(*y* − 1) + ⌊(8*y* + 21) / 33⌋, so a year is a leap year exactly
/// when the next one starts 366 days later, i.e. when (25*y* + 11) mod 33 < 8.
enum SolarHijri {
    /// The Julian day number of 1 Farvardin 1 AP (19 March 622, Julian calendar).
    static let epoch = 1_948_320

    /// The Julian day of 1 Farvardin of `year`.
    @inline(__always)
    static func newYear(_ year: Int) -> Int {
        epoch + 365 * (year - 1) + floorDivide(8 * year + 21, 33)
    }

    /// Whether Esfand of `year` has 30 days.
    static func isLeapYear(_ year: Int) -> Bool {
        newYear(year + 1) - newYear(year) == 366
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1...6: 31
        case 7...11: 30
        case 12: isLeapYear(year) ? 30 : 29
        default: 0
        }
    }

    /// The Julian day of the first day of `month` (months past 12 or before 1 roll over years).
    static func firstDay(year: Int, month: Int) -> Int {
        let yearShift = floorDivide(month - 1, 12)
        let m = month - 12 * yearShift
        let offset = m <= 7 ? 31 * (m - 1) : 186 + 30 * (m - 7)
        return newYear(year + yearShift) + offset
    }

    static func fields(julianDay: Int) -> (year: Int, month: Int, day: Int) {
        var year = floorDivide(33 * (julianDay - epoch) + 3, 12_053) + 1
        while newYear(year) > julianDay { year -= 1 }
        while newYear(year + 1) <= julianDay { year += 1 }
        let dayOfYear = julianDay - newYear(year)
        let month = dayOfYear < 186 ? dayOfYear / 31 + 1 : (dayOfYear - 186) / 30 + 7
        let day = dayOfYear - (month <= 7 ? 31 * (month - 1) : 186 + 30 * (month - 7)) + 1
        return (year, month, day)
    }
}
