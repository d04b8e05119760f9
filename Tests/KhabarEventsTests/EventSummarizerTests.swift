import KhabarCore
import KhabarEvents
import KhabarExtract
import Testing

/// What `EventSummarizer` says of an event, on reports written in the style of the wires.
@Suite struct EventSummarizerTests {
    static let analyzer = ArticleAnalyzer(gazetteer: .bundled)
    static let summarizer = EventSummarizer(gazetteer: .bundled)
    static let builder = FeatureBuilder(gazetteer: .bundled)

    func event(_ texts: [String]) -> Event {
        let reports = texts.enumerated().map { index, text in
            let article = Article(id: "r\(index)", outlet: "Test", text: text, published: CivilDate(iso: "2025-03-15"))
            return AnalyzedReport(article: article, analysis: Self.analyzer.analyze(article))
        }
        let features = Dictionary(uniqueKeysWithValues: reports.map { ($0.article.id, Self.builder.features(of: $0)) })
        return Self.summarizer.event(of: reports, features: features)
    }

    /// With nobody named in the lead, everyone named in the body would score alike; a name the
    /// gazetteer does not know is left out there, a known one stays.
    @Test func anUnknownNameOnlyInTheBodyIsNoParticipant() {
        let text = """
            شهدت العاصمة الأردنية يوم السبت اجتماعا لوزراء الزراعة العرب لبحث الأمن الغذائي.
            وقال المحلل الاقتصادي سامر الخطيب إن الاجتماع يأتي في ظروف صعبة، فيما أكد رئيس الوزراء العراقي حيدر العبادي دعم بلاده للخطة.
            """
        let analysis = Self.analyzer.analyze(Article(id: "x", text: text))
        #expect(analysis.entities.contains { $0.text == "سامر الخطيب" && $0.type == .person }, "the pattern finds the name")
        #expect(event([text]).participants.map(\.name) == ["Haider al-Abadi"])
    }

    /// An unknown name in the headline or first sentence takes part.
    @Test func anUnknownNameInTheLeadIsAParticipant() {
        let text = """
            قال المهندس سامر الخطيب مدير مشروع سد الموصل إن أعمال الصيانة ستنتهي الشهر المقبل.
            وأضاف أن الحكومة العراقية خصصت الأموال اللازمة.
            """
        #expect(event([text]).participants.map(\.id) == ["kh:person/~smr-lktb"])
    }
}
