import ArgumentParser
import BenchSupport
import Foundation
import KhabarCore
import KhabarEvents
import KhabarExtract
import KhabarText

/// Compiles the data the event splitter ships, from the development corpora and the hand labels:
/// the lead-word frequency tables and the lead pair model's coefficients. Run from the
/// repository root; `Sources/KhabarEvents/Resources/NOTICE.md` gives the commands.
@main
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khabar-train",
        abstract: "Compile the event splitter's lead-word frequencies and fit its lead pair model.",
        subcommands: [Frequencies.self, SplitModel.self])
}

/// Counts in how many leads (headline and first sentence) of a corpus each word occurs.
struct Frequencies: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count the words of a corpus's leads and write a lead-word frequency table.",
        discussion: """
            Articles published within --margin days of a day in the label files are left out, so \
            that the labelled days the splitter is measured on do not weigh their own words.
            """)

    @Option(help: "A JSON Lines corpus (fields title, text, published).")
    var corpus: String

    @Option(help: "The language of the table (a code such as ar or fa): its stemmer, and its header.")
    var language: String

    @Option(help: "A label file whose days (± --margin) are left out; repeat it for several.")
    var exclude: [String] = []

    @Option(help: "Days either side of a labelled day left out.")
    var margin = 2

    @Option(help: "How many of the most common words to keep.")
    var top = 2_000

    @Option(help: "The table to write.")
    var out: String

    @Option(help: "A line naming the corpus and its licence, for the table's header.")
    var source: String

    func run() throws {
        let labelled = try exclude.flatMap { try Labels.read($0).days.values }.compactMap { CivilDate(iso: $0) }
        let excludedDays = Set(labelled.flatMap { day in (-margin...margin).map { day.adding(days: $0) } })
        guard let code = Language(code: language) else { throw ValidationError("unknown language \(language)") }
        let builder = FeatureBuilder(gazetteer: Gazetteer(entries: []), leadFrequencies: .uniform)
        var counts: [String: Int] = [:]
        var documents = 0, skipped = 0
        for article in try Corpus.read(corpus) {
            if let published = article.published, let day = CivilDate(iso: published.prefix(10)), excludedDays.contains(day) {
                skipped += 1
                continue
            }
            documents += 1
            for word in Set(builder.leadWords(title: article.title, prepared: PreparedText(article.text), language: code)) {
                counts[word, default: 0] += 1
            }
        }
        let kept = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(top)
        var text = """
            # Lead-word frequencies (\(language)): in how many leads (headline and first sentence) each word's light stem occurs.
            # Source: \(source)
            # Compiled by `khabar-train frequencies` (\(kept.count) most common words; \(skipped) articles of the
            # labelled days ± \(margin) left out); words only, no text.

            """
        text += "# documents\t\(documents)\n"
        for (word, count) in kept { text += "\(word)\t\(count)\n" }
        try text.write(toFile: out, atomically: true, encoding: .utf8)
        print("\(documents) leads counted, \(skipped) left out, \(kept.count) words written to \(out)")
    }
}

