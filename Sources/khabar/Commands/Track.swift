import ArgumentParser
import Foundation
import KhabarEvents
import KhabarSamples
import KhabarIngest
import KhabarStore

struct Track: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest reports, then print the timeline of the events they tell of.",
        discussion: """
            The main job. With no PATH, reads the bundled sample: five real Persian and Arabic \
            reports about three events. Reports already in the database are not stored twice.
            """)

    @Argument(help: ArgumentHelp(
        "Files or folders to read (.jsonl/.ndjson as JSON Lines, anything else as a text report), or - for stdin.",
        valueName: "path"))
    var paths: [String] = []

    @OptionGroup var store: StoreOptions
    @OptionGroup var input: InputOptions
    @OptionGroup var names: GazetteerOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var verbosity: VerboseOption

    func run() throws {
        var inputs = paths
        if inputs.isEmpty {
            guard let sample = BundledSample.seedsDirectory else {
                Terminal.err("error: the bundled sample is missing next to the khabar binary (Khabar_KhabarSamples.resources)")
                throw ExitCode.failure
            }
            inputs = [sample.path]
        }
        let (summary, articleStore) = try IngestRun.run(paths: inputs, store: store, input: input, names: names, verbose: verbosity.verbose)
        let events = try CommandError.wrap { try articleStore.events() }
        try EventOutput.print(events, format: output.format)
        if summary.rejected > 0 { throw ExitCode.failure }
    }
}
