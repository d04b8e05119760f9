import ArgumentParser
import KhabarExtract
import KhabarStore

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the timeline of events, or of one entity's events.",
        discussion: """
            ENTITY is looked up in the gazetteer in any script and spelling; when it names no known \
            entity, it is searched for in the events' titles instead (in any spelling).
            """)

    @Argument(help: ArgumentHelp(
        "A person, organisation or place: an id (Q7747) or a name in any script (Putin, پوتین, بوتين); all events when omitted.",
        valueName: "entity"))
    var entity: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var names: GazetteerOptions

    func run() throws {
        let gazetteer = try CommandError.wrap { try names.load() }
        var filter = EventFilter()
        if let entity {
            if let known = gazetteer.entry(named: entity) { filter.entity = known.id } else { filter.text = entity }
        }
        let events = try CommandError.wrap { try store.open().events(matching: filter) }
        try EventOutput.print(events, format: output.format)
    }
}
