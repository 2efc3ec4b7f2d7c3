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

    static func make(sites: MultilingualSite, plan: SitePlan) -> [(path: String, text: String)] {
        feeds(plan.feeds, sites: sites) + vCards(sites: sites) + sitemapAndRobots(sites: sites, plan: plan)
            + redirects(sites: sites, plan: plan)
    }

    /// The sitemap of one language of a site in several languages: `sitemap-en.xml`.
    static func sitemapName(of config: SiteConfig) -> String {
        "sitemap-\(config.language.lowercased()).xml"
    }

    /// The Atom and JSON files of `feeds`, each language's from its own site.
    static func feeds(_ feeds: [PlannedFeed], sites: MultilingualSite) -> [(path: String, text: String)] {
        guard sites.isMultilingual else { return self.feeds(feeds, site: sites.defaultSite) }
        return sites.sites.indices.flatMap { language in
            self.feeds(feeds.filter { $0.language == language }, site: sites.sites[language])
        }
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

    /// A vCard per press contact and language, at `/contacts/ID.vcf` (`/en/contacts/ID.vcf`).
    static func vCards(sites: MultilingualSite) -> [(path: String, text: String)] {
        sites.sites.flatMap { site in
            let writer = VCardWriter(site: site)
            return site.newsroom.contacts.map { (site.config.urls.vCard(id: $0.id).outputPath, writer.write($0)) }
        }
    }

    /// The sitemap and `robots.txt`: they change with the site's pages and their dates. A site
    /// in several languages has a sitemap per language (`sitemap-de.xml`, `sitemap-en.xml`),
    /// with each page's versions in the other languages, and `sitemap.xml` lists them.
    static func sitemapAndRobots(sites: MultilingualSite, plan: SitePlan) -> [(path: String, text: String)] {
        sitemaps(sites: sites, plan: plan).files + [robotsFile(sites: sites)]
    }

    /// `robots.txt`, which names the sitemap.
    static func robotsFile(sites: MultilingualSite) -> (path: String, text: String) {
        let urls = sites.defaultSite.config.urls
        return (robots, "User-agent: *\nAllow: /\n\nSitemap: \(urls.absolute(urls.generated(sitemap).url))\n")
    }

    /// The sitemaps of the site, not yet made into files: `sitemap.xml`, or in a site of several
    /// languages a sitemap index and one sitemap per language.
    static func sitemaps(sites: MultilingualSite, plan: SitePlan) -> Sitemaps {
        let config = sites.defaultSite.config
        guard sites.isMultilingual else {
            return Sitemaps(lists: [(config, sitemap, sitemapEntries(sites: sites, plan: plan, language: 0))], index: nil)
        }
        let lists = sites.sites.indices.map { language in
            (sites.sites[language].config, sitemapName(of: sites.sites[language].config), sitemapEntries(sites: sites, plan: plan, language: language))
        }
        return Sitemaps(lists: lists, index: config)
    }

    /// The sitemaps' entries and where they go: their files are made only when their signature
    /// is not the one the last build wrote them with (`BuildPipeline.writeGenerated`), which an
    /// edit of an article's text leaves as it was.
    struct Sitemaps {
        /// Each sitemap: the site configuration of its language, its file name and its entries.
        let lists: [(config: SiteConfig, name: String, entries: [SitemapWriter.Entry])]
        /// In a site of several languages, the configuration of the sitemap index that names them.
        let index: SiteConfig?

        var paths: [String] {
            (index == nil ? [] : [sitemap]) + lists.flatMap { SitemapWriter.fileNames(count: $0.entries.count, name: $0.name) }
        }

        var files: [(path: String, text: String)] {
            (index.map { [(sitemap, SitemapWriter(config: $0).index(lists.map(\.name)))] } ?? [])
                + lists.flatMap { SitemapWriter(config: $0.config).write($0.entries, name: $0.name) }
        }

        /// Everything the files' bytes are made of: the addresses the files are named and linked
        /// by, and every entry's URL, date and versions in other languages.
        var signature: UInt64 {
            var hasher = StableHasher()
            hasher.combine("sitemaps 1")
            hasher.combine(index.map { $0.urls.absolute($0.urls.generated(sitemap).url) })
            hasher.combine(UInt64(lists.count))
            for list in lists {
                hasher.combine(list.name)
                hasher.combine(list.config.urls.base.origin)
                for name in SitemapWriter.fileNames(count: list.entries.count, name: list.name) {
                    hasher.combine(list.config.urls.absolute(list.config.urls.generated(name).url))
                }
                hasher.combine(UInt64(list.entries.count))
                for entry in list.entries {
                    hasher.combine(entry.url)
                    hasher.combine(entry.lastModified)
                    hasher.combine(UInt64(entry.alternates.count))
                    for link in entry.alternates {
                        hasher.combine(link.hreflang)
                        hasher.combine(link.url)
                    }
                }
            }
            return hasher.finalize()
        }
    }

    /// Every public page of a language with the date of its newest content where it has one
    /// and its versions in other languages; not the 404 page, and never the private page of
    /// an embargoed article.
    static func sitemapEntries(sites: MultilingualSite, plan: SitePlan, language: Int) -> [SitemapWriter.Entry] {
        let site = sites.sites[language]
        let newest = site.articles.first.map { $0.updated ?? $0.date }
        func newestOf(_ list: [Int]) -> SiteDate? { list.first.map { site.articles[$0].updated ?? site.articles[$0].date } }
        let tags = sites.sites.map(\.config.language)
        return plan.jobs.compactMap { job in
            guard job.language == language else { return nil }
            let lastModified: SiteDate?
            switch job.kind {
            case .article(let index, _, _, _):
                let article = site.articles[index]
                lastModified = article.updated ?? article.date
            case .index, .tags, .authors, .categories:
                lastModified = newest
            case .tag(let index, _, _):
                lastModified = newestOf(site.tags[index].articleIndices)
            case .author(let index, _, _):
                lastModified = newestOf(site.articlesByAuthor[site.authors[index].id] ?? [])
            case .section(let index, _, _):
                lastModified = newestOf(site.newsroom.sections[index].articleIndices)
            case .category(let index, _, _):
                lastModified = newestOf(site.newsroom.categories[index].articleIndices)
            case .page, .contacts, .media:
                lastModified = nil
            case .album(let index):
                lastModified = site.pictures.albums[index].date
            case .notFound, .embargoed, .search:
                return nil
            }
            return .init(url: job.url, lastModified: lastModified, alternates: PageAlternates.links(of: job, languageTags: tags))
        }
    }

    /// The pages at the old addresses of articles (`aliases`), in the words of each article's language.
    static func redirects(sites: MultilingualSite, plan: SitePlan) -> [(path: String, text: String)] {
        plan.redirects.map { ($0.address.outputPath, RedirectPage.html(to: $0.target, site: sites.sites[$0.language])) }
    }
}
