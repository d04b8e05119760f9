import Foundation

/// Arithmetic of the lunar Hijri calendar, as Foundation's `.islamicUmmAlQura` calendar computes
/// it: the Umm al-Qura month lengths for 1300–1600 AH from a table, and the arithmetic (civil)
/// calendar outside it.
///
/// The civil calendar: 1 Muharram 1 AH is Julian day 1,948,440 (16 July 622, Julian calendar);
/// odd months have 30 days, even months 29, and Dhu al-Hijja 30 in the 11 leap years of each
/// 30-year cycle, when (14 + 11*y*) mod 30 < 11.
enum UmmAlQura {
    /// The month lengths of the table years.
    struct Table: Sendable {
        /// The first year the table covers.
        let firstYear: Int
        /// For each table year, the Julian day of its 1 Muharram; one more entry for the year after.
        let yearStarts: [Int]
        /// For each table year, bit *m*−1 set when month *m* has 30 days.
        let monthBits: [UInt16]

        var lastYear: Int { firstYear + monthBits.count - 1 }

        func contains(year: Int) -> Bool { year >= firstYear && year <= lastYear }

        func firstDay(year: Int, month: Int) -> Int {
            let index = year - firstYear
            var day = yearStarts[index]
            let bits = monthBits[index]
            for m in 0..<(month - 1) { day += (bits >> m) & 1 == 1 ? 30 : 29 }
            return day
        }

        func daysInMonth(year: Int, month: Int) -> Int {
            (monthBits[year - firstYear] >> (month - 1)) & 1 == 1 ? 30 : 29
        }

        /// Parses `umalqura.txt`; `nil` when the file is malformed.
        static func parse(_ content: String) -> Table? {
            var firstYear = 0, start = 0
            var starts: [Int] = []
            var bits: [UInt16] = []
            for line in content.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: " ")
                if fields.first == "start", fields.count == 3, let year = Int(fields[1]), let day = Int(fields[2]) {
                    firstYear = year
                    start = day
                    starts = [day]
                } else if fields.count == 2, let year = Int(fields[0]), fields[1].utf8.count == 12,
                          year == firstYear + bits.count, !starts.isEmpty {
                    var value: UInt16 = 0
                    var length = 0
                    for (m, c) in fields[1].utf8.enumerated() where c == UInt8(ascii: "1") {
                        value |= 1 << m
                    }
                    for m in 0..<12 { length += (value >> m) & 1 == 1 ? 30 : 29 }
                    bits.append(value)
                    start += length
                    starts.append(start)
                } else {
                    return nil
                }
            }
            return bits.isEmpty ? nil : Table(firstYear: firstYear, yearStarts: starts, monthBits: bits)
        }
    }

    /// The bundled table, loaded once. Empty (civil arithmetic everywhere) only if the resource
    /// is missing, which a test guards against.
    static let table: Table? = {
        guard let url = Bundle.module.url(forResource: "umalqura", withExtension: "txt", subdirectory: "Resources")
                ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/umalqura.txt"),
              let content = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return Table.parse(content)
    }()

    static let civilEpoch = 1_948_440

    static func civilNewYear(_ year: Int) -> Int {
        civilEpoch + 354 * (year - 1) + floorDivide(3 + 11 * year, 30)
    }

    static func newYear(_ year: Int) -> Int {
        if let table, table.contains(year: year) { return table.yearStarts[year - table.firstYear] }
        return civilNewYear(year)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        guard (1...12).contains(month) else { return 0 }
        if let table, table.contains(year: year) { return table.daysInMonth(year: year, month: month) }
        if month == 12 { return civilNewYear(year + 1) - civilNewYear(year) - 325 }
        return month % 2 == 1 ? 30 : 29
    }

    /// The Julian day of the first day of `month` (months past 12 or before 1 roll over years).
    static func firstDay(year: Int, month: Int) -> Int {
        let yearShift = floorDivide(month - 1, 12)
        let y = year + yearShift
        let m = month - 12 * yearShift
        if let table, table.contains(year: y) { return table.firstDay(year: y, month: m) }
        return civilNewYear(y) + (295 * (m - 1) + 9) / 10
    }

    static func fields(julianDay: Int) -> (year: Int, month: Int, day: Int) {
        var year = floorDivide(30 * (julianDay - civilEpoch) + 10_646, 10_631)
        while newYear(year) > julianDay { year -= 1 }
        while newYear(year + 1) <= julianDay { year += 1 }
        var month = 1
        while month < 12, firstDay(year: year, month: month + 1) <= julianDay { month += 1 }
        return (year, month, julianDay - firstDay(year: year, month: month) + 1)
    }
}
