import ArgumentParser
import BenchSupport
import Foundation
import KhabarCore
import KhabarEvents
import KhabarExtract
import KhabarStore
import KhabarText
import KhabarTime

/// Measures Khabar's speed stage by stage, side by side with Python peers, and prints a table.
///
/// Run it through `scripts/bench`, which builds it in release mode, installs the peers in their
/// own virtual environment and decompresses the corpora.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khabar-bench",
        abstract: "Measure Khabar's stages and whole ingest side by side with Python peers.")

    @Flag(help: "A small run (under a minute once built).")
    var quick = false

    @Option(help: "Folder holding fars.jsonl and ant.jsonl (decompressed development corpora).")
    var data: String

    @Option(help: "Python of the peers' virtual environment; peers are skipped without it.")
    var python: String?

    @Option(help: "Folder of the peer scripts.")
    var scripts: String = "Benchmarks/peers"

    @Option(help: "The release khabar binary, for whole-ingest runs.")
    var khabar: String

    @Option(help: "Hand labels of ANT events (id, event, day, note), for clustering quality; repeat it for several sets, each scored on its own.")
    var labels: [String] = []

    @Option(help: "Scratch folder for databases and replay files.")
    var work: String

    func run() throws {
        var bench = Runner(options: self)
        try bench.runAll()
    }
}

struct Runner {
    let options: Bench
    var rows: [Row] = []
    var notes: [String] = []

    init(options: Bench) {
        self.options = options
    }

    var sizes: (text: Int, datesPeer: Int, ingest: [Int]) {
        options.quick ? (300, 40, [2_000]) : (4_000, 300, [10_000, 30_000, 100_000])
    }

    func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    mutating func runAll() throws {
        try FileManager.default.createDirectory(atPath: options.work, withIntermediateDirectories: true)
        log("reading corpora from \(options.data)")
        let fars = try Corpus.read(options.data + "/fars.jsonl", limit: sizes.text)
        let antAll = try Corpus.read(options.data + "/ant.jsonl")
        let ant = Array(antAll.prefix(sizes.text))
        try normalisation(fars)
        try dates(fars: fars, ant: ant)
        extraction(fars: fars, ant: ant)
        // Clustering runs on the whole Arabic corpus; a quick run takes only the hand-labelled days.
        if options.quick, !options.labels.isEmpty {
            let days = Set(try options.labels.flatMap { try Labels.read($0).days.values })
            try clustering(antAll.filter { days.contains(String(($0.published ?? "").prefix(10))) })
        } else {
            try clustering(antAll)
        }
        try ingest(antAll)
        print(Table.render(rows))
        notes.append("In-process stages (Khabar's rows without a memory figure) ran in one process whose peak was "
            + Table.mib(Measure.selfPeakMiB) + ", corpora included. Speeds are best of 3 (one pass for clustering and store), one core.")
        for note in notes { print("- " + note) }
    }

    // MARK: - Text

    mutating func normalisation(_ fars: [CorpusArticle]) throws {
        log("normalisation")
        let texts = fars.map(\.text)
        let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1e6
        let characters = CharacterNormalizer(language: .persian)
        let charSeconds = Measure.best(3) { for text in texts { _ = characters.normalize(text) } }
        let display = TextNormalizer(language: .persian)
        let displaySeconds = Measure.best(3) { for text in texts { _ = display.normalize(text) } }
        let restorer = ZWNJRestorer()
        let zwnjSeconds = Measure.best(3) { for text in texts { _ = restorer.restore(text) } }

        var hazmMBs: Double? = nil
        var hazmPeak = 0.0
        if let python = options.python {
            let plain = options.work + "/fars-plain.txt"
            try Corpus.writePlain(fars, to: plain)
            let run = try Measure.run(python, [options.scripts + "/hazm_normalize.py", plain, "--repeat", "3"])
            hazmMBs = number(after: "hazm-normalizer:", in: run.stdout)
            hazmPeak = run.peakMiB
            if hazmMBs == nil { notes.append("hazm did not run: \(run.stderr.split(separator: "\n").last ?? "")") }
        }
        let input = "\(texts.count) fa articles, \(String(format: "%.1f", megabytes)) MB"
        let charMBs = megabytes / charSeconds, displayMBs = megabytes / displaySeconds
        rows.append(Row(stage: "normalise: characters", input: input, khabar: Table.rate(charMBs, "MB/s"),
                        peer: "hazm Normalizer", peerSpeed: hazmMBs.map { Table.rate($0, "MB/s") } ?? "—",
                        ratio: hazmMBs.map { Table.ratio(charMBs, $0) } ?? "—", memory: hazmMBs == nil ? "—" : "hazm \(Table.mib(hazmPeak))"))
        rows.append(Row(stage: "normalise: display + ZWNJ", input: input, khabar: Table.rate(displayMBs, "MB/s"),
                        peer: "hazm Normalizer", peerSpeed: hazmMBs.map { Table.rate($0, "MB/s") } ?? "—",
                        ratio: hazmMBs.map { Table.ratio(displayMBs, $0) } ?? "—", memory: "—"))
        rows.append(Row(stage: "ZWNJ restoration alone", input: input, khabar: Table.rate(megabytes / zwnjSeconds, "MB/s"),
                        peer: "—", peerSpeed: "—", ratio: "—", memory: "—"))

        // Correctness side by side: the seeds' fused words.
        let words = SeedChecks.zwnjWords
        let ours = words.filter { display.normalize($0.damaged) == $0.expected }.count
        var theirs = "—"
        if let python = options.python {
            let script = "import sys\nfrom hazm import Normalizer\nn=Normalizer()\nfor w in sys.argv[1:]: print(n.normalize(w))"
            let run = try Measure.run(python, ["-c", script] + words.map(\.damaged))
            let outputs = run.stdout.split(separator: "\n").map(String.init)
            if outputs.count == words.count {
                theirs = "\(zip(words, outputs).filter { $0.0.expected == $0.1 }.count)/\(words.count)"
            }
        }
        rows.append(Row(stage: "ZWNJ: seed words restored", input: "\(words.count) fused words from the seeds",
                        khabar: "\(ours)/\(words.count)", peer: "hazm Normalizer", peerSpeed: theirs, ratio: "—", memory: "—"))
    }

