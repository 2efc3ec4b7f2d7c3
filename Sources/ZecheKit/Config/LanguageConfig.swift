/// A language of the site as `site.yml` declares it under `languages`: where its pages are and
/// what of the configuration it says in its own words (title, description, menus, date format,
/// the titles of sections and categories). What it leaves out is the default language's.
public struct LanguageConfig: Sendable, Hashable {
    /// A section's words in this language, each `nil` where the default language's stand.
    public struct SectionWords: Sendable, Hashable {
        public var title: String?
        public var description: String?
        /// The section page's path in the site (`/en/press-releases/`), inside the language's path.
        public var path: String?
    }

    /// A category's words in this language.
    public struct CategoryWords: Sendable, Hashable {
        public var title: String?
        public var description: String?
    }

    /// The BCP 47 tag as `site.yml` writes it: `de`, `en`, `en-GB`.
    public let tag: String
    /// Where the language's pages are in the site, with a slash at each end: `/` for the
    /// default language, `/en/` for English unless `path` says otherwise.
    public var path: String
    public var title: String?
    public var description: String?
    public var copyright: String?
    /// How a date is written (`{month} {day}, {year}`); else the interface strings'.
    public var dateFormat: String?
    public var mainMenu: [SiteConfig.MenuItem]?
    public var footerMenu: [SiteConfig.MenuItem]?
    /// By section id.
    public var sections: [String: SectionWords] = [:]
    /// By category id.
    public var categories: [String: CategoryWords] = [:]
    /// Where the language is declared, for messages about it.
    public let location: SourceLocation

    /// The folder of the language's pages in the output: empty for `/`, `en/` for `/en/`.
    public var folder: String { String(path.dropFirst()) }

    init(tag: String, path: String, location: SourceLocation) {
        self.tag = tag
        self.path = path
        self.location = location
    }
}
