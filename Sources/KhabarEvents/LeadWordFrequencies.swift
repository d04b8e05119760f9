import Foundation
public import KhabarCore

/// How common each word is in news leads, per language: in how many of a corpus's headlines and
/// first sentences a folded word occurs. It weighs a report's lead words (``ReportFeatures/leadTerms``)
/// by inverse document frequency, so that two leads meet on the words that tell one act from
/// another («استقالة … جونسون», «استقالة … ديفيز») rather than on the story's common words.
///
/// A table lists only the most common words of its language; any other word is rarer than all
/// of them and weighs the most. A language without a table weighs every word alike.
///
/// The bundled tables (`Resources/lead-words-*.tsv`) are compiled by `khabar-train frequencies`
/// (see `Resources/NOTICE.md`): one line per word, `word<TAB>documents`, after a header line
/// `# documents<TAB>N`.
public struct LeadWordFrequencies: Sendable {
    /// Per language: the number of leads counted, and each listed word's count (keyed by the
    /// stem's hash, ``StableHash/of(_:scalars:)`` in namespace `l`).
    private var tables: [Language: (documents: Int, counts: KeyMap64<UInt32>)]

    /// A table that weighs every word alike, in every language.
    public static let uniform = LeadWordFrequencies(tables: [:])

    /// Creates frequencies from counted tables.
    init(tables: [Language: (documents: Int, counts: KeyMap64<UInt32>)]) {
        self.tables = tables
    }

    /// The inverse document frequency of `term` in `language`: ln(N / (1 + documents)), with a
    /// word the table does not list counted in no document; 1 where the language has no table.
    @inline(__always)
    public func weight(of term: UInt64, in language: Language) -> Float {
        weights(in: language).weight(of: term)
    }

    /// The weights of the words of `language`: its table looked up once for all of a lead's words
    /// (each look-up hashes the language with SipHash).
    func weights(in language: Language) -> Weights { Weights(table: tables[language]) }

    /// ``LeadWordFrequencies/weight(of:in:)`` in one language.
    struct Weights {
        let table: (documents: Int, counts: KeyMap64<UInt32>)?

        @inline(__always)
        func weight(of term: UInt64) -> Float {
            guard let table else { return 1 }
            let documents = Float(table.counts[term] ?? 0)
            return max(0.1, logf(Float(table.documents) / (1 + documents)))
        }
    }

    /// Reads tables in the bundled format, one text per language.
    ///
    /// - Throws: ``LeadWordFrequencyError`` naming the source and line of a malformed line.
    public static func parse(_ texts: [Language: (text: String, source: String)]) throws -> LeadWordFrequencies {
        var tables: [Language: (documents: Int, counts: KeyMap64<UInt32>)] = [:]
        for (language, (text, source)) in texts {
            var documents: Int?
            var counts = KeyMap64<UInt32>()
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if line.isEmpty { continue }
                let fields = line.split(separator: "\t")
                if line.hasPrefix("# documents") {
                    guard fields.count == 2, let n = Int(fields[1]), n > 0 else {
                        throw LeadWordFrequencyError(source: source, line: index + 1, reason: "the documents line needs a positive count")
                    }
                    documents = n
                    continue
                }
                if line.hasPrefix("#") { continue }
                guard fields.count == 2, let count = UInt32(fields[1]), !fields[0].isEmpty else {
                    throw LeadWordFrequencyError(source: source, line: index + 1, reason: "expected a word and a count separated by a tab")
                }
                counts[StableHash.of(0x6C, scalars: ArraySlice(fields[0].unicodeScalars))] = count
            }
            guard let documents else {
                throw LeadWordFrequencyError(source: source, line: 1, reason: "missing the `# documents` line")
            }
            tables[language] = (documents, counts)
        }
        return LeadWordFrequencies(tables: tables)
    }

    /// The tables shipped with Khabar (Arabic and Persian), validated by tests.
    public static let bundled: LeadWordFrequencies = {
        var texts: [Language: (text: String, source: String)] = [:]
        for language in [Language.arabic, .persian] {
            let name = "lead-words-\(language.code)"
            guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources")
                    ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/\(name).tsv"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            texts[language] = (text, name + ".tsv")
        }
        return (try? parse(texts)) ?? .uniform
    }()

    /// The languages that have a table.
    public var languages: Set<Language> { Set(tables.keys) }
}

/// A malformed line in a lead-word frequency table.
public struct LeadWordFrequencyError: Error, CustomStringConvertible, Sendable {
    /// The file or name of the table.
    public var source: String
    /// The 1-based line.
    public var line: Int
    /// What is wrong.
    public var reason: String
    /// `source:line: reason`.
    public var description: String { "\(source):\(line): \(reason)" }
}
