import Foundation
import KhabarCore

/// The cue-word tables of the extraction stage, loaded once from `Resources/lexicon/*.tsv`.
///
/// Each file is UTF-8 with `#` comment lines (source and licence first) and one entry per line,
/// tab-separated; the first field is always the language code (`fa`, `ar`, `en`, `ru`, or `*`).
/// The tables are data the Khabar developers compiled (see `Resources/NOTICE.md`).
enum ExtractLexicon {
    /// One line of a table.
    struct Row: Sendable {
        /// The language the entry belongs to, or `nil` for `*`.
        var language: Language?
        /// The fields after the language.
        var fields: [String]
    }

    /// Titles and markers that introduce names (`titles.tsv`).
    static let titles = load("titles")
    /// Speech verbs and attribution phrases (`speech.tsv`).
    static let speech = load("speech")
    /// Number words and multipliers (`numbers.tsv`).
    static let numbers = load("numbers")
    /// Units: percent, currencies, counted nouns (`units.tsv`).
    static let units = load("units")
    /// Words that end a name or a measure phrase (`stopwords.tsv`).
    static let stopwords = load("stopwords")
    /// Words that begin or cut the measure of a figure (`measures.tsv`).
    static let measures = load("measures")
    /// Common given names: the hand-written `firstnames.tsv` and the names compiled from Faker's
    /// lists and checked against the corpora (`firstnames-compiled.tsv`), read as one table.
    static let firstNames = load("firstnames") + load("firstnames-compiled")
    /// Relative period phrases (`periods.tsv`).
    static let periods = load("periods")
    /// The most frequent Persian word forms of a news corpus (`commonwords.tsv`).
    static let commonWords = load("commonwords")
    /// Family names Persian news writes after a given name (`surnames-compiled.tsv`).
    static let surnames = load("surnames-compiled")

    /// The names of every bundled table.
    static let tableNames = [
        "titles", "speech", "numbers", "units", "stopwords", "measures", "firstnames", "firstnames-compiled", "periods", "commonwords",
        "surnames-compiled",
    ]

    /// Parses the content of a table.
    static func parse(_ content: String) -> [Row] {
        parse(content, bytewise: TabSeparatedText.isBytewise(content))
    }

    /// ``parse(_:)``, splitting lines and fields on their bytes (`bytewise`, for content without
    /// a carriage return) or on characters (``TabSeparatedText``); a test compares the two on
    /// every table.
    static func parse(_ content: String, bytewise: Bool) -> [Row] {
        var rows: [Row] = []
        for line in TabSeparatedText.lines(of: content, bytewise: bytewise, keepingEmpty: false) {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let pieces = TabSeparatedText.fields(of: line, bytewise: bytewise)
            let fields = pieces.map { String($0) }
            guard fields.count >= 2 else { continue }
            let language = fields[0] == "*" ? nil : Language(code: fields[0])
            rows.append(Row(language: language, fields: Array(fields.dropFirst())))
        }
        return rows
    }

    /// Loads `Resources/lexicon/<name>.tsv`, or no rows when the file is missing (a test checks
    /// that every table ships).
    static func load(_ name: String) -> [Row] {
        guard let url = url(of: name), let content = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return parse(content)
    }

    /// The location of a bundled table.
    static func url(of name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources/lexicon")
            ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/lexicon/\(name).tsv")
    }
}
