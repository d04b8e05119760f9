import Foundation
import KhabarCore
import KhabarText
import Testing
@testable import KhabarExtract

/// Person / organisation / place precision and recall on the hand-annotated samples of real
/// Persian and Arabic news (`Fixtures/entity-sample*.txt` and `entity-holdout.txt`, see their
/// headers for sources, licences and how they were annotated). A mention counts as correct when its span and type both match.
@Suite struct EntityEvaluationTests {
    struct Excerpt {
        var id: String
        var language: Language
        var text: String
        var gold: [(span: TextSpan, type: EntityType)]
    }

    /// The development sample and the held-out sample.
    static let excerpts = load("entity-sample")
    static let holdout = load("entity-holdout")

    /// The excerpts of a fixture with their gold mentions (the `[[type|name]]` marks removed).
    static func load(_ name: String) -> [Excerpt] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"),
              let content = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var result: [Excerpt] = []
        var header: (String, Language)?
        for line in content.split(separator: "\n") where !line.hasPrefix("#") {
            if line.hasPrefix("@ ") {
                let fields = line.dropFirst(2).split(separator: "\t")
                header = (String(fields[0]), Language(code: String(fields[1])) ?? .undetermined)
                continue
            }
            guard let (id, language) = header else { continue }
            var text: [Unicode.Scalar] = []
            var gold: [(span: TextSpan, type: EntityType)] = []
            let scalars = Array(line.unicodeScalars)
            var i = 0
            while i < scalars.count {
                if scalars[i] == "[", i + 1 < scalars.count, scalars[i + 1] == "[" {
                    var j = i + 2
                    var type = ""
                    while scalars[j] != "|" { type.unicodeScalars.append(scalars[j]); j += 1 }
                    j += 1
                    let start = text.count
                    while !(scalars[j] == "]" && scalars[j + 1] == "]") { text.append(scalars[j]); j += 1 }
                    gold.append((TextSpan(start: start, end: text.count), EntityType(rawValue: type)!))
                    i = j + 2
                    continue
                }
                text.append(scalars[i])
                i += 1
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text)
            result.append(Excerpt(id: id, language: language, text: String(view), gold: gold))
            header = nil
        }
        return result
    }

    struct Counts {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Counts per (language, type); the key `nil` language sums both.
    static func evaluate(_ excerpts: [Excerpt]) -> [String: Counts] {
        var counts: [String: Counts] = [:]
        for excerpt in excerpts {
            let found = Fixture.mentions(excerpt.text, excerpt.language).filter { $0.type != .other }
            var unmatched = excerpt.gold
            for mention in found {
                let keys = ["\(excerpt.language.code)/\(mention.type.rawValue)", "all/\(mention.type.rawValue)", "\(excerpt.language.code)/all", "all/all"]
                if let index = unmatched.firstIndex(where: { $0.span == mention.span && $0.type == mention.type }) {
                    unmatched.remove(at: index)
                    for key in keys { counts[key, default: Counts()].truePositives += 1 }
                } else {
                    for key in keys { counts[key, default: Counts()].falsePositives += 1 }
                }
            }
            for miss in unmatched {
                for key in ["\(excerpt.language.code)/\(miss.type.rawValue)", "all/\(miss.type.rawValue)", "\(excerpt.language.code)/all", "all/all"] {
                    counts[key, default: Counts()].falseNegatives += 1
                }
            }
        }
        return counts
    }

    @Test func sampleIsComplete() {
        #expect(Self.excerpts.count == 40)
        #expect(Self.excerpts.filter { $0.language == .persian }.count == 20)
        #expect(Self.excerpts.filter { $0.language == .arabic }.count == 20)
        #expect(Self.excerpts.reduce(0) { $0 + $1.gold.count } == 219)
        #expect(Self.holdout.count == 20)
        #expect(Self.holdout.reduce(0) { $0 + $1.gold.count } == 100)
        #expect(Self.sample2Dev.count == 26)
        #expect(Self.sample2Dev.filter { $0.language == .persian }.count == 13)
        #expect(Self.sample2Dev.reduce(0) { $0 + $1.gold.count } == 162)
        #expect(Self.sample2Test.count == 24)
        #expect(Self.sample2Test.filter { $0.language == .persian }.count == 12)
        #expect(Self.sample2Test.reduce(0) { $0 + $1.gold.count } == 159)
        #expect(Self.sample2Extra.count == 16)
        #expect(Self.sample2Extra.reduce(0) { $0 + $1.gold.count } == 111)
    }

    /// With `KHABAR_EVAL_ERRORS` set, prints the false positives (`FP`) and misses (`FN`) of
    /// `excerpts`; call it only on parts that may be looked at.
    static func printErrors(of excerpts: [Excerpt]) {
        guard ProcessInfo.processInfo.environment["KHABAR_EVAL_ERRORS"] != nil else { return }
        for excerpt in excerpts {
            let found = Fixture.mentions(excerpt.text, excerpt.language)
            let scalars = ScalarText(excerpt.text)
            for m in found where m.type != .other && !excerpt.gold.contains(where: { $0.span == m.span && $0.type == m.type }) {
                print("FP \(excerpt.id) \(m.type.rawValue) [\(m.text)] \(m.id)")
            }
            for g in excerpt.gold where !found.contains(where: { $0.span == g.span && $0.type == g.type }) {
                print("FN \(excerpt.id) \(g.type.rawValue) [\(scalars[g.span])]")
            }
        }
    }

    /// Expects a sample of `excerpts` excerpts, `persian` of them Persian, holding `mentions` gold
    /// mentions: a fixture that lost or gained a line shows here, not as a changed score.
    static func expectSize(_ sample: [Excerpt], excerpts: Int, persian: Int, mentions: Int,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sample.count == excerpts, sourceLocation: sourceLocation)
        #expect(sample.filter { $0.language == .persian }.count == persian, sourceLocation: sourceLocation)
        #expect(sample.reduce(0) { $0 + $1.gold.count } == mentions, sourceLocation: sourceLocation)
    }

    static func report(_ counts: [String: Counts], _ label: String) {
        for key in counts.keys.sorted() {
            let c = counts[key]!
            print(String(format: "\(label) %@\tP %.3f\tR %.3f\tF1 %.3f\t(tp %d fp %d fn %d)", key, c.precision, c.recall, c.f1,
                         c.truePositives, c.falsePositives, c.falseNegatives))
        }
    }

    @Test func developmentSampleScores() {
        let counts = Self.evaluate(Self.excerpts)
        Self.report(counts, "dev")
        // Measured: micro F1 0.920 (person 0.907, organisation 0.886, place 0.950; fa 0.891,
        // ar 0.951); 0.869 before issue 5's second round. The sample served as development data
        // (its first, blind run scored 0.632), so these floors guard against regressions only.
        #expect(counts["all/all"]!.f1 >= 0.90)
        for type in ["person", "organization", "place"] {
            #expect(counts["all/\(type)"]!.f1 >= 0.86, "F1 of \(type)")
        }
        #expect(counts["all/all"]!.precision >= 0.92)
    }
}

