public import KhabarCore
public import Foundation
import KhabarText

/// One entity of the gazetteer: a canonical id, its type, its English name and every alias it
/// goes by, in any language and spelling.
public struct GazetteerEntry: Sendable, Hashable {
    /// The canonical id: a Wikidata id (`Q7747`) where known, else a stable `kh:` id.
    public var id: String
    /// Person, organisation, place or other.
    public var type: EntityType
    /// A finer class (`outlet`, `country`, `city`, `head-of-state`, …), free text.
    public var category: String
    /// The canonical English name.
    public var name: String
    /// The aliases, as written in the data file, with the language they were listed under
    /// (`nil` for `*`, any language).
    public var aliases: [Alias]

    /// A name an entity goes by.
    public struct Alias: Sendable, Hashable {
        /// The alias as written in the data file.
        public var text: String
        /// The language it was listed under, or `nil` for any language.
        public var language: Language?

        /// Creates an alias.
        public init(text: String, language: Language?) {
            self.text = text
            self.language = language
        }
    }

    /// Creates an entry.
    public init(id: String, type: EntityType, category: String, name: String, aliases: [Alias]) {
        self.id = id
        self.type = type
        self.category = category
        self.name = name
        self.aliases = aliases
    }
}

/// An error in a gazetteer data file, naming the file, the line and what is wrong.
public struct GazetteerError: Error, CustomStringConvertible, Sendable {
    /// The file (or resource name) that holds the error.
    public var source: String
    /// The 1-based line.
    public var line: Int
    /// What is wrong, in one sentence.
    public var reason: String

    /// The error as `source:line: reason`, the CLI's diagnostic form.
    public var description: String { "\(source):\(line): \(reason)" }
}

/// The multilingual list of known entities: people, organisations, places and news outlets.
///
/// The data lives in tab-separated files under `Resources/gazetteer/`, one line per entity and
/// language:
///
/// ```text
/// # id	type	class	English name	language	aliases separated by |
/// Q7747	person	head-of-state	Vladimir Putin	fa	ولادیمیر پوتین|پوتین
/// ```
///
/// Lines of one id are merged into one entry; the type, class and English name must agree.
/// A user file in the same format adds entries or aliases (`--gazetteer FILE`).
public struct Gazetteer: Sendable {
    /// The entries, keyed by id.
    public let entries: [String: GazetteerEntry]

    /// Creates a gazetteer from entries; entries with the same id are merged.
    public init(entries: [GazetteerEntry]) {
        var merged: [String: GazetteerEntry] = [:]
        for entry in entries {
            if var existing = merged[entry.id] {
                for alias in entry.aliases where !existing.aliases.contains(alias) { existing.aliases.append(alias) }
                merged[entry.id] = existing
            } else {
                merged[entry.id] = entry
            }
        }
        self.entries = merged
    }

    /// The entries of one class, sorted by id.
    public func entries(inCategory category: String) -> [GazetteerEntry] {
        entries.values.filter { $0.category == category }.sorted { $0.id < $1.id }
    }

    /// This gazetteer with the entries of `other` added (aliases of a shared id are merged).
    public func merging(_ other: Gazetteer) -> Gazetteer {
        Gazetteer(entries: entries.values.sorted { $0.id < $1.id } + other.entries.values.sorted { $0.id < $1.id })
    }

    /// Parses the content of a gazetteer file.
    ///
    /// - Throws: ``GazetteerError`` naming `source` and the line, for a malformed line or an id
    ///   whose lines disagree on type, class or name.
    public static func parse(_ content: String, source: String) throws -> [GazetteerEntry] {
        try parse(content, source: source, bytewise: TabSeparatedText.isBytewise(content))
    }

