import ArgumentParser

/// The `khabar` command: ingest news, then read it as events.
@main
struct Khabar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khabar",
        abstract: "Turn a stream of Persian and Arabic news into events, dates, people and claims.",
        discussion: """
            Start with `khabar track`: it reads the bundled sample (five real reports) into \
            ./khabar.sqlite and prints the events they tell of. Pass files or folders to read your own.
            """,
        version: "0.1.0",
        subcommands: [
            Track.self, Ingest.self, Events.self, EventCommand.self, Timeline.self, Reanalyze.self,
            Normalize.self, Dates.self, Analyze.self,
        ])
}