/// Fits ``LeadPairModel`` on the labelled sets and measures it set by set, each left out in turn.
struct SplitModel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split-model",
        abstract: "Fit the lead pair model on labelled event sets and print its coefficients.",
        discussion: """
            Each set's labelled articles are analysed and clustered alone (and, with --pool, also \
            among every article of their days ± --margin), as `khabar ingest` would; every pair of \
            labelled reports in one story and one language is an example (one event or not, by \
            the labels), described by the pair features and their products, standardised. The \
            model is fitted on the examples of all sets, and on those of all but one to score \
            that one (pairwise F1 at the labels' event level: the rules alone, then regrouped and \
            small events joined, as `EventSplitter` does). The coefficients are printed as the \
            Swift of `LeadPairModel.trained`.
            """)

    @Option(help: "The ANT corpus as JSON Lines.")
    var corpus: String

    @Option(help: "A label file; repeat it for several sets.")
    var labels: [String]

    @Option(help: "The L2 penalty on the weights (the intercept is not penalised).")
    var penalty = 1.0

    @Option(help: "The mean probability at which two groups merge.")
    var threshold = LeadPairModel().threshold

    @Option(help: "The size from which a rule event is kept whole.")
    var lockedSize = LeadPairModel().lockedSize

    @Flag(help: "Cluster each set also among every article published within --margin days of its labelled days (its pool, as an archive's ingest does): the labelled pairs of both are examples, and both are scored.")
    var pool = false

    @Option(help: "Days either side of a labelled day in a pool.")
    var margin = 2

    func run() throws {
        let sets = try labels.map { (name: URL(fileURLWithPath: $0).lastPathComponent, labels: try Labels.read($0)) }
        let wanted = Set(sets.flatMap { $0.labels.events.keys })
        // A set's pool: every article published within `margin` days of one of its labelled days.
        let poolDays: [Set<String>] = sets.map { set in
            guard pool else { return [] }
            var days = Set<String>()
            for day in Set(set.labels.days.values) {
                guard let date = CivilDate(iso: day) else { continue }
                for offset in -margin...margin { days.insert(date.adding(days: offset).iso) }
            }
            return days
        }
        func published(_ item: CorpusArticle) -> String? { item.published.map { String($0.prefix(10)) } }
        let allPoolDays = poolDays.reduce(into: Set<String>()) { $0.formUnion($1) }
        let articles = try Corpus.read(corpus).filter { item in
            wanted.contains(item.id) || published(item).map { allPoolDays.contains($0) } ?? false
        }
        let gazetteer = Gazetteer.bundled
        let analyzer = ArticleAnalyzer(gazetteer: gazetteer)
        let builder = FeatureBuilder(gazetteer: gazetteer)
        // Features by corpus item (an item is analysed once, whichever sets and modes include it).
        var analysed: [String: ReportFeatures] = [:]
        func features(of item: CorpusArticle) -> ReportFeatures? {
            let article = Article(
                id: ArticleIdentity.id(url: nil, outlet: item.outlet, text: item.text), externalID: item.id,
                outlet: item.outlet, title: item.title, text: item.text, publishedTimestamp: item.published,
                published: item.published.flatMap { CivilDate(iso: $0.prefix(10)) }, declaredLanguage: .arabic)
            // `khabar ingest` rejects an article without text.
            guard !item.text.allSatisfy(\.isWhitespace) else { return nil }
            if let known = analysed[item.id] { return known }
            let prepared = PreparedText(article.text)
            let report = AnalyzedReport(article: article, analysis: analyzer.analyze(article, prepared: prepared, normalizing: false))
            let features = builder.features(of: report, prepared: prepared)
            analysed[item.id] = features
            return features
        }
        // Each set clustered alone, and (with --pool) in its pool: clustered[mode][set].
        let modes = pool ? [false, true] : [false]
        var clustered: [[ClusteredSet]] = []
        for inPool in modes {
            var runs: [ClusteredSet] = []
            for (setIndex, set) in sets.enumerated() {
                var run = ClusteredSet()
                var clusterer = EventClusterer()
                var batch: [ReportFeatures] = []
                for item in articles where set.labels.events[item.id] != nil
                    || (inPool && published(item).map({ poolDays[setIndex].contains($0) }) ?? false) {
                    guard let report = features(of: item), run.features[report.id] == nil else { continue }
                    run.external[report.id] = item.id
                    run.features[report.id] = report
                    batch.append(report)
                }
                clusterer.insert(batch)
                for members in clusterer.events() {
                    let rules = EventSplitter.ruleEvents(of: members, features: { run.features[$0] })
                    run.stories.append((members.sorted(), rules))
                    var ruleOf: [String: Int] = [:]
                    for (index, event) in rules.enumerated() { for id in event { ruleOf[id] = index } }
                    let sorted = members.sorted()
                    for i in sorted.indices {
                        for j in (i + 1)..<sorted.count {
                            let (a, b) = (run.features[sorted[i]]!, run.features[sorted[j]]!)
                            guard a.language == b.language, let x = set.labels.events[run.external[a.id]!],
                                  let y = set.labels.events[run.external[b.id]!] else { continue }
                            run.examples.append(Example(
                                x: LeadPairModel.expanded(LeadPairModel.pairFeatures(
                                    a, b, sameRuleEvent: ruleOf[a.id] == ruleOf[b.id], storySize: members.count)),
                                y: x == y))
                        }
                    }
                }
                runs.append(run)
            }
            clustered.append(runs)
        }

        func score(_ run: ClusteredSet, gold: [String: String], _ model: LeadPairModel?) -> Double {
            var predicted: [String: String] = [:]
            for story in run.stories {
                let events = model.map { model in
                    model.joinSmallEvents(
                        model.regroup(members: story.members, ruleEvents: story.rules, features: { run.features[$0] }),
                        features: { run.features[$0] }, model: SimilarityModel())
                } ?? story.rules
                for event in events { for id in event { predicted[run.external[id]!] = event[0] } }
            }
            return Labels.pairwise(predicted: predicted, gold: gold).f1
        }
        func fit(leavingOut left: Int?) -> LeadPairModel.Coefficients {
            Logistic.fitStandardised(clustered.flatMap { runs in
                sets.indices.filter { $0 != left }.flatMap { runs[$0].examples }
            }, penalty: penalty)
        }
        let fitted = sets.indices.map { fit(leavingOut: $0) }
        for (mode, inPool) in modes.enumerated() {
            print(inPool ? "\neach set in its pool" : "each set alone")
            print("set\texamples\tsame event\trules F1\tregrouped F1 (fitted without the set)")
            var before = 0.0, after = 0.0
            for index in sets.indices {
                let model = LeadPairModel(coefficients: fitted[index], threshold: threshold, lockedSize: lockedSize)
                let run = clustered[mode][index]
                let (rules, regrouped) = (score(run, gold: sets[index].labels.events, nil), score(run, gold: sets[index].labels.events, model))
                before += rules
                after += regrouped
                print(String(format: "%@\t%d\t%d\t%.3f\t%.3f", sets[index].name, run.examples.count,
                             run.examples.filter(\.y).count, rules, regrouped))
            }
            print(String(format: "mean\t\t\t%.3f\t%.3f", before / Double(sets.count), after / Double(sets.count)))
        }
        let all = fit(leavingOut: nil)
        func list(_ values: [Double]) -> String {
            "[" + values.map { String(format: "%.6g", $0) }.joined(separator: ", ") + "]"
        }
        print("\nfitted on all sets (LeadPairModel.trained):")
        print(String(format: "Coefficients(intercept: %.6g,", all.intercept))
        print("    center: \(list(all.center)),")
        print("    scale: \(list(all.scale)),")
        print("    weights: \(list(all.weights)))")
    }
}

