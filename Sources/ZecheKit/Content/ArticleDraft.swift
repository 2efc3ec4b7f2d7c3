import FrontMatter

/// An article's front matter, read and checked, before links between files are resolved.
///
/// A class, though it never changes: every load passes 10,000 of these through caches, sorts
/// and dictionaries, and copying a reference is one retain where copying the struct was twenty.
final class ArticleDraft: Sendable {
    /// A name in front matter with where it was written, for messages about it.
    struct Reference: Sendable {
        let name: String
        let location: SourceLocation
    }

    enum RelatedEntry: Sendable {
        case article(Reference)
        case link(title: String, url: String)
    }

    let file: ContentInventory.ArticleFile
    let document: ContentDocument
    let title: String
    let subtitle: String?
    let summary: String?
    let date: SiteDate
    let updated: SiteDate?
    let authors: [Reference]
    let tags: [Reference]
    let image: Reference?
    let imageAlt: String?
    let related: [RelatedEntry]?
    let slug: String
    let slugLocation: SourceLocation
    let isDraft: Bool
    /// Old paths of the article inside the site, each with where it was written.
    let aliases: [Reference]
    let params: [String: ParamValue]
    /// The newsroom's keys: what the article says of its section, categories, contacts,
    /// dateline and embargo.
    let newsroom: Newsroom
    /// `translation_key`: links the article to those of other languages with the same key,
    /// besides its translations by file name.
    let translationKey: Reference?
    /// The keys of pictures: the cover's caption and credit, the share image, the albums.
    let pictures: Pictures

    struct Pictures: Sendable {
        /// `image_caption` and `image_credit` of the cover.
        var caption: String?
        var credit: String?
        /// `share_image` and `share_image_alt`.
        var shareImage: Reference?
        var shareImageAlt: String?
        /// `media: [vorstand]`: albums of the press kit, by folder name.
        var media: [Reference] = []
    }

    struct Newsroom: Sendable {
        /// `section: …`, when written.
        var section: Reference?
        var categories: [Reference] = []
        /// `contacts: […]`; `nil` when not written (the section's default may apply).
        var contacts: [Reference]?
        /// The place of the dateline.
        var dateline: String?
        /// Until when the article is kept private.
        var embargo: SiteDate?
        var embargoLocation: SourceLocation?
    }

    init(file: ContentInventory.ArticleFile, document: ContentDocument, title: String, subtitle: String?, summary: String?,
         date: SiteDate, updated: SiteDate?, authors: [Reference], tags: [Reference], image: Reference?, imageAlt: String?,
         related: [RelatedEntry]?, slug: String, slugLocation: SourceLocation, isDraft: Bool, aliases: [Reference] = [],
         params: [String: ParamValue], newsroom: Newsroom = Newsroom(), pictures: Pictures = Pictures(),
         translationKey: Reference? = nil) {
        self.newsroom = newsroom
        self.pictures = pictures
        self.translationKey = translationKey
        self.file = file
        // The front matter is read into the fields above: its tree is not kept (an archive's
        // front matter trees are most of the memory its drafts take).
        self.document = document.withoutFrontMatter
        self.title = title
        self.subtitle = subtitle
        self.summary = summary
        self.date = date
        self.updated = updated
        self.authors = authors
        self.tags = tags
        self.image = image
        self.imageAlt = imageAlt
        self.related = related
        self.slug = slug
        self.slugLocation = slugLocation
        self.isDraft = isDraft
        self.aliases = aliases
        self.params = params
    }
}
