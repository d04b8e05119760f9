import ArgumentParser
import KhabarCore
import KhabarExtract
import KhabarStore

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the events in the database, ordered by date.",
        discussion: """
            Within a day, events are listed as a front page lists them: the stories the most of \
            that day's reports tell first, each story's events together.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("Only events that end on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only events that start on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: ArgumentHelp("Only events with a report in this language (fa, ar, en, ru, …).", valueName: "code"))
    var language: String?

    @Option(help: ArgumentHelp("Only events with a report from this outlet (its name, as listed).", valueName: "name"))
    var outlet: String?

    @Option(help: ArgumentHelp(
        "Only events with this participant or place: an id (Q7747) or a name in any script (Putin, پوتین).", valueName: "entity"))
    var entity: String?

    @OptionGroup var names: GazetteerOptions

    func validate() throws {
        if let since, CivilDate(iso: since) == nil {
            throw ValidationError("Please pass --since as a date YYYY-MM-DD, for example 2025-01-31.")
        }
        if let until, CivilDate(iso: until) == nil {
            throw ValidationError("Please pass --until as a date YYYY-MM-DD, for example 2025-12-31.")
        }
        if let language, Language(code: language) == nil {
            throw ValidationError("Unknown language '\(language)'; use one of fa, ar, ur, ps, ckb, en, ru.")
        }
    }

    func run() throws {
        let gazetteer = try CommandError.wrap { try names.load() }
        let filter = EventFilter(
            since: since.flatMap { CivilDate(iso: $0) }, until: until.flatMap { CivilDate(iso: $0) },
            language: language.flatMap { Language(code: $0) },
            outlet: outlet.map { gazetteer.entry(named: $0)?.name ?? $0 },
            entity: entity.map { gazetteer.entry(named: $0)?.id ?? $0 })
        let events = try CommandError.wrap { try store.open().events(matching: filter) }
        try EventOutput.print(events, format: output.format)
    }
}
