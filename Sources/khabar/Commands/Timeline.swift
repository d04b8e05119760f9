import ArgumentParser
import KhabarStore

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the timeline of events, or of one entity's events.")

    @Argument(help: ArgumentHelp("An entity id (Q7747) or name (Vladimir Putin); all events when omitted.", valueName: "entity"))
    var entity: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let events = try CommandError.wrap { try store.open().events(matching: EventFilter(entity: entity)) }
        try EventOutput.print(events, format: output.format)
    }
}