extension EntityEvaluationTests {
    @Test func heldOutSampleScores() {
        let counts = Self.evaluate(Self.holdout)
        Self.report(counts, "holdout")
        // Its blind run scored micro F1 0.804 (person 0.529, organisation 0.737, place 0.946;
        // fa 0.857, ar 0.708). Gazetteer additions and rule fixes made after reading its errors
        // (given names of either language in Persian text, misspelt given names joining their
        // surname, light verbs, SOHR/NYT/Facebook/Russian cities) bring it to 0.888; it is no
        // longer blind; issue 5's second round brings it to 0.974 (person 0.973, organisation
        // 0.954, place 0.989). The floors guard against regressions only.
        #expect(counts["all/all"]!.f1 >= 0.95)
        #expect(counts["all/place"]!.f1 >= 0.95)
        #expect(counts["all/person"]!.f1 >= 0.92)
        #expect(counts["all/organization"]!.f1 >= 0.92)
        Self.printErrors(of: Self.holdout)
    }
}

extension EntityEvaluationTests {
    /// The third sample (issue 5): 25 + 25 excerpts chosen by a hash rule and annotated before the
    /// extractor ran on them, split by rank into a part looked at while tuning and a part never
    /// looked at (see `scripts/data/build_entity_sample.py`).
    static let sample2Dev = load("entity-sample2-dev")
    static let sample2Test = load("entity-sample2-test")
    static let sample2Extra = load("entity-sample2-extra")

