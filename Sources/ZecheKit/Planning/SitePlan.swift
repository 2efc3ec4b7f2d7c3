/// Every file a build writes, decided before anything is rendered: the pages with their
/// templates, the files copied as they are, and the feeds and sitemap.
struct SitePlan: Sendable {
    /// A file copied unchanged: an image, a bundle file, a theme asset.
    struct Copy: Sendable, Hashable {
        let sourcePath: String
        let outputPath: String
    }

    /// A page at an old address of an article that sends readers on to it.
    struct Redirect: Sendable, Hashable {
        let address: PageAddress
        /// The article's root-relative URL.
        let target: String
        /// Where the front matter names the old address.
        let location: SourceLocation
        /// The article's language, whose words the page uses.
        let language: Int
    }

    private(set) var jobs: [RenderJob] = []
    private(set) var copies: [Copy] = []
    private(set) var redirects: [Redirect] = []
    /// Each language's search page and the output folder of its index, by the language's
    /// place in `MultilingualSite.sites`, when the site has search.
    var searchPages: [Int: (page: PageAddress, folder: String)] = [:]
    /// The default language's search page, when the site has one (and with it the search index).
    var searchPage: PageAddress? { searchPages[0]?.page }
    /// The site's feeds and those of every tag, author, category and section, of every language.
    var feeds: [PlannedFeed] = []
    var diagnostics: [Diagnostic] = []
    /// The sitemaps, when the site has several languages: one per language and their index.
    private(set) var sitemapPaths: [String] = []
    /// The language whose pages and feeds are being planned.
    private(set) var planningLanguage = 0

    /// Templates every theme needs; the others only switch their pages on.
    static let requiredTemplates = ["article", "index"]
    static let optionalTemplates = ["tag", "tags", "author", "authors", "page", "404"]

    /// The plan of a site of one language.
    init(site: Site, templateNames: Set<String>, assets: [String]) {
        self.init(sites: MultilingualSite(sites: [site]), templateNames: templateNames, assets: assets)
    }

    /// The plan of every language's site with a theme that has the templates `templateNames`:
    /// each language's pages under its path, the translations of each page, and collisions
    /// checked across languages.
    init(sites: MultilingualSite, templateNames: Set<String>, assets: [String]) {
        for name in Self.requiredTemplates where !templateNames.contains(name) {
            diagnostics.append(.error("the theme has no '\(name)' template", at: SourceLocation(path: "Templates/\(name).mustache"),
                                      fix: "create Templates/\(name).mustache (zeche init writes a complete theme)"))
        }
        func has(_ name: String) -> Bool { templateNames.contains(name) }
        for (language, site) in sites.sites.enumerated() {
            self.planningLanguage = language
            planPages(site: site, has: has)
        }
        for (language, site) in sites.sites.enumerated() {
            planningLanguage = language
            planSearch(site: site, has: has)
        }
        // The press kit is the default language's.
        planningLanguage = 0
        let media = planMedia(site: sites.defaultSite, has: has)
        for name in Self.optionalTemplates where !has(name) {
            diagnostics.append(.warning("the theme has no '\(name)' template, so those pages are not built",
                                        at: SourceLocation(path: "Templates/\(name).mustache"),
                                        fix: "create Templates/\(name).mustache if the site should have them"))
        }
        for site in sites.sites {
            for article in site.articles {
                copies += article.bundleFiles.map { Copy(sourcePath: $0.sourcePath, outputPath: $0.outputPath) }
            }
            for article in site.newsroom.embargoed where article.embargo?.privateAddress != nil {
                copies += article.bundleFiles.map { Copy(sourcePath: $0.sourcePath, outputPath: $0.outputPath) }
            }
        }
        let urls = sites.defaultSite.config.urls
        copies += sites.defaultSite.sharedImages.map { Copy(sourcePath: $0.sourcePath, outputPath: $0.outputPath) }
        copies += media
        copies += assets.filter { !searchPages.isEmpty || $0 != Self.searchClient }.map {
            Copy(sourcePath: $0, outputPath: urls.asset(String($0.dropFirst("Templates/assets/".count))).outputPath)
        }
        for (language, site) in sites.sites.enumerated() {
            for article in site.articles {
                redirects += article.aliases.map {
                    Redirect(address: urls.alias($0.path), target: article.url, location: $0.location, language: language)
                }
            }
        }
        for (language, site) in sites.sites.enumerated() {
            self.planningLanguage = language
            planFeeds(site: site)
        }
        if sites.isMultilingual {
            sitemapPaths = [GeneratedFiles.sitemap] + sites.sites.map { GeneratedFiles.sitemapName(of: $0.config) }
            linkTranslations(sites)
        }
        checkCollisions(sites: sites)
        diagnostics = SiteLoader.withoutRepeats(diagnostics)
    }

