import KhabarCore
import KhabarEvents
import KhabarExtract
import KhabarTestSupport
import Testing

/// Who acts in a lead (`FeatureBuilder`'s actor), on leads written in the style of the wires.
@Suite struct LeadActorTests {
    static let analyzer = ArticleAnalyzer(gazetteer: .bundled)
    static let builder = FeatureBuilder(gazetteer: .bundled)

    func features(_ text: String, language: Language? = nil) -> ReportFeatures {
        let article = Article(id: "x", outlet: "Test", text: text, published: CivilDate(iso: "2025-03-15"))
        return Self.builder.features(of: AnalyzedReport(article: article, analysis: Self.analyzer.analyze(article)))
    }

    /// A president and his foreign minister act for one country: their offices say which.
    @Test func officialsActForTheirCountry() {
        let president = features("أعلن الرئيس الإيراني حسن روحاني، الثلاثاء، أن بلاده ستبقى ملتزمة بالاتفاق النووي.")
        let minister = features("قال وزير الخارجية الإيراني محمد جواد ظريف إن طهران تدرس خياراتها بعد القرار الأمريكي.")
        let other = features("رحبت السعودية، الثلاثاء، بقرار الرئيس الأمريكي دونالد ترامب الانسحاب من الاتفاق النووي مع إيران.")
        #expect(president.actor != 0)
        #expect(president.actor == minister.actor)
        #expect(other.actor != 0 && other.actor != president.actor)
        // The reaction names the one it reacts to; Iran, after a preposition, is an object.
        let decider = features("أعلن الرئيس الأمريكي دونالد ترامب انسحاب بلاده من الاتفاق.").actor
        #expect(decider != 0 && other.leadNames.contains(decider))
        #expect(!other.leadNames.contains(president.actor))
    }

    /// Officials of 2018's stories act for their countries too: the US defense secretary and
    /// national security adviser, Britain's foreign secretaries.
    @Test func moreOfficialsActForTheirCountry() {
        let usa = features("أعلنت الولايات المتحدة، السبت، أن الضربات على سوريا حققت أهدافها.").actor
        #expect(usa != 0)
        #expect(features("قال وزير الدفاع الأمريكي جيمس ماتيس إن الضربات استهدفت منشآت الأسلحة الكيميائية.").actor == usa)
        #expect(features("حذر جون بولتون، مستشار الأمن القومي الأمريكي، من أن واشنطن سترد بقوة.").actor == usa)
        let britain = features("أعلنت بريطانيا، الاثنين، طرد دبلوماسيين روس.").actor
        #expect(britain != 0 && britain != usa)
        #expect(features("قال وزير الخارجية البريطاني جيريمي هانت إن بلاده ستواصل الضغط على موسكو.").actor == britain)
    }

    /// A dateline's city and an outlet are not who acts; a name after a preposition is a place
    /// or an object.
    @Test func datelinesOutletsAndPrepositionsAreSkipped() {
        let withDateline = features("دبي، الإمارات العربية المتحدة (CNN) – حذرت تركيا من أن القرار يهدد باندلاع نزاعات جديدة في المنطقة.")
        let plain = features("حذرت تركيا، الثلاثاء، من أن القرار يهدد باندلاع نزاعات جديدة.")
        #expect(plain.actor != 0)
        #expect(withDateline.actor == plain.actor)

        let inParis = features("في باريس، أعلن الرئيس الفرنسي إيمانويل ماكرون أن بلاده ستبقى في الاتفاق.")
        let macron = features("أعرب الرئيس الفرنسي إيمانويل ماكرون عن أسفه للقرار الأمريكي.")
        #expect(inParis.actor != 0)
        #expect(inParis.actor == macron.actor)

        let persian = features("به گزارش ایرنا، سرگئی لاوروف وزیر امور خارجه روسیه گفت که مسکو به توافق پایبند است.")
        let putin = features("ولادیمیر پوتین رئیس‌جمهور روسیه امروز اعلام کرد که مسکو به توافق پایبند می‌ماند.")
        #expect(persian.actor != 0)
        #expect(persian.actor == putin.actor)
    }

