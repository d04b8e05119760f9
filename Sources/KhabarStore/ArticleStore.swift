public import Foundation
import GRDB
public import KhabarCore
public import KhabarEvents
import KhabarText

/// An error of the store, in one sentence that names the database and what failed.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// What failed, for a person.
    public var description: String
    /// The underlying error, for `--verbose`.
    public var underlying: String?

    /// An error's description as a clause inside another sentence: without its final period.
    static func clause(_ error: any Error) -> String {
        let text = "\(error)"
        return text.hasSuffix(".") ? String(text.dropLast()) : text
    }

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
    /// Events whose title (in any language), place or participants contain these words, in any
    /// spelling (compared folded: ی/ي, ک/ك, hamza forms, digits, ZWNJ and case do not matter).
    public var text: String?

    /// Creates a filter; `nil` fields do not filter.
    public init(
        since: CivilDate? = nil, until: CivilDate? = nil, language: Language? = nil,
        outlet: String? = nil, entity: String? = nil, text: String? = nil
    ) {
        self.since = since
        self.until = until
        self.language = language
        self.outlet = outlet
        self.entity = entity
        self.text = text
    }

    /// Whether a place and participants pass the entity condition (true when there is none).
    func names(place: EntityReference?, participants: [EntityReference]) -> Bool {
        guard let entity else { return true }
        let wanted = entity.lowercased()
        return ([place].compactMap { $0 } + participants).contains { $0.id.lowercased() == wanted || $0.name.lowercased() == wanted }
    }

    /// The folded form of the text condition, or nil when there is none (or nothing is left of it
    /// once folded, and every event passes).
    var foldedText: String? {
        guard let text else { return nil }
        let key = FoldedText.key(text)
        return key.isEmpty ? nil : key
    }

    /// Whether one of `strings` contains the text condition, in any spelling (true when there is none).
    func contains(text strings: some Sequence<String>) -> Bool {
        guard let wanted = foldedText else { return true }
        return strings.contains { FoldedText.key($0).contains(wanted) }
    }

    /// Whether an event's titles, place or participants contain the text condition (its reports'
    /// titles are the rest of what the condition looks at).
    func contains(textIn titles: [String: String], place: EntityReference?, participants: [EntityReference]) -> Bool {
        contains(text: titles.values + participants.map(\.name) + [place?.name].compactMap { $0 })
    }

    /// Whether a report's language and outlet pass the language and outlet conditions.
    func passes(language reportLanguage: Language, outlet reportOutlet: String?) -> Bool {
        if let language, reportLanguage != language { return false }
        if let outlet, (reportOutlet ?? "").lowercased() != outlet.lowercased() { return false }
        return true
    }

    /// Whether `event` passes the filter.
    public func matches(_ event: Event) -> Bool {
        if let since {
            guard let date = event.date, (date.end ?? date.start) >= since else { return false }
        }
        if let until {
            guard let date = event.date, date.start <= until else { return false }
        }
        if language != nil || outlet != nil,
           !event.reports.contains(where: { passes(language: $0.language, outlet: $0.outlet) }) { return false }
        if entity != nil, !names(place: event.place, participants: event.participants) { return false }
        if text != nil, !contains(textIn: event.titles, place: event.place, participants: event.participants),
           !contains(text: event.reports.compactMap(\.title)) { return false }
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
            configuration.prepareDatabase { db in
                // Checkpoint the write-ahead log every 8,192 pages (32 MiB) rather than every
                // 1,000: a page written by several batches is copied into the database once,
                // and the database is synced an eighth as often.
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
                // A 16 MiB page cache rather than 2 MiB: the indexes keyed by article id (random
                // keys) outgrow 2 MiB past about 30,000 articles, and then nearly every insert read
                // a page back and spilled a dirty one to the log in the middle of its transaction,
                // a cost per article that grew with the archive (twice the page writes at 126,000
                // articles). Costs 15 MiB of peak memory.
                try db.execute(sql: "PRAGMA cache_size = -16384")
                // Statement journals (the pages a statement changes, kept to undo the statement
                // alone) in memory rather than in temporary files, to which the one transaction that
                // stores a run's events made a third of the run's writes at 126,000 articles.
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
            }
            let pool = try DatabasePool(path: path, configuration: configuration)
            writer = pool
            try Migrations.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw StoreError("Cannot open the database \(path): \(error.message ?? "SQLite error \(error.resultCode)").", underlying: error)
        } catch {
            throw StoreError("Cannot open the database \(path): \(error).", underlying: error)
        }
    }

    /// The page cache size (`PRAGMA cache_size`) and the temporary store (`PRAGMA temp_store`)
    /// of the connection that writes and of one that reads (for tests).
    func connectionSettings() throws -> (writer: [Int], reader: [Int]) {
        let sql = "SELECT * FROM pragma_cache_size, pragma_temp_store"
        let written = try write("read the settings") { db in try Row.fetchOne(db, sql: sql).map { [$0[0], $0[1]] as [Int] } ?? [] }
        let read = try read("read the settings") { db in try Row.fetchOne(db, sql: sql).map { [$0[0], $0[1]] as [Int] } ?? [] }
        return (written, read)
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

    private func write<T>(_ what: String, _ body: @Sendable (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError("Cannot \(what) in \(location): \(error.message ?? "SQLite error \(error.resultCode)").", underlying: error)
        } catch {
            throw StoreError("Cannot \(what) in \(location): \(StoreError.clause(error)).", underlying: error)
        }
    }

    private func read<T>(_ what: String, _ body: @Sendable (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as DatabaseError {
            throw StoreError("Cannot \(what) from \(location): \(error.message ?? "SQLite error \(error.resultCode)").", underlying: error)
        } catch {
            throw StoreError("Cannot \(what) from \(location): \(StoreError.clause(error)).", underlying: error)
        }
    }

    // MARK: - Articles

    /// Which event a report belongs to, and which earlier report it copies.
    public struct Membership: Sendable, Hashable {
        /// The article.
        public var articleID: String
        /// Its event.
        public var eventID: String
        /// The earlier report of the event it is a near-duplicate of, if any.
        public var duplicateOf: String?
        /// The story of its event (``Event/story``).
        public var storyID: String

        /// Creates a membership; the story defaults to the event's own.
        public init(articleID: String, eventID: String, duplicateOf: String?, storyID: String? = nil) {
            self.articleID = articleID
            self.eventID = eventID
            self.duplicateOf = duplicateOf
            self.storyID = storyID ?? eventID
        }
    }

    /// A batch to commit in one transaction: new reports with their features, and the event
    /// changes they cause.
    public struct Commit: Sendable {
        /// New reports and their clustering features.
        public var reports: [(report: AnalyzedReport, features: ReportFeatures)]
        /// Ids of events that no longer exist (merged into others, or emptied).
        public var removedEvents: [String]
        /// Event descriptions to create or replace (their `reports` are ignored).
        public var events: [Event]
        /// Memberships that are new or changed.
        public var memberships: [Membership]

        /// Creates a commit.
        public init(
            reports: [(report: AnalyzedReport, features: ReportFeatures)], removedEvents: [String] = [],
            events: [Event] = [], memberships: [Membership] = []
        ) {
            self.reports = reports
            self.removedEvents = removedEvents
            self.events = events
            self.memberships = memberships
        }
    }

    /// Stores new articles with their analyses and features, and applies the event changes they
    /// cause, all in one transaction: after a crash either all of it is stored or none of it.
    /// Articles whose id is already stored are left as they are and reported as already present.
    @discardableResult
    public func commit(_ commit: Commit, ingestedAt: Date = Date()) throws -> InsertOutcome {
        let timestamp = ISO8601DateFormatter().string(from: ingestedAt)
        let records = commit.reports.map { item in
            (ArticleRecord(item.report.article, ingestedAt: timestamp),
             AnalysisRecord(articleID: item.report.article.id, analysis: item.report.analysis, features: item.features))
        }
        let eventRecords = commit.events.map { EventRecord($0) }
        let links = commit.memberships.map { EventReportRecord(eventID: $0.eventID, articleID: $0.articleID, duplicateOf: $0.duplicateOf) }
        let removed = commit.removedEvents
        return try write("store articles") { db in
            var outcome = InsertOutcome(stored: [], alreadyPresent: [])
            let insertArticle = try ArticleRecord.insertStatement(db), insertAnalysis = try AnalysisRecord.insertStatement(db)
            for (article, analysis) in records {
                try article.insertIgnoringDuplicate(with: insertArticle)
                if db.changesCount > 0 {
                    try analysis.insertReplacing(with: insertAnalysis)
                    outcome.stored.append(article.id)
                } else {
                    outcome.alreadyPresent.append(article.id)
                }
            }
            try ArticleStore.writeEvents(db, removed: removed, records: eventRecords, links: links)
            return outcome
        }
    }

    /// Stores a batch of articles with their analyses (and features computed by `features`), in
    /// one transaction, without touching events.
    @discardableResult
    public func insert(_ batch: [AnalyzedReport], features: (AnalyzedReport) -> ReportFeatures) throws -> InsertOutcome {
        try commit(Commit(reports: batch.map { ($0, features($0)) }))
    }

    private static func writeEvents(_ db: Database, removed: [String], records: [EventRecord], links: [EventReportRecord]) throws {
        for id in removed { try EventRecord.delete(db, id: id) }
        if !records.isEmpty {
            let upsert = try EventRecord.upsertStatement(db)
            for record in records { try record.upsert(with: upsert) }
        }
        if !links.isEmpty {
            let insert = try EventReportRecord.insertStatement(db)
            for link in links { try link.insertReplacing(with: insert) }
        }
    }

    /// Which of `ids` are stored already.
    public func existingIDs(among ids: [String]) throws -> Set<String> {
        try read("look up articles") { db in
            var found = Set<String>()
            for chunk in stride(from: 0, to: ids.count, by: ArticleStore.idsPerQuery) {
                let slice = Array(ids[chunk..<min(ids.count, chunk + ArticleStore.idsPerQuery)])
                // Written out and cached (one statement per chunk size): the query builder made
                // and compiled the SQL again for every batch, a tenth of a commit's cost.
                let placeholders = repeatElement("?", count: slice.count).joined(separator: ", ")
                let statement = try db.cachedStatement(sql: "SELECT id FROM article WHERE id IN (\(placeholders))")
                let rows = try String.fetchAll(statement, arguments: StatementArguments(slice))
                found.formUnion(rows)
            }
            return found
        }
    }

    /// The number of stored analyses made by an analyser other than `version`: stale after an
    /// upgrade until `khabar reanalyze` recomputes them.
    public func staleAnalysisCount(currentVersion version: String) throws -> Int {
        try read("count stale analyses") { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM analysis WHERE version <> ?", arguments: [version]) ?? 0
        }
    }

    /// The number of stored articles.
    public func articleCount() throws -> Int {
        try read("count articles") { db in try ArticleRecord.fetchCount(db) }
    }

    /// The number of stored events.
    public func eventCount() throws -> Int {
        try read("count events") { db in try EventRecord.fetchCount(db) }
    }

    /// The article's columns (``ArticleRecord/selection``), then its analysis body.
    private static let reportQuery = """
        SELECT \(ArticleRecord.selection), analysis.body FROM article
        JOIN analysis ON analysis.article_id = article.id
        """

    /// Reads a row of ``reportQuery``, by column position.
    private static func report(from row: Row) throws -> AnalyzedReport {
        let article = ArticleRecord(row: row, at: 0).article
        let body: Data = row[12]
        guard let analysis = AnalysisCoding.decode([UInt8](body)) else {
            throw StoreError("The stored analysis of article \(article.id) is unreadable; run `khabar reanalyze`.")
        }
        return AnalyzedReport(article: article, analysis: analysis)
    }

    /// Every stored article with its analysis, in arrival order.
    public func reports() throws -> [AnalyzedReport] {
        return try read("read reports") { db in
            var result: [AnalyzedReport] = []
            let rows = try Row.fetchCursor(db, sql: ArticleStore.reportQuery + " ORDER BY article.rowid")
            while let row = try rows.next() { result.append(try ArticleStore.report(from: row)) }
            return result
        }
    }

    /// The stored articles with these ids, with their analyses (in no particular order).
    public func reports(ids: [String]) throws -> [AnalyzedReport] {
        return try read("read reports") { db in
            var result: [AnalyzedReport] = []
            try ArticleStore.forEachRow(db, ArticleStore.reportQuery, in: ids) { result.append(try ArticleStore.report(from: $0)) }
            return result
        }
    }

    /// How many ids one query binds: lists of ids are read in slices, well under SQLite's limit
    /// on bound values.
    static let idsPerQuery = 500

    /// Runs `sql` restricted to the rows whose `column` is one of `ids` (`… WHERE column IN
    /// (…)`), a slice of ``idsPerQuery`` ids at a time, and hands each row to `body`.
    private static func forEachRow(
        _ db: Database, _ sql: String, column: String = "article.id", in ids: [String], _ body: (Row) throws -> Void
    ) throws {
        for chunk in stride(from: 0, to: ids.count, by: idsPerQuery) {
            let slice = Array(ids[chunk..<min(ids.count, chunk + idsPerQuery)])
            let marks = Array(repeating: "?", count: slice.count).joined(separator: ",")
            let rows = try Row.fetchCursor(db, sql: sql + " WHERE \(column) IN (\(marks))", arguments: StatementArguments(slice))
            while let row = try rows.next() { try body(row) }
        }
    }

    /// What an event's description reads of the stored articles with these ids (in no
    /// particular order): the id, the text and the analysis without its date mentions, read
    /// straight from three columns rather than the whole article (``reports(ids:)``).
    public func sampledReports(ids: [String]) throws -> [SampledReport] {
        return try read("read reports") { db in
            var result: [SampledReport] = []
            result.reserveCapacity(ids.count)
            let sql = "SELECT article.id, article.text, analysis.body FROM article JOIN analysis ON analysis.article_id = article.id"
            try ArticleStore.forEachRow(db, sql, in: ids) { row in
                let id: String = row[0]
                // The text's bytes split into scalars as they are read; `String`'s reading
                // (which repairs invalid bytes and stops at a NUL) when they are not plain
                // valid UTF-8, which a stored text always is.
                let direct = try row.withUnsafeData(atIndex: 1) { data in
                    data.flatMap { $0.withUnsafeBytes { ScalarText(validatingUTF8: $0) } }
                }
                let text: ScalarText
                if let direct {
                    text = direct
                } else {
                    let string: String = row[1]
                    text = ScalarText(string)
                }
                let body: Data = row[2]
                guard let analysis = AnalysisCoding.decode([UInt8](body), dates: false) else {
                    throw StoreError("The stored analysis of article \(id) is unreadable; run `khabar reanalyze`.")
                }
                result.append(SampledReport(id: id, text: text, analysis: analysis))
            }
            return result
        }
    }

    /// The clustering features of every stored article, in arrival order.
    public func features() throws -> [ReportFeatures] {
        try read("read features") { db in
            var result: [ReportFeatures] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT analysis.features FROM article JOIN analysis ON analysis.article_id = article.id
                ORDER BY article.rowid
                """)
            while let row = try rows.next() {
                let data: Data = row[0]
                guard let features = FeatureCoding.decode([UInt8](data)) else {
                    throw StoreError("The stored features of an article are unreadable; run `khabar reanalyze`.")
                }
                result.append(features)
            }
            return result
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

    /// Replaces the analyses and features of stored articles (after an upgrade of the analyser).
    public func replaceAnalyses(_ items: [(report: AnalyzedReport, features: ReportFeatures)]) throws {
        let records = items.map {
            AnalysisRecord(articleID: $0.report.article.id, analysis: $0.report.analysis, features: $0.features)
        }
        try write("store analyses") { db in
            for record in records { try record.save(db) }
        }
    }

    // MARK: - Events

    /// Replaces every stored event with `events` (descriptions and their reports), in one
    /// transaction.
    public func replaceEvents(_ events: [Event]) throws {
        let records = events.map { EventRecord($0) }
        let links = events.flatMap { event in
            event.reports.map { EventReportRecord(eventID: event.id, articleID: $0.id, duplicateOf: $0.duplicateOf) }
        }
        try write("store events") { db in
            try EventReportRecord.deleteAll(db)
            try EventRecord.deleteAll(db)
            for record in records { try record.insert(db) }
            for link in links { try link.insert(db) }
        }
    }

    /// Applies event changes in one transaction: removes `removed`, creates or replaces the
    /// descriptions `events`, and records `memberships`.
    public func updateEvents(removed: [String], events: [Event], memberships: [Membership]) throws {
        var encoded = EncodedEvents()
        for event in events { encoded.append(event) }
        try updateEvents(removed: removed, encoded: encoded, memberships: memberships)
    }

    /// Applies event changes in one transaction, with descriptions encoded beforehand
    /// (``EncodedEvents``): removes `removed`, creates or replaces the described events, and
    /// records `memberships`.
    public func updateEvents(removed: [String], encoded: EncodedEvents, memberships: [Membership]) throws {
        let records = encoded.records
        let links = memberships.map { EventReportRecord(eventID: $0.eventID, articleID: $0.articleID, duplicateOf: $0.duplicateOf) }
        try write("store events") { db in
            try ArticleStore.writeEvents(db, removed: removed, records: records, links: links)
        }
    }

    /// Event descriptions in their stored (binary) form, gathered for one ``updateEvents(removed:encoded:memberships:)``.
    ///
    /// A run that describes many events keeps their compact stored bytes, not the descriptions
    /// themselves, until it commits them all in one transaction.
    public struct EncodedEvents: Sendable {
        var records: [EventRecord] = []

        /// No events.
        public init() {}

        /// The number of events.
        public var count: Int { records.count }

        /// Encodes `event` and adds it.
        public mutating func append(_ event: Event) {
            records.append(EventRecord(event))
        }
    }

    /// Which event (and story) every clustered article belongs to, and which report it copies.
    public func memberships() throws -> [String: Membership] {
        try read("read event members") { db in
            var result: [String: Membership] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT event_report.article_id, event_report.event_id, event_report.duplicate_of, event.story_id
                FROM event_report LEFT JOIN event ON event.id = event_report.event_id
                """)
            while let row = try rows.next() {
                let membership = Membership(articleID: row[0], eventID: row[1], duplicateOf: row[2], storyID: row[3])
                result[membership.articleID] = membership
            }
            return result
        }
    }

    /// The events of `records` with their reports and cross-references (``RelatedEvents``).
    ///
    /// A cross-reference needs more than the events asked for: the other events of their stories
    /// (every event of a story refers to its largest) and the events dated on the days their
    /// reports mention. Those are read too, by their indexed story and date, and no others, so a
    /// day's events or one event cost the same in an archive of any size; `everything` reads the
    /// whole table in one pass instead.
    private static func linkedEvents(_ db: Database, _ records: [EventRecord], everything: Bool = false) throws -> [Event] {
        guard !everything else {
            let reports = try eventReports(db, of: nil)
            var events = try records.map { record in
                var event = try record.event()
                event.reports = reports[event.id] ?? []
                return event
            }
            RelatedEvents.link(&events)
            return events
        }
        // The events asked for and the rest of their stories, with their reports (a story's
        // largest event is the one its others refer to), each decoded once.
        var decoded: [String: Event] = [:]
        for record in records { decoded[record.id] = try record.event() }
        let targets = records.map { decoded[$0.id]! }
        try forEachRow(db, "SELECT * FROM event", column: "story_id", in: Set(targets.map(\.story)).sorted()) { row in
            let record = try EventRecord(row: row)
            if decoded[record.id] == nil { decoded[record.id] = try record.event() }
        }
        let reports = try eventReports(db, of: decoded.keys.sorted())
        for id in decoded.keys { decoded[id]!.reports = reports[id] ?? [] }
        // The events on the days they mention, without their reports: only their dates, place
        // and participants count.
        for days in RelatedEvents.startDays(referredToBy: targets) {
            let records = try EventRecord.fetchCursor(
                db, sql: "SELECT * FROM event WHERE date_start BETWEEN ? AND ?", arguments: [days.lowerBound.iso, days.upperBound.iso])
            while let record = try records.next() {
                if decoded[record.id] == nil { decoded[record.id] = try record.event() }
            }
        }
        var events = Array(decoded.values)
        RelatedEvents.link(&events, only: Set(targets.map(\.id)))
        let linked = Dictionary(uniqueKeysWithValues: events.map { ($0.id, $0) })
        return targets.map { linked[$0.id]! }
    }

    /// The rows of `event_report` with their article and analysis, for a `SELECT` to complete.
    private static let eventReportRows = """
         FROM event_report
        JOIN article ON article.id = event_report.article_id
        JOIN analysis ON analysis.article_id = event_report.article_id
        """

    /// The reports of the events `ids` (of every event when nil), in timeline order.
    private static func eventReports(_ db: Database, of ids: [String]?) throws -> [String: [EventReport]] {
        var reports: [String: [EventReport]] = [:]
        let select = """
            SELECT event_report.event_id, article.id, article.path, article.url, analysis.outlet_name,
                   analysis.language, analysis.published, analysis.published_source,
                   coalesce(article.title, analysis.title), event_report.duplicate_of
            """ + eventReportRows
        func collect(_ row: Row) {
            let eventID: String = row[0]
            let published: String? = row[6]
            let source: String? = row[7]
            reports[eventID, default: []].append(EventReport(
                id: row[1], path: row[2], url: row[3], outlet: row[4],
                language: Language(code: row[5] as String) ?? .undetermined,
                published: published.flatMap { CivilDate(iso: $0) },
                publishedSource: source.flatMap { PublicationSource(rawValue: $0) },
                title: row[8], duplicateOf: row[9]))
        }
        if let ids {
            try forEachRow(db, select, column: "event_report.event_id", in: ids, collect)
        } else {
            let rows = try Row.fetchCursor(db, sql: select)
            while let row = try rows.next() { collect(row) }
        }
        for id in reports.keys { reports[id]!.sort(by: ArticleStore.reportOrder) }
        return reports
    }

    /// Reports of an event in timeline order: by publication day (undated last), then id.
    static func reportOrder(_ a: EventReport, _ b: EventReport) -> Bool {
        CivilDate.timelineOrder((a.published, a.id), (b.published, b.id))
    }

    /// The stored events that pass `filter`, with their reports and cross-references, by day
    /// and, within a day, the biggest of the listed stories first (``Event/frontPageOrdered(_:)``).
    ///
    /// The events a filter can pass are chosen first, by the indexed dates, the heads of the
    /// stored descriptions and one pass over the reports, so a day's or an entity's events are
    /// read without the rest of the archive's reports and facts; every condition is then checked
    /// on the linked events.
    public func events(matching filter: EventFilter = EventFilter()) throws -> [Event] {
        let events = try read("read events") { db -> [Event] in
            guard let records = try ArticleStore.candidates(db, filter) else {
                return try ArticleStore.linkedEvents(db, EventRecord.fetchAll(db), everything: true)
            }
            return try ArticleStore.linkedEvents(db, records)
        }
        return Event.frontPageOrdered(events.filter(filter.matches))
    }

    /// The stored events that can pass `filter`, chosen without reading the archive's reports and
    /// facts: by the indexed dates; by the head of their description (titles, place and
    /// participants) for the entity and text conditions; and by their reports' language, outlet
    /// and title, read in one pass over the reports. Nil when every event is to be read instead:
    /// when the filter has no condition, or no dates and most events pass. Never fewer than
    /// ``EventFilter/matches(_:)`` keeps, which is applied to the linked events.
    private static func candidates(_ db: Database, _ filter: EventFilter) throws -> [EventRecord]? {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        // As `EventFilter.matches`: an undated event passes no date condition, and an open
        // range («since 2015») counts as its first day.
        if let since = filter.since {
            conditions.append("coalesce(date_end, date_start) >= ?")
            arguments += [since.iso]
        }
        if let until = filter.until {
            conditions.append("date_start <= ?")
            arguments += [until.iso]
        }
        let byReports = filter.language != nil || filter.outlet != nil
        let text = filter.foldedText
        guard !conditions.isEmpty || byReports || filter.entity != nil || text != nil else { return nil }
        // Events with a report in the language and from the outlet, and events with a report
        // whose title has the text.
        var reported = Set<String>(), titled = Set<String>()
        if byReports || text != nil {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT event_report.event_id, analysis.language, analysis.outlet_name, coalesce(article.title, analysis.title)
                """ + eventReportRows)
            while let row = try rows.next() {
                if byReports, filter.passes(language: Language(code: row[1] as String) ?? .undetermined, outlet: row[2]) {
                    reported.insert(row[0])
                }
                if text != nil, let title: String = row[3], filter.contains(text: CollectionOfOne(title)) { titled.insert(row[0]) }
            }
        }
        // Reading the events one by one costs a little more than reading them all in one pass
        // (about 1.15 times, for all of them): when most pass, every event is read instead.
        func most(_ count: Int) throws -> Bool { try conditions.isEmpty && count * 4 > EventRecord.fetchCount(db) * 3 }
        if byReports, filter.entity == nil, text == nil, try most(reported.count) { return nil }
        let sql = "SELECT * FROM event" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
        let cursor = try EventRecord.fetchCursor(db, sql: sql, arguments: arguments)
        var records: [EventRecord] = []
        while let record = try cursor.next() {
            if byReports, !reported.contains(record.id) { continue }
            // An unreadable description is kept, for `linkedEvents` to report it.
            if filter.entity != nil || text != nil, let head = EventCoding.head(of: [UInt8](record.body)) {
                if !filter.names(place: head.place, participants: head.participants) { continue }
                if text != nil, !titled.contains(record.id),
                   !filter.contains(textIn: head.titles, place: head.place, participants: head.participants) { continue }
            }
            records.append(record)
        }
        return try most(records.count) ? nil : records
    }

    /// One stored event with its reports and cross-references, or `nil`; the rest of the archive
    /// is not read.
    public func event(id: String) throws -> Event? {
        try read("read the event") { db in
            guard let record = try EventRecord.fetchOne(db, key: id) else { return nil }
            return try ArticleStore.linkedEvents(db, [record]).first
        }
    }
}
