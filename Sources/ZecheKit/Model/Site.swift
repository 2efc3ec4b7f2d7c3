import TextCore

/// Everything a build renders: the configuration and the resolved content.
public struct Site: Sendable {
    /// What a site holds, kept in one object (`SharedFields`): a site is handed to every page's
    /// context and signature.
    private struct Fields: Sendable {
        var config: SiteConfig
        var strings: InterfaceStrings
        var articles: [Article]
        var authors: [Author]
        var pages: [Page]
        var tags: [Tag]
        var articlesByAuthor: [String: [Int]]
        var sharedImages: [BundleFile]
        var rootRelativeLinks: [SiteLink]
        var leftOut: [LeftOutArticle]
        var newsroom: Newsroom
        var homeArticles: [Int]
        var pictures: Pictures
        var authorIndex: [String: Int]
        var tagIndex: [String: Int]
        var sectionIndex: [String: Int]
        var categoryIndex: [String: Int]
        var contactIndex: [String: Int]
        var albumIndex: [String: Int]
    }

    private let storage: SharedFields<Fields>

    private init(_ fields: Fields) {
        storage = SharedFields(fields)
    }

    public var config: SiteConfig { storage.fields.config }
    public var strings: InterfaceStrings { storage.fields.strings }
    /// Newest first; ties are ordered by slug so the order never depends on the file system.
    public var articles: [Article] { storage.fields.articles }
    /// Sorted by name.
    public var authors: [Author] { storage.fields.authors }
    public var pages: [Page] { storage.fields.pages }
    /// Sorted by name.
    public var tags: [Tag] { storage.fields.tags }
    /// For each author id, indices into `articles`, newest first.
    public var articlesByAuthor: [String: [Int]] { storage.fields.articlesByAuthor }
    /// Files of `Content/images/` (relative to the site folder) and their output paths.
    public var sharedImages: [BundleFile] { storage.fields.sharedImages }
    /// Links in the content written as `/path`, to check against the built pages.
    public var rootRelativeLinks: [SiteLink] { storage.fields.rootRelativeLinks }
    /// Article files the build leaves out (drafts, future articles, embargoed articles, files
    /// with errors), by path.
    public var leftOut: [LeftOutArticle] { storage.fields.leftOut }
    /// What a newsroom adds: sections, categories, contacts, boilerplate, embargoed articles.
    public var newsroom: Newsroom { storage.fields.newsroom }
    /// Indices into `articles` of the articles the home page lists, newest first: those of the
    /// default section and of sections with `home: true`.
    public var homeArticles: [Int] { storage.fields.homeArticles }
    /// The press kit's albums, the default share image and the logo.
    public var pictures: Pictures { storage.fields.pictures }

    /// The site's pictures beyond those of single articles.
    public struct Pictures: Sendable {
        /// The albums of `Content/media/`, newest first.
        public var albums: [MediaAlbum] = []
        /// `images.share_image` of `site.yml`: `og:image` of pages without one of their own.
        public var shareImage: SiteImage?
        public var shareImageAlt: String?
        /// The publisher's logo, when it is a file of the site.
        public var logo: SiteImage?

        public init() {}
    }

    /// The newsroom's parts of a site.
    public struct Newsroom: Sendable {
        /// The declared sections, in the order of `site.yml`.
        public var sections: [Section] = []
        /// The categories, in the order of `site.yml`.
        public var categories: [Category] = []
        /// Sorted by name.
        public var contacts: [Contact] = []
        public var boilerplate: Boilerplate?
        /// Articles under embargo, resolved and checked like the others but in no list; each
        /// has its `embargo`. Sorted by path.
        public var embargoed: [Article] = []

        public init() {}
    }

    private var authorIndex: [String: Int] { storage.fields.authorIndex }
    private var tagIndex: [String: Int] { storage.fields.tagIndex }
    private var sectionIndex: [String: Int] { storage.fields.sectionIndex }
    private var categoryIndex: [String: Int] { storage.fields.categoryIndex }
    private var contactIndex: [String: Int] { storage.fields.contactIndex }
    private var albumIndex: [String: Int] { storage.fields.albumIndex }

