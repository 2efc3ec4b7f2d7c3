import Markdown

/// One news article: its front matter resolved and its Markdown body rendered.
public struct Article: Sendable {
    /// The file, relative to the site folder: `Content/posts/2026-11-24-austausch.md` or
    /// `Content/posts/austausch/index.md` for a bundle.
    public let sourcePath: String
    public let slug: String
    /// The root-relative URL of the page, with the base path: `/2026/11/austausch/`.
    public let url: String
    /// Where the page is written in the output: `2026/11/austausch/index.html`.
    public let outputPath: String
    public let title: String
    public let subtitle: String?
    /// The summary from front matter, else the first paragraph's text.
    public let summary: String
    public let date: SiteDate
    public let updated: SiteDate?
    public let authorIDs: [String]
    /// Tag slugs in the order the front matter lists them.
    public let tagSlugs: [String]
    /// The cover image and share image, their texts, and the press kit's albums it shows.
    public let pictures: Pictures
    public let isDraft: Bool
    /// Public, or a draft or future article that this build includes.
    public let status: PublicationStatus
    /// What the front matter's `related` named, resolved by the loader.
    public var related: [RelatedLink]
    /// Whether `related` came from the front matter (else it was computed from shared tags).
    public var hasExplicitRelated: Bool
    /// The rendered body and its plain text, in memory or in the build's body store.
    public let body: ArticleBody
    public var contentHTML: String { body.html }
    /// The body without markup (`MarkdownDocument.plainText`): what search indexes.
    public var bodyText: String { body.text }
    public let headings: [HeadingInfo]
    public let quotes: [Quote]
    public let wordCount: Int
    public let readingMinutes: Int
    public let params: [String: ParamValue]
    /// Files of a bundle (`NAME/photo.jpg`) to copy beside the page: source path → output path.
    public let bundleFiles: [BundleFile]
    /// Old addresses of the article, each of which gets a page that sends readers on to it.
    public let aliases: [Alias]

    /// An old address: a path inside the site, and where the front matter names it.
    public struct Alias: Sendable, Hashable {
        public let path: String
        public let location: SourceLocation
    }
    /// The declared section the article belongs to, or `nil` for `Content/posts/` in a site
    /// that does not declare it.
    public let sectionID: String?
    /// Category ids in the order the front matter lists them.
    public let categoryIDs: [String]
    /// The contacts the article shows: its own `contacts`, else the site's `press_contacts`
    /// where its section shows them.
    public let contactIDs: [String]
    /// The place of its dateline ("Essen"): its own `dateline`, else its section's.
    public let dateline: String?
    /// Whether the site's boilerplate follows the article (its section says so).
    public let showsBoilerplate: Bool
    /// Set while the article is under embargo (it is then in `Site.embargoed`).
    public let embargo: Embargo?
}

extension Article {
    /// What an article shows of pictures: its cover with its texts, the image that stands for
    /// it in link previews, and the albums of the press kit it points to.
    public struct Pictures: Sendable, Hashable {
        /// The cover image (`image`), its required text alternative, and its caption and
        /// credit ("Foto: Jana Beispiel / Q.One").
        public var cover: SiteImage?
        public var coverAlt: String?
        public var coverCaption: String?
        public var coverCredit: String?
        /// `share_image`, or else the cover when platforms show it (JPEG, PNG, WebP); `nil`
        /// leaves the site's default share image.
        public var shareImage: SiteImage?
        public var shareImageAlt: String?
        /// Ids of the press kit's albums (`media: [vorstand]`) that exist, in their order.
        public var mediaIDs: [String] = []

        public init() {}

        /// The texts from `draft`, the resolved images and albums from `self`.
        func with(draft: ArticleDraft) -> Pictures {
            var copy = self
            copy.coverAlt = draft.imageAlt
            copy.coverCaption = draft.pictures.caption
            copy.coverCredit = draft.pictures.credit
            copy.shareImageAlt = draft.pictures.shareImage == nil ? draft.imageAlt : draft.pictures.shareImageAlt
            return copy
        }
    }

    /// The cover image's site URL.
    public var image: String? { pictures.cover?.url }
    /// The cover image's text alternative.
    public var imageAlt: String? { pictures.coverAlt }

    /// The characters of an article's summary taken from its body's first paragraph when the
    /// front matter has none (`Excerpt`): the excerpt reads no more than one character past it.
    static let summaryExcerptLimit = 280

    /// The article with what its front matter's text and its body say taken from `draft` and
    /// `body`; its place in the site (URL, tags, authors, related articles) stays.
    func with(draft: ArticleDraft, body: MarkdownDocument, stored: ArticleBody) -> Article {
        Article(
            sourcePath: sourcePath, slug: slug, url: url, outputPath: outputPath, title: draft.title,
            subtitle: draft.subtitle, summary: draft.summary ?? Excerpt.make(body.summary, limit: Self.summaryExcerptLimit), date: date,
            updated: updated, authorIDs: authorIDs, tagSlugs: tagSlugs, pictures: pictures.with(draft: draft),
            isDraft: isDraft, status: status, related: related, hasExplicitRelated: hasExplicitRelated, body: stored,
            headings: body.headings.map { HeadingInfo(level: $0.level, text: $0.text, id: $0.id) },
            quotes: body.quotes.map { Quote(text: $0.text, attribution: $0.attribution) },
            wordCount: body.wordCount, readingMinutes: body.readingMinutes, params: draft.params, bundleFiles: bundleFiles,
            aliases: aliases, sectionID: sectionID, categoryIDs: categoryIDs, contactIDs: contactIDs, dateline: dateline,
            showsBoilerplate: showsBoilerplate, embargo: embargo)
    }
}

/// A heading of an article, for its table of contents.
public struct HeadingInfo: Sendable, Hashable {
    public let level: Int
    public let text: String
    public let id: String
}

/// A file that travels with a bundle article and is copied next to its page.
public struct BundleFile: Sendable, Hashable {
    /// Relative to the site folder.
    public let sourcePath: String
    /// Relative to the output folder.
    public let outputPath: String
}