    @Test func thirdSampleScores() {
        let dev = Self.evaluate(Self.sample2Dev)
        let test = Self.evaluate(Self.sample2Test)
        let extra = Self.evaluate(Self.sample2Extra)
        Self.report(dev, "sample2-dev")
        Self.report(extra, "sample2-extra")
        if ProcessInfo.processInfo.environment["KHABAR_EVAL_TEST"] != nil { Self.report(test, "sample2-test") }
        // The untouched part: 0.684 with the code before issue 5's second round (person 0.603,
        // organisation 0.543, place 0.820; fa 0.638, ar 0.734); 0.833 after it (person 0.857,
        // organisation 0.781, place 0.864; fa 0.831, ar 0.836; precision 0.887, recall 0.786).
        // Only its scores were printed (twice in all), never its errors; nothing was tuned on it.
        // Issue 5's third round (printed twice more, before and after, with the fourth sample's
        // untouched part): 0.845 (person 0.857, organisation 0.792, place 0.883; fa 0.831,
        // ar 0.861; precision 0.889, recall 0.805).
        #expect(test["all/all"]!.f1 >= 0.84)
        #expect(test["all/all"]!.precision >= 0.88)
        // Issue 5's sixth round (document coreference; printed before and after): 0.849 (person
        // 0.872, ar 0.8696; recall 0.811).
        #expect(test["all/person"]!.f1 >= 0.87)
        #expect(test["all/organization"]!.f1 >= 0.79)
        // The seventh round (printed before and after): 0.852 (place 0.893, ar 0.878).
        #expect(test["all/place"]!.f1 >= 0.89)
        #expect(test["fa/all"]!.f1 >= 0.83)
        #expect(test["ar/all"]!.f1 >= 0.87)
        // The part looked at: 0.701 before, 0.942 after (person 0.921, organisation 0.919, place
        // 0.981; fa 0.882, ar 0.988). The extra part, looked at too: 0.644 with the old code, 0.802
        // on its first run (annotated before it), 0.953 after tuning on it. After the third round:
        // looked-at part 0.945, extra part 0.953.
        #expect(dev["all/all"]!.f1 >= 0.94)
        #expect(extra["all/all"]!.f1 >= 0.95)
        for type in ["person", "organization", "place"] {
            #expect(dev["all/\(type)"]!.f1 >= 0.91, "F1 of \(type)")
            #expect(extra["all/\(type)"]!.f1 >= 0.91, "F1 of \(type)")
        }
        #expect(dev["fa/all"]!.f1 >= 0.88)
        #expect(dev["ar/all"]!.f1 >= 0.98)
        // Errors of the part looked at only; the test part's errors are never printed.
        Self.printErrors(of: Self.sample2Dev + Self.sample2Extra + Self.excerpts)
    }
}

extension EntityEvaluationTests {
    /// The fourth sample (issue 5, third round): 25 + 25 excerpts chosen by the same hash rule with
    /// the salt "khabar-extract4:", annotated before the extractor ran on them and split by rank
    /// into a part looked at while tuning (`-dev`) and a part never looked at (`-test`).
    static let sample4Dev = load("entity-sample4-dev")
    static let sample4Test = load("entity-sample4-test")

    @Test func fourthSampleIsComplete() {
        Self.expectSize(Self.sample4Dev, excerpts: 26, persian: 13, mentions: 166)
        Self.expectSize(Self.sample4Test, excerpts: 24, persian: 12, mentions: 130)
    }

