import Foundation
@testable import KhabarCore
import KhabarTestSupport
import Testing

@Suite struct CivilDateTests {
    // MARK: - Construction

    @Test(arguments: [
        (2025, 2, 29, false),  // not a leap year
        (2024, 2, 29, true),   // leap year
        (1900, 2, 29, false),  // century, not divisible by 400
        (2000, 2, 29, true),   // divisible by 400
        (2025, 4, 31, false),
        (2025, 13, 1, false),
        (2025, 0, 1, false),
        (2025, 12, 31, true),
    ])
    func validatesDays(year: Int, month: Int, day: Int, exists: Bool) {
        #expect((CivilDate(year: year, month: month, day: day) != nil) == exists)
    }

    @Test(arguments: ["2025-12-12", "1995-01-01", "2024-02-29"])
    func parsesAndPrintsISO(text: String) {
        #expect(CivilDate(iso: text)?.iso == text)
    }

    @Test(arguments: ["2025-12-32", "2025-1-01", "20251212", "2025-12-12T00:00", "", "abcd-ef-gh", "۲۰۲۵-۱۲-۱۲"])
    func rejectsMalformedISO(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    // MARK: - Arithmetic

    @Test func julianDayOfKnownDates() {
        #expect(CivilDate(year: 2000, month: 1, day: 1)!.julianDay == 2_451_545)
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.julianDay == 2_440_588)
    }

    @Test func weekdaysOfSeedEvents() {
        // The three seed events all happened on a Friday (ISO weekday 5).
        for iso in ["2024-10-11", "2025-01-17", "2025-12-12"] {
            #expect(CivilDate(iso: iso)!.weekday == 5, "\(iso)")
        }
        #expect(CivilDate(iso: "2025-01-14")!.weekday == 2)  // a Tuesday
    }

    @Test func julianDayRoundTripsOverFourCenturies() {
        // Oracle: Foundation's Gregorian calendar, day by day, 1800 … 2200.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var date = calendar.date(from: DateComponents(year: 1800, month: 1, day: 1))!
        var expected = CivilDate(year: 1800, month: 1, day: 1)!
        for _ in 0..<(400 * 366) {
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            #expect(expected.year == parts.year && expected.month == parts.month && expected.day == parts.day)
            if expected.year != parts.year || expected.month != parts.month || expected.day != parts.day { return }
            #expect(CivilDate(julianDay: expected.julianDay) == expected)
            date = calendar.date(byAdding: .day, value: 1, to: date)!
            expected = expected.adding(days: 1)
        }
    }

    @Test func daysBetween() {
        let a = CivilDate(iso: "2025-01-14")!
        let b = CivilDate(iso: "2025-01-17")!
        #expect(a.days(to: b) == 3)
        #expect(b.days(to: a) == -3)
        #expect(a < b)
    }

    // MARK: - Ranges

    @Test func rangesOverlapAndContain() {
        let autumn = DayRange(start: CivilDate(iso: "2024-10-22")!, end: CivilDate(iso: "2024-10-24")!)
        #expect(autumn.contains(CivilDate(iso: "2024-10-23")!))
        #expect(!autumn.contains(CivilDate(iso: "2024-10-25")!))
        #expect(autumn.length == 3)
        let open = DayRange(start: CivilDate(iso: "2015-01-01")!, end: nil)
        #expect(open.overlaps(autumn))
        #expect(open.length == nil)
        #expect(!DayRange(day: CivilDate(iso: "2024-10-21")!).overlaps(autumn))
    }

    @Test func encodesAsISOString() throws {
        let data = try JSONEncoder().encode([CivilDate(iso: "2025-01-17")!])
        #expect(String(decoding: data, as: UTF8.self) == #"["2025-01-17"]"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CivilDate].self, from: Data(#"["2025-02-30"]"#.utf8)) }
    }
}

/// ``CivilDate/iso`` writes years 0...9999 straight into a string: the same as padding each
/// number (`paddedISO`), the way it was made before.
@Suite struct CivilDateISOTests {
    @Test func directDigitsMatchPaddedNumbers() throws {
        func day(_ year: Int, _ month: Int, _ day: Int) throws -> Int {
            try #require(CivilDate(year: year, month: month, day: day)).julianDay
        }
        var days = Array(stride(from: try day(1, 1, 1), through: try day(2200, 12, 31), by: 13))
        days += [try day(0, 1, 1), try day(9999, 12, 31), try day(10_000, 1, 1), try day(-44, 3, 15), try day(2025, 12, 6)]
        for julianDay in days {
            let date = CivilDate(julianDay: julianDay)
            #expect(date.iso == date.paddedISO)
        }
        #expect(CivilDate(year: 7, month: 3, day: 9)?.iso == "0007-03-09")
        #expect(CivilDate(year: -44, month: 3, day: 15)?.iso == "0-44-03-15")
        #expect(CivilDate(year: 12_345, month: 10, day: 1)?.iso == "12345-10-01")
    }
}
