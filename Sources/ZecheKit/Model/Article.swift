import Markdown
import TextCore

/// One news article: its front matter resolved and its Markdown body rendered.
public struct Article: Sendable {
    /// What an article holds, kept in one object (`SharedFields`).
    struct Fields: Sendable {
        var sourcePath: String
        var slug: String
        var url: String
        var outputPath: String
        var title: String
        var subtitle: String?
        var summary: String
        var date: SiteDate
        var updated: SiteDate?
        var authorIDs: [String]
        var tagSlugs: [String]
        var pictures: Pictures
        var isDraft: Bool
        var status: PublicationStatus
        var related: [RelatedLink]
        var hasExplicitRelated: Bool
        var body: ArticleBody
        var wordCount: Int
        var readingMinutes: Int
        var params: [String: ParamValue]
        var bundleFiles: [BundleFile]
        var aliases: [Alias]
        var sectionID: String?
        var categoryIDs: [String]
        var contactIDs: [String]
        var dateline: String?
        var showsBoilerplate: Bool
        var embargo: Embargo?
    }

    private let storage: SharedFields<Fields>

    init(_ fields: Fields) {
        storage = SharedFields(fields)
    }

    /// The file, relative to the site folder: `Content/posts/2026-11-24-austausch.md` or
    /// `Content/posts/austausch/index.md` for a bundle.
    public var sourcePath: String { storage.fields.sourcePath }
    public var slug: String { storage.fields.slug }
    /// The root-relative URL of the page, with the base path: `/2026/11/austausch/`.
    public var url: String { storage.fields.url }
    /// Where the page is written in the output: `2026/11/austausch/index.html`.
    public var outputPath: String { storage.fields.outputPath }
    public var title: String { storage.fields.title }
    public var subtitle: String? { storage.fields.subtitle }
    /// The summary from front matter, else the first paragraph's text.
    public var summary: String { storage.fields.summary }
    public var date: SiteDate { storage.fields.date }
    public var updated: SiteDate? { storage.fields.updated }
    public var authorIDs: [String] { storage.fields.authorIDs }
    /// Tag slugs in the order the front matter lists them.
    public var tagSlugs: [String] { storage.fields.tagSlugs }
    /// The cover image and share image, their texts, and the press kit's albums it shows.
    public var pictures: Pictures { storage.fields.pictures }
    public var isDraft: Bool { storage.fields.isDraft }
    /// Public, or a draft or future article that this build includes.
    public var status: PublicationStatus { storage.fields.status }
    /// What the front matter's `related` named, resolved by the loader.
    public var related: [RelatedLink] { storage.fields.related }
    /// Whether `related` came from the front matter (else it was computed from shared tags).
    public var hasExplicitRelated: Bool { storage.fields.hasExplicitRelated }
    /// The rendered body and its plain text, in memory or in the build's body store.
    public var body: ArticleBody { storage.fields.body }
    public var contentHTML: String { body.html }
    /// The body without markup (`MarkdownDocument.plainText`): what search indexes.
    public var bodyText: String { body.text }
    /// The headings and quotes, read from the body store when the body is in one
    /// (`ArticleBody.outline`): read them once per page.
    public var headings: [HeadingInfo] { body.outline.headings }
    public var quotes: [Quote] { body.outline.quotes }
    public var wordCount: Int { storage.fields.wordCount }
    public var readingMinutes: Int { storage.fields.readingMinutes }
    public var params: [String: ParamValue] { storage.fields.params }
    /// Files of a bundle (`NAME/photo.jpg`) to copy beside the page: source path → output path.
    public var bundleFiles: [BundleFile] { storage.fields.bundleFiles }
    /// Old addresses of the article, each of which gets a page that sends readers on to it.
    public var aliases: [Alias] { storage.fields.aliases }

    /// An old address: a path inside the site, and where the front matter names it.
    public struct Alias: Sendable, Hashable {
        public let path: String
        public let location: SourceLocation
    }
    /// The declared section the article belongs to, or `nil` for `Content/posts/` in a site
    /// that does not declare it.
    public var sectionID: String? { storage.fields.sectionID }
    /// Category ids in the order the front matter lists them.
    public var categoryIDs: [String] { storage.fields.categoryIDs }
    /// The contacts the article shows: its own `contacts`, else the site's `press_contacts`
    /// where its section shows them.
    public var contactIDs: [String] { storage.fields.contactIDs }
    /// The place of its dateline ("Essen"): its own `dateline`, else its section's.
    public var dateline: String? { storage.fields.dateline }
    /// Whether the site's boilerplate follows the article (its section says so).
    public var showsBoilerplate: Bool { storage.fields.showsBoilerplate }
    /// Set while the article is under embargo (it is then in `Site.embargoed`).
    public var embargo: Embargo? { storage.fields.embargo }
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
        Article(storage.fields, draft: draft, body: body, stored: stored)
    }

    /// An article of `fields` with what `with(draft:body:stored:)` takes from `draft` and
    /// `body`, made in one step: the assembly makes 10,000 of them.
    init(_ fields: consuming Fields, draft: ArticleDraft, body: MarkdownDocument, stored: ArticleBody) {
        var fields = fields
        fields.title = draft.title
        fields.subtitle = draft.subtitle
        fields.summary = draft.summary ?? Excerpt.make(body.summary, limit: Self.summaryExcerptLimit)
        fields.pictures = fields.pictures.with(draft: draft)
        fields.body = stored
        fields.wordCount = body.wordCount
        fields.readingMinutes = body.readingMinutes
        fields.params = draft.params
        self.init(fields)
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
