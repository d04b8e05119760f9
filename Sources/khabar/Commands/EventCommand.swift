import ArgumentParser
import Foundation
import KhabarEvents
import KhabarStore

struct EventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: "Show one event in full: its reports, facts and related events.")

    @Argument(help: ArgumentHelp("The event id, as `khabar events` lists it.", valueName: "id"))
    var id: String

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        guard let event = try CommandError.wrap({ try store.open().event(id: id) }) else {
            Terminal.err("error: no event with id '\(id)' in \(store.path); `khabar events` lists them")
            throw ExitCode.failure
        }
        switch output.format {
        case .json:
            try EventOutput.printJSON(event)
        case .table:
            Terminal.out(EventSheet().render(event))
        }
    }
}