    /// A capital, a state body and an army act for their country, as its officials do.
    @Test func capitalsAndStateBodiesActForTheirCountry() {
        let country = features("افتتحت الولايات المتحدة، الاثنين، سفارتها الجديدة في القدس وسط إجراءات أمنية مشددة.").actor
        let capital = features("واشنطن تفتتح سفارتها في القدس بحضور وفد رسمي كبير.").actor
        let body = features("أعلن البيت الأبيض أن الرئيس سيلقي كلمة مسجلة خلال حفل الافتتاح.").actor
        #expect(country != 0)
        #expect(capital == country && body == country)

        let russia = features("أعلنت روسيا أنها ستواصل العمل بالاتفاق مع بقية الأطراف.").actor
        #expect(russia != 0 && features("حذر الكرملين من عواقب القرار على الأمن الإقليمي.").actor == russia)
        #expect(features("موسكو تدين القرار وتصفه بأنه انتهاك للقانون الدولي.").actor == russia)
        let france = features("أعلنت فرنسا أنها شاركت في العملية.").actor
        #expect(france != 0 && features("نشر قصر الإليزيه مقطع فيديو لمشاركة المقاتلات في العملية.").actor == france)
        #expect(features("صوت مجلس النواب الأمريكي على مشروع القانون بأغلبية كبيرة.").actor == country)

        let israel = features("قالت إسرائيل إنها رفعت حالة التأهب على حدودها الشمالية.").actor
        #expect(israel != 0 && features("أعلن الجيش الإسرائيلي أنه استهدف مواقع عسكرية جنوب دمشق.").actor == israel)
        #expect(features("ارتش اسرائیل اعلام کرد که مواضعی را در جنوب دمشق هدف قرار داده است.").actor == israel)
    }

    /// A place that names an agreement or a meeting is neither the actor nor named: the Paris
    /// agreement is not France.
    @Test func aPlaceNamingAnAgreementIsNoParty() {
        let france = features("أعربت فرنسا عن أسفها للقرار.").actor
        let usa = features("أعلنت الولايات المتحدة انسحابها.").actor
        let decision = features("أعلن الرئيس الأمريكي دونالد ترامب انسحاب الولايات المتحدة من اتفاق باريس للمناخ وقال إن اتفاق باريس يضر بالاقتصاد.")
        #expect(france != 0 && decision.actor == usa)
        #expect(!decision.leadNames.contains(france))
        // The same capital as a subject still acts for its country.
        #expect(features("باريس تدعو إلى ضبط النفس بعد القرار.").actor == france)
    }

    /// A roundup of reactions is an event of its own, whoever its lead names first.
    @Test func aRoundupOfReactionsHasAnActorOfItsOwn() {
        func report(_ title: String, _ text: String) -> ReportFeatures {
            let article = Article(id: "x", outlet: "Test", title: title, text: text, published: CivilDate(iso: "2025-03-15"))
            return Self.builder.features(of: AnalyzedReport(article: article, analysis: Self.analyzer.analyze(article)))
        }
        let lead = "رحبت السعودية بالضربات الغربية على سوريا، فيما أعربت مصر عن قلقها ودعت روسيا إلى اجتماع لمجلس الأمن."
        let roundup = report("ردود فعل دولية وإقليمية على الضربات الغربية في سوريا", lead)
        let saudi = report("السعودية تؤيد الضربات", lead)
        let persian = report("واکنش‌های بین‌المللی به حمله به سوریه", "عربستان از حمله استقبال کرد و روسیه آن را محکوم کرد.")
        #expect(saudi.actor != 0 && roundup.actor != 0 && roundup.actor != saudi.actor)
        #expect(persian.actor == roundup.actor)
        #expect(roundup.leadNames == saudi.leadNames, "a roundup still names those its lead names")
    }

