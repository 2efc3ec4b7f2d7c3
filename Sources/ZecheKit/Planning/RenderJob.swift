/// One page to render: which template, for what, where the result goes, and what it shows.
public struct RenderJob: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// An article's page, with its neighbours in its list (its section's, or the home
        /// page's: the older and the newer one) and the number of the page of that list that
        /// shows it.
        case article(Int, older: Int?, newer: Int?, listPage: Int)
        /// Index page `page` (1-based) of `pageCount`.
        case index(page: Int, pageCount: Int)
        /// Page `page` of `pageCount` of a tag's list.
        case tag(Int, page: Int, pageCount: Int)
        case tags
        case author(Int, page: Int, pageCount: Int)
        case authors
        /// Page `page` of a declared section's list (`Site.newsroom.sections`).
        case section(Int, page: Int, pageCount: Int)
        /// Page `page` of a category's list (`Site.newsroom.categories`).
        case category(Int, page: Int, pageCount: Int)
        case categories
        /// The press contacts.
        case contacts
        /// The private page of an embargoed article (`Site.newsroom.embargoed`).
        case embargoed(Int)
        /// The press kit's overview of its albums.
        case media
        /// An album's page (`Site.pictures.albums`).
        case album(Int)
        case page(Int)
        case notFound
        /// The search page; its results come from the search index in the browser.
        case search
    }

    /// The same page in another language, for `hreflang` links and the language switcher.
    public struct Translation: Sendable, Hashable {
        /// The language's place in `MultilingualSite.sites`.
        public let language: Int
        /// The page's root-relative URL.
        public let url: String
    }

    public let kind: Kind
    /// The language's place in `MultilingualSite.sites`; the indices of `kind` and `articles`
    /// are of that language's site.
    public let language: Int
    /// The page in the other languages, in language order: an article's translations, a
    /// standalone page's, and the first page of the home page, of each section, category and
    /// author, and of the overviews. Empty for a page in one language only.
    public internal(set) var translations: [Translation] = []
    /// The template's name in the library: `article`, `index`, `tag`, ….
    public let template: String
    public let address: PageAddress
    /// The articles the page shows, in full or as list entries, by index in `Site.articles`:
    /// for list pages the list in its order (the home page's first page then the newest
    /// articles of sections with `featured`), for an article page the article, its
    /// neighbours and its related articles. The context is built from it, and the page is
    /// rendered anew when one of them changes.
    public let articles: [Int]

    /// Relative to the output folder: `2026/11/austausch/index.html`.
    public var outputPath: String { address.outputPath }
    /// The page's root-relative URL: `/2026/11/austausch/`.
    public var url: String { address.url }
}
