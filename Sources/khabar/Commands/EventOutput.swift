import ArgumentParser
import Foundation
import KhabarEvents

/// Prints events as a table or as the contract's JSON.
enum EventOutput {
    static func print(_ events: [Event], format: OutputFormat) throws {
        switch format {
        case .json:
            try printJSON(events)
        case .table:
            Terminal.out(EventTable(width: Terminal.width).render(events))
        }
    }

    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try CommandError.wrap { try encoder.encode(value) }
        Terminal.out(String(decoding: data, as: UTF8.self) + "\n")
    }
}
