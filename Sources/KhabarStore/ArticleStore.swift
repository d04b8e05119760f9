public import Foundation
import GRDB
public import KhabarCore
public import KhabarEvents

/// An error of the store, in one sentence that names the database and what failed.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// What failed, for a person.
    public var description: String
    /// The underlying error, for `--verbose`.
    public var underlying: String?

    init(_ description: String, underlying: (any Error)? = nil) {
        self.description = description
        self.underlying = underlying.map { String(describing: $0) }
    }
}

/// What happened to a batch of articles handed to the store.
public struct InsertOutcome: Sendable, Hashable {
    /// Ids of the articles that were new and are now stored.
    public var stored: [String]
    /// Ids of the articles that were already in the store (not stored twice).
    public var alreadyPresent: [String]
}

/// Filters for listing events.
public struct EventFilter: Sendable, Hashable {
    /// Events that end on or after this day.
    public var since: CivilDate?
    /// Events that start on or before this day.
    public var until: CivilDate?
    /// Events with at least one report in this language.
    public var language: Language?
    /// Events with at least one report from this outlet (case-insensitive, id or name).
    public var outlet: String?
    /// Events that name this entity (case-insensitive, id or name) as place or participant.
    public var entity: String?

    /// Creates a filter; `nil` fields do not filter.
    public init(
        since: CivilDate? = nil, until: CivilDate? = nil, language: Language? = nil,
        outlet: String? = nil, entity: String? = nil
    ) {
        self.since = since
        self.until = until
        self.language = language
        self.outlet = outlet
        self.entity = entity
    }

    /// Whether `event` passes the filter.
    public func matches(_ event: Event) -> Bool {
        if let since {
            guard let date = event.date, (date.end ?? date.start) >= since else { return false }
        }
        if let until {
            guard let date = event.date, date.start <= until else { return false }
        }
        if let language, !event.reports.contains(where: { $0.language == language }) { return false }
        if let outlet {
            let wanted = outlet.lowercased()
            guard event.reports.contains(where: { ($0.outlet ?? "").lowercased() == wanted }) else { return false }
        }
        if let entity {
            let wanted = entity.lowercased()
            let named = ([event.place].compactMap { $0 } + event.participants)
                .contains { $0.id.lowercased() == wanted || $0.name.lowercased() == wanted }
            guard named else { return false }
        }
        return true
    }
}

