import KhabarCore
import KhabarTestSupport
import KhabarText
import Testing
@testable import KhabarTime

/// The seed reports as the analyser sees them: the text after the `date` marker, and the marker's
/// day as the publication date.
struct SeedReport {
    let text: ScalarText
    let published: CivilDate?

    init(_ prefix: String) {
        var content = Seeds.content(prefix)[...]
        content = content.drop { $0.isWhitespace }
        var published: CivilDate?
        if content.hasPrefix("date "), let day = CivilDate(iso: content.dropFirst(5).prefix(10)) {
            published = day
            content = content.dropFirst(15).drop { $0 == " " }
        }
        text = ScalarText(String(content))
        self.published = published
    }

    func mentions(reference: CivilDate? = nil, language: Language = .persian) -> [DateMention] {
        DateExtractor().extract(from: text, language: language, reference: reference ?? published)
    }
}

/// What a seed mention should be: its text, first and last day, granularity and calendar.
struct Expected: CustomStringConvertible, Sendable {
    let text: String
    let start: String
    let end: String?
    let granularity: DateGranularity
    let calendar: CalendarSystem?

    var description: String { "\(text) → \(start)..\(end ?? "open") \(granularity)" }

    func matches(_ mention: DateMention) -> Bool {
        mention.text == text && mention.range.start.iso == start && mention.range.end?.iso == end
            && mention.granularity == granularity && mention.calendar == calendar
    }
}

@Suite struct SeedDatesTests {
    static let d = DateGranularity.day

    // MARK: - Every date of seeds/README.md

    @Test(arguments: [
        Expected(text: "روز جمعه", start: "2025-12-12", end: "2025-12-12", granularity: .day, calendar: nil),
        Expected(text: "سال ۲۰۲۵ میلادی", start: "2025-01-01", end: "2025-12-31", granularity: .year, calendar: .gregorian),
        Expected(text: "۲۸ دی ۱۴۰۳", start: "2025-01-17", end: "2025-01-17", granularity: .day, calendar: .persian),
        Expected(text: "سال ۲۰۲۴ میلادی", start: "2024-01-01", end: "2024-12-31", granularity: .year, calendar: .gregorian),
        Expected(text: "۹ ماه نخست سال ۲۰۲۵", start: "2025-01-01", end: "2025-09-30", granularity: .month, calendar: .gregorian),
        Expected(text: "سال ۱۹۹۵", start: "1995-01-01", end: "1995-12-31", granularity: .year, calendar: .gregorian),
        Expected(text: "سال ۲۰۱۷", start: "2017-01-01", end: "2017-12-31", granularity: .year, calendar: .gregorian),
        Expected(text: "۱۲ دسامبر", start: "2025-12-12", end: "2025-12-12", granularity: .day, calendar: .gregorian),
    ])
    func seed000(expected: Expected) {
        let mentions = SeedReport("000").mentions()
        #expect(mentions.contains { expected.matches($0) }, "\(mentions.map(\.text))")
    }

