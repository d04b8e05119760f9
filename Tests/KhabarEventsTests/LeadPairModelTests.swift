import Foundation
import KhabarCore
import KhabarEvents
import KhabarExtract
import KhabarTestSupport
import KhabarText
import Testing

/// How the lead pair model regroups a story's reports, on reports written in the wires' style.
@Suite struct LeadPairModelTests {
    static let analyzer = ArticleAnalyzer(gazetteer: .bundled)
    static let builder = FeatureBuilder(gazetteer: .bundled)

    func report(_ id: String, outlet: String, title: String, text: String, language: Language? = nil) -> ReportFeatures {
        let article = Article(id: id, outlet: outlet, title: title, text: text, published: CivilDate(iso: "2025-07-09"),
                              declaredLanguage: language)
        return Self.builder.features(of: AnalyzedReport(article: article, analysis: Self.analyzer.analyze(article)))
    }

    /// Two ministers of one government resign on one day: one actor, one story's words (استقالة,
    /// الحكومة البريطانية, خطة ماي, الاتحاد الأوروبي), so the rules keep them one event; the rare
    /// words of their leads (جونسون, الخارجية; ديفيس, بريكست) part them, and each resignation
    /// keeps its own reports from two outlets.
    @Test func twoResignationsOfOneGovernmentAreTwoEvents() {
        let reports = [
            report("j1", outlet: "Wire A", title: "استقالة وزير الخارجية البريطاني بوريس جونسون",
                   text: "لندن - قدم وزير الخارجية البريطاني بوريس جونسون استقالته من منصبه، الاثنين، ليصبح ثاني وزير يغادر حكومة تيريزا ماي خلال أقل من يوم. وقالت رئاسة الوزراء إن خلفا له في الخارجية سيعين قريبا."),
            report("j2", outlet: "Wire B", title: "جونسون يغادر الخارجية البريطانية احتجاجا على خطة ماي",
                   text: "أعلنت الحكومة البريطانية، الاثنين، أن وزير الخارجية بوريس جونسون استقال من منصبه. وكان جونسون من أبرز المدافعين عن الخروج من الاتحاد الأوروبي، وعارض خطة ماي بشأن بريكست."),
            report("d1", outlet: "Wire A", title: "استقالة وزير بريكست ديفيد ديفيس",
                   text: "لندن - استقال الوزير البريطاني المكلف بمفاوضات بريكست ديفيد ديفيس من منصبه ليل الأحد، احتجاجا على خطة رئيسة الوزراء تيريزا ماي للخروج من الاتحاد الأوروبي. وقال ديفيس إن الخطة تمنح بروكسل الكثير."),
            report("d2", outlet: "Wire B", title: "ديفيس يستقيل ويضرب حكومة ماي في خضم مفاوضات بريكست",
                   text: "أعلنت الحكومة البريطانية أن وزير بريكست ديفيد ديفيس قدم استقالته، معتبرا أن خطة ماي للخروج من الاتحاد الأوروبي تضعف موقف لندن في المفاوضات مع بروكسل."),
        ]
        let byID = Dictionary(uniqueKeysWithValues: reports.map { ($0.id, $0) })
        let members = reports.map(\.id)
        #expect(EventSplitter.ruleEvents(of: members, features: { byID[$0] }) == [["d1", "d2", "j1", "j2"]])
        #expect(EventSplitter.events(of: members, features: { byID[$0] }) == [["d1", "d2"], ["j1", "j2"]])
    }

    /// The pair probability rises with the leads' rare words and falls with an outlet reporting
    /// twice; reports in two languages follow the rules, since their words rarely coincide.
    @Test func theProbabilityReadsTheLeadsAndTheRules() {
        let model = LeadPairModel()
        var a = features("a", language: .arabic, terms: [1, 2, 3]), b = features("b", language: .arabic, terms: [1, 2, 3])
        a.leadTerms = [WeightedKey(key: 10, weight: 0.8), WeightedKey(key: 11, weight: 0.6)]
        b.leadTerms = a.leadTerms
        let same = model.probability(a, b, sameRuleEvent: true, storySize: 4)
        b.leadTerms = [WeightedKey(key: 12, weight: 1)]
        let different = model.probability(a, b, sameRuleEvent: true, storySize: 4)
        #expect(same > model.threshold && different < model.threshold)
        b.leadTerms = a.leadTerms
        (a.outlet, b.outlet) = (7, 7)
        #expect(model.probability(a, b, sameRuleEvent: true, storySize: 4) < same)
        b.language = .persian
        #expect(model.probability(a, b, sameRuleEvent: true, storySize: 4) == 1)
        #expect(model.probability(a, b, sameRuleEvent: false, storySize: 4) == 0)
    }

