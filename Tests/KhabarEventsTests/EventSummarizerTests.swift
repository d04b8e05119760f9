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

    /// Reports with headlines and publication days, described as one event.
    func event(_ reports: [(title: String, text: String, published: String)]) -> Event {
        let analysed = reports.enumerated().map { index, item in
            let article = Article(id: "r\(index)", outlet: "Test", title: item.title, text: item.text, published: CivilDate(iso: item.published))
            return AnalyzedReport(article: article, analysis: Self.analyzer.analyze(article))
        }
        let features = Dictionary(uniqueKeysWithValues: analysed.map { ($0.article.id, Self.builder.features(of: $0)) })
        return Self.summarizer.event(of: analysed, features: features)
    }

    /// The title is the headline of the report most like the others, not of the first one: a
    /// big event opens with previews and side stories.
    @Test func theTitleIsTheCentralReportsHeadline() {
        let preview = (title: "صحيفة أمريكية: الرئيس أبلغ حلفاءه بما سيعلنه الليلة",
                       text: "ذكرت صحيفة أمريكية أن الرئيس الأمريكي اتصل بعدد من حلفائه الأوروبيين وأبلغهم بقراره قبل إعلانه.",
                       published: "2025-03-15")
        let main = [
            (title: "واشنطن تعلن انسحابها من اتفاق المناخ وتعيد فرض الرسوم",
             text: "أعلن الرئيس الأمريكي انسحاب الولايات المتحدة من اتفاق المناخ وإعادة فرض الرسوم الجمركية على واردات الصلب، في قرار وقعه في البيت الأبيض.",
             published: "2025-03-15"),
            (title: "الرئيس الأمريكي يوقع قرار الانسحاب من اتفاق المناخ",
             text: "وقع الرئيس الأمريكي في البيت الأبيض قرار انسحاب الولايات المتحدة من اتفاق المناخ، وأعلن إعادة فرض الرسوم الجمركية على واردات الصلب.",
             published: "2025-03-15"),
            (title: "انسحاب أمريكي من اتفاق المناخ وعودة الرسوم على الصلب",
             text: "قرر الرئيس الأمريكي انسحاب الولايات المتحدة من اتفاق المناخ، وإعادة فرض الرسوم الجمركية على واردات الصلب، بحسب قرار وقعه في البيت الأبيض.",
             published: "2025-03-15"),
        ]
        let title = event([preview] + main).titles["ar"]
        #expect(title != preview.title)
        #expect(main.map(\.title).contains(title ?? ""))
        // Two reports are equally central to each other: the earlier one's headline stays.
        #expect(event(Array(main.prefix(2))).titles["ar"] == main[0].title)
    }

    /// Previews of the day before and reports of the day both fall within a day of each other;
    /// the day more reports name exactly is the event's.
    @Test func theDayMostReportsNameExactlyWinsATie() {
        let before = (title: "الحكومة تستعد لتوقيع الاتفاق",
                      text: "قالت الحكومة إنها ستوقع اتفاق الشراكة مع الاتحاد الأوروبي في 14 مارس 2025 في العاصمة.",
                      published: "2025-03-13")
        let day = (title: "توقيع اتفاق الشراكة مع الاتحاد الأوروبي",
                   text: "وقعت الحكومة اتفاق الشراكة مع الاتحاد الأوروبي في 15 مارس 2025 في العاصمة بحضور الوزراء.",
                   published: "2025-03-15")
        let event = event([before, before, day, day, day])
        #expect(event.date == DayRange(day: CivilDate(iso: "2025-03-15")!))
        #expect(event.tense == .happened)
    }
}
