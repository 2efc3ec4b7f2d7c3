import Mustache

/// Every file a build writes, decided before anything is rendered: the pages with their
/// templates, the files copied as they are, and the feeds and sitemap.
struct SitePlan: Sendable {
    /// A file copied unchanged: an image, a bundle file, a theme asset.
    struct Copy: Sendable, Hashable {
        let sourcePath: String
        let outputPath: String
    }

    private(set) var jobs: [RenderJob] = []
    private(set) var copies: [Copy] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// Templates every theme needs; the others only switch their pages on.
    static let requiredTemplates = ["article", "index"]
    static let optionalTemplates = ["tag", "tags", "author", "authors", "page", "404"]

    init(site: Site, templates: TemplateLibrary, assets: [String]) {
        let config = site.config
        for name in Self.requiredTemplates where !templates.contains(name) {
            diagnostics.append(.error("the theme has no '\(name)' template", at: SourceLocation(path: "Templates/\(name).mustache"),
                                      fix: "create Templates/\(name).mustache (zeche init writes a complete theme)"))
        }
        func has(_ name: String) -> Bool { templates.contains(name) }
        func add(_ kind: RenderJob.Kind, _ template: String, _ path: String) {
            let output = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
            jobs.append(RenderJob(kind: kind, template: template, outputPath: output, url: config.sitePath(path)))
        }
        for index in site.articles.indices {
            let article = site.articles[index]
            jobs.append(RenderJob(kind: .article(index), template: "article", outputPath: article.outputPath, url: article.url))
        }
        let pagination = Pagination(itemCount: site.articles.count, size: config.paginate)
        for page in 1...pagination.pageCount { add(.index(page: page), "index", Pagination.indexPath(page)) }
        if has("tag") {
            for index in site.tags.indices { add(.tag(index), "tag", "tags/\(site.tags[index].slug)/") }
        }
        if has("tags") { add(.tags, "tags", "tags/") }
        if has("author") {
            for index in site.authors.indices { add(.author(index), "author", "authors/\(site.authors[index].id)/") }
        }
        if has("authors") { add(.authors, "authors", "authors/") }
        if has("page") {
            for index in site.pages.indices { add(.page(index), "page", "\(site.pages[index].slug)/") }
        }
        if has("404") {
            jobs.append(RenderJob(kind: .notFound, template: "404", outputPath: "404.html", url: config.sitePath("404.html")))
        }
        for name in Self.optionalTemplates where !has(name) {
            diagnostics.append(.warning("the theme has no '\(name)' template, so those pages are not built",
                                        at: SourceLocation(path: "Templates/\(name).mustache"),
                                        fix: "create Templates/\(name).mustache if the site should have them"))
        }
        for article in site.articles {
            copies += article.bundleFiles.map { Copy(sourcePath: $0.sourcePath, outputPath: $0.outputPath) }
        }
        copies += site.sharedImages.map { Copy(sourcePath: $0.sourcePath, outputPath: $0.outputPath) }
        copies += assets.map { Copy(sourcePath: $0, outputPath: "assets/" + $0.dropFirst("Templates/assets/".count)) }
        checkCollisions(site: site)
    }

    /// The job indices in the order to render them: pages that list many articles (a tag
    /// with thousands, an author, the overviews) first, largest first, then the others in
    /// plan order. A large tag page rendered last would leave the other cores idle.
    func renderOrder(site: Site) -> [Int] {
        func listed(_ job: RenderJob) -> Int {
            switch job.kind {
            case .tag(let index): site.tags[index].articleIndices.count
            case .author(let index): site.articlesByAuthor[site.authors[index].id]?.count ?? 0
            case .tags: site.tags.count
            case .authors: site.authors.count
            case .index: site.config.paginate
            case .article, .page, .notFound: 0
            }
        }
        let sizes = jobs.map(listed)
        return jobs.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
    }

    /// Files Zeche writes itself besides the pages.
    static let generatedFiles: Set<String> = ["feed.xml", "feed.json", "sitemap.xml", "robots.txt"]

    /// Two outputs for one path would silently overwrite each other: report both.
    private mutating func checkCollisions(site: Site) {
        var owners: [String: String] = [:]
        for name in Self.generatedFiles { owners[name] = "the file Zeche generates" }
        func describe(_ job: RenderJob) -> (String, SourceLocation?) {
            switch job.kind {
            case .article(let index): ("the article '\(site.articles[index].sourcePath)'", SourceLocation(path: site.articles[index].sourcePath, line: 1, column: 1))
            case .page(let index): ("the page '\(site.pages[index].sourcePath)'", SourceLocation(path: site.pages[index].sourcePath, line: 1, column: 1))
            case .author(let index): ("the author page of '\(site.authors[index].id)'", SourceLocation(path: site.authors[index].sourcePath, line: 1, column: 1))
            case .tag(let index): ("the page of the tag '\(site.tags[index].name)'", nil)
            case .index(let page): ("index page \(page)", nil)
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
    }
}
