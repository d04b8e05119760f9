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
}

/// A row of `event`: one event as JSON, with its dates for range queries.
struct EventRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "event"

    var id: String
    var dateStart: String?
    var dateEnd: String?
    var body: Data

    enum CodingKeys: String, CodingKey {
        case id, dateStart = "date_start", dateEnd = "date_end", body
    }

    /// The event's description; its reports are stored as `event_report` rows, not in the body.
    init(_ event: Event) {
        id = event.id
        dateStart = event.date?.start.iso
        dateEnd = event.date?.end?.iso
        body = Data(EventCoding.encode(event))
    }

    func event() throws -> Event {
        guard let event = EventCoding.decode([UInt8](body)) else {
            throw StoreError("The stored description of event \(id) is unreadable; run `khabar reanalyze`.")
        }
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
}