    /// ``parse(_:source:)``, splitting lines and fields on their bytes (`bytewise`, for content
    /// without a carriage return) or on characters (``TabSeparatedText``); tests compare the two.
    static func parse(_ content: String, source: String, bytewise: Bool) throws -> [GazetteerEntry] {
        var byID: [String: GazetteerEntry] = [:]
        var order: [String] = []
        var lineNumber = 0
        for line in TabSeparatedText.lines(of: content, bytewise: bytewise, keepingEmpty: true) {
            lineNumber += 1
            if line.trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
            let pieces = TabSeparatedText.fields(of: line, bytewise: bytewise)
            let fields = pieces.map { String($0.trimmingWhitespace()) }
            func fail(_ reason: String) -> GazetteerError { GazetteerError(source: source, line: lineNumber, reason: reason) }
            guard fields.count == 6 else {
                throw fail("expected 6 tab-separated fields (id, type, class, name, language, aliases), found \(fields.count)")
            }
            let (id, typeText, category, name, languageText, aliasText) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5])
            guard !id.isEmpty else { throw fail("the id is empty") }
            guard let type = EntityType(rawValue: typeText) else {
                throw fail("type '\(typeText)' is not one of person, organization, place, other")
            }
            guard !name.isEmpty else { throw fail("the English name of \(id) is empty") }
            let language: Language?
            if languageText == "*" {
                language = nil
            } else if let known = Language(code: languageText) {
                language = known
            } else {
                throw fail("language '\(languageText)' is not a language code Khabar knows (or * for any)")
            }
            let aliasPieces = bytewise ? TabSeparatedText.pieces(of: aliasText[...], separator: "|") : aliasText.split(separator: "|")
            let aliases = aliasPieces.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
                .map { GazetteerEntry.Alias(text: String($0), language: language) }
            if var entry = byID[id] {
                guard entry.type == type, entry.category == category, entry.name == name else {
                    throw fail("\(id) is listed earlier as \(entry.type.rawValue)/\(entry.category) '\(entry.name)'; its lines must agree")
                }
                for alias in aliases where !entry.aliases.contains(alias) { entry.aliases.append(alias) }
                byID[id] = entry
            } else {
                byID[id] = GazetteerEntry(id: id, type: type, category: category, name: name, aliases: aliases)
                order.append(id)
            }
        }
        return order.compactMap { byID[$0] }
    }

    /// The gazetteer shipped with Khabar: every `.tsv` file under `Resources/gazetteer/`.
    ///
    /// The bundled files are validated by tests, so loading them cannot fail at run time.
    public static let bundled: Gazetteer = {
        guard let directory = bundledDirectory else { return Gazetteer(entries: []) }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".tsv") }.sorted()
        var entries: [GazetteerEntry] = []
        for file in files {
            let url = directory.appendingPathComponent(file)
            guard let content = try? String(contentsOf: url, encoding: .utf8),
                  let parsed = try? parse(content, source: file) else { continue }
            entries += parsed
        }
        return Gazetteer(entries: entries)
    }()

    /// Names of the bundled gazetteer files, for tests that validate each one.
    public static var bundledFiles: [URL] {
        guard let directory = bundledDirectory else { return [] }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".tsv") }
        return files.sorted().map { directory.appendingPathComponent($0) }
    }

    /// The folder of the bundled gazetteer files.
    static var bundledDirectory: URL? {
        Bundle.module.url(forResource: "gazetteer", withExtension: nil, subdirectory: "Resources")
            ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/gazetteer")
    }

    /// Loads a user gazetteer file in the bundled format.
    ///
    /// - Throws: ``GazetteerError`` for an unreadable file or a malformed line.
    public static func load(contentsOf path: String) throws -> Gazetteer {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GazetteerError(source: path, line: 0, reason: "cannot read the gazetteer file")
        }
        guard let content = String(data: data, encoding: .utf8) else {
            throw GazetteerError(source: path, line: 0, reason: "the gazetteer file is not valid UTF-8")
        }
        return Gazetteer(entries: try parse(content, source: path))
    }
}
