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
    /// Article files the build leaves out (drafts, future articles, embargoed articles, files
    /// with errors), by path.
    public let leftOut: [LeftOutArticle]
    /// What a newsroom adds: sections, categories, contacts, boilerplate, embargoed articles.
    public let newsroom: Newsroom
    /// Indices into `articles` of the articles the home page lists, newest first: those of the
    /// default section and of sections with `home: true`.
    public let homeArticles: [Int]
    /// The press kit's albums, the default share image and the logo.
    public let pictures: Pictures

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

    private let authorIndex: [String: Int]
    private let tagIndex: [String: Int]
    private let articleIndexByPath: [String: Int]
    private let sectionIndex: [String: Int]
    private let categoryIndex: [String: Int]
    private let contactIndex: [String: Int]
    private let albumIndex: [String: Int]

    public init(
        config: SiteConfig, strings: InterfaceStrings, articles: [Article], authors: [Author], pages: [Page],
        tags: [Tag], sharedImages: [BundleFile], rootRelativeLinks: [SiteLink] = [], leftOut: [LeftOutArticle] = [],
        newsroom: Newsroom = Newsroom(), pictures: Pictures = Pictures()
    ) {
        self.newsroom = newsroom
        self.pictures = pictures
        albumIndex = Dictionary(pictures.albums.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let onHome = Set(newsroom.sections.filter(\.config.isOnHome).map(\.id))
        homeArticles = articles.indices.filter { articles[$0].sectionID.map(onHome.contains) ?? true }
        sectionIndex = Dictionary(newsroom.sections.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        categoryIndex = Dictionary(newsroom.categories.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        contactIndex = Dictionary(newsroom.contacts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.leftOut = leftOut
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
        // By index, not by element: a copy of each article costs more than the tables.
        var byAuthor: [String: [Int]] = [:]
        var byPath: [String: Int] = [:]
        byPath.reserveCapacity(articles.count)
        for index in articles.indices {
            for id in articles[index].authorIDs { byAuthor[id, default: []].append(index) }
            if byPath[articles[index].sourcePath] == nil { byPath[articles[index].sourcePath] = index }
        }
        articlesByAuthor = byAuthor
        articleIndexByPath = byPath
    }

    /// The same site with other articles at the same places (same URLs, tags and authors) and
    /// other content links: what a preview rebuild patches in when only text changed.
    func replacing(articles newArticles: [Article], rootRelativeLinks newLinks: [SiteLink]) -> Site {
        var copy = self
        copy.articles = newArticles
        copy.rootRelativeLinks = newLinks
        return copy
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

    /// The index in `articles` of the article read from `path` (site-relative).
    public func articleIndex(ofFile path: String) -> Int? { articleIndexByPath[path] }

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
