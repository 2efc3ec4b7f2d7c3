/// One list's feeds, planned like its pages: the site's (`/feed.xml`, `/feed.json`) or a tag's,
/// author's, category's or section's, beside the list's first page. The preview writes a feed
/// again only when one of its `articles` changed or the plan did.
struct PlannedFeed: Sendable, Hashable {
    /// The language's place in `MultilingualSite.sites`; `articles` are of its site.
    let language: Int
    /// The feed's title: the site's, or "Site – List".
    let title: String
    let atom: PageAddress
    let json: PageAddress
    /// The list's first page, the feed's `alternate` link.
    let listURL: String
    /// The entries by index in `Site.articles`, newest first.
    let articles: [Int]

    init(language: Int = 0, title: String, atom: PageAddress, json: PageAddress, listURL: String, articles: [Int]) {
        self.language = language
        self.title = title
        self.atom = atom
        self.json = json
        self.listURL = listURL
        self.articles = articles
    }

    /// How many articles a feed carries.
    static let entryCount = 20
}