    /// A review of the day's papers tells of several stories, whichever its headline quotes: it
    /// has an actor of its own, another than a roundup of reactions'.
    @Test func aPressReviewHasAnActorOfItsOwn() {
        func report(_ title: String, _ text: String) -> ReportFeatures {
            let article = Article(id: "x", outlet: "Test", title: title, text: text, published: CivilDate(iso: "2025-03-15"))
            return Self.builder.features(of: AnalyzedReport(article: article, analysis: Self.analyzer.analyze(article)))
        }
        let withdrawal = report("ترامب يعلن انسحاب بلاده من الاتفاق النووي",
                                "أعلن الرئيس الأمريكي دونالد ترامب انسحاب الولايات المتحدة من الاتفاق النووي مع إيران.")
        let review = report("صحيفة لوموند: قرار ترامب يعزل واشنطن عن حلفائها",
                            "في الصحف اليوم: الرئيس الأمريكي دونالد ترامب يعلن انسحاب بلاده من الاتفاق النووي، ونتائج الانتخابات في لبنان.")
        let world = report("قرار ترامب يعزل واشنطن",
                           "تابعت الصحف العالمية الصادرة اليوم قرار الرئيس الأمريكي دونالد ترامب الانسحاب من الاتفاق النووي.")
        let persian = report("گزیده سرمقاله‌های روزنامه‌های صبح امروز تهران", "روزنامه کیهان درباره خروج آمریکا از توافق هسته‌ای نوشت.")
        let roundup = report("ردود فعل دولية على انسحاب ترامب من الاتفاق النووي",
                             "رحبت السعودية بقرار ترامب، فيما أعربت فرنسا عن أسفها ودعت إلى الحفاظ على الاتفاق.")
        #expect(withdrawal.actor != 0 && review.actor != 0 && review.actor != withdrawal.actor)
        #expect(world.actor == review.actor && persian.actor == review.actor)
        #expect(roundup.actor != review.actor)
        // A report on the press, not a review of it, keeps its actor.
        let ban = report("إيران تحظر صحيفة إصلاحية", "أعلنت إيران حظر صحيفة إصلاحية بعد نشرها مقالا عن الاتفاق النووي.")
        #expect(ban.actor != 0 && ban.actor != review.actor)
        // Nor does a lead where a marker starts inside a word («مصحف اليوم» holds «صحف اليوم»).
        let printed = report("طباعة مصحف جديد", "أعلنت السعودية طباعة مصحف اليوم الوطني في مجمع الملك فهد بالمدينة المنورة.")
        #expect(printed.actor != 0 && printed.actor != review.actor)
    }

    /// A body the gazetteer does not list acts for the country its name says.
    @Test func anUnlistedBodyActsForItsCountry() {
        let russia = features("أعلنت روسيا أنها لن تسمح بتكرار الهجوم.").actor
        let army = features("أكد الجيش الروسي أن الضربات لم تقترب من قواعده في سوريا.").actor
        #expect(russia != 0 && army == russia)
        let egypt = features("أعلنت مصر تمديد حالة الطوارئ ثلاثة أشهر.").actor
        #expect(egypt != 0 && features("أعلنت الشرطة المصرية القبض على خلية إرهابية في سيناء.").actor == egypt)
    }

    /// A hashtag's body («#الجيش_اليمني») acts for its country, as the body written with spaces does.
    @Test func aHashtaggedBodyActsForItsCountry() {
        let yemen = features("أعلن الجيش اليمني السيطرة على مواقع جديدة قرب صعدة.").actor
        #expect(yemen != 0)
        #expect(features("أعلن #الجيش_اليمني السيطرة على مواقع جديدة قرب صعدة.").actor == yemen)
    }

