import ArgumentParser
import KhabarExtract
import KhabarStore

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the timeline of events, or of one entity's events.")

    @Argument(help: ArgumentHelp(
        "A person, organisation or place: an id (Q7747) or a name in any script (Putin, پوتین, بوتين); all events when omitted.",
        valueName: "entity"))
    var entity: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var input: InputOptions

    func run() throws {
        let gazetteer = try CommandError.wrap { try input.loadGazetteer() }
        let resolved = entity.map { gazetteer.entry(named: $0)?.id ?? $0 }
        let events = try CommandError.wrap { try store.open().events(matching: EventFilter(entity: resolved)) }
        try EventOutput.print(events, format: output.format)
    }
}
