/// An entry under "Ähnliche Artikel": another article of the site, or an external link.
public enum RelatedLink: Sendable, Hashable {
    /// An article of the site, by its index in `Site.articles`: its title, URL and date are
    /// always the article's own.
    case article(Int)
    /// A link that `related` in front matter gives with its title.
    case external(title: String, url: String)

    /// The related article's index in `Site.articles`, or `nil` for an external link.
    public var articleIndex: Int? {
        if case .article(let index) = self { return index }
        return nil
    }
}
