import Mustache

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
    }

    private(set) var jobs: [RenderJob] = []
    private(set) var copies: [Copy] = []
    private(set) var redirects: [Redirect] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// Templates every theme needs; the others only switch their pages on.
    static let requiredTemplates = ["article", "index"]
    static let optionalTemplates = ["tag", "tags", "author", "authors", "page", "404"]

    /// The plan of `site` with a theme that has the templates `templateNames`.
    init(site: Site, templateNames: Set<String>, assets: [String]) {
        let urls = site.config.urls
        for name in Self.requiredTemplates where !templateNames.contains(name) {
            diagnostics.append(.error("the theme has no '\(name)' template", at: SourceLocation(path: "Templates/\(name).mustache"),
                                      fix: "create Templates/\(name).mustache (zeche init writes a complete theme)"))
        }
        func has(_ name: String) -> Bool { templateNames.contains(name) }
        func add(_ kind: RenderJob.Kind, _ template: String, _ address: PageAddress, articles: [Int] = []) {
            jobs.append(RenderJob(kind: kind, template: template, address: address, articles: articles))
        }
        let pagination = Pagination(itemCount: site.articles.count, size: site.config.paginate)
        for index in site.articles.indices {
            let article = site.articles[index]
            let older = index + 1 < site.articles.count ? index + 1 : nil
            let newer = index > 0 ? index - 1 : nil
            let related = article.related.compactMap(\.articleIndex)
            add(.article(index, older: older, newer: newer, listPage: pagination.page(of: index)), "article",
                PageAddress(url: article.url, outputPath: article.outputPath),
                articles: [index] + [older, newer].compactMap { $0 } + related)
        }
        for page in 1...pagination.pageCount {
            add(.index(page: page, pageCount: pagination.pageCount), "index", urls.index(page: page),
                articles: Array(pagination.range(ofPage: page)))
        }
        if has("tag") {
            for (index, tag) in site.tags.enumerated() { add(.tag(index), "tag", urls.tag(slug: tag.slug), articles: tag.articleIndices) }
        }
        if has("tags") { add(.tags, "tags", urls.tags) }
        if has("author") {
            for (index, author) in site.authors.enumerated() {
                add(.author(index), "author", urls.author(id: author.id), articles: site.articlesByAuthor[author.id] ?? [])
            }
        }
        if has("authors") { add(.authors, "authors", urls.authors) }
        if has("page") {
            for (index, page) in site.pages.enumerated() { add(.page(index), "page", PageAddress(url: page.url, outputPath: page.outputPath)) }
        }
        if has("404") { add(.notFound, "404", urls.notFound) }
        for name in Self.optionalTemplates where !has(name) {
            diagnostics.append(.warning("the theme has no '\(name)' template, so those pages are not built",
                                        at: SourceLocation(path: "Templates/\(name).mustache"),
                                        fix: "create Templates/\(name).mustache if the site should have them"))
        }
        for article in site.articles {
            copies += article.bundleFiles.map { Copy(sourcePath: $0.sourcePath, outputPath: $0.outputPath) }
        }
        copies += site.sharedImages.map { Copy(sourcePath: $0.sourcePath, outputPath: $0.outputPath) }
        copies += assets.map { Copy(sourcePath: $0, outputPath: urls.asset(String($0.dropFirst("Templates/assets/".count))).outputPath) }
        for article in site.articles {
            redirects += article.aliases.map { Redirect(address: urls.alias($0.path), target: article.url, location: $0.location) }
        }
        checkCollisions(site: site)
    }

    /// How many entries a page lists: what its rendering costs beyond an article page's.
    func listSize(of job: RenderJob, site: Site) -> Int {
        switch job.kind {
        case .article: 0
        case .tags: site.tags.count
        case .authors: site.authors.count
        default: job.articles.count
        }
    }

    /// Every output path: pages, copies, redirects and the generated files.
    var outputPaths: Set<String> {
        Set(jobs.map(\.outputPath)).union(copies.map(\.outputPath)).union(redirects.map(\.address.outputPath)).union(GeneratedFiles.paths)
    }

    /// For each article index, the jobs that show it (see `RenderJob.articles`).
    func jobsByArticle(articleCount: Int) -> [[Int]] {
        var result = Array(repeating: [Int](), count: articleCount)
        for (index, job) in jobs.enumerated() {
            for article in job.articles where article < articleCount { result[article].append(index) }
        }
        return result
    }

    /// Two outputs for one path would silently overwrite each other: report both.
    private mutating func checkCollisions(site: Site) {
        var owners: [String: String] = [:]
        for name in GeneratedFiles.paths { owners[name] = "the file Zeche generates" }
        func describe(_ job: RenderJob) -> (String, SourceLocation?) {
            switch job.kind {
            case .article(let index, _, _, _): ("the article '\(site.articles[index].sourcePath)'", SourceLocation(path: site.articles[index].sourcePath, line: 1, column: 1))
            case .page(let index): ("the page '\(site.pages[index].sourcePath)'", SourceLocation(path: site.pages[index].sourcePath, line: 1, column: 1))
            case .author(let index): ("the author page of '\(site.authors[index].id)'", SourceLocation(path: site.authors[index].sourcePath, line: 1, column: 1))
            case .tag(let index): ("the page of the tag '\(site.tags[index].name)'", nil)
            case .index(let page, _): ("index page \(page)", nil)
            case .tags: ("the tag overview", nil)
            case .authors: ("the author overview", nil)
            case .notFound: ("the 404 page", nil)
            }
        }
        // Describing an owner costs a string per page: describe only on a collision.
        var ownerJobs: [String: Int] = [:]
        for (index, job) in jobs.enumerated() {
            let (what, location): (String, SourceLocation?) = owners[job.outputPath] != nil || ownerJobs[job.outputPath] != nil
                ? describe(job) : ("", nil)
            if let owner = owners[job.outputPath] ?? ownerJobs[job.outputPath].map({ describe(jobs[$0]).0 }) {
                diagnostics.append(.error("\(what) would be written to '\(job.outputPath)', which is already \(owner)",
                                          at: location, fix: "give it another slug with 'slug: …'"))
            } else {
                ownerJobs[job.outputPath] = index
            }
        }
        for copy in copies {
            if let owner = owners[copy.outputPath] ?? ownerJobs[copy.outputPath].map({ describe(jobs[$0]).0 }) {
                diagnostics.append(.error("the file '\(copy.sourcePath)' would be copied to '\(copy.outputPath)', which is already \(owner)",
                                          at: SourceLocation(path: copy.sourcePath), fix: "rename the file"))
            } else {
                owners[copy.outputPath] = "the copy of '\(copy.sourcePath)'"
            }
        }
        for redirect in redirects {
            let path = redirect.address.outputPath
            if let owner = owners[path] ?? ownerJobs[path].map({ describe(jobs[$0]).0 }) {
                diagnostics.append(.error("the alias '\(redirect.address.url)' is the address of \(owner)", at: redirect.location,
                                          fix: "remove the alias; the address already shows a page"))
            } else {
                owners[path] = "the alias of '\(redirect.location.path)'"
            }
        }
    }
}
