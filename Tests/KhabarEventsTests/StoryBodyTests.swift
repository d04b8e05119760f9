import KhabarCore
import KhabarEvents
import KhabarExtract
import KhabarTestSupport
import KhabarText
import Testing

/// Where a report's own story ends (`StoryBody`), on texts written in the style of a scraped
/// CNN Arabic page: the story, then the leads of other stories of the day appended without a
/// heading.
@Suite struct StoryBodyTests {
    static let analyzer = ArticleAnalyzer(gazetteer: .bundled)
    static let builder = FeatureBuilder(gazetteer: .bundled)

    /// Three leads of other stories, as a page appends them.
    static let appendedLeads = [
        "أعلنت وزارة الخارجية الروسية، الاثنين، أن موسكو ستطرد عشرين دبلوماسياً بريطانياً رداً على العقوبات التي فرضتها لندن بعد حادثة التسميم في سالزبري.",
        "قال الرئيس التركي رجب طيب أردوغان إن بلاده ستواصل عملياتها العسكرية شمال سوريا حتى تطهير المنطقة من المسلحين الأكراد، وفقاً لوكالة الأناضول التركية.",
        "كشف مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في بيان أن عدد النازحين من محافظة إدلب السورية تجاوز ثلاثين ألف شخص خلال أسبوع واحد من القصف.",
    ]

    static let floods = [
        "عمّان، الأردن (CNN) – أعلنت مديرية الأمن العام الأردنية، الأحد، ارتفاع عدد ضحايا السيول التي اجتاحت منطقة البحر الميت إلى 18 شخصاً، معظمهم من طلاب المدارس.",
        "وقال المتحدث باسم الأمن العام إن فرق الإنقاذ ما زالت تبحث عن مفقودين في وادي زرقاء ماعين، بمشاركة طائرات عسكرية ومروحيات.",
        "وأعلن رئيس الوزراء الأردني عمر الرزاز الحداد ثلاثة أيام، وأمر بتشكيل لجنة تحقيق في ملابسات الرحلة المدرسية إلى البحر الميت.",
    ]

    static let antiquities = [
        "القاهرة، مصر (CNN) – أصدرت محكمة جنايات القاهرة، الثلاثاء، حكماً بالسجن المشدد عشر سنوات على رجل أعمال مصري بتهمة تهريب آثار إلى الخارج.",
        "وأوضحت النيابة العامة أن المتهم حاول تهريب 21 قطعة أثرية عبر ميناء الإسكندرية داخل حاوية أثاث متجهة إلى أوروبا.",
        "وأكدت وزارة الآثار المصرية أنها ستطالب باسترداد القطع التي خرجت من البلاد بطرق غير مشروعة خلال السنوات الماضية.",
    ]

    func features(_ id: String, title: String, paragraphs: [String]) -> ReportFeatures {
        let article = Article(id: id, outlet: "Test", title: title, text: paragraphs.joined(separator: "\n"), published: CivilDate(iso: "2025-03-16"))
        return Self.builder.features(of: AnalyzedReport(article: article, analysis: Self.analyzer.analyze(article)))
    }

    /// Where `StoryBody` ends a text, as the paragraph it ends before (nil: the whole text).
    func trailerStart(title: String, paragraphs: [String]) -> Int? {
        let folded = FoldedText(paragraphs.joined(separator: "\n"))
        // Content words here: words of four letters or more (no stop words in these texts).
        func key(_ range: Range<Int>, in text: FoldedText) -> UInt64? {
            range.count >= 4 ? StableHash.of(0x74, scalars: text.scalars[range]) : nil
        }
        let title = FoldedText(title)
        let headline = Tokenizer().wordTokens(in: title).compactMap { key($0.range, in: title) }
        let end = StoryBody.end(of: folded.scalars, tokens: Tokenizer().wordTokens(in: folded), headline: headline) {
            key($0, in: folded)
        }
        guard end < folded.count else { return nil }
        // The paragraph whose first scalar is `end`.
        return folded.scalars[..<end].filter { $0 == "\n" }.count
    }

    /// A page's appended leads are not the story: the text ends before them.
    @Test func appendedLeadsOfOtherStoriesAreATrailer() {
        #expect(trailerStart(title: "ارتفاع ضحايا سيول البحر الميت في الأردن", paragraphs: Self.floods + Self.appendedLeads) == 3)
        #expect(trailerStart(title: "السجن عشر سنوات لمهرب آثار مصري", paragraphs: Self.antiquities + Self.appendedLeads) == 3)
    }