    @Test func fourthSampleScores() {
        let dev = Self.evaluate(Self.sample4Dev)
        let test = Self.evaluate(Self.sample4Test)
        Self.report(dev, "sample4-dev")
        if ProcessInfo.processInfo.environment["KHABAR_EVAL_TEST"] != nil {
            Self.report(test, "sample4-test")
            // The untouched parts of the third and fourth samples pooled (micro).
            Self.report(Self.evaluate(Self.sample2Test + Self.sample4Test), "pooled-test")
        }
        // The untouched part: 0.790 with the code before the third round (person 0.759,
        // organisation 0.815, place 0.788; fa 0.822, ar 0.752; precision 0.870, recall 0.723);
        // 0.814 after it (person 0.759, organisation 0.835, place 0.828; fa 0.835, ar 0.789;
        // precision 0.906, recall 0.738). Its scores were printed twice (before and after), never
        // its errors; nothing was tuned on it. Pooled with the third sample's untouched part
        // (289 mentions): 0.814 before, 0.831 after.
        // The fifth round (body-text rules; printed once more, after): 0.817 (person 0.772, precision
        // 0.914); pooled with the third sample's untouched part 0.833.
        #expect(test["all/all"]!.f1 >= 0.81)
        #expect(test["all/all"]!.precision >= 0.91)
        #expect(test["all/person"]!.f1 >= 0.77)
        #expect(test["all/organization"]!.f1 >= 0.83)
        #expect(test["all/place"]!.f1 >= 0.82)
        #expect(test["fa/all"]!.f1 >= 0.83)
        // The eighth round (compiled family names; printed before and after): 0.832 (person 0.814,
        // fa 0.853; precision 0.917).
        #expect(test["all/all"]!.f1 >= 0.83)
        #expect(test["all/person"]!.f1 >= 0.81)
        #expect(test["fa/all"]!.f1 >= 0.85)
        #expect(test["ar/all"]!.f1 >= 0.78)
        // The part looked at: 0.856 before (person 0.827, organisation 0.843, place 0.889), 0.982
        // after (person 0.975, organisation 0.968, place 1.000; fa 0.982, ar 0.981).
        #expect(dev["all/all"]!.f1 >= 0.98)
        for type in ["person", "organization", "place"] {
            #expect(dev["all/\(type)"]!.f1 >= 0.96, "F1 of \(type)")
        }
        #expect(dev["fa/all"]!.f1 >= 0.98)
        #expect(dev["ar/all"]!.f1 >= 0.98)
        // Errors of the part looked at only; the test part's errors are never printed.
        Self.printErrors(of: Self.sample4Dev)
    }
}

extension EntityEvaluationTests {
    /// The body-text sample (issue 5, fifth round): windows from the middle of 20 ANT and 10 Fars
    /// News articles chosen by the smallest SHA-256 of "khabar-body5:" + id, annotated before any
    /// code change and before the extractor ran on them, split by rank into a part looked at while
    /// tuning (`-dev`) and a part never looked at (`-test`); see `scripts/data/build_body_sample.py`.
    static let body5Dev = load("entity-body5-dev")
    static let body5Test = load("entity-body5-test")

    @Test func bodySampleIsComplete() {
        Self.expectSize(Self.body5Dev, excerpts: 15, persian: 5, mentions: 122)
        Self.expectSize(Self.body5Test, excerpts: 15, persian: 5, mentions: 133)
    }

    @Test func bodySampleScores() {
        let dev = Self.evaluate(Self.body5Dev)
        let test = Self.evaluate(Self.body5Test)
        Self.report(dev, "body5-dev")
        if ProcessInfo.processInfo.environment["KHABAR_EVAL_TEST"] != nil { Self.report(test, "body5-test") }
        // The untouched part (133 mentions): 0.744 before the fifth round's rules and 0.744 after
        // (person 0.610, organisation 0.689, place 0.894; fa 0.682, ar 0.779; precision 0.861,
        // recall 0.654) — none of its mentions changed. Its scores were printed twice (before and
        // after), never its errors; nothing was tuned on it. The sixth round: 0.749 (organisation
        // 0.703, fa 0.698).
        #expect(test["all/all"]!.f1 >= 0.74)
        #expect(test["all/all"]!.precision >= 0.86)
        #expect(test["all/person"]!.f1 >= 0.61)
        #expect(test["ar/all"]!.f1 >= 0.77)
        #expect(test["fa/all"]!.f1 >= 0.68)
        // The eighth round (printed before and after): 0.766 (person 0.633, fa 0.744).
        #expect(test["all/all"]!.f1 >= 0.76)
        #expect(test["all/person"]!.f1 >= 0.63)
        #expect(test["fa/all"]!.f1 >= 0.74)
        // The ninth round (printed before and after): 0.805 (precision 0.898; person 0.667,
        // organisation 0.804; fa 0.848): Persian run-on names end, clubs and bodies read.
        #expect(test["all/all"]!.f1 >= 0.80)
        #expect(test["fa/all"]!.f1 >= 0.84)
        // The part looked at (122 mentions): 0.784 before (person 0.658, P 0.781), 0.832 after
        // (person 0.800, P 0.968; ar 0.853, fa 0.789).
        // The sixth round: 0.841 (place 0.920: مدينة غزة → غزة). The seventh: 0.851. The ninth:
        // 0.847 — the nickname شیاطین سرخ (Manchester United) is now read, and this part leaves
        // it unmarked where the seventh sample's marks it as an organisation.
        #expect(dev["all/all"]!.f1 >= 0.845)
        #expect(dev["all/person"]!.f1 >= 0.80)
        #expect(dev["all/person"]!.precision >= 0.96)
        #expect(dev["ar/all"]!.f1 >= 0.85)
        #expect(dev["fa/all"]!.f1 >= 0.78)
        // Errors of the part looked at only; the test part's errors are never printed.
        Self.printErrors(of: Self.body5Dev)
    }
}