    /// A paper or agency the gazetteer does not list reports, and never acts: the lead's actor is
    /// who acts in what it reports, as after a listed outlet.
    @Test func anUnlistedMediumNeverActs() {
        let usa = features("حض الرئيس الأمريكي دونالد ترامب مستشاريه على ضربة أقوى في سوريا.").actor
        #expect(usa != 0)
        #expect(features("نقلت صحيفة \"وول ستريت جورنال\" أن الرئيس الأمريكي دونالد ترامب حض مستشاريه على ضربة أقوى.").actor == usa)
        #expect(features("أفادت مراسلة \"العربية\" أن البنتاغون أكد فشل الدفاعات السورية في إسقاط أي صاروخ.").actor == usa)
        #expect(features("ذكرت صحيفة بريطانية \"ذي إندبندنت\" أن الرئيس الأمريكي دونالد ترامب يدرس ضربة جديدة.").actor == usa)
        #expect(features("قالت وكالة أنباء أنتارا إن الرئيس الأمريكي دونالد ترامب سيزور جاكرتا.").actor == usa)
        // A body named after a word that is no medium still acts.
        let court = features("قضت محكمة الاستئناف في القاهرة بسجن المتهمين عشر سنوات.")
        #expect(court.actor != 0 && court.actor != usa)
    }

    /// A lead that opens with a circumstance has its subject after it; the names of the
    /// circumstance are named, not acting.
    @Test func anOpeningCircumstanceIsNotTheSubject() {
        let israel = features("قالت إسرائيل إنها ستتصدى لأي تهديد.").actor
        let usa = features("أعلنت الولايات المتحدة انسحابها من الاتفاق.").actor
        let waiting = features("في انتظار إعلان الرئيس الأميركي، دونالد ترامب، قراره بشأن الاتفاق النووي مساء اليوم، اتهم رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، طهران بنشر أسلحة في سوريا.")
        #expect(israel != 0 && waiting.actor == israel)
        #expect(waiting.leadNames.contains(usa))
        let before = features("قبيل إعلان ترامب قراره، أكد الرئيس الفرنسي إيمانويل ماكرون أن بلاده ستبقى في الاتفاق.")
        #expect(before.actor == features("أكدت فرنسا أنها ستبقى في الاتفاق.").actor)
        let persian = features("در پی اعلام تصمیم ترامب، حسن روحانی رئیس‌جمهور ایران گفت که تهران به تعهداتش پایبند است.")
        #expect(persian.actor == features("ایران اعلام کرد که به تعهداتش پایبند است.").actor)
    }

    /// The dateline's city and country are where the report was filed: neither the actor nor
    /// named by the lead.
    @Test func aDatelineNamesNobody() {
        let filed = features("دبي، الإمارات العربية المتحدة (CNN) – أعلن الرئيس الأمريكي دونالد ترامب انسحاب بلاده من الاتفاق.")
        let emirates = features("أعلنت الإمارات العربية المتحدة تأييدها للقرار.").actor
        #expect(emirates != 0 && filed.actor != 0 && filed.actor != emirates)
        #expect(!filed.leadNames.contains(emirates))
    }

    /// A source in a ministry speaks for its country: «مصدر مسؤول بوزارة الخارجية السعودية» is
    /// Saudi Arabia acting, though a preposition joins the ministry to the source.
    @Test func aSourceSpeaksForTheBodyItIsIn() {
        let saudi = features("أعلنت السعودية، السبت، تأييدها للعمليات العسكرية في سوريا.").actor
        let usa = features("أعلنت الولايات المتحدة، السبت، أنها نفذت العمليات.").actor
        #expect(saudi != 0 && usa != 0 && saudi != usa)
        let source = features("أعلن مصدر مسؤول بوزارة الخارجية السعودية، تأييد المملكة للعمليات العسكرية التي قامت بها الولايات المتحدة وبريطانيا وفرنسا، فجر السبت.")
        #expect(source.actor == saudi)
        let official = features("قال مسؤول في وزارة الخارجية السعودية إن المملكة تؤيد العمليات التي نفذتها الولايات المتحدة.")
        #expect(official.actor == saudi)
        // Without a source before it, the preposition still governs: the ministry is a place.
        let visit = features("وصل وزير الخارجية الأمريكي مايك بومبيو إلى وزارة الخارجية السعودية في الرياض.")
        #expect(visit.actor == usa)
    }