    /// Paragraphs that go on with the story, open with a conjunction, or are too few, stay.
    @Test func theStoryItselfIsKept() {
        // Without appended leads.
        #expect(trailerStart(title: "ارتفاع ضحايا سيول البحر الميت في الأردن", paragraphs: Self.floods) == nil)
        // One far paragraph at the end is the story's background, not a trailer.
        #expect(trailerStart(title: "ارتفاع ضحايا سيول البحر الميت في الأردن", paragraphs: Self.floods + [Self.appendedLeads[0]]) == nil)
        // The same leads opening with a conjunction continue the story.
        let continued = Self.appendedLeads.map { "و" + $0 }
        #expect(trailerStart(title: "ارتفاع ضحايا سيول البحر الميت في الأردن", paragraphs: Self.floods + continued) == nil)
        // So do a connective («كما», «أما») and the items of a numbered list: the last of them
        // opening so is enough, as the trailer is read from the end.
        for opening in ["كما ", "أما ", "3- "] {
            let paragraphs = Self.floods + Self.appendedLeads.dropLast() + [opening + Self.appendedLeads[2]]
            #expect(trailerStart(title: "ارتفاع ضحايا سيول البحر الميت في الأردن", paragraphs: paragraphs) == nil, "\(opening)")
        }
        // A word that merely begins like a connective («كمال») is no connective.
        let named = Self.floods + Self.appendedLeads.dropLast() + ["كمال " + Self.appendedLeads[2]]
        #expect(trailerStart(title: "ارتفاع ضحايا سيول البحر الميت في الأردن", paragraphs: named) == 3)
        // Two paragraphs are always the story's, however far the second is from the headline.
        #expect(trailerStart(title: "عنوان قصير", paragraphs: [Self.floods[0]] + Self.appendedLeads) == 2)
        #expect(trailerStart(title: "", paragraphs: []) == nil)
    }

    /// Two unrelated stories that a page gave the same appended leads are not one event; each
    /// is still its own story's.
    @Test func sharedAppendedLeadsDoNotMakeStoriesAlike() {
        let model = SimilarityModel()
        let floods = features("a", title: "ارتفاع ضحايا سيول البحر الميت في الأردن", paragraphs: Self.floods + Self.appendedLeads)
        let antiquities = features("b", title: "السجن عشر سنوات لمهرب آثار مصري", paragraphs: Self.antiquities + Self.appendedLeads)
        let floodsAlone = features("c", title: "ارتفاع ضحايا سيول البحر الميت في الأردن", paragraphs: Self.floods)
        #expect(model.similarity(floods, antiquities) < model.joinThreshold / 2)
        #expect(model.similarity(floods, floodsAlone) == model.similarity(floodsAlone, floodsAlone))
        // What the trailer names and counts is not the report's: Erdogan, Idlib, London, thirty
        // thousand displaced are not among its entities and figures.
        #expect(floods.entities == floodsAlone.entities)
        #expect(floods.figures == floodsAlone.figures)
        #expect(floods.terms == floodsAlone.terms)
        #expect(floods.signature == floodsAlone.signature)
        // Where the story ends, in the original text's scalars: where the first appended lead starts.
        #expect(floods.storyEnd == Self.floods.joined(separator: "\n").unicodeScalars.count + 1)
        #expect(floodsAlone.storyEnd == nil)
    }

    /// An event's description does not take its participants and facts from the trailer: the
    /// people, quotes and figures of other stories' leads are not the event's, nor the outlet's
    /// statements about it.
    @Test func anEventsDescriptionLeavesTheTrailerOut() throws {
        let quotedLead = "قال الرئيس التركي رجب طيب أردوغان، الاثنين، إن «العمليات العسكرية شمال سوريا ستستمر حتى تطهير المنطقة بالكامل»، وفقاً لوكالة الأناضول التركية الرسمية."
        let trailer = [Self.appendedLeads[0], quotedLead, Self.appendedLeads[2]]
        let title = "ارتفاع ضحايا سيول البحر الميت في الأردن"
        func describe(_ paragraphs: [String]) -> Event {
            let article = Article(id: "a", outlet: "CNN", title: title, text: paragraphs.joined(separator: "\n"), published: CivilDate(iso: "2025-03-16"))
            let report = AnalyzedReport(article: article, analysis: Self.analyzer.analyze(article))
            let features = Self.builder.features(of: report)
            return EventSummarizer(gazetteer: .bundled).event(of: [report], features: [report.article.id: features])
        }
        let withTrailer = describe(Self.floods + trailer)
        let alone = describe(Self.floods)
        // The analysis itself still finds Erdogan's quote and the thirty thousand displaced.
        let analysis = Self.analyzer.analyze(Article(id: "a", outlet: "CNN", title: title, text: (Self.floods + trailer).joined(separator: "\n")))
        #expect(analysis.quotes.contains { $0.speaker?.id == "kh:person/recep-tayyip-erdogan" })
        #expect(withTrailer.participants == alone.participants)
        #expect(withTrailer.facts == alone.facts)
        #expect(withTrailer.place == alone.place)
        #expect(!withTrailer.facts.contains { $0.speaker?.id == "kh:person/recep-tayyip-erdogan" })
    }
}
