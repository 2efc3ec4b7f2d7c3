import TextCore

/// Everything a build renders in every language: one `Site` per language, resolved from one
/// scan of `Content/`, and the translations that link their articles and pages. A site in one
/// language is a `MultilingualSite` with one site.
///
/// Each language's site is complete in itself (its articles, tags, categories, sections,
/// authors, contacts, interface strings and configuration), so that planning, rendering and
/// feeds work on it as on a site of one language; what crosses languages (translations,
/// collisions, the sitemap, links between files) is decided here and in the plan.
public struct MultilingualSite: Sendable {
    /// The same article or page in another language: the language's place in `sites` and the
    /// index in that site's `articles` (or `pages`).
    public struct Translation: Sendable, Hashable {
        public let language: Int
        public let index: Int
    }

    /// The default language's site first, then the others in the order of `site.yml`.
    public private(set) var sites: [Site]
    /// For each language, for each of its articles: the article in the other languages, in
    /// language order; empty for an article in one language only.
    public let translations: [[[Translation]]]
    /// For each language, for each of its standalone pages: the page in the other languages.
    public let pageTranslations: [[[Translation]]]
    /// The number of articles of the languages before each language: an article's place in
    /// the pipeline's lists of all articles (its "global index").
    private let offsets: [Int]
    /// Each article's language and index by its file's path: the default language's first,
    /// then the paths the others add. Made when first looked up: only the preview does.
    private let positionByPath: LazyValue<[String: Translation]>

    public init(sites: [Site], translations: [[[Translation]]]? = nil, pageTranslations: [[[Translation]]]? = nil) {
        self.sites = sites
        self.translations = translations ?? sites.map { Array(repeating: [], count: $0.articles.count) }
        self.pageTranslations = pageTranslations ?? sites.map { Array(repeating: [], count: $0.pages.count) }
        var offsets: [Int] = []
        var total = 0
        for site in sites {
            offsets.append(total)
            total += site.articles.count
        }
        self.offsets = offsets
        positionByPath = LazyValue { [total] in
            var positions: [String: Translation] = [:]
            positions.reserveCapacity(total)
            // The first article read from a path, in language order.
            for (language, site) in sites.enumerated() {
                for (index, article) in site.articles.enumerated() where positions[article.sourcePath] == nil {
                    positions[article.sourcePath] = Translation(language: language, index: index)
                }
            }
            return positions
        }
        articleCount = total
    }

    /// The site of the default language.
    public var defaultSite: Site { sites[0] }

    /// Whether the site has more than one language.
    public var isMultilingual: Bool { sites.count > 1 }

    /// The articles of all languages.
    public let articleCount: Int

    /// The language and index of the article read from `path` (site-relative).
    public func position(ofFile path: String) -> Translation? { positionByPath.value[path] }

    /// The article's place among the articles of all languages: the default language's first.
    public func globalIndex(language: Int, index: Int) -> Int { offsets[language] + index }

    /// The place among the articles of all languages of the article read from `path`.
    public func globalIndex(ofFile path: String) -> Int? {
        positionByPath.value[path].map { globalIndex(language: $0.language, index: $0.index) }
    }

    /// The language and index of the article at `global` among the articles of all languages.
    public func position(ofGlobal global: Int) -> Translation {
        var language = offsets.count - 1
        while language > 0, offsets[language] > global { language -= 1 }
        return Translation(language: language, index: global - offsets[language])
    }

    /// The article at `global` among the articles of all languages.
    public func article(atGlobal global: Int) -> Article {
        let position = position(ofGlobal: global)
        return sites[position.language].articles[position.index]
    }

    /// The language's place in `sites` of the tag `tag` (any case).
    public func language(tagged tag: String) -> Int? {
        sites.firstIndex { $0.config.language.lowercased() == tag.lowercased() }
    }

    /// The article files left out of the build, in every language, by path.
    public var leftOut: [LeftOutArticle] {
        guard isMultilingual else { return defaultSite.leftOut }
        return sites.flatMap(\.leftOut).sorted { $0.sourcePath.precedesInUTF8($1.sourcePath) }
    }

    /// The earliest moment at which an article left out of the build is due, in any language.
    public var nextPublication: SiteDate? {
        sites.compactMap(\.nextPublication).min()
    }

    /// The same sites with `site` in place of the language's: what a preview rebuild patches in
    /// when only the text of articles changed (their places and translations stay).
    func replacing(_ site: Site, language: Int) -> MultilingualSite {
        var copy = self
        copy.sites[language] = site
        return copy
    }
}
