/// An entry under "Ähnliche Artikel": another article of the site, or an external link.
public struct RelatedLink: Sendable, Hashable {
    public let title: String
    /// A site URL for articles, an absolute http(s) URL for external links.
    public let url: String
    /// The related article's index in `Site.articles`, or `nil` for an external link.
    public let articleIndex: Int?
}