    /// A rule event of ``LeadPairModel/lockedSize`` reports or more stays whole however its leads
    /// differ (a big event is told in many words); a smaller one is regrouped; a report without
    /// lead words keeps its rule event whole.
    @Test func bigRuleEventsAndLeadlessReportsStayWhole() {
        func story(_ count: Int, leadless: Bool = false) -> (members: [String], byID: [String: ReportFeatures]) {
            var byID: [String: ReportFeatures] = [:]
            for index in 0..<count {
                let id = String(format: "r%02d", index)
                var report = features(id, terms: [1, 2, 3])
                report.leadTerms = leadless && index == 0 ? [] : [WeightedKey(key: UInt64(100 + index), weight: 1)]
                byID[id] = report
            }
            return (byID.keys.sorted(), byID)
        }
        let model = LeadPairModel()
        let big = story(model.lockedSize)
        #expect(model.regroup(members: big.members, ruleEvents: [big.members], features: { big.byID[$0] }) == [big.members])
        let small = story(4)
        #expect(model.regroup(members: small.members, ruleEvents: [small.members], features: { small.byID[$0] }).count == 4)
        let leadless = story(4, leadless: true)
        #expect(model.regroup(members: leadless.members, ruleEvents: [leadless.members], features: { leadless.byID[$0] })
                    == [leadless.members])
    }

    /// The regrouping depends on the members, not on their order.
    @Test func theOrderOfMembersDoesNotMatter() {
        var byID: [String: ReportFeatures] = [:]
        for index in 0..<9 {
            let id = "r\(index)"
            var report = features(id, terms: [1, 2, UInt64(index % 3 + 10)])
            report.leadTerms = [WeightedKey(key: UInt64(index % 3), weight: 0.9), WeightedKey(key: UInt64(50 + index), weight: 0.4)]
            byID[id] = report
        }
        let members = byID.keys.sorted()
        let expected = EventSplitter.events(of: members, features: { byID[$0] })
        #expect(expected.count == 3)
        var generator = SplitMix64(seed: 11)
        for _ in 0..<20 {
            #expect(EventSplitter.events(of: members.shuffled(using: &generator), features: { byID[$0] }) == expected)
        }
    }
}

/// Small events of one story whose leads nearly coincide are one event.
@Suite struct SmallEventJoinTests {
    func report(_ id: String, lead: [UInt64], language: Language = .arabic, published: String = "2025-07-09") -> ReportFeatures {
        var report = features(id, language: language, published: published, terms: [UInt64(id.unicodeScalars.first!.value)])
        report.leadTerms = lead.map { WeightedKey(key: $0, weight: 1) }
        return report
    }

    /// A profile of the man arrested («من هو … ؟») tells the arrest in other words, and average
    /// linkage left it alone; their leads share his rare name. Two small events join, a third
    /// with other lead words stays apart.
    @Test func smallEventsWithOneLeadJoin() {
        let reports = [
            report("a1", lead: [1, 2, 3]), report("a2", lead: [1, 2, 4]),  // the arrest, two outlets
            report("p1", lead: [1, 5, 6]),                                  // the profile: name 1, other words
            report("x1", lead: [7, 8, 9]),                                  // another act
        ]
        let byID = Dictionary(uniqueKeysWithValues: reports.map { ($0.id, $0) })
        let joined = LeadPairModel().joinSmallEvents([["a1", "a2"], ["p1"], ["x1"]], features: { byID[$0] }, model: SimilarityModel())
        #expect(joined == [["a1", "a2", "p1"], ["x1"]])
    }

    /// No join makes an event bigger than ``LeadPairModel/smallEventSize``, across languages, or
    /// across dates that cannot be one event; the closest pair joins first.
    @Test func joinsStaySmallInOneLanguageAndCompatibleDates() {
        let model = LeadPairModel()
        var reports = (0..<model.smallEventSize).map { report("b\($0)", lead: [1, 2]) }
        reports += [report("c0", lead: [1, 3]), report("f0", lead: [1, 2], language: .persian),
                    report("l0", lead: [1, 2], published: "2025-07-20")]
        let byID = Dictionary(uniqueKeysWithValues: reports.map { ($0.id, $0) })
        let big = reports.prefix(model.smallEventSize).map(\.id)
        let events = [big, ["c0"], ["f0"], ["l0"]]
        #expect(model.joinSmallEvents(events, features: { byID[$0] }, model: SimilarityModel()) == events)
        // Three singletons: c0 is closer to b0 (both leads [1, 2] against [1, 3]), so b0 and b1
        // join first, and c0 joins them while the event stays small.
        let three = [["b0"], ["b1"], ["c0"]]
        #expect(model.joinSmallEvents(three, features: { byID[$0] }, model: SimilarityModel()) == [["b0", "b1", "c0"]])
        let tight = LeadPairModel(smallEventSize: 2)
        #expect(tight.joinSmallEvents(three, features: { byID[$0] }, model: SimilarityModel()) == [["b0", "b1"], ["c0"]])
    }

