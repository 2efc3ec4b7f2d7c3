extension SitePlan {
    /// Two outputs for one path would silently overwrite each other: report both.
    mutating func checkCollisions(sites: MultilingualSite) {
        var owners: [String: String] = [:]
        for name in GeneratedFiles.paths { owners[name] = "the file Zeche generates" }
        for feed in feeds {
            owners[feed.atom.outputPath] = "the feed of '\(feed.listURL)'"
            owners[feed.json.outputPath] = "the feed of '\(feed.listURL)'"
        }
        for path in vCardPaths { owners[path] = "a contact's vCard" }
        for path in sitemapPaths { owners[path] = "a sitemap" }
        for archive in archives { owners[archive.address.outputPath] = "the ZIP archive of the album '\(archive.albumID)'" }
        // Describing an owner costs a string per page: describe only on a collision, and look
        // a page's path up once where it collides with nothing (every page but a mistaken one).
        var ownerJobs: [String: Int] = [:]
        ownerJobs.reserveCapacity(jobs.count)
        for index in jobs.indices {
            let path = jobs[index].outputPath
            let earlier = owners[path] ?? searchIndexOwner(of: path)
            if earlier == nil {
                guard let first = ownerJobs.updateValue(index, forKey: path) else { continue }
                ownerJobs[path] = first
            }
            let job = jobs[index]
            let (what, location) = Self.describe(job, site: sites.sites[job.language])
            let owner = earlier ?? ownerJobs[path].map { Self.describe(jobs[$0], site: sites.sites[jobs[$0].language]).0 } ?? ""
            diagnostics.append(.error("\(what) would be written to '\(path)', which is already \(owner)", at: location, fix: Self.fix(for: job)))
        }
        for copy in copies {
            if let owner = owners[copy.outputPath] ?? searchIndexOwner(of: copy.outputPath)
                ?? ownerJobs[copy.outputPath].map({ Self.describe(jobs[$0], site: sites.sites[jobs[$0].language]).0 }) {
                diagnostics.append(.error("the file '\(copy.sourcePath)' would be copied to '\(copy.outputPath)', which is already \(owner)",
                                          at: SourceLocation(path: copy.sourcePath), fix: "rename the file"))
            } else {
                owners[copy.outputPath] = "the copy of '\(copy.sourcePath)'"
            }
        }
        for redirect in redirects {
            let path = redirect.address.outputPath
            if let owner = owners[path] ?? searchIndexOwner(of: path) ?? ownerJobs[path].map({ Self.describe(jobs[$0], site: sites.sites[jobs[$0].language]).0 }) {
                diagnostics.append(.error("the alias '\(redirect.address.url)' is the address of \(owner)", at: redirect.location,
                                          fix: "remove the alias; the address already shows a page"))
            } else {
                owners[path] = "the alias of '\(redirect.location.path)'"
            }
        }
    }

    private static func fix(for job: RenderJob) -> String {
        switch job.kind {
        case .section: "give the section another 'path' in site.yml"
        case .category: "give the category another 'id' in site.yml"
        case .search: "give the search page another path in site.yml: search: {path: /suche/}"
        default: "give it another slug with 'slug: …'"
        }
    }

    /// "list page 2 of " before a later page of a list, nothing before its first.
    private static func pageOf(_ page: Int) -> String { page > 1 ? "list page \(page) of " : "" }

    private static func describe(_ job: RenderJob, site: Site) -> (String, SourceLocation?) {
        func start(_ path: String) -> SourceLocation { SourceLocation(path: path, line: 1, column: 1) }
        switch job.kind {
        case .article(let index, _, _, _): return ("the article '\(site.articles[index].sourcePath)'", start(site.articles[index].sourcePath))
        case .embargoed(let index):
            let path = site.newsroom.embargoed[index].sourcePath
            return ("the private page of '\(path)'", start(path))
        case .page(let index): return ("the page '\(site.pages[index].sourcePath)'", start(site.pages[index].sourcePath))
        case .author(let index, let page, _):
            return ("\(pageOf(page))the author page of '\(site.authors[index].id)'", start(site.authors[index].sourcePath))
        case .tag(let index, let page, _): return ("\(pageOf(page))the page of the tag '\(site.tags[index].name)'", nil)
        case .section(let index, let page, _):
            let section = site.newsroom.sections[index]
            return ("\(pageOf(page))the page of the section '\(section.id)'", section.config.location)
        case .category(let index, let page, _):
            return ("\(pageOf(page))the page of the category '\(site.newsroom.categories[index].id)'", nil)
        case .index(let page, _): return ("index page \(page)", nil)
        case .tags: return ("the tag overview", nil)
        case .authors: return ("the author overview", nil)
        case .categories: return ("the category overview", nil)
        case .contacts: return ("the contacts page", nil)
        case .notFound: return ("the 404 page", nil)
        case .search: return ("the search page", nil)
        case .media: return ("the press kit's overview", nil)
        case .album(let index):
            let album = site.pictures.albums[index]
            return ("the page of the album '\(album.id)'", start(album.sourcePath))
        }
    }
}