/// One labelled set clustered one way (alone, or among the articles of its days): its stories
/// with their rule events, its labelled pairs, and each report's features and labelled article
/// (copies share a report).
struct ClusteredSet {
    var stories: [(members: [String], rules: [[String]])] = []
    var examples: [Example] = []
    var external: [String: String] = [:]
    var features: [String: ReportFeatures] = [:]
}

/// One pair of reports: its features and whether the labels make it one event.
struct Example {
    var x: [Double]
    var y: Bool
}

/// Logistic regression by Newton's method, with an L2 penalty on the weights.
enum Logistic {
    /// Fits on features standardised by their mean and standard deviation over the examples
    /// (so that one penalty suits features of every range), and returns the coefficients with
    /// the standardisation.
    static func fitStandardised(_ examples: [Example], penalty: Double) -> LeadPairModel.Coefficients {
        guard let width = examples.first?.x.count else {
            return LeadPairModel.Coefficients(intercept: 0, center: [], scale: [], weights: [])
        }
        let count = Double(examples.count)
        var center = Array(repeating: 0.0, count: width)
        for example in examples { for k in 0..<width { center[k] += example.x[k] / count } }
        var scale = Array(repeating: 0.0, count: width)
        for example in examples { for k in 0..<width { scale[k] += (example.x[k] - center[k]) * (example.x[k] - center[k]) / count } }
        scale = scale.map { $0 > 0 ? $0.squareRoot() : 1 }
        let standardised = examples.map { example in
            Example(x: (0..<width).map { (example.x[$0] - center[$0]) / scale[$0] }, y: example.y)
        }
        let fitted = fit(standardised, penalty: penalty)
        return LeadPairModel.Coefficients(intercept: fitted.intercept, center: center, scale: scale, weights: fitted.weights)
    }

    static func fit(_ examples: [Example], penalty: Double, iterations: Int = 30) -> (intercept: Double, weights: [Double]) {
        guard let width = examples.first.map({ $0.x.count + 1 }) else { return (0, []) }
        var beta = Array(repeating: 0.0, count: width)
        for _ in 0..<iterations {
            var gradient = Array(repeating: 0.0, count: width)
            var hessian = Array(repeating: Array(repeating: 0.0, count: width), count: width)
            for example in examples {
                let row = [1.0] + example.x
                var z = 0.0
                for k in 0..<width { z += beta[k] * row[k] }
                let p = 1 / (1 + exp(-z))
                let residual = p - (example.y ? 1 : 0)
                let w = p * (1 - p)
                for k in 0..<width {
                    gradient[k] += residual * row[k]
                    for l in 0..<width { hessian[k][l] += w * row[k] * row[l] }
                }
            }
            for k in 1..<width {
                gradient[k] += penalty * beta[k]
                hessian[k][k] += penalty
            }
            let step = solve(hessian, gradient)
            for k in 0..<width { beta[k] -= step[k] }
            if step.map(abs).max() ?? 0 < 1e-9 { break }
        }
        return (beta[0], Array(beta.dropFirst()))
    }

    /// Solves `a · x = b` by Gaussian elimination with partial pivoting.
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double] {
        var m = a
        var v = b
        let n = v.count
        for column in 0..<n {
            let pivot = (column..<n).max { abs(m[$0][column]) < abs(m[$1][column]) }!
            m.swapAt(column, pivot)
            v.swapAt(column, pivot)
            guard abs(m[column][column]) > 1e-12 else { continue }
            for row in (column + 1)..<n {
                let factor = m[row][column] / m[column][column]
                for k in column..<n { m[row][k] -= factor * m[column][k] }
                v[row] -= factor * v[column]
            }
        }
        var x = Array(repeating: 0.0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var total = v[row]
            for k in (row + 1)..<n { total -= m[row][k] * x[k] }
            x[row] = abs(m[row][row]) > 1e-12 ? total / m[row][row] : 0
        }
        return x
    }
}
