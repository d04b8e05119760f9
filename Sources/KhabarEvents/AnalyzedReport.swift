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
