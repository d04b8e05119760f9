/// One news report as it was read: its text and whatever metadata came with it.
///
/// An article is the input of the analysis stages. Its `id` is fixed at ingest by
/// ``ArticleIdentity`` and never changes afterwards, whatever later versions of Khabar do.
public struct Article: Sendable, Hashable, Codable, Identifiable {
    /// The stable identity (see ``ArticleIdentity``).
    public var id: String
    /// The `id` the input gave, kept as is.
    public var externalID: String?
    /// The article's URL, when given.
    public var url: String?
    /// The outlet named in the input metadata (not one recognised in the text).
    public var outlet: String?
    /// The title given in the metadata.
    public var title: String?
    /// The text all offsets refer to. For a text report, the file's content without its leading
    /// `date YYYY-MM-DD` marker.
    public var text: String
    /// The publication timestamp as given in the metadata (ISO 8601), if any.
    public var publishedTimestamp: String?
    /// The publication day from the metadata, taken in the timestamp's own UTC offset.
    public var published: CivilDate?
    /// The language the metadata declares, if any (analysis identifies it anyway).
    public var declaredLanguage: Language?
    /// Where the article was read from: the path as given on the command line (plus the path
    /// inside a directory), or `-` for standard input.
    public var path: String?
    /// The 1-based line the article starts on in `path` (JSON Lines), or `nil` for a whole file.
    public var line: Int?

    /// Creates an article. `id` is usually ``ArticleIdentity/id(url:outlet:text:)``.
    public init(
        id: String, externalID: String? = nil, url: String? = nil, outlet: String? = nil,
        title: String? = nil, text: String, publishedTimestamp: String? = nil,
        published: CivilDate? = nil, declaredLanguage: Language? = nil, path: String? = nil,
        line: Int? = nil
    ) {
        self.id = id
        self.externalID = externalID
        self.url = url
        self.outlet = outlet
        self.title = title
        self.text = text
        self.publishedTimestamp = publishedTimestamp
        self.published = published
        self.declaredLanguage = declaredLanguage
        self.path = path
        self.line = line
    }
}
