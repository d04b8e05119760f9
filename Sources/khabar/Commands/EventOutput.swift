import ArgumentParser
import Foundation
import KhabarCore
import KhabarEvents

/// Prints events as a table or as the contract's JSON.
enum EventOutput {
    static func print(_ events: [Event], format: OutputFormat) throws {
        switch format {
        case .json:
            try printJSONArray(events)
        case .table:
            Terminal.out(EventTable(width: Terminal.width).render(events))
        }
    }

    static func printJSON<T: Encodable>(_ value: T) throws {
        let data = try CommandError.wrap { try encoder().encode(value) }
        Terminal.out(String(decoding: data, as: UTF8.self) + "\n")
    }

    /// Prints an array as ``printJSON(_:)`` does, byte for byte, an element at a time
    /// (``PrettyJSONArray``).
    static func printJSONArray<T: Encodable>(_ values: [T]) throws {
        try CommandError.wrap {
            try PrettyJSONArray().write(values, encoder: encoder()) { FileHandle.standardOutput.write($0) }
        }
        Terminal.out("\n")
    }

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
