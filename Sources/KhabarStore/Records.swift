import Foundation
import GRDB
import KhabarCore
import KhabarEvents

/// A row of `article`: an article as it was read.
struct ArticleRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "article"

    var id: String
    var externalID: String?
    var url: String?
    var outlet: String?
    var title: String?
    var text: String
    var publishedTimestamp: String?
    var published: String?
    var declaredLanguage: String?
    var path: String?
    var line: Int?
    var ingestedAt: String

    enum CodingKeys: String, CodingKey {
        case id, externalID = "external_id", url, outlet, title, text
        case publishedTimestamp = "published_timestamp", published, declaredLanguage = "declared_language"
        case path, line, ingestedAt = "ingested_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
    }

    init(_ article: Article, ingestedAt: String) {
        id = article.id
        externalID = article.externalID
        url = article.url
        outlet = article.outlet
        title = article.title
        text = article.text
        publishedTimestamp = article.publishedTimestamp
        published = article.published?.iso
        declaredLanguage = article.declaredLanguage?.code
        path = article.path
        line = article.line
        self.ingestedAt = ingestedAt
    }

    /// The cached statement of ``insertIgnoringDuplicate(with:)``, for a loop to look it up once
    /// (each look-up hashes and compares its SQL).
    static func insertStatement(_ db: Database) throws -> Statement {
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO article (id, external_id, url, outlet, title, text, published_timestamp, \
            published, declared_language, path, line, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Inserts the row unless an article with its id is stored already (`changesCount` tells
    /// which), through `statement` (``insertStatement(_:)``): the ingest's hot path, without the
    /// Codable encoding of `insert(_:onConflict:)`.
    func insertIgnoringDuplicate(with statement: Statement) throws {
        try statement.execute(arguments: [
            id, externalID, url, outlet, title, text, publishedTimestamp, published, declaredLanguage, path, line,
            ingestedAt,
        ])
    }

    /// The columns ``init(row:at:)`` reads, in its order, qualified for joins.
    static let selection = """
        article.id, article.external_id, article.url, article.outlet, article.title, article.text, \
        article.published_timestamp, article.published, article.declared_language, article.path, article.line, \
        article.ingested_at
        """

    /// Reads the columns of ``selection`` from `row`, starting at column `first`: by position, so
    /// no column name is looked up per row.
    init(row: Row, at first: Int) {
        id = row[first]
        externalID = row[first + 1]
        url = row[first + 2]
        outlet = row[first + 3]
        title = row[first + 4]
        text = row[first + 5]
        publishedTimestamp = row[first + 6]
        published = row[first + 7]
        declaredLanguage = row[first + 8]
        path = row[first + 9]
        line = row[first + 10]
        ingestedAt = row[first + 11]
    }

    var article: Article {
        Article(
            id: id, externalID: externalID, url: url, outlet: outlet, title: title, text: text,
            publishedTimestamp: publishedTimestamp, published: published.flatMap { CivilDate(iso: $0) },
            declaredLanguage: declaredLanguage.flatMap { Language(code: $0) }, path: path, line: line)
    }
}

/// A row of `analysis`: the analysis of one article, as JSON, with the fields queries filter on.
struct AnalysisRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "analysis"

    var articleID: String
    var version: String
    var language: String
    var published: String?
    var publishedSource: String?
    var outletID: String?
    var outletName: String?
    var eventStart: String?
    var eventEnd: String?
    var tense: String?
    var title: String?
    var body: Data
    var features: Data

    enum CodingKeys: String, CodingKey {
        case articleID = "article_id", version, language, published, publishedSource = "published_source"
        case outletID = "outlet_id", outletName = "outlet_name", eventStart = "event_start", eventEnd = "event_end"
        case tense, title, body, features
    }

    init(articleID: String, analysis: ArticleAnalysis, features: ReportFeatures) {
        self.articleID = articleID
        version = analysis.version
        language = analysis.language.code
        published = analysis.published?.iso
        publishedSource = analysis.publishedSource?.rawValue
        outletID = analysis.outlet?.id
        outletName = analysis.outlet?.name
        eventStart = analysis.eventDating?.range.start.iso
        eventEnd = analysis.eventDating?.range.end?.iso
        tense = analysis.eventDating?.tense.rawValue
        title = analysis.title
        body = Data(AnalysisCoding.encode(analysis))
        self.features = Data(FeatureCoding.encode(features))
    }

    /// The cached statement of ``insertReplacing(with:)``, for a loop to look it up once.
    static func insertStatement(_ db: Database) throws -> Statement {
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO analysis (article_id, version, language, published, published_source, outlet_id, \
            outlet_name, event_start, event_end, tense, title, body, features) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Inserts the row, replacing a stored analysis of the same article, through `statement`
    /// (``insertStatement(_:)``): what `insert(_:onConflict: .replace)` does, without its
    /// Codable encoding.
    func insertReplacing(with statement: Statement) throws {
        try statement.execute(arguments: [
            articleID, version, language, published, publishedSource, outletID, outletName, eventStart, eventEnd,
            tense, title, body, features,
        ])
    }
}

/// A row of `event`: one event as JSON, with its dates for range queries.
struct EventRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "event"

    var id: String
    var dateStart: String?
    var dateEnd: String?
    var body: Data
    var storyID: String?

    enum CodingKeys: String, CodingKey {
        case id, dateStart = "date_start", dateEnd = "date_end", body, storyID = "story_id"
    }

    /// The event's description; its reports are stored as `event_report` rows, not in the body.
    init(_ event: Event) {
        id = event.id
        dateStart = event.date?.start.iso
        dateEnd = event.date?.end?.iso
        body = Data(EventCoding.encode(event))
        storyID = event.story
    }

    /// The cached statement of ``upsert(with:)``, for a loop to look it up once.
    static func upsertStatement(_ db: Database) throws -> Statement {
        try db.cachedStatement(sql: """
            INSERT INTO event (id, date_start, date_end, body, story_id) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET date_start = excluded.date_start, date_end = excluded.date_end, \
            body = excluded.body, story_id = excluded.story_id
            """)
    }

    /// Creates the row, or replaces the dates and body of the stored one (what `save(_:)` does,
    /// in one statement, ``upsertStatement(_:)``). An update in place, not a delete and insert,
    /// so the event's `event_report` rows stay.
    func upsert(with statement: Statement) throws {
        try statement.execute(arguments: [id, dateStart, dateEnd, body, storyID])
    }

    /// Deletes the event `id` (its `event_report` rows go with it), through a cached statement.
    static func delete(_ db: Database, id: String) throws {
        try db.cachedStatement(sql: "DELETE FROM event WHERE id = ?").execute(arguments: [id])
    }

    func event() throws -> Event {
        guard var event = EventCoding.decode([UInt8](body)) else {
            throw StoreError("The stored description of event \(id) is unreadable; run `khabar reanalyze`.")
        }
        event.story = storyID ?? id
        return event
    }
}

/// A row of `event_report`: which event an article belongs to.
struct EventReportRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "event_report"

    var eventID: String
    var articleID: String
    var duplicateOf: String?

    enum CodingKeys: String, CodingKey {
        case eventID = "event_id", articleID = "article_id", duplicateOf = "duplicate_of"
    }

    /// The cached statement of ``insertReplacing(with:)``, for a loop to look it up once.
    static func insertStatement(_ db: Database) throws -> Statement {
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO event_report (event_id, article_id, duplicate_of) VALUES (?, ?, ?)
            """)
    }

    /// Inserts the row, replacing the article's previous membership, through `statement`
    /// (``insertStatement(_:)``): what `insert(_:onConflict: .replace)` does, without its
    /// Codable encoding.
    func insertReplacing(with statement: Statement) throws {
        try statement.execute(arguments: [eventID, articleID, duplicateOf])
    }
}