    @Test func seed000HasNoOtherDates() {
        let texts = SeedReport("000").mentions().map(\.text)
        #expect(texts == ["روز جمعه", "سال ۲۰۲۵ میلادی", "۲۸ دی ۱۴۰۳", "سال ۲۰۲۴ میلادی", "۹ ماه نخست سال ۲۰۲۵",
                          "روز جمعه", "سال ۱۹۹۵", "سال ۲۰۱۷", "۱۲ دسامبر"])
    }

    /// 001: relative years in a Persian sentence with no Gregorian cue are Solar Hijri years
    /// (the reference answer reads them as Gregorian from 000's parallel sentence; see Guides/Time.md).
    @Test(arguments: [
        Expected(text: "امروز جمعه 21 آذر 1404", start: "2025-12-12", end: "2025-12-12", granularity: .day, calendar: .persian),
        Expected(text: "پایان سال", start: "2026-02-20", end: "2026-03-20", granularity: .month, calendar: .persian),
        Expected(text: "سال گذشته", start: "2024-03-20", end: "2025-03-20", granularity: .year, calendar: .persian),
        Expected(text: "9 ماهه امسال", start: "2025-03-21", end: "2025-12-21", granularity: .month, calendar: .persian),
    ])
    func seed001(expected: Expected) {
        let mentions = SeedReport("001").mentions()
        #expect(mentions.contains { expected.matches($0) }, "\(mentions.map(\.text))")
    }

    @Test func seed002HasOnlyRelativeYearsAndNeedsAReference() {
        let report = SeedReport("002")
        #expect(report.mentions(language: .arabic).isEmpty)
        let mentions = report.mentions(reference: CivilDate(year: 2025, month: 12, day: 12), language: .arabic)
        #expect(mentions.map(\.text) == ["العام الماضي", "هذا العام", "العام الماضي", "هذا العام"])
        #expect(mentions.first?.range == CalendarSystem.gregorian.yearRange(2024))
        #expect(mentions[1].range == CalendarSystem.gregorian.yearRange(2025))
    }

    /// 003 has no publication date: the Aban range takes its year from the text's 20 Mehr 1403.
    @Test func seed003() {
        let mentions = SeedReport("003").mentions()
        #expect(mentions.count == 2)
        #expect(mentions.contains {
            Expected(text: "اول تا سوم آبانماه", start: "2024-10-22", end: "2024-10-24", granularity: .day, calendar: .persian).matches($0)
                && !$0.isRelative
        })
        #expect(mentions.contains {
            Expected(text: "روز جمعه 20 مهرماه 1403", start: "2024-10-11", end: "2024-10-11", granularity: .day, calendar: .persian).matches($0)
        })
    }

    @Test func seed003WithAReferenceResolvesFridayAndTheCurrentYear() {
        let mentions = SeedReport("003").mentions(reference: CivilDate(year: 2024, month: 10, day: 11))
        #expect(mentions.first { $0.text == "روز جمعه" }?.range.start.iso == "2024-10-11")
        #expect(mentions.first { $0.text == "سال جاری" }?.range == CalendarSystem.persian.yearRange(1403))
    }

    @Test(arguments: [
        Expected(text: "روز جمعه", start: "2025-01-17", end: "2025-01-17", granularity: .day, calendar: nil),
        Expected(text: "روز جمعه ۲۸ دی ماه", start: "2025-01-17", end: "2025-01-17", granularity: .day, calendar: .persian),
        Expected(text: "۱۱ اکتبر ۲۰۲۴", start: "2024-10-11", end: "2024-10-11", granularity: .day, calendar: .gregorian),
        Expected(text: "14 ژانویه 2025", start: "2025-01-14", end: "2025-01-14", granularity: .day, calendar: .gregorian),
        Expected(text: "روز جمعه ۲۸ دیماه", start: "2025-01-17", end: "2025-01-17", granularity: .day, calendar: .persian),
        Expected(text: "دهه ۷۰", start: "1991-03-21", end: "2001-03-20", granularity: .decade, calendar: .persian),
        Expected(text: "تابستان امسال", start: "2024-06-21", end: "2024-09-21", granularity: .season, calendar: .persian),
        Expected(text: "دو سال گذشته", start: "2023-01-15", end: "2025-01-14", granularity: .year, calendar: nil),
        Expected(text: "سال گذشته", start: "2023-03-21", end: "2024-03-19", granularity: .year, calendar: .persian),
    ])
    func seed004(expected: Expected) {
        let report = SeedReport("004")
        let published = PublicationDateFinder().find(in: report.text, language: .persian)?.date
        let mentions = report.mentions(reference: published)
        #expect(mentions.contains { expected.matches($0) }, "\(mentions.map(\.text))")
    }

    // MARK: - Publication dates

    @Test func publicationDateOf004IsItsDateLine() throws {
        let report = SeedReport("004")
        let found = try #require(PublicationDateFinder().find(in: report.text, language: .persian))
        #expect(found.date.iso == "2025-01-14")
        #expect(report.text[found.span] == "14 ژانویه 2025")
    }

    @Test(arguments: ["000", "001", "002", "003"])
    func noPublicationDateIsGuessedFromTheBody(prefix: String) {
        let report = SeedReport(prefix)
        #expect(PublicationDateFinder().find(in: report.text, language: prefix == "002" ? .arabic : .persian) == nil)
    }

    // MARK: - Event dates

    @Test(arguments: [
        ("000", "2025-12-12", Tense.happened),
        ("001", "2025-12-12", Tense.happened),
        ("003", "2024-10-11", Tense.happened),
        ("004", "2025-01-17", Tense.scheduled),
    ])
    func eventDates(prefix: String, day: String, tense: Tense) throws {
        let report = SeedReport(prefix)
        let published = report.published ?? PublicationDateFinder().find(in: report.text, language: .persian)?.date
        let mentions = DateExtractor().extract(from: report.text, language: .persian, reference: published)
        let dating = try #require(EventDater().date(
            text: report.text, language: .persian, mentions: mentions, published: published))
        #expect(dating.range.start.iso == day)
        #expect(dating.range.isSingleDay)
        #expect(dating.tense == tense)
        #expect(dating.evidence != nil)
    }

    @Test func undatedReportWithoutPublicationDateHasNoDating() {
        let report = SeedReport("002")
        let mentions = report.mentions(language: .arabic)
        #expect(EventDater().date(text: report.text, language: .arabic, mentions: mentions, published: nil) == nil)
        let published = CivilDate(year: 2025, month: 12, day: 12)!
        let dating = EventDater().date(text: report.text, language: .arabic, mentions: [], published: published)
        #expect(dating == EventDating(range: DayRange(day: published), tense: .unknown, evidence: nil))
    }
}

@Suite struct ArticleDatesTests {
    /// The one-pass API gives what the three separate calls give.
    @Test(arguments: ["000", "001", "002", "003", "004"])
    func analyzeMatchesTheSeparateStages(prefix: String) {
        let report = SeedReport(prefix)
        let language: Language = prefix == "002" ? .arabic : .persian
        let combined = DateExtractor().analyze(report.text, language: language, published: report.published)
        let stated = report.published == nil ? PublicationDateFinder().find(in: report.text, language: language) : nil
        let published = report.published ?? stated?.date
        let mentions = DateExtractor().extract(from: report.text, language: language, reference: published)
        let dating = EventDater().date(text: report.text, language: language, mentions: mentions, published: published)
        #expect(combined.published == published)
        #expect(combined.publishedSpan == stated?.span)
        #expect(combined.mentions == mentions)
        #expect(combined.eventDating == dating)
    }
}
