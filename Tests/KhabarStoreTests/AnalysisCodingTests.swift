import KhabarCore
@testable import KhabarStore
import Testing

/// Decoding a stored analysis without its date mentions (what event descriptions read).
@Suite struct AnalysisCodingTests {
    static let analysis = ArticleAnalysis(
        version: "test", language: .arabic, title: "عنوان",
        outlet: OutletAttribution(id: "kh:outlet/x", name: "وكالة", source: .text, span: TextSpan(start: 0, end: 5)),
        published: CivilDate(iso: "2025-12-12"), publishedSource: .metadata, normalized: "",
        dates: [
            DateMention(span: TextSpan(start: 0, end: 4), text: "أمس", calendar: .gregorian, granularity: .day,
                        range: DayRange(day: CivilDate(iso: "2025-12-11")!), isRelative: true),
            DateMention(span: TextSpan(start: 9, end: 20), text: "الأسبوع الماضي", calendar: nil, granularity: .week,
                        range: DayRange(start: CivilDate(iso: "2025-12-01")!, end: CivilDate(iso: "2025-12-07")!), isRelative: true),
        ],
        entities: [EntityMention(span: TextSpan(start: 21, end: 26), text: "بوتين", type: .person, id: "kh:person/putin",
                                 name: "فلاديمير بوتين", role: "رئيس")],
        figures: [Figure(span: TextSpan(start: 30, end: 32), text: "13", value: 13, unit: "percent", measure: nil, period: nil)],
        quotes: [Quote(speaker: Speaker(id: "kh:person/putin", name: "بوتين", text: "قال"), span: TextSpan(start: 40, end: 50), text: "نص")],
        eventDating: EventDating(range: DayRange(day: CivilDate(iso: "2025-12-11")!), tense: .happened, evidence: TextSpan(start: 0, end: 4)))

    @Test func withoutDatesIsTheAnalysisWithoutItsDateMentions() throws {
        let bytes = AnalysisCoding.encode(Self.analysis)
        let whole = try #require(AnalysisCoding.decode(bytes))
        #expect(whole == Self.analysis)
        var expected = Self.analysis
        expected.dates = []
        #expect(AnalysisCoding.decode(bytes, dates: false) == expected)
    }

    /// Cut short or with a byte changed, the bytes are unreadable both ways, or readable both ways.
    @Test func corruptBytesAreRejectedAlike() {
        let bytes = AnalysisCoding.encode(Self.analysis)
        for count in 0..<bytes.count {
            #expect(AnalysisCoding.decode(Array(bytes.prefix(count)), dates: false) == nil)
        }
        for index in bytes.indices {
            var changed = bytes
            changed[index] = 0xFF
            let whole = AnalysisCoding.decode(changed)
            let withoutDates = AnalysisCoding.decode(changed, dates: false)
            #expect((whole == nil) == (withoutDates == nil), "byte \(index)")
            if var whole {
                whole.dates = []
                #expect(withoutDates == whole, "byte \(index)")
            }
        }
    }
}