    /// A person the gazetteer does not know, with no office naming a country, is no actor: the
    /// next name is.
    @Test func anUnknownPersonActsForNobody() {
        let kuwait = features("أكدت الكويت أنها ستواصل جهودها للوساطة بين الأطراف.").actor
        let analyst = features("أكد المحلل السياسي جاسم المطيري أن الكويت ستواصل جهودها للوساطة بين الأطراف.")
        #expect(kuwait != 0 && analyst.actor == kuwait)
        // Still named, so the two sides of a meeting with an unknown guest still meet.
        let activist = features("قال الناشط الحقوقي سامر الحلبي إن السلطات اعتقلت عشرات المعارضين.")
        #expect(activist.actor == 0 && !activist.leadNames.isEmpty)
    }

    /// A place after a noun of places is governed as that noun is: in «في العاصمة دمشق» and
    /// «بمدينة حلب» the city is where something happens, not a party to it.
    @Test func aPlaceInAppositionIsGovernedAsItsNoun() {
        let usa = features("أعلنت الولايات المتحدة انسحابها من الاتفاق.").actor
        let syria = features("أعلنت سوريا أنها تصدت للهجوم.").actor
        #expect(usa != 0 && syria != 0 && usa != syria)
        let strike = features("قال البنتاغون إن الضربات أصابت مواقع في العاصمة دمشق ومحيطها.")
        #expect(strike.actor == usa && !strike.leadNames.contains(syria))
        let aleppo = features("حلب تستعيد الكهرباء بعد انقطاع طويل.").actor
        #expect(aleppo != 0 && aleppo != syria)
        #expect(!features("وقع انفجار بمدينة حلب صباح اليوم.").leadNames.contains(aleppo))
        #expect(!features("وقع انفجار في مدينة حلب صباح اليوم.").leadNames.contains(aleppo))
        // Standing alone, the noun and its name are the subject.
        #expect(features("العاصمة دمشق تستضيف المؤتمر الشهر المقبل.").actor == syria)
    }

    /// A lead that names nobody has no actor.
    @Test func aLeadWithoutNamesHasNoActor() {
        #expect(features("من المنتظر أن يعلن القرار مساء اليوم بعد أسابيع من الترقب.").actor == 0)
    }
}

/// How a story is split into events by who acts.
@Suite struct EventSplitterTests {
    /// Features with only what the splitter reads.
    func report(_ id: String, actor: UInt64, naming: [UInt64] = [], terms: [UInt64] = []) -> ReportFeatures {
        var result = features(id, terms: terms)
        result.actor = actor
        result.leadNames = Array(Set(naming + (actor == 0 ? [] : [actor]))).sorted()
        return result
    }

    func split(_ reports: [ReportFeatures]) -> [[String]] {
        let byID = Dictionary(uniqueKeysWithValues: reports.map { ($0.id, $0) })
        return EventSplitter.events(of: reports.map(\.id), features: { byID[$0] })
    }

    let decider: UInt64 = 11, reactor: UInt64 = 22, other: UInt64 = 33

    /// A reaction names the main actor, but the main event's reports do not name the one who
    /// reacts: two events.
    @Test func aReactionIsAnEventOfItsOwn() {
        let reports = [
            report("a1", actor: decider), report("a2", actor: decider), report("a3", actor: decider, naming: [other]),
            report("r1", actor: reactor, naming: [decider]), report("r2", actor: reactor, naming: [decider]),
        ]
        #expect(split(reports) == [["a1", "a2", "a3"], ["r1", "r2"]])
    }

