import ArgumentParser
import Foundation
import KhabarExtract
import KhabarIngest
import KhabarStore

/// Where the database lives.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The SQLite database file (created if missing).",
            discussion: "Defaults to $KHABAR_DB, or ./khabar.sqlite.", valueName: "file"))
    var database: String?

    /// The database path: the flag, else `$KHABAR_DB`, else `./khabar.sqlite`.
    var path: String {
        database ?? ProcessInfo.processInfo.environment["KHABAR_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "khabar.sqlite"
    }

    func open() throws -> ArticleStore {
        try ArticleStore(path: path)
    }
}

/// How results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

struct FormatOptions: ParsableArguments {
    @Option(help: "Output format: a table for people, or JSON for scripts.")
    var format: OutputFormat = .table
}

/// Flags every command that reads input shares.
struct InputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The encoding of input without a byte order mark: auto (UTF-8) or windows-1256.", valueName: "encoding"))
    var encoding: InputEncodingArgument = .automatic

    @Option(help: ArgumentHelp(
        "How many articles to analyse at once (default: one per core).", valueName: "n"))
    var jobs: Int?

}

/// The gazetteer: the bundled one, plus the user's.
struct GazetteerOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "An extra gazetteer file (same format as the bundled one) whose entries are added.",
        discussion: "Defaults to $KHABAR_GAZETTEER when set.", valueName: "file"))
    var gazetteer: String?

    /// The bundled gazetteer plus the user's, if any.
    func load() throws -> Gazetteer {
        let userFile = gazetteer ?? ProcessInfo.processInfo.environment["KHABAR_GAZETTEER"].flatMap { $0.isEmpty ? nil : $0 }
        guard let userFile else { return .bundled }
        return Gazetteer.bundled.merging(try Gazetteer.load(contentsOf: userFile))
    }
}

enum InputEncodingArgument: String, ExpressibleByArgument, CaseIterable {
    case automatic = "auto"
    case windows1256 = "windows-1256"

    var encoding: InputEncoding {
        switch self {
        case .automatic: .automatic
        case .windows1256: .windows1256
        }
    }
}

struct VerboseOption: ParsableArguments {
    @Flag(name: .long, help: "Print details of what happens, and the underlying cause of errors.")
    var verbose = false
}