extension EntityEvaluationTests {
    /// The second body-text sample (issue 5, sixth round): windows of characters ~400–1200 of 15
    /// ANT and 15 Fars News articles chosen by the smallest SHA-256 of "khabar-body6:" + id,
    /// annotated before any code change and before the extractor ran on them, split by rank into a
    /// part looked at while tuning (`-dev`) and a part never looked at (`-test`); see
    /// `scripts/data/build_body6_sample.py`.
    static let body6Dev = load("entity-body6-dev")
    static let body6Test = load("entity-body6-test")

    @Test func secondBodySampleIsComplete() {
        Self.expectSize(Self.body6Dev, excerpts: 16, persian: 8, mentions: 197)
        Self.expectSize(Self.body6Test, excerpts: 14, persian: 7, mentions: 194)
    }

    @Test func secondBodySampleScores() {
        let dev = Self.evaluate(Self.body6Dev)
        let test = Self.evaluate(Self.body6Test)
        Self.report(dev, "body6-dev")
        if ProcessInfo.processInfo.environment["KHABAR_EVAL_TEST"] != nil {
            Self.report(test, "body6-test")
            // Both body-text samples' untouched parts pooled (micro).
            Self.report(Self.evaluate(Self.body5Test + Self.body6Test), "body-pooled-test")
        }
        // The untouched part (194 mentions): 0.715 before the sixth round (precision 0.780, recall
        // 0.660; person 0.557, organisation 0.729, place 0.838; fa 0.657, ar 0.797), 0.725 after
        // (precision 0.805, recall 0.660; person 0.582; fa 0.667, ar 0.808). Its scores were
        // printed before and after (and once midway, see Guides/Extract.md), never its errors.
        #expect(test["all/all"]!.f1 >= 0.72)
        #expect(test["all/all"]!.precision >= 0.80)
        #expect(test["all/person"]!.f1 >= 0.58)
        #expect(test["fa/all"]!.f1 >= 0.66)
        #expect(test["ar/all"]!.f1 >= 0.80)
        // The ninth round (printed before and after): 0.765 (precision 0.849; person 0.618;
        // fa 0.734); both body samples' untouched parts pooled 0.781 (0.745 before).
        #expect(test["all/all"]!.f1 >= 0.76)
        #expect(test["fa/all"]!.f1 >= 0.73)
        // The part looked at (197 mentions): 0.774 before (person 0.600), 0.792 after (person
        // 0.626, place 0.935; ar 0.925, fa 0.619). The seventh round: 0.811 (place 0.976).
        #expect(dev["all/all"]!.f1 >= 0.81)
        #expect(dev["all/person"]!.f1 >= 0.62)
        #expect(dev["ar/all"]!.f1 >= 0.92)
        #expect(dev["fa/all"]!.f1 >= 0.61)
        // Errors of the part looked at only; the test part's errors are never printed.
        Self.printErrors(of: Self.body6Dev)
    }
}

extension EntityEvaluationTests {
    /// The seventh sample (issue 5, seventh round): 25 + 25 article openings chosen by the smallest
    /// SHA-256 of "khabar-extract7:" + id among the articles in no earlier sample, annotated by hand
    /// and committed before the extractor ran on them, split by rank into a part looked at while
    /// tuning (`-dev`) and a part never looked at (`-test`); see
    /// `scripts/data/build_entity_sample7.py`.
    static let sample7Dev = load("entity-sample7-dev")
    static let sample7Test = load("entity-sample7-test")

