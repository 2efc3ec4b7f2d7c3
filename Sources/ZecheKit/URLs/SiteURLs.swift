/// Every URL and output path of a site, formed in one place from one parsed base URL and the
/// permalink pattern: article permalinks, list pages and their pagination, tag, author and
/// standalone pages, feeds, copied files and assets (and, in `SiteURLs+Newsroom.swift`,
/// sections, categories, contacts, vCards, list feeds and private pages). Nothing else in
/// Zeche joins URL parts.
///
/// A site in several languages has one `SiteURLs` per language: the same base, and the
/// language's folder (`en/`), in which its articles, lists, pages, feeds and vCards are. Shared
/// files (assets, images, the sitemap) and paths written in `site.yml` or front matter
/// (sections' paths, aliases) are paths of the whole site.
public struct SiteURLs: Sendable, Hashable {
    public let base: BaseURL
    public let permalink: PermalinkPattern
    /// The folder of the language's pages inside the site: empty for the default language,
    /// `en/` for a language at `/en/`.
    public let languageFolder: String

    public init(base: BaseURL, permalink: PermalinkPattern = .default, languageFolder: String = "") {
        self.base = base
        self.permalink = permalink
        self.languageFolder = languageFolder
    }

    /// The same addresses for the language whose pages are in `folder` (`en/`).
    public func language(folder: String) -> SiteURLs {
        SiteURLs(base: base, permalink: permalink, languageFolder: folder)
    }

    // MARK: Pages

    /// An article's page at its permalink: `/2026/11/austausch/` → `2026/11/austausch/index.html`.
    public func article(slug: String, date: SiteDate, pattern: PermalinkPattern? = nil) -> PageAddress {
        languagePage((pattern ?? permalink).path(slug: slug, date: date))
    }

    /// Page `number` of the home page's list: `/`, `/page/2/`, ….
    public func index(page number: Int) -> PageAddress {
        languagePage(number == 1 ? "" : "page/\(number)/")
    }

    /// The overview of all tags.
    public var tags: PageAddress { languagePage("tags/") }

    /// A tag's page: `/tags/kuenstliche-intelligenz/`.
    public func tag(slug: String) -> PageAddress { languagePage("tags/\(slug)/") }

    /// The overview of all authors.
    public var authors: PageAddress { languagePage("authors/") }

    /// An author's page: `/authors/doreen-mueller/`.
    public func author(id: String) -> PageAddress { languagePage("authors/\(id)/") }

    /// A standalone page of `Content/pages/`: `/impressum/`.
    public func standalonePage(slug: String) -> PageAddress { languagePage("\(slug)/") }

    /// A page at an old address of an article (`aliases: [/2019/05/alter-titel/]`), a path
    /// inside the site: `/2019/05/alter-titel/` → `2019/05/alter-titel/index.html`.
    public func alias(_ path: String) -> PageAddress { page(path) }

    /// The page for addresses that do not exist.
    public var notFound: PageAddress { languagePage("404.html") }

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

    /// A page at `path` inside the language's folder (the site's root for the default language).
    func languagePage(_ path: String) -> PageAddress {
        page(languageFolder + (path.hasPrefix("/") ? String(path.dropFirst()) : path))
    }

    /// A page at `path` inside the site: written as `index.html` when the path is a folder.
    func page(_ path: String) -> PageAddress {
        let relative = path.hasPrefix("/") ? String(path.dropFirst()) : path
        return PageAddress(url: base.path + relative,
                           outputPath: relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative)
    }
}
