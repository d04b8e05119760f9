public import KhabarCore

/// An article together with its analysis: the unit the events stage works on.
public struct AnalyzedReport: Sendable, Hashable {
    /// The article as read.
    public var article: Article
    /// What the pure stages found in it.
    public var analysis: ArticleAnalysis

    /// Pairs an article with its analysis.
    public init(article: Article, analysis: ArticleAnalysis) {
        self.article = article
        self.analysis = analysis
    }

    /// The report as listed in an event.
    public var eventReport: EventReport {
        EventReport(
            id: article.id, path: article.path, url: article.url, outlet: analysis.outlet?.name,
            language: analysis.language, published: analysis.published,
            publishedSource: analysis.publishedSource, title: analysis.title)
    }
}

/// What an event's description reads of a sampled report: its id, its text as scalars and its
/// analysis. The date mentions of the analysis may be left out (a store reads them back
/// without them): a description reads the event dating and the clustering features instead.
public struct SampledReport: Sendable, Hashable {
    /// The article id.
    public var id: String
    /// The article's text, as scalars (the offsets of the analysis count them).
    public var text: ScalarText
    /// What the pure stages found in it; its `dates` may be empty.
    public var analysis: ArticleAnalysis

    /// Creates a sampled report from its parts.
    public init(id: String, text: ScalarText, analysis: ArticleAnalysis) {
        self.id = id
        self.text = text
        self.analysis = analysis
    }

    /// The parts of `report` a description reads.
    public init(_ report: AnalyzedReport) {
        self.init(id: report.article.id, text: ScalarText(report.article.text), analysis: report.analysis)
    }
}