    public init(
        config: SiteConfig, strings: InterfaceStrings, articles: [Article], authors: [Author], pages: [Page],
        tags: [Tag], sharedImages: [BundleFile], rootRelativeLinks: [SiteLink] = [], leftOut: [LeftOutArticle] = [],
        newsroom: Newsroom = Newsroom(), pictures: Pictures = Pictures()
    ) {
        let onHome = Set(newsroom.sections.filter(\.config.isOnHome).map(\.id))
        // By index, not by element: a copy of each article costs more than the tables.
        var byAuthor: [String: [Int]] = [:]
        for index in articles.indices {
            for id in articles[index].authorIDs { byAuthor[id, default: []].append(index) }
        }
        // The first position of each key, each key hashed once. (Articles by path: `MultilingualSite`.)
        func positions<Element>(_ elements: [Element], by key: (Element) -> String) -> [String: Int] {
            Dictionary(elements.enumerated().map { (key($1), $0) }, uniquingKeysWith: { first, _ in first })
        }
        self.init(Fields(
            config: config, strings: strings, articles: articles, authors: authors, pages: pages, tags: tags, articlesByAuthor: byAuthor,
            sharedImages: sharedImages, rootRelativeLinks: rootRelativeLinks, leftOut: leftOut, newsroom: newsroom,
            homeArticles: articles.indices.filter { articles[$0].sectionID.map(onHome.contains) ?? true }, pictures: pictures,
            authorIndex: positions(authors, by: \.id), tagIndex: positions(tags, by: \.slug),
            sectionIndex: positions(newsroom.sections, by: \.id), categoryIndex: positions(newsroom.categories, by: \.id),
            contactIndex: positions(newsroom.contacts, by: \.id), albumIndex: positions(pictures.albums, by: \.id)))
    }

    /// The same site with other articles at the same places (same URLs, tags and authors) and
    /// other content links: what a preview rebuild patches in when only text changed.
    func replacing(articles newArticles: [Article], rootRelativeLinks newLinks: [SiteLink]) -> Site {
        var fields = storage.fields
        fields.articles = newArticles
        fields.rootRelativeLinks = newLinks
        return Site(fields)
    }

    /// The title and URL a related link shows: an article's own, or the external link's.
    public func target(of link: RelatedLink) -> (title: String, url: String) {
        switch link {
        case .article(let index): (articles[index].title, articles[index].url)
        case .external(let title, let url): (title, url)
        }
    }

    /// The earliest moment at which a future article left out of this site is due: the site
    /// is no longer what a build would make after it.
    public var nextPublication: SiteDate? {
        let leftOutDue = leftOut.compactMap { article -> SiteDate? in
            switch article.reason {
            case .scheduled(let date): date
            case .embargoed(let until, _): until
            case .draft, .failed: nil
            }
        }
        // A future article that the build includes (the preview's) loses its badge then.
        let includedDue = articles.compactMap { article -> SiteDate? in
            if case .scheduled(let date) = article.status { return date }
            return nil
        }
        return (leftOutDue + includedDue).min()
    }

    /// The author with file name `id`.
    public func author(_ id: String) -> Author? { authorIndex[id].map { authors[$0] } }

    /// The tag with URL form `slug`.
    public func tag(_ slug: String) -> Tag? { tagIndex[slug].map { tags[$0] } }

    /// The declared section `id`.
    public func section(_ id: String) -> Section? { sectionIndex[id].map { newsroom.sections[$0] } }

    /// The category `id`.
    public func category(_ id: String) -> Category? { categoryIndex[id].map { newsroom.categories[$0] } }

    /// The album of `Content/media/ID/`.
    public func album(_ id: String) -> MediaAlbum? { albumIndex[id].map { pictures.albums[$0] } }

    /// The contact with file name `id`.
    public func contact(_ id: String) -> Contact? { contactIndex[id].map { newsroom.contacts[$0] } }

    /// The articles listed with `article`, newest first: those of its declared section, or
    /// for the default section those of the home page. Its neighbours and its "back" link
    /// are in this list.
    public func list(of article: Article) -> [Int] {
        article.sectionID.flatMap(section)?.articleIndices ?? homeArticles
    }
}
