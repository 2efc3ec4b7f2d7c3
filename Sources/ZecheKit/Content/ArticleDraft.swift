import FrontMatter

/// An article's front matter, read and checked, before links between files are resolved.
struct ArticleDraft: Sendable {
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
    let params: [String: ParamValue]
}
