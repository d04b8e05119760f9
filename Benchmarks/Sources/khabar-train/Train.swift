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
            Each set's labelled articles are analysed and clustered alone (or, with --pool, among \
            every article of their days ± --margin), as `khabar ingest` would; every pair of \
            labelled reports in one story and one language is an example (one event or not, by \
            the labels). The model is fitted on all sets, and on all but one to score \
            that one (pairwise F1 at the labels' event level: the rules alone, then regrouped and small events joined, as `EventSplitter` does). \
            The log loss of the pair probabilities on each set's own examples (mean nats per pair, for the shipped \
            model and for the model fitted without the set) says whether a feature carries information even \
            when F1, decided by a few big events near the merge threshold, does not move.
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

    @Flag(help: "Cluster each set among every article published within --margin days of its labelled days (its pool, as an archive's ingest does), not alone; only labelled pairs are examples and scored.")
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
        var examples: [[Example]] = []
        var stories: [[(members: [String], rules: [[String]])]] = []
        var featuresOf: [String: ReportFeatures] = [:]
        var external: [String: String] = [:]
        for (setIndex, set) in sets.enumerated() {
            var clusterer = EventClusterer()
            var seen = Set<String>()
            var batch: [ReportFeatures] = []
            for item in articles where set.labels.events[item.id] != nil || published(item).map({ poolDays[setIndex].contains($0) }) ?? false {
                let article = Article(
                    id: ArticleIdentity.id(url: nil, outlet: item.outlet, text: item.text), externalID: item.id,
                    outlet: item.outlet, title: item.title, text: item.text, publishedTimestamp: item.published,
                    published: item.published.flatMap { CivilDate(iso: $0.prefix(10)) }, declaredLanguage: .arabic)
                // `khabar ingest` rejects an article without text.
                guard seen.insert(article.id).inserted, !item.text.allSatisfy(\.isWhitespace) else { continue }
                let prepared = PreparedText(article.text)
                let report = AnalyzedReport(article: article, analysis: analyzer.analyze(article, prepared: prepared, normalizing: false))
                let features = builder.features(of: report, prepared: prepared)
                featuresOf[article.id] = features
                external[article.id] = item.id
                batch.append(features)
            }
            clusterer.insert(batch)
            var setExamples: [Example] = []
            var setStories: [(members: [String], rules: [[String]])] = []
            for members in clusterer.events() {
                let rules = EventSplitter.ruleEvents(of: members, features: { featuresOf[$0] })
                setStories.append((members.sorted(), rules))
                var ruleOf: [String: Int] = [:]
                for (index, event) in rules.enumerated() { for id in event { ruleOf[id] = index } }
                let sorted = members.sorted()
                for i in sorted.indices {
                    for j in (i + 1)..<sorted.count {
                        let (a, b) = (featuresOf[sorted[i]]!, featuresOf[sorted[j]]!)
                        guard a.language == b.language,
                              let x = set.labels.events[external[a.id]!], let y = set.labels.events[external[b.id]!] else { continue }
                        setExamples.append(Example(
                            x: LeadPairModel.pairFeatures(a, b, sameRuleEvent: ruleOf[a.id] == ruleOf[b.id], storySize: members.count),
                            y: x == y))
                    }
                }
            }
            examples.append(setExamples)
            stories.append(setStories)
        }

        func score(_ set: Int, _ model: LeadPairModel?) -> Double {
            var predicted: [String: String] = [:]
            for story in stories[set] {
                let events = model.map { model in
                    model.joinSmallEvents(
                        model.regroup(members: story.members, ruleEvents: story.rules, features: { featuresOf[$0] }),
                        features: { featuresOf[$0] }, model: SimilarityModel())
                } ?? story.rules
                for event in events { for id in event { predicted[external[id]!] = event[0] } }
            }
            return Labels.pairwise(predicted: predicted, gold: sets[set].labels.events).f1
        }
        print("set\texamples\tsame event\trules F1\tshipped model F1\tregrouped F1 (fitted without the set)\tshipped log loss\tlog loss (fitted without the set)")
        var before = 0.0, shipped = 0.0, after = 0.0
        var shippedLoss = 0.0, heldOutLoss = 0.0
        let shippedModel = LeadPairModel()
        for index in sets.indices {
            let fitted = Logistic.fit(examples.indices.filter { $0 != index }.flatMap { examples[$0] }, penalty: penalty)
            let model = LeadPairModel(intercept: fitted.intercept, weights: fitted.weights, threshold: threshold, lockedSize: lockedSize)
            let (rules, current, regrouped) = (score(index, nil), score(index, shippedModel), score(index, model))
            let losses = (Logistic.loss(examples[index], shippedModel.intercept, shippedModel.weights),
                          Logistic.loss(examples[index], fitted.intercept, fitted.weights))
            before += rules
            shipped += current
            after += regrouped
            shippedLoss += losses.0
            heldOutLoss += losses.1
            print(String(format: "%@\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.4f\t%.4f", sets[index].name, examples[index].count,
                         examples[index].filter(\.y).count, rules, current, regrouped,
                         losses.0 / Double(max(1, examples[index].count)), losses.1 / Double(max(1, examples[index].count))))
        }
        let exampleCount = Double(max(1, examples.reduce(0) { $0 + $1.count }))
        print(String(format: "mean\t\t\t%.3f\t%.3f\t%.3f\t%.4f\t%.4f", before / Double(sets.count), shipped / Double(sets.count),
                     after / Double(sets.count), shippedLoss / exampleCount, heldOutLoss / exampleCount))
        let fitted = Logistic.fit(examples.flatMap { $0 }, penalty: penalty)
        let weights = fitted.weights.map { String(format: "%.3f", $0) }.joined(separator: ", ")
        print(String(format: "fitted on all sets: intercept: %.3f, weights: [%@]", fitted.intercept, weights))
    }
}

/// One pair of reports: its features and whether the labels make it one event.
struct Example {
    var x: [Double]
    var y: Bool
}

/// Logistic regression by Newton's method, with an L2 penalty on the weights.
enum Logistic {
    /// The summed log loss (negative log-likelihood, in nats) of `examples` under the model; the
    /// model's weights beyond an example's features are ignored, as ``LeadPairModel`` does.
    static func loss(_ examples: [Example], _ intercept: Double, _ weights: [Double]) -> Double {
        examples.reduce(0.0) { total, example in
            var z = intercept
            for (weight, value) in zip(weights, example.x) { z += weight * value }
            // log(1 + e^-z) for a same-event pair, log(1 + e^z) otherwise, without overflow.
            let margin = example.y ? z : -z
            return total + (margin > 0 ? log1p(exp(-margin)) : -margin + log1p(exp(margin)))
        }
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