/// The embedded store: articles, their analyses and the events, in one SQLite database (WAL).
///
/// Every write is a transaction: a batch of articles and their analyses is either stored whole
/// or not at all, so a process killed in the middle of an ingest leaves no half-written article,
/// and the articles it reported stored are there.
public final class ArticleStore: Sendable {
    private let writer: any DatabaseWriter
    /// Where the database lives, for messages.
    public let location: String

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// - Throws: ``StoreError`` when the file cannot be opened or is not a Khabar database.
    public init(path: String) throws {
        location = path
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(10)
            let pool = try DatabasePool(path: path, configuration: configuration)
            writer = pool
            try Migrations.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw StoreError("Cannot open the database \(path): \(error.message ?? "SQLite error \(error.resultCode)").", underlying: error)
        } catch {
            throw StoreError("Cannot open the database \(path): \(error).", underlying: error)
        }
    }

    /// Opens a private in-memory database (for tests).
    public init() throws {
        location = ":memory:"
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: configuration)
        writer = queue
        try Migrations.migrator.migrate(queue)
    }

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private func write<T>(_ what: String, _ body: @Sendable (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError("Cannot \(what) in \(location): \(error.message ?? "SQLite error \(error.resultCode)").", underlying: error)
        } catch {
            throw StoreError("Cannot \(what) in \(location): \(error).", underlying: error)
        }
    }

    private func read<T>(_ what: String, _ body: @Sendable (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as DatabaseError {
            throw StoreError("Cannot \(what) from \(location): \(error.message ?? "SQLite error \(error.resultCode)").", underlying: error)
        } catch {
            throw StoreError("Cannot \(what) from \(location): \(error).", underlying: error)
        }
    }

    // MARK: - Articles

    /// Stores a batch of articles with their analyses in one transaction. Articles whose id is
    /// already stored are left as they are and reported as already present.
    public func insert(_ batch: [AnalyzedReport], ingestedAt: Date = Date()) throws -> InsertOutcome {
        let timestamp = ISO8601DateFormatter().string(from: ingestedAt)
        let encoder = ArticleStore.encoder()
        let records = try batch.map { report in
            (ArticleRecord(report.article, ingestedAt: timestamp),
             try AnalysisRecord(articleID: report.article.id, analysis: report.analysis, encoder: encoder))
        }
        return try write("store articles") { db in
            var outcome = InsertOutcome(stored: [], alreadyPresent: [])
            for (article, analysis) in records {
                try article.insert(db, onConflict: .ignore)
                if db.changesCount > 0 {
                    try analysis.insert(db, onConflict: .replace)
                    outcome.stored.append(article.id)
                } else {
                    outcome.alreadyPresent.append(article.id)
                }
            }
            return outcome
        }
    }

    /// Which of `ids` are stored already.
    public func existingIDs(among ids: [String]) throws -> Set<String> {
        try read("look up articles") { db in
            var found = Set<String>()
            for chunk in stride(from: 0, to: ids.count, by: 500) {
                let slice = Array(ids[chunk..<min(ids.count, chunk + 500)])
                let rows = try String.fetchAll(
                    db, ArticleRecord.select(ArticleRecord.Columns.id).filter(slice.contains(ArticleRecord.Columns.id)))
                found.formUnion(rows)
            }
            return found
        }
    }

    /// The number of stored articles.
    public func articleCount() throws -> Int {
        try read("count articles") { db in try ArticleRecord.fetchCount(db) }
    }

    /// Every stored article with its analysis, in arrival order.
    public func reports() throws -> [AnalyzedReport] {
        let decoder = JSONDecoder()
        return try read("read reports") { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT article.*, analysis.body AS analysis_body FROM article
                JOIN analysis ON analysis.article_id = article.id ORDER BY article.rowid
                """)
            return try rows.map { row in
                let article = try ArticleRecord(row: row).article
                let body: Data = row["analysis_body"]
                return AnalyzedReport(article: article, analysis: try decoder.decode(ArticleAnalysis.self, from: body))
            }
        }
    }

    /// Every stored article, in arrival order, in batches of `batchSize` (for reanalysis).
    public func forEachArticleBatch(batchSize: Int = 500, _ body: ([Article]) throws -> Void) throws {
        var lastRowID: Int64 = 0
        while true {
            let after = lastRowID
            let batch: [(Int64, Article)] = try read("read articles") { db in
                try Row.fetchAll(db, sql: "SELECT rowid AS r, * FROM article WHERE rowid > ? ORDER BY rowid LIMIT ?",
                                 arguments: [after, batchSize])
                    .map { row in (row["r"], try ArticleRecord(row: row).article) }
            }
            guard let last = batch.last else { return }
            lastRowID = last.0
            try body(batch.map(\.1))
        }
    }

    /// Replaces the analyses of stored articles (after an upgrade of the analyser).
    public func replaceAnalyses(_ analyses: [(articleID: String, analysis: ArticleAnalysis)]) throws {
        let encoder = ArticleStore.encoder()
        let records = try analyses.map { try AnalysisRecord(articleID: $0.articleID, analysis: $0.analysis, encoder: encoder) }
        try write("store analyses") { db in
            for record in records { try record.save(db) }
        }
    }

    // MARK: - Events

    /// Replaces every stored event with `events`, in one transaction.
    public func replaceEvents(_ events: [Event]) throws {
        let encoder = ArticleStore.encoder()
        let records = try events.map { try EventRecord($0, encoder: encoder) }
        let links = events.flatMap { event in event.reports.map { EventReportRecord(eventID: event.id, articleID: $0.id) } }
        try write("store events") { db in
            try EventReportRecord.deleteAll(db)
            try EventRecord.deleteAll(db)
            for record in records { try record.insert(db) }
            for link in links { try link.insert(db) }
        }
    }

    /// The stored events that pass `filter`, in timeline order.
    public func events(matching filter: EventFilter = EventFilter()) throws -> [Event] {
        let decoder = JSONDecoder()
        let events = try read("read events") { db in
            try EventRecord.fetchAll(db).map { try decoder.decode(Event.self, from: $0.body) }
        }
        return events.filter(filter.matches).sorted(by: EventBuilder.timelineOrder)
    }

    /// One stored event, or `nil`.
    public func event(id: String) throws -> Event? {
        let decoder = JSONDecoder()
        return try read("read the event") { db in
            try EventRecord.fetchOne(db, key: id).map { try decoder.decode(Event.self, from: $0.body) }
        }
    }
}