    // MARK: - Dates

    mutating func dates(fars: [CorpusArticle], ant: [CorpusArticle]) throws {
        log("dates")
        for (name, corpus, language) in [("fa", fars, Language.persian), ("ar", ant, Language.arabic)] {
            let prepared = corpus.map { (ScalarText($0.text), $0.published.flatMap { CivilDate(iso: $0.prefix(10)) }) }
            let megabytes = Double(corpus.reduce(0) { $0 + $1.text.utf8.count }) / 1e6
            let extractor = DateExtractor()
            let seconds = Measure.best(3) {
                for (text, published) in prepared { _ = extractor.analyze(text, language: language, published: published) }
            }
            let perSecond = Double(corpus.count) / seconds
            var peerRate: Double? = nil
            var peerPeak = 0.0
            if let python = options.python {
                let file = options.work + "/dates-\(name).jsonl"
                try Corpus.write(Array(corpus.prefix(sizes.datesPeer)), to: file)
                let run = try Measure.run(python, [options.scripts + "/dateparser_peer.py", file, "--language", name])
                peerRate = number(after: "articles_per_second", in: run.stdout)
                peerPeak = run.peakMiB
                if peerRate == nil { notes.append("dateparser did not run: \(run.stderr.split(separator: "\n").last ?? "")") }
            }
            rows.append(Row(
                stage: "dates (\(name))",
                input: "\(corpus.count) \(name) articles, \(String(format: "%.1f", megabytes)) MB",
                khabar: Table.rate(perSecond, "art/s") + ", " + Table.rate(megabytes / seconds, "MB/s"),
                peer: "dateparser search_dates" + (peerRate == nil ? "" : " (\(min(sizes.datesPeer, corpus.count)) art.)"),
                peerSpeed: peerRate.map { Table.rate($0, "art/s") } ?? "—",
                ratio: peerRate.map { Table.ratio(perSecond, $0) } ?? "—",
                memory: peerRate == nil ? "—" : "dateparser \(Table.mib(peerPeak))"))
        }
        // Correctness side by side: the phrases both are asked to resolve.
        let reference = CivilDate(iso: "2025-12-12")!
        let phrases = SeedChecks.datePhrases
        let ours = phrases.filter { phrase in
            let found = DateExtractor().extract(from: ScalarText(phrase.text), language: phrase.language, reference: reference)
            return found.count == 1 && found[0].range.start == phrase.expected.start && found[0].range.end == phrase.expected.end
        }.count
        var theirs = "—"
        if let python = options.python {
            let run = try Measure.run(python, [options.scripts + "/dateparser_peer.py", "--phrases"])
            var right = 0
            for phrase in phrases {
                guard let line = run.stdout.split(separator: "\n").first(where: { $0.hasPrefix("phrase \(phrase.language.code) \(phrase.text) ->") }) else { continue }
                // dateparser gives one moment per phrase: right when it is the day asked for, or
                // lies in the period asked for.
                let days = line.split(separator: "'").compactMap { CivilDate(iso: $0) }
                if days.count == 1, phrase.expected.contains(days[0]) { right += 1 }
            }
            theirs = "\(right)/\(phrases.count)"
        }
        rows.append(Row(stage: "dates: seed phrases resolved", input: "\(phrases.count) phrases (fa, ar)",
                        khabar: "\(ours)/\(phrases.count)", peer: "dateparser search_dates", peerSpeed: theirs, ratio: "—", memory: "—"))
    }