    /// Two actors stay apart however alike their leads: a reaction repeats the act it answers. A
    /// report without an actor (a profile, a video) joins either.
    @Test func twoActorsStayApart() {
        var act = report("a0", lead: [1, 2, 3]), answer = report("r0", lead: [1, 2, 3])
        let profile = report("p0", lead: [1, 2, 3])
        (act.actor, answer.actor) = (11, 12)
        let byID = ["a0": act, "r0": answer, "p0": profile]
        let model = LeadPairModel()
        #expect(model.joinSmallEvents([["a0"], ["r0"]], features: { byID[$0] }, model: SimilarityModel()) == [["a0"], ["r0"]])
        #expect(model.joinSmallEvents([["a0"], ["p0"]], features: { byID[$0] }, model: SimilarityModel()) == [["a0", "p0"]])
    }
}

/// The lead-word frequency tables and the lead words they count.
@Suite struct LeadWordFrequencyTests {
    /// The bundled tables read, and a common lead word weighs less than a rare one.
    @Test func bundledTablesWeighCommonWordsLess() {
        let tables = LeadWordFrequencies.bundled
        #expect(tables.languages == [.arabic, .persian])
        let builder = FeatureBuilder(gazetteer: .bundled)
        let common = builder.leadWords(title: "الرئيس الأمريكي", prepared: PreparedText(""), language: .arabic)
        let rare = builder.leadWords(title: "ديفيس", prepared: PreparedText(""), language: .arabic)
        func weight(_ word: String) -> Float {
            tables.weight(of: StableHash.of(0x6C, scalars: ArraySlice(word.unicodeScalars)), in: .arabic)
        }
        #expect(common.count == 2 && rare.count == 1)
        #expect(common.allSatisfy { weight($0) < weight(rare[0]) / 2 })
        #expect(tables.weight(of: 42, in: .english) == 1)
    }

    /// A malformed table names its line.
    @Test func aMalformedTableNamesItsLine() throws {
        let good = try LeadWordFrequencies.parse([.arabic: ("# documents\t100\nرییس\t60\n", "t.tsv")])
        #expect(good.weight(of: StableHash.of(0x6C, scalars: ArraySlice("رییس".unicodeScalars)), in: .arabic) < 1)
        #expect(throws: LeadWordFrequencyError.self) { try LeadWordFrequencies.parse([.arabic: ("# documents\t100\nرییس 60\n", "t.tsv")]) }
        do {
            _ = try LeadWordFrequencies.parse([.arabic: ("# documents\t100\nرییس\tستون\n", "t.tsv")])
        } catch let error as LeadWordFrequencyError {
            #expect(error.description == "t.tsv:2: expected a word and a count separated by a tab")
        }
        #expect(throws: LeadWordFrequencyError.self) { try LeadWordFrequencies.parse([.arabic: ("رییس\t60\n", "t.tsv")]) }
    }

    /// The words a table counts are the ones a report's lead terms hold: the headline's and the
    /// first sentence's, stemmed, without stop words; the second sentence's are not.
    @Test func leadWordsAreTheLeadTermsKeys() {
        let builder = FeatureBuilder(gazetteer: .bundled, leadFrequencies: .uniform)
        let title = "استقالة وزير الخارجية البريطاني"
        let text = "أعلنت الحكومة البريطانية استقالة وزير الخارجية بوريس جونسون من منصبه. وقال متحدث إن رئيسة الوزراء قبلت الاستقالة."
        let article = Article(id: "x", outlet: "Test", title: title, text: text, published: CivilDate(iso: "2025-07-09"))
        let features = builder.features(of: AnalyzedReport(article: article, analysis: ArticleAnalyzer(gazetteer: .bundled).analyze(article)))
        let words = builder.leadWords(title: title, prepared: PreparedText(text), language: .arabic)
        let keys = Set(words.map { StableHash.of(0x6C, scalars: ArraySlice($0.unicodeScalars)) })
        #expect(Set(features.leadTerms.map(\.key)) == keys)
        // The light stemmer takes ون off جونسون, as it does off المعلمون.
        #expect(words.contains("جونس") && !words.contains("متحدث"))
    }
}
