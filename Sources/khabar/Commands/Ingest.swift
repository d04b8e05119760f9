import ArgumentParser
import KhabarIngest

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read reports into the database and update the events.",
        discussion: """
            Every regular file under a folder is read (hidden files skipped): .jsonl and .ndjson \
            as JSON Lines, anything else as a text report with an optional leading \
            `date YYYY-MM-DD` marker. Rejected input is reported on stderr as `path:line: reason`; \
            everything valid is still stored. Running the same ingest again stores nothing twice.
            """)

    @Argument(help: ArgumentHelp("Files or folders to read, or - for stdin.", valueName: "path"))
    var paths: [String]

    @OptionGroup var store: StoreOptions
    @OptionGroup var input: InputOptions
    @OptionGroup var names: GazetteerOptions
    @OptionGroup var verbosity: VerboseOption

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Please name at least one file or folder to ingest, or - for stdin.") }
    }

    func run() throws {
        let (summary, _) = try IngestRun.run(paths: paths, store: store, input: input, names: names, verbose: verbosity.verbose)
        if summary.rejected > 0 { throw ExitCode.failure }
    }
}
