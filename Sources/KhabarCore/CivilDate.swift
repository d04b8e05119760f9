/// A day in the proleptic Gregorian calendar, without time or zone.
///
/// Khabar reasons about news in days: a report is published on a day, an event happens on a day
/// or over an interval of days. `CivilDate` is the one type for that, converted to and from other
/// calendars by `KhabarTime`. It encodes as an ISO 8601 `YYYY-MM-DD` string.
///
/// Arithmetic goes through the Julian day number, so adding days and finding weekdays is O(1)
/// and needs no `Calendar`.
///
/// ```swift
/// let day = CivilDate(year: 2025, month: 12, day: 12)!
/// day.weekday           // 5 (Friday; 1 = Monday … 7 = Sunday)
/// day.adding(days: -1)  // 2025-12-11
/// ```
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The Gregorian year (astronomical numbering: 0 is 1 BC).
    public let year: Int
    /// The month, 1…12.
    public let month: Int
    /// The day of the month, 1…31.
    public let day: Int

    /// Creates a date, or returns `nil` if the day does not exist in the Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
              day <= CivilDate.daysInMonth(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the date with the given Julian day number (the count of days since 24 November
    /// 4714 BC in the proleptic Gregorian calendar).
    public init(julianDay: Int) {
        // Richards' algorithm (Explanatory Supplement to the Astronomical Almanac, 3rd ed., 15.11).
        let f = julianDay + 1401 + (((4 * julianDay + 274_277) / 146_097) * 3) / 4 - 38
        let e = 4 * f + 3
        let g = (e % 1461) / 4
        let h = 5 * g + 2
        let day = (h % 153) / 5 + 1
        let month = ((h / 153 + 2) % 12) + 1
        let year = e / 1461 - 4716 + (12 + 2 - month) / 12
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (exactly), returning `nil` for anything else or a day that does not exist.
    public init?(iso text: some StringProtocol) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in utf8[range] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The Julian day number of this date.
    public var julianDay: Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    /// The ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int { (julianDay % 7) + 1 }

    /// The date `days` days later (or earlier, for a negative count).
    public func adding(days: Int) -> CivilDate { CivilDate(julianDay: julianDay + days) }

    /// The number of days from this date to `other` (positive when `other` is later).
    public func days(to other: CivilDate) -> Int { other.julianDay - julianDay }

    /// The date as `YYYY-MM-DD`.
    public var iso: String {
        // Years 0...9999 (every date a text names): ten ASCII digits and dashes written
        // straight into the string; string interpolation of padded numbers cost ten times more.
        if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
            return String(unsafeUninitializedCapacity: 10) { buffer in
                let zero = UInt8(ascii: "0"), dash = UInt8(ascii: "-")
                buffer[0] = zero + UInt8(year / 1000)
                buffer[1] = zero + UInt8(year / 100 % 10)
                buffer[2] = zero + UInt8(year / 10 % 10)
                buffer[3] = zero + UInt8(year % 10)
                buffer[4] = dash
                buffer[5] = zero + UInt8(month / 10)
                buffer[6] = zero + UInt8(month % 10)
                buffer[7] = dash
                buffer[8] = zero + UInt8(day / 10)
                buffer[9] = zero + UInt8(day % 10)
                return 10
            }
        }
        return paddedISO
    }

    /// ``iso`` for any year, each number padded with zeros as the number it is (the year -44
    /// gives `0-44`).
    var paddedISO: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.julianDay < rhs.julianDay }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a Gregorian month.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a date as YYYY-MM-DD, found '\(text)'.")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension CivilDate {
    /// The order of a timeline: by day, undated last, then by id. Reports and events are listed
    /// in it everywhere, so every list agrees.
    public static func timelineOrder(_ a: (day: CivilDate?, id: String), _ b: (day: CivilDate?, id: String)) -> Bool {
        switch (a.day, b.day) {
        case let (x?, y?) where x != y: x < y
        case (.some, nil): true
        case (nil, .some): false
        default: a.id < b.id
        }
    }
}

/// An inclusive interval of days; `end` is `nil` for an open range ("since 2015").
public struct DayRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first day.
    public var start: CivilDate
    /// The last day (inclusive), or `nil` when the range is open-ended.
    public var end: CivilDate?

    /// Creates a range; a single day has `start == end`.
    public init(start: CivilDate, end: CivilDate?) {
        self.start = start
        self.end = end
    }

    /// A one-day range.
    public init(day: CivilDate) {
        self.init(start: day, end: day)
    }

    /// Whether the range is a single day.
    public var isSingleDay: Bool { end == start }

    /// The number of days in a closed range, or `nil` when it is open.
    public var length: Int? { end.map { start.days(to: $0) + 1 } }

    /// Whether `day` falls inside the range.
    public func contains(_ day: CivilDate) -> Bool {
        day >= start && (end.map { day <= $0 } ?? true)
    }

    /// Whether the two ranges share at least one day.
    public func overlaps(_ other: DayRange) -> Bool {
        (other.end.map { start <= $0 } ?? true) && (end.map { other.start <= $0 } ?? true)
    }

    public var description: String {
        guard let end else { return "\(start)…" }
        return end == start ? start.iso : "\(start)..\(end)"
    }
}