    // MARK: - Extraction

    mutating func extraction(fars: [CorpusArticle], ant: [CorpusArticle]) {
        log("extraction")
        let gazetteer = Gazetteer.bundled
        let entities = EntityExtractor(gazetteer: gazetteer)
        let quotes = QuoteExtractor(gazetteer: gazetteer)
        let figures = FigureExtractor()
        for (name, corpus, language) in [("fa", fars, Language.persian), ("ar", ant, Language.arabic)] {
            let prepared = corpus.map { PreparedText($0.text) }
            let seconds = Measure.best(3) {
                for text in prepared {
                    let found = entities.extract(from: text.text, folded: text.folded, tokens: text.tokens, language: language)
                    _ = figures.extract(from: text.text, folded: text.folded, tokens: text.tokens, language: language, dates: [], reference: nil)
                    _ = quotes.extract(from: text.text, folded: text.folded, tokens: text.tokens, language: language, entities: found)
                }
            }
            rows.append(Row(stage: "extraction (\(name)): entities, figures, quotes", input: "\(corpus.count) \(name) articles",
                            khabar: Table.rate(Double(corpus.count) / seconds, "art/s"), peer: "—", peerSpeed: "—", ratio: "—", memory: "—"))
        }
    }

    // MARK: - Clustering

    mutating func clustering(_ corpus: [CorpusArticle]) throws {
        log("clustering: analysing \(corpus.count) articles")
        let gazetteer = Gazetteer.bundled
        let analyzer = ArticleAnalyzer(gazetteer: gazetteer)
        let builder = FeatureBuilder(gazetteer: gazetteer)
        var reports: [(report: AnalyzedReport, features: ReportFeatures)] = []
        var seen = Set<String>()
        for item in corpus {
            let article = Article(
                id: ArticleIdentity.id(url: nil, outlet: item.outlet, text: item.text), externalID: item.id, outlet: item.outlet,
                title: item.title, text: item.text, publishedTimestamp: item.published,
                published: item.published.flatMap { CivilDate(iso: $0.prefix(10)) }, declaredLanguage: .arabic)
            // The corpus repeats some texts; each is one report.
            guard seen.insert(article.id).inserted else { continue }
            let prepared = PreparedText(article.text)
            let report = AnalyzedReport(article: article, analysis: analyzer.analyze(article, prepared: prepared, normalizing: false))
            reports.append((report, builder.features(of: report, prepared: prepared)))
        }
        log("clustering: \(reports.count) reports")
        var clusterer = EventClusterer()
        let seconds = Measure.best(1) { clusterer.insert(reports.map(\.features)) }
        let perSecond = Double(reports.count) / seconds

        // The peer is slow on a whole corpus, so both are compared on the articles around the
        // hand-labelled days (the labelled days and two days either side), which also gives
        // their quality on the same input.
        let labelSets = try options.labels.map { (name: URL(fileURLWithPath: $0).lastPathComponent, labels: try Labels.read($0)) }
        let labelledDays = Set(labelSets.flatMap { $0.labels.days.values.compactMap { CivilDate(iso: $0) } })
        let margin = options.quick ? 0 : 2
        let pool = reports.filter { item in
            guard let day = item.report.analysis.published else { return false }
            return labelledDays.contains { abs($0.days(to: day)) <= margin }
        }
        var peerRate: Double? = nil
        var peerPeak = 0.0
        var peerAssignments: [String: String] = [:]
        if let python = options.python, !pool.isEmpty {
            let ids = Set(pool.map { $0.report.article.externalID ?? "" })
            let file = options.work + "/cluster-pool.jsonl"
            try Corpus.write(corpus.filter { ids.contains($0.id) }, to: file)
            let assignments = options.work + "/cluster-peer.tsv"
            let run = try Measure.run(python, [options.scripts + "/tfidf_cluster.py", file, "--assignments", assignments])
            peerRate = number(after: "articles_per_second", in: run.stdout)
            peerPeak = run.peakMiB
            if peerRate == nil { notes.append("the TF-IDF peer did not run: \(run.stderr.split(separator: "\n").last ?? "")") }
            for line in (try? String(contentsOfFile: assignments, encoding: .utf8))?.split(separator: "\n") ?? [] {
                let parts = line.split(separator: "\t")
                if parts.count == 2 { peerAssignments[String(parts[0])] = String(parts[1]) }
            }
        }
        rows.append(Row(stage: "clustering", input: "\(reports.count) ar articles (ANT); peer: \(pool.count) around the labelled days",
                        khabar: Table.rate(perSecond, "art/s"), peer: "streaming TF-IDF (scikit-learn)",
                        peerSpeed: peerRate.map { Table.rate($0, "art/s") } ?? "—",
                        ratio: peerRate.map { Table.ratio(perSecond, $0) } ?? "—",
                        memory: peerRate == nil ? "—" : "peer \(Table.mib(peerPeak))"))

        // Quality on the hand-labelled busy days: both cluster the same pool.
        if !labelSets.isEmpty, !pool.isEmpty {
            var poolClusterer = EventClusterer()
            poolClusterer.insert(pool.map(\.features))
            // Events are the clusterer's stories split by who acts, as ingest stores them.
            var ours: [String: String] = [:], ourStories: [String: String] = [:]
            let external = Dictionary(uniqueKeysWithValues: pool.map { ($0.report.article.id, $0.report.article.externalID ?? "") })
            for members in poolClusterer.events() {
                let story = EventClusterer.eventID(members: members)
                for event in EventSplitter.events(of: members, features: { poolClusterer.features(of: $0) }) {
                    let id = EventClusterer.eventID(members: event)
                    for member in event {
                        if let name = external[member] { ours[name] = id; ourStories[name] = story }
                    }
                }
            }
            for (name, labelled) in labelSets {
                let covered = labelled.events.keys.filter { ours[$0] != nil }.count
                let days = Set(labelled.days.values).count
                for (level, gold, predicted) in [("events", labelled.events, ours), ("stories", labelled.stories, ourStories)] {
                    let k = Labels.pairwise(predicted: predicted, gold: gold)
                    let p = peerAssignments.isEmpty ? nil : Labels.pairwise(predicted: peerAssignments, gold: gold)
                    rows.append(Row(
                        stage: "clustering quality (\(level))", input: "\(covered) hand-labelled articles, \(days) busy days (\(name))",
                        khabar: String(format: "F1 %.2f (P %.2f R %.2f)", k.f1, k.precision, k.recall),
                        peer: "streaming TF-IDF", peerSpeed: p.map { String(format: "F1 %.2f (P %.2f R %.2f)", $0.f1, $0.precision, $0.recall) } ?? "—",
                        ratio: "—", memory: "—"))
                }
                let (purity, completeness) = Labels.purityCompleteness(predicted: ours, gold: labelled.events)
                notes.append(String(format: "Khabar on the labelled days of %@: purity %.2f, completeness %.2f (event level).", name, purity, completeness))
            }
        }

        // Store: committing the analysed reports.
        let path = options.work + "/store-bench.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try ArticleStore(path: path)
        let storeSeconds = Measure.best(1) {
            var start = 0
            while start < reports.count {
                let batch = Array(reports[start..<min(reports.count, start + 256)])
                _ = try? store.commit(ArticleStore.Commit(reports: batch))
                start += 256
            }
        }
        rows.append(Row(stage: "store (SQLite, WAL, batches of 256)", input: "\(reports.count) analysed articles",
                        khabar: Table.rate(Double(reports.count) / storeSeconds, "art/s"), peer: "—", peerSpeed: "—", ratio: "—", memory: "—"))
    }

