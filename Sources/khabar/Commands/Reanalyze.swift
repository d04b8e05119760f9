import ArgumentParser
import KhabarExtract
import KhabarIngest
import KhabarStore

struct Reanalyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Recompute every analysis and the events from the stored text.",
        discussion: "Run it after upgrading Khabar: analyses record the analyser version that made them.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var input: InputOptions
    @OptionGroup var names: GazetteerOptions
    @OptionGroup var verbosity: VerboseOption

    func run() throws {
        let gazetteer = try CommandError.wrap { try names.load() }
        let articleStore = try CommandError.wrap { try store.open() }
        let ingestor = Ingestor(
            store: articleStore, analyzer: ArticleAnalyzer(gazetteer: gazetteer), gazetteer: gazetteer,
            options: IngestOptions(concurrency: input.jobs))
        var progress = ProgressLine()
        let count = try CommandError.wrap(verbose: verbosity.verbose) {
            try ingestor.reanalyze { step in progress.draw(read: step.read, stored: step.stored, elapsed: step.elapsed) }
        }
        progress.clear()
        let events = try CommandError.wrap { try articleStore.eventCount() }
        Terminal.err("reanalysed \(count) articles with analyser \(ArticleAnalyzer.version); \(events) events")
    }
}
