import ArgumentParser
import Foundation
import KhabarExtract
import KhabarIngest
import KhabarStore
import Logging

/// The ingest step `track` and `ingest` share: read, report rejections, print the summary.
enum IngestRun {
    static func run(
        paths: [String], store: StoreOptions, input: InputOptions, names: GazetteerOptions, verbose: Bool
    ) throws -> (summary: IngestSummary, store: ArticleStore) {
        let logger = Terminal.logger(verbose: verbose)
        let gazetteer = try CommandError.wrap { try names.load() }
        let articleStore = try CommandError.wrap { try store.open() }
        logger.debug("database \(store.path); \(gazetteer.entries.count) gazetteer entries; analyser \(ArticleAnalyzer.version)")
        let ingestor = Ingestor(
            store: articleStore, analyzer: ArticleAnalyzer(gazetteer: gazetteer), gazetteer: gazetteer,
            options: IngestOptions(encoding: input.encoding.encoding, concurrency: input.jobs))
        var progress = ProgressLine()
        let summary = try CommandError.wrap {
            try ingestor.ingest(
                paths: paths,
                onRejection: { rejection in
                    progress.clear()
                    Terminal.err(rejection.description)
                },
                onProgress: { step in progress.draw(read: step.read, stored: step.stored, elapsed: step.elapsed) })
        }
        progress.clear()
        logger.debug("\(summary.events) events in the database")
        Terminal.err(summary.line)
        // Articles analysed by an earlier version keep their old analyses (and events) until
        // they are recomputed; say so rather than mix the two silently.
        let stale = try CommandError.wrap { try articleStore.staleAnalysisCount(currentVersion: ArticleAnalyzer.version) }
        if stale > 0 {
            Terminal.err("note: \(stale) stored articles were analysed by an earlier version; run `khabar reanalyze` to update them")
        }
        return (summary, articleStore)
    }
}

/// Turns library errors into one clear line on stderr and exit status 1.
enum CommandError {
    static func wrap<T>(verbose: Bool = false, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as StoreError {
            Terminal.err("error: \(error.description)")
            if verbose, let underlying = error.underlying { Terminal.err("  cause: \(underlying)") }
            throw ExitCode.failure
        } catch let error as GazetteerError {
            Terminal.err("error: \(error.description)")
            throw ExitCode.failure
        } catch {
            Terminal.err("error: \(error)")
            throw ExitCode.failure
        }
    }
}