    /// The pages of one language: its articles, home page, lists, standalone pages and 404.
    private mutating func planPages(site: Site, has: (String) -> Bool) {
        let urls = site.config.urls
        planArticles(site: site)
        let home = Self.pages(of: site.homeArticles, first: urls.index(page: 1), size: site.config.paginate, urls: urls)
        for (page, address, list) in home {
            // The first page also shows the newest articles of the sections that feature them.
            let featured = page == 1 ? site.newsroom.sections.flatMap { $0.articleIndices.prefix($0.config.featuredCount) } : []
            add(.index(page: page, pageCount: home.count), "index", address, articles: list + featured)
        }
        planLists(site: site, has: has)
        if has("page") {
            for (index, page) in site.pages.enumerated() { add(.page(index), "page", PageAddress(url: page.url, outputPath: page.outputPath)) }
        }
        if has("404") { add(.notFound, "404", urls.notFound) }
    }

    mutating func setTranslations(_ translations: [RenderJob.Translation], ofJob index: Int) {
        jobs[index].translations = translations
    }

    mutating func add(_ kind: RenderJob.Kind, _ template: String, _ address: PageAddress, articles: [Int] = []) {
        jobs.append(RenderJob(kind: kind, language: planningLanguage, template: template, address: address, articles: articles))
    }

    mutating func warn(_ message: String, template: String) {
        diagnostics.append(.warning(message, at: SourceLocation(path: "Templates/\(template).mustache"),
                                    fix: "create Templates/\(template).mustache if the site should have them"))
    }

    mutating func error(_ message: String, at location: SourceLocation?, fix: String) {
        diagnostics.append(.error(message, at: location, fix: fix))
    }

    /// Each article at its permalink, with its neighbours in its list, and the private pages
    /// of embargoed articles (which are in no list).
    private mutating func planArticles(site: Site) {
        var positions: [String?: (list: [Int], position: [Int: Int])] = [:]
        let pageSize = site.config.paginate
        for index in site.articles.indices {
            let article = site.articles[index]
            let key = article.sectionID.flatMap { site.section($0) == nil ? nil : $0 }
            if positions[key] == nil {
                let list = site.list(of: article)
                positions[key] = (list, Dictionary(uniqueKeysWithValues: list.enumerated().map { ($1, $0) }))
            }
            guard let (list, position) = positions[key] else { continue }
            // An article of the default section in a site whose sections keep theirs off the
            // home page is on it; its place there is its position.
            let place = position[index] ?? 0
            let older = place + 1 < list.count ? list[place + 1] : nil
            let newer = place > 0 ? list[place - 1] : nil
            let related = article.related.compactMap(\.articleIndex)
            add(.article(index, older: older, newer: newer, listPage: place / max(1, pageSize) + 1), "article",
                PageAddress(url: article.url, outputPath: article.outputPath),
                articles: [index] + [older, newer].compactMap { $0 } + related)
        }
        for (index, article) in site.newsroom.embargoed.enumerated() {
            guard let address = article.embargo?.privateAddress else { continue }
            add(.embargoed(index), "article", address, articles: article.related.compactMap(\.articleIndex))
        }
    }

    /// How many entries a page lists: what its rendering costs beyond an article page's.
    func listSize(of job: RenderJob, sites: MultilingualSite) -> Int {
        let site = sites.sites[job.language]
        return switch job.kind {
        case .article, .embargoed: 0
        case .tags: site.tags.count
        case .authors: site.authors.count
        case .categories: site.newsroom.categories.count
        case .contacts: site.newsroom.contacts.count
        default: job.articles.count
        }
    }

    /// Every output path: pages, copies, redirects, feeds, vCards and the other generated files.
    var outputPaths: Set<String> {
        Set(jobs.map(\.outputPath)).union(copies.map(\.outputPath)).union(redirects.map(\.address.outputPath)).union(generatedPaths)
    }

    /// The files Zeche writes without templates.
    var generatedPaths: Set<String> {
        GeneratedFiles.paths.union(feeds.flatMap { [$0.atom.outputPath, $0.json.outputPath] }).union(vCardPaths).union(sitemapPaths)
            .union(archives.map(\.address.outputPath))
    }

    /// The vCards of the press contacts.
    var vCardPaths: [String] = []
    /// The ZIP archive of each album of the press kit.
    var archives: [PlannedArchive] = []

    /// For each article of every language (by its global index, `MultilingualSite.globalIndex`),
    /// the jobs that show it (see `RenderJob.articles`).
    func jobsByArticle(sites: MultilingualSite) -> [[Int]] {
        var result = Array(repeating: [Int](), count: sites.articleCount)
        for (index, job) in jobs.enumerated() {
            let count = sites.sites[job.language].articles.count
            for article in job.articles where article < count { result[sites.globalIndex(language: job.language, index: article)].append(index) }
        }
        return result
    }
}