    /// The two sides of a meeting name each other: one event, whoever leads each report.
    @Test func theSidesOfAMeetingAreOneEvent() {
        let reports = [
            report("m1", actor: decider, naming: [reactor]), report("m2", actor: decider, naming: [reactor]),
            report("m3", actor: reactor, naming: [decider]),
        ]
        #expect(split(reports) == [["m1", "m2", "m3"]])
    }

    /// The partners of a joint strike join its leading actor. Its target names one partner and
    /// is named by it («فرنسا: سنضرب مجددا إذا تجاوزت سوريا…»), but the leader seldom names it:
    /// the target's reply is an event of its own, not chained to the strike through the partner.
    @Test func aStrikesTargetIsNotJoinedThroughOnePartner() {
        let leader: UInt64 = 11, partner: UInt64 = 22, target: UInt64 = 33
        let reports = [
            report("u1", actor: leader, naming: [partner]), report("u2", actor: leader, naming: [partner]),
            report("u3", actor: leader, naming: [partner, target]), report("u4", actor: leader),
            report("u5", actor: leader), report("u6", actor: leader),
            report("p1", actor: partner, naming: [leader, target]), report("p2", actor: partner, naming: [target]),
            report("p3", actor: partner),
            report("t1", actor: target, naming: [leader, partner]), report("t2", actor: target, naming: [leader]),
            report("t3", actor: target, naming: [leader]),
        ]
        #expect(split(reports) == [["p1", "p2", "p3", "u1", "u2", "u3", "u4", "u5", "u6"], ["t1", "t2", "t3"]])
    }

    /// A report whose lead names nobody (a passive "قتل 25 فلسطينياً", an explainer) joins the
    /// event whose words it shares.
    @Test func aReportWithoutAnActorJoinsTheEventItsWordsShare() {
        let embassy: [UInt64] = [100, 101, 102], killings: [UInt64] = [200, 201, 202]
        let reports = [
            report("a1", actor: decider, terms: embassy), report("a2", actor: decider, terms: embassy),
            report("a3", actor: decider, terms: embassy),
            report("k1", actor: reactor, terms: killings),
            report("x1", actor: 0, terms: [200, 201, 300]), report("x2", actor: 0, terms: [100, 300]),
        ]
        #expect(split(reports) == [["a1", "a2", "a3", "x2"], ["k1", "x1"]])
    }

    /// Written in the wires' style: Saudi Arabia receiving the US secretary of state and a Saudi
    /// jet crashing, reported on the same day, are two events; the two sides of the visit one.
    @Test func aVisitAndAPlaneCrashOfOneCountryAreTwoEvents() {
        let lead = LeadActorTests()
        let texts = [
            "k1": "استقبل العاهل السعودي الملك سلمان بن عبد العزيز، الثلاثاء، وزير الخارجية الأمريكي مايك بومبيو في الرياض، وبحث معه قضية اختفاء الصحفي جمال خاشقجي والتحقيق المشترك مع تركيا.",
            "k2": "بحث وزير الخارجية الأمريكي مايك بومبيو مع العاهل السعودي الملك سلمان في الرياض، الثلاثاء، قضية اختفاء الصحفي جمال خاشقجي، وأكد أهمية التحقيق الشامل.",
            "k3": "قال وزير الخارجية الأمريكي مايك بومبيو بعد لقائه العاهل السعودي في الرياض إن المملكة تعهدت بتحقيق شامل وشفاف في قضية اختفاء الصحفي جمال خاشقجي.",
            "c1": "أعلنت السعودية، الثلاثاء، سقوط إحدى طائرات القوات الجوية الملكية من طراز هوك أثناء طلعة تدريبية في المنطقة الشمالية، ونجاة الطيار بعد قفزه بالمظلة.",
        ]
        let reports = texts.map { id, text in
            var report = lead.features(text)
            report.id = id
            return report
        }
        #expect(split(reports) == [["c1"], ["k1", "k2", "k3"]])
    }