    @Test func seventhSampleIsComplete() {
        Self.expectSize(Self.sample7Dev, excerpts: 26, persian: 13, mentions: 168)
        Self.expectSize(Self.sample7Test, excerpts: 24, persian: 12, mentions: 132)
    }

    @Test func seventhSampleScores() {
        let dev = Self.evaluate(Self.sample7Dev)
        let test = Self.evaluate(Self.sample7Test)
        Self.report(dev, "sample7-dev")
        if ProcessInfo.processInfo.environment["KHABAR_EVAL_TEST"] != nil {
            Self.report(test, "sample7-test")
            Self.report(Self.evaluate(Self.sample7Dev + Self.sample7Test), "sample7-all")
            // The untouched parts of the third, fourth and seventh samples pooled (micro).
            Self.report(Self.evaluate(Self.sample2Test + Self.sample4Test + Self.sample7Test), "pooled7-test")
        }
        // Measured once with the code before the seventh round, before any change (the honest
        // figure on unseen news): the whole sample 0.818 (precision 0.881, recall 0.763; person
        // 0.784, organisation 0.775, place 0.889; fa 0.780, ar 0.856). The untouched part (132
        // mentions): 0.873 (precision 0.917, recall 0.833; person 0.915, organisation 0.808,
        // place 0.915; fa 0.879, ar 0.869), and the same after the round (no mention of it
        // changed); its scores were printed twice (before and after), never its errors. Pooled
        // with the third and fourth samples' untouched parts (421 mentions): 0.847 before, 0.850
        // after (674/793 = 0.8499; precision 0.906, recall 0.800).
        #expect(test["all/all"]!.f1 >= 0.87)
        #expect(test["all/all"]!.precision >= 0.91)
        #expect(test["all/person"]!.f1 >= 0.91)
        #expect(test["all/organization"]!.f1 >= 0.80)
        #expect(test["all/place"]!.f1 >= 0.91)
        #expect(test["fa/all"]!.f1 >= 0.87)
        #expect(test["ar/all"]!.f1 >= 0.86)
        let pooled = Self.evaluate(Self.sample2Test + Self.sample4Test + Self.sample7Test)
        #expect(pooled["all/all"]!.f1 >= 0.849)
        // The eighth round (printed before and after): the untouched part 0.877 (person 0.933, fa
        // 0.889; one more surname read); pooled 0.854 (680/796; precision 0.907, recall 0.808;
        // person 0.873).
        #expect(test["all/all"]!.f1 >= 0.877)
        #expect(test["all/person"]!.f1 >= 0.93)
        #expect(test["fa/all"]!.f1 >= 0.88)
        #expect(pooled["all/all"]!.f1 >= 0.854)
        #expect(pooled["all/person"]!.f1 >= 0.87)
        // The part looked at (168 mentions): 0.773 before (person 0.702, organisation 0.745, place
        // 0.865; fa 0.720, ar 0.842), 0.891 after (person 0.846, organisation 0.850, place 0.981;
        // fa 0.825, ar 0.972).
        #expect(dev["all/all"]!.f1 >= 0.89)
        #expect(dev["all/person"]!.f1 >= 0.84)
        #expect(dev["all/organization"]!.f1 >= 0.84)
        #expect(dev["all/place"]!.f1 >= 0.98)
        #expect(dev["fa/all"]!.f1 >= 0.82)
        #expect(dev["ar/all"]!.f1 >= 0.97)
        // Errors of the part looked at only; the test part's errors are never printed.
        Self.printErrors(of: Self.sample7Dev)
    }
}

extension EntityEvaluationTests {
    /// The eighth sample (issue 5, eighth round): 20 + 20 article openings chosen by the smallest
    /// SHA-256 of "khabar-extract8:" + id among the articles in no earlier sample and not read
    /// while tuning, annotated by hand and committed before the extractor ran on them, then
    /// measured once with the round's final code; see `scripts/data/build_entity_sample8.py`.
    /// The whole sample is untouched: only its scores are printed, never its errors.
    static let sample8 = load("entity-sample8")

    @Test func eighthSampleIsComplete() {
        Self.expectSize(Self.sample8, excerpts: 40, persian: 20, mentions: 258)
    }

