/// The files Zeche writes without templates: the feeds of every list, the contacts' vCards,
/// the sitemap and `robots.txt`.
enum GeneratedFiles {
    static let atomFeed = "feed.xml"
    static let jsonFeed = "feed.json"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"
    /// The paths every site has (a very large site's sitemap adds `sitemap-N.xml`; the plan
    /// adds the feeds of its lists and the vCards).
    static let paths: Set<String> = [atomFeed, jsonFeed, sitemap, robots]

    static func make(site: Site, plan: SitePlan) -> [(path: String, text: String)] {
        feeds(plan.feeds, site: site) + vCards(site: site) + sitemapAndRobots(site: site, plan: plan)
            + redirects(site: site, plan: plan)
    }

    /// The Atom and JSON files of `feeds`. An article's entry is made once, however many of
    /// the feeds carry it (the newest articles are in the site's feed and in those of their
    /// tags, authors, categories and section), and the feeds are written on all cores.
    static func feeds(_ feeds: [PlannedFeed], site: Site) -> [(path: String, text: String)] {
        let needed = Array(Set(feeds.flatMap(\.articles))).sorted()
        let position = Dictionary(uniqueKeysWithValues: needed.enumerated().map { ($1, $0) })
        let atom = AtomFeedWriter(site: site)
        let json = JSONFeedWriter(site: site)
        let entries = Parallel.map(needed.count) { index -> (atom: String, json: String) in
            let article = site.articles[needed[index]]
            return (atom.entry(article), json.itemText(article))
        }
        let files = Parallel.map(feeds.count) { index -> [(path: String, text: String)] in
            let feed = feeds[index]
            let made = feed.articles.compactMap { position[$0].map { entries[$0] } }
            return [
                (feed.atom.outputPath, atom.write(feed, entries: feed.articles.map { site.articles[$0] }, texts: made.map(\.atom))),
                (feed.json.outputPath, json.write(feed, itemTexts: made.map(\.json))),
            ]
        }
        return files.flatMap { $0 }
    }

    /// The HTML a feed carries for an article: its body with the dateline, then the
    /// boilerplate where its section shows it (once), with links made absolute.
    static func feedContent(_ article: Article, site: Site) -> String {
        var html = ContextBuilder.dateline(of: article, strings: site.strings)
            .map { ContextBuilder.inject(dateline: $0, into: article.contentHTML) } ?? article.contentHTML
        if article.showsBoilerplate, let boilerplate = site.newsroom.boilerplate {
            html += "<h2>\(Escaping.xml(boilerplate.title))</h2>\n" + boilerplate.html
        }
        return AbsoluteLinks.make(html, origin: site.config.urls.base.origin)
    }

    /// A vCard per press contact, at `/contacts/ID.vcf`.
    static func vCards(site: Site) -> [(path: String, text: String)] {
        let writer = VCardWriter(site: site)
        return site.newsroom.contacts.map { (site.config.urls.vCard(id: $0.id).outputPath, writer.write($0)) }
    }

    /// The sitemap and `robots.txt`: they change with the site's pages and their dates.
    static func sitemapAndRobots(site: Site, plan: SitePlan) -> [(path: String, text: String)] {
        let urls = site.config.urls
        return SitemapWriter(config: site.config).write(sitemapEntries(site: site, plan: plan))
            + [(robots, "User-agent: *\nAllow: /\n\nSitemap: \(urls.absolute(urls.generated(sitemap).url))\n")]
    }

    /// Every public page with the date of its newest content where it has one; not the 404
    /// page, and never the private page of an embargoed article.
    static func sitemapEntries(site: Site, plan: SitePlan) -> [SitemapWriter.Entry] {
        let newest = site.articles.first.map { $0.updated ?? $0.date }
        func newestOf(_ list: [Int]) -> SiteDate? { list.first.map { site.articles[$0].updated ?? site.articles[$0].date } }
        return plan.jobs.compactMap { job in
            switch job.kind {
            case .article(let index, _, _, _):
                let article = site.articles[index]
                return .init(url: job.url, lastModified: article.updated ?? article.date)
            case .index, .tags, .authors, .categories:
                return .init(url: job.url, lastModified: newest)
            case .tag(let index, _, _):
                return .init(url: job.url, lastModified: newestOf(site.tags[index].articleIndices))
            case .author(let index, _, _):
                return .init(url: job.url, lastModified: newestOf(site.articlesByAuthor[site.authors[index].id] ?? []))
            case .section(let index, _, _):
                return .init(url: job.url, lastModified: newestOf(site.newsroom.sections[index].articleIndices))
            case .category(let index, _, _):
                return .init(url: job.url, lastModified: newestOf(site.newsroom.categories[index].articleIndices))
            case .page, .contacts, .media:
                return .init(url: job.url, lastModified: nil)
            case .album(let index):
                return .init(url: job.url, lastModified: site.pictures.albums[index].date)
            case .notFound, .embargoed, .search:
                return nil
            }
        }
    }

    /// The pages at the old addresses of articles (`aliases`).
    static func redirects(site: Site, plan: SitePlan) -> [(path: String, text: String)] {
        plan.redirects.map { ($0.address.outputPath, RedirectPage.html(to: $0.target, site: site)) }
    }
}