    /// Reports whose lead names nobody and whose words no event shares join the largest event.
    @Test func reportsWithoutAnActorJoinTheLargestEvent() {
        let reports = [
            report("a1", actor: decider), report("a2", actor: decider),
            report("r1", actor: reactor, naming: [decider]),
            report("x1", actor: 0), report("x2", actor: 0),
        ]
        #expect(split(reports) == [["a1", "a2", "x1", "x2"], ["r1"]])
        #expect(split([report("x1", actor: 0), report("x2", actor: 0)]) == [["x1", "x2"]])
    }

    /// One actor's acts that share no words are events of their own: a visit and a plane crash
    /// on one day, both led by the same country.
    @Test func oneActorsUnrelatedActsAreEventsOfTheirOwn() {
        let visit: [UInt64] = [100, 101, 102, 103], crash: [UInt64] = [200, 201, 202, 203], hostage: [UInt64] = [300, 301, 302]
        let reports = [
            report("v1", actor: decider, terms: visit), report("v2", actor: decider, terms: visit + [104]),
            report("c1", actor: decider, terms: crash), report("h1", actor: decider, terms: hostage + [100]),
        ]
        #expect(split(reports) == [["c1"], ["h1"], ["v1", "v2"]])
        // A chain of shared words is enough: the first and last reports share none directly.
        let chained = [
            report("a1", actor: decider, terms: [1, 2, 3]), report("a2", actor: decider, terms: [3, 4, 5]),
            report("a3", actor: decider, terms: [5, 6, 7]),
        ]
        #expect(split(chained) == [["a1", "a2", "a3"]])
        // A report without terms cannot be told apart: it joins the largest group.
        #expect(split(reports + [report("e1", actor: decider)]) == [["c1"], ["e1", "v1", "v2"], ["h1"]])
    }

    /// The split depends on the members, not on their order.
    @Test func theOrderOfMembersDoesNotMatter() {
        let reports = [
            report("a1", actor: decider), report("a2", actor: decider),
            report("r1", actor: reactor, naming: [decider]), report("o1", actor: other, naming: [decider]),
            report("x1", actor: 0), report("r2", actor: reactor),
        ]
        let expected = split(reports)
        #expect(expected.count == 3)
        var generator = SplitMix64(seed: 7)
        for _ in 0..<20 {
            #expect(split(reports.shuffled(using: &generator)) == expected)
        }
    }
}

/// How the terminal views show an event's story.
@Suite struct StoryViewTests {
    func event(_ id: String, story: String, reports: Int) -> Event {
        var event = Event(
            id: id, title: "عنوان \(id)", titles: [:], date: DayRange(day: CivilDate(iso: "2025-06-03")!), tense: .happened,
            place: nil, participants: [],
            reports: (0..<reports).map { EventReport(id: "\(id)-\($0)", path: nil, url: nil, outlet: "Wire", language: .arabic, published: CivilDate(iso: "2025-06-03"), publishedSource: .metadata, title: nil) },
            facts: [], related: [])
        event.story = story
        return event
    }

    @Test func aStoryOfSeveralEventsIsNamedOnEach() {
        let table = EventTable(width: 120).render([
            event("ev-a", story: "ev-a", reports: 3), event("ev-b", story: "ev-a", reports: 1), event("ev-c", story: "ev-c", reports: 2),
        ])
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasSuffix("ev-a · story of 2 events") })
        #expect(lines.contains { $0.hasSuffix("ev-b · in the story of ev-a") })
        #expect(lines.contains { $0.hasSuffix("ev-c") })
        #expect(EventSheet().render(event("ev-b", story: "ev-a", reports: 1)).contains("story         ev-a"))
        #expect(!EventSheet().render(event("ev-c", story: "ev-c", reports: 1)).contains("story "))
    }
}