    // MARK: - Whole ingest

    mutating func ingest(_ ant: [CorpusArticle]) throws {
        for size in sizes.ingest {
            log("ingest: \(size) articles")
            let file = options.work + "/ingest-\(size).jsonl"
            if size <= ant.count {
                try Corpus.write(Array(ant.prefix(size)), to: file)
            } else {
                let copies = (size + ant.count - 1) / ant.count
                try Corpus.writeReplay(ant, copies: copies, shiftDays: 280, to: file)
            }
            let db = options.work + "/ingest-\(size).sqlite"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            let run = try Measure.run(options.khabar, ["ingest", "--jobs", "1", "--db", db, file])
            let storedLine = run.stderr.split(separator: "\n").last.map(String.init) ?? ""
            let stored = Int(storedLine.split(separator: " ").dropFirst().first?.trimmingCharacters(in: .punctuationCharacters) ?? "") ?? 0
            let read = stored + (Int(storedLine.components(separatedBy: "already present ").last?.split(separator: ",").first ?? "") ?? 0)
            rows.append(Row(stage: "whole ingest (analyse, cluster, store), 1 core", input: "\(read) ANT articles" + (size > ant.count ? " (replay)" : ""),
                            khabar: Table.rate(Double(read) / run.seconds, "art/s"), peer: "—", peerSpeed: "—", ratio: "—",
                            memory: Table.mib(run.peakMiB)))
            if run.status != 0 { notes.append("ingest of \(size) exited \(run.status): \(storedLine)") }
        }
    }

    /// The number after `label` in `text` (`articles_per_second 90.6`, `hazm-normalizer: 3.2 MB/s`).
    func number(after label: String, in text: String) -> Double? {
        guard let range = text.range(of: label) else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == ":" }
        return Double(rest.prefix { $0.isNumber || $0 == "." })
    }
}
