import Foundation
import KhabarCore
import KhabarTestSupport
import Testing
@testable import KhabarTime

@Suite struct CalendarDayTests {
    // MARK: - Against Foundation, day by day

    /// Foundation's day for a Julian day number, in a calendar.
    static func foundationFields(_ julianDay: Int, _ identifier: Calendar.Identifier) -> (Int, Int, Int) {
        var calendar = Calendar(identifier: identifier)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = Date(timeIntervalSince1970: Double(julianDay - 2_440_588) * 86_400 + 43_200)
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return (c.year!, c.month!, c.day!)
    }

    @Test(arguments: [(CalendarSystem.persian, Calendar.Identifier.persian), (.islamic, .islamicUmmAlQura)])
    func matchesFoundationEveryDayFrom1900To2100(calendar: CalendarSystem, identifier: Calendar.Identifier) {
        let first = CivilDate(year: 1900, month: 1, day: 1)!.julianDay
        let last = CivilDate(year: 2100, month: 12, day: 31)!.julianDay
        var mismatches = 0
        for julianDay in first...last {
            let mine = CalendarDay(CivilDate(julianDay: julianDay), in: calendar)
            let theirs = Self.foundationFields(julianDay, identifier)
            if (mine.year, mine.month, mine.day) != theirs { mismatches += 1 }
            if mine.civilDate.julianDay != julianDay { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    @Test(arguments: [(CalendarSystem.persian, Calendar.Identifier.persian), (.islamic, .islamicUmmAlQura)])
    func matchesFoundationOnRandomDaysOverFiveMillennia(calendar: CalendarSystem, identifier: Calendar.Identifier) {
        var random = SplitMix64(seed: 1403)
        let low = CivilDate(year: 700, month: 1, day: 1)!.julianDay
        for _ in 0..<3_000 {
            let julianDay = low + Int(random.next() % 1_800_000)
            let mine = CalendarDay(CivilDate(julianDay: julianDay), in: calendar)
            let theirs = Self.foundationFields(julianDay, identifier)
            #expect((mine.year, mine.month, mine.day) == theirs, "Julian day \(julianDay)")
        }
    }

    // MARK: - Boundaries

    @Test(arguments: [
        (1403, 1, 1, "2024-03-20"),   // 1 Farvardin on 20 March
        (1404, 1, 1, "2025-03-21"),   // 1 Farvardin on 21 March
        (1403, 12, 30, "2025-03-20"), // Esfand 30 exists in 1403 (leap)
        (1399, 12, 30, "2021-03-20"),
        (1403, 6, 31, "2024-09-21"),  // last 31-day month
        (1403, 7, 1, "2024-09-22"),
        (1403, 10, 28, "2025-01-17"), // seed 000/004: 28 Dey 1403
        (1404, 9, 21, "2025-12-12"),  // seed 001: 21 Azar 1404
        (1403, 7, 20, "2024-10-11"),  // seed 003: 20 Mehr 1403
        (1357, 11, 22, "1979-02-11"),
    ])
    func solarHijriDays(year: Int, month: Int, day: Int, iso: String) {
        #expect(CalendarDay(calendar: .persian, year: year, month: month, day: day)?.civilDate.iso == iso)
    }

    @Test func esfandThirtyOnlyInLeapYears() {
        #expect(CalendarDay(calendar: .persian, year: 1404, month: 12, day: 30) == nil)
        #expect(CalendarDay(calendar: .persian, year: 1402, month: 12, day: 30) == nil)
        #expect(CalendarDay(calendar: .persian, year: 1403, month: 13, day: 1) == nil)
        #expect(CalendarSystem.persian.yearRange(1403).length == 366)
        #expect(CalendarSystem.persian.yearRange(1404).length == 365)
    }

    @Test(arguments: [
        (1446, 9, 1, "2025-03-01"),   // 1 Ramadan 1446
        (1447, 1, 1, "2025-06-26"),   // 1 Muharram 1447
        (1447, 6, 1, "2025-11-22"),   // 1 Jumada al-Akhira 1447
        (1439, 10, 1, "2018-06-15"),  // Eid al-Fitr 1439
    ])
    func ummAlQuraDays(year: Int, month: Int, day: Int, iso: String) {
        #expect(CalendarDay(calendar: .islamic, year: year, month: month, day: day)?.civilDate.iso == iso)
    }

    @Test func lunarMonthsHaveTwentyNineOrThirtyDays() {
        for year in 1290...1610 {
            for month in 1...12 {
                #expect([29, 30].contains(CalendarSystem.islamic.daysInMonth(year: year, month: month)))
            }
        }
    }

    @Test func tableResourceLoads() {
        let table = UmmAlQura.table
        #expect(table?.firstYear == 1300)
        #expect(table?.lastYear == 1600)
    }

    @Test func rangesSpanWholeMonthsAndYears() {
        #expect(CalendarSystem.persian.monthRange(year: 1403, month: 12).description == "2025-02-19..2025-03-20")
        #expect(CalendarSystem.gregorian.yearRange(2024).description == "2024-01-01..2024-12-31")
        #expect(CalendarSystem.gregorian.monthRange(year: 2024, month: 2).length == 29)
        #expect(CalendarSystem.persian.yearRange(1370).start.iso == "1991-03-21")
    }
}
