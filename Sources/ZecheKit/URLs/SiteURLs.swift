/// Every URL and output path of a site, formed in one place from one parsed base URL and the
/// permalink pattern: article permalinks, list pages and their pagination, tag, author and
/// standalone pages, feeds, copied files and assets (and, in `SiteURLs+Newsroom.swift`,
/// sections, categories, contacts, vCards, list feeds and private pages). Nothing else in
/// Zeche joins URL parts.
public struct SiteURLs: Sendable, Hashable {
    public let base: BaseURL
    public let permalink: PermalinkPattern

    public init(base: BaseURL, permalink: PermalinkPattern = .default) {
        self.base = base
        self.permalink = permalink
    }

    // MARK: Pages

    /// An article's page at its permalink: `/2026/11/austausch/` → `2026/11/austausch/index.html`.
    public func article(slug: String, date: SiteDate, pattern: PermalinkPattern? = nil) -> PageAddress {
        page((pattern ?? permalink).path(slug: slug, date: date))
    }

    /// Page `number` of the home page's list: `/`, `/page/2/`, ….
    public func index(page number: Int) -> PageAddress {
        page(number == 1 ? "" : "page/\(number)/")
    }

    /// The overview of all tags.
    public var tags: PageAddress { page("tags/") }

    /// A tag's page: `/tags/kuenstliche-intelligenz/`.
    public func tag(slug: String) -> PageAddress { page("tags/\(slug)/") }

    /// The overview of all authors.
    public var authors: PageAddress { page("authors/") }

    /// An author's page: `/authors/doreen-mueller/`.
    public func author(id: String) -> PageAddress { page("authors/\(id)/") }

    /// A standalone page of `Content/pages/`: `/impressum/`.
    public func standalonePage(slug: String) -> PageAddress { page("\(slug)/") }

    /// A page at an old address of an article (`aliases: [/2019/05/alter-titel/]`), a path
    /// inside the site: `/2019/05/alter-titel/` → `2019/05/alter-titel/index.html`.
    public func alias(_ path: String) -> PageAddress { page(path) }

    /// The page for addresses that do not exist.
    public var notFound: PageAddress { page("404.html") }

    // MARK: Files

    /// A file Zeche writes at the top of the site: `feed.xml`, `sitemap.xml`, `robots.txt`.
    public func generated(_ name: String) -> PageAddress { file(name) }

    /// A file copied into the output at `outputPath` (an image, a bundle file, a theme asset),
    /// its URL percent-encoded byte by byte.
    public func file(_ outputPath: String) -> PageAddress {
        PageAddress(url: base.path + Escaping.urlPath(ofFile: outputPath), outputPath: outputPath)
    }

    /// A file of the theme's `Templates/assets/` folder: `site.css` → `/assets/site.css`.
    public func asset(_ name: String) -> PageAddress { file("assets/" + name) }

    // MARK: Converting

    /// The absolute form of a root-relative URL; absolute URLs stay as they are.
    public func absolute(_ url: String) -> String {
        url.hasURLScheme ? url : base.origin + url
    }

    /// A URL written in `site.yml` (a menu entry, the publisher's logo): a path inside the site
    /// (`/tags/`, `images/logo.svg`) gets the base path; an absolute URL stays as it is.
    public func configured(_ url: String) -> String {
        url.hasURLScheme ? url : inside(url)
    }

    /// A root-relative URL of a path inside the site: `tags/` → `/newsroom/tags/`.
    func inside(_ path: String) -> String {
        base.path + (path.hasPrefix("/") ? String(path.dropFirst()) : path)
    }

    /// The path inside the site of a root-relative URL, or `nil` when it is outside the base
    /// path: `/newsroom/tags/` → `tags/`.
    public func relativePath(of url: String) -> String? {
        url.hasPrefix(base.path) ? String(url.dropFirst(base.path.count)) : nil
    }

    /// A page at `path` inside the site: written as `index.html` when the path is a folder.
    func page(_ path: String) -> PageAddress {
        let relative = path.hasPrefix("/") ? String(path.dropFirst()) : path
        return PageAddress(url: base.path + relative,
                           outputPath: relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative)
    }
}
