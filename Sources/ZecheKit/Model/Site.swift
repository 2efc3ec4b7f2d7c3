/// Everything a build renders: the configuration and the resolved content.
public struct Site: Sendable {
    public let config: SiteConfig
    public let strings: InterfaceStrings
    /// Newest first; ties are ordered by slug so the order never depends on the file system.
    public private(set) var articles: [Article]
    /// Sorted by name.
    public let authors: [Author]
    public let pages: [Page]
    /// Sorted by name.
    public let tags: [Tag]
    /// For each author id, indices into `articles`, newest first.
    public let articlesByAuthor: [String: [Int]]
    /// Files of `Content/images/` (relative to the site folder) and their output paths.
    public let sharedImages: [BundleFile]
    /// Links in the content written as `/path`, to check against the built pages.
    public private(set) var rootRelativeLinks: [SiteLink]

    private let authorIndex: [String: Int]
    private let tagIndex: [String: Int]

    public init(
        config: SiteConfig, strings: InterfaceStrings, articles: [Article], authors: [Author], pages: [Page],
        tags: [Tag], sharedImages: [BundleFile], rootRelativeLinks: [SiteLink] = []
    ) {
        self.config = config
        self.strings = strings
        self.articles = articles
        self.authors = authors
        self.pages = pages
        self.tags = tags
        self.sharedImages = sharedImages
        self.rootRelativeLinks = rootRelativeLinks
        authorIndex = Dictionary(authors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        tagIndex = Dictionary(tags.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var byAuthor: [String: [Int]] = [:]
        for (index, article) in articles.enumerated() {
            for id in article.authorIDs { byAuthor[id, default: []].append(index) }
        }
        articlesByAuthor = byAuthor
    }

    /// The same site with other articles at the same places (same URLs, tags and authors) and
    /// other content links: what a preview rebuild patches in when only text changed.
    func replacing(articles newArticles: [Article], rootRelativeLinks newLinks: [SiteLink]) -> Site {
        var copy = self
        copy.articles = newArticles
        copy.rootRelativeLinks = newLinks
        return copy
    }

    /// The author with file name `id`.
    public func author(_ id: String) -> Author? { authorIndex[id].map { authors[$0] } }

    /// The tag with URL form `slug`.
    public func tag(_ slug: String) -> Tag? { tagIndex[slug].map { tags[$0] } }
}