    @Test func eighthSampleScores() {
        let counts = Self.evaluate(Self.sample8)
        let pooled = Self.evaluate(Self.sample2Test + Self.sample4Test + Self.sample7Test + Self.sample8)
        if ProcessInfo.processInfo.environment["KHABAR_EVAL_TEST"] != nil {
            Self.report(counts, "sample8")
            // The untouched openings of the third, fourth, seventh and eighth samples pooled (micro).
            Self.report(pooled, "pooled8-test")
        }
        // Measured once with the eighth round's final code (the honest figure on unseen news):
        // 0.824 (199 of 258 found, 26 false positives; precision 0.884, recall 0.771; person
        // 0.857, organisation 0.724, place 0.893; fa 0.756, ar 0.905). Pooled with the third,
        // fourth and seventh samples' untouched parts (679 mentions): 0.843 (1078/1279; precision
        // 0.898, recall 0.794). Floors at the measured level.
        #expect(counts["all/all"]!.f1 >= 0.82)
        #expect(counts["all/all"]!.precision >= 0.88)
        #expect(counts["all/person"]!.f1 >= 0.85)
        #expect(counts["all/organization"]!.f1 >= 0.72)
        #expect(counts["all/place"]!.f1 >= 0.89)
        #expect(counts["fa/all"]!.f1 >= 0.75)
        #expect(counts["ar/all"]!.f1 >= 0.90)
        #expect(pooled["all/all"]!.f1 >= 0.842)
        // The ninth round (printed before and after; never its errors): 0.849 (208 of 258, 24
        // false positives; person 0.870, organisation 0.772, place 0.911; fa 0.803, ar 0.905);
        // pooled 0.852 (549 of 679; precision 0.901, recall 0.809). The round's targets (clubs, district
        // and festival bodies) were named from this sample's error classes, and its annotations
        // stand in build_entity_sample8.py, so it is no longer a blind figure: the ninth sample is.
        #expect(counts["all/all"]!.f1 >= 0.845)
        #expect(counts["fa/all"]!.f1 >= 0.80)
        #expect(counts["all/organization"]!.f1 >= 0.77)
        #expect(pooled["all/all"]!.f1 >= 0.851)
    }
}

extension EntityEvaluationTests {
    /// The ninth sample (issue 5, ninth round): 20 + 20 article openings chosen by the smallest
    /// SHA-256 of "khabar-extract9:" + id among the articles in no earlier sample and not read
    /// while tuning the eighth or the ninth round, annotated by hand and committed before the
    /// extractor ran on them, then measured once with the round's final code; see
    /// `scripts/data/build_entity_sample9.py`. The whole sample is untouched: only its scores are
    /// printed, never its errors.
    static let sample9 = load("entity-sample9")

    @Test func ninthSampleIsComplete() {
        Self.expectSize(Self.sample9, excerpts: 40, persian: 20, mentions: 219)
    }

    @Test func ninthSampleScores() {
        let counts = Self.evaluate(Self.sample9)
        let pooled = Self.evaluate(Self.sample2Test + Self.sample4Test + Self.sample7Test + Self.sample8 + Self.sample9)
        if ProcessInfo.processInfo.environment["KHABAR_EVAL_TEST"] != nil {
            Self.report(counts, "sample9")
            // The untouched openings of the third, fourth, seventh, eighth and ninth samples pooled.
            Self.report(pooled, "pooled9-test")
        }
        // Measured once with the ninth round's final code (the honest figure on unseen news):
        // 0.854 (179 of 219 found, 21 false positives; precision 0.895, recall 0.817; person
        // 0.763, organisation 0.829, place 0.911; fa 0.836, ar 0.870). Pooled with the third,
        // fourth, seventh and eighth samples' untouched parts (898 mentions): 0.853 (728/898;
        // precision 0.900, recall 0.811); without the eighth, which the round's targets came
        // from, 0.854. Floors at the measured level.
        #expect(counts["all/all"]!.f1 >= 0.85)
        #expect(counts["all/all"]!.precision >= 0.89)
        #expect(counts["all/person"]!.f1 >= 0.76)
        #expect(counts["all/organization"]!.f1 >= 0.82)
        #expect(counts["all/place"]!.f1 >= 0.91)
        #expect(counts["fa/all"]!.f1 >= 0.83)
        #expect(counts["ar/all"]!.f1 >= 0.869)
        #expect(pooled["all/all"]!.f1 >= 0.852)
    }
}
