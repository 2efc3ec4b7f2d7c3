/// The files Zeche writes without templates: both feeds, the sitemap and `robots.txt`.
enum GeneratedFiles {
    /// How many articles the feeds carry.
    static let feedEntryCount = 20

    static let atomFeed = "feed.xml"
    static let jsonFeed = "feed.json"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"
    /// Every path these files may take (a very large site's sitemap adds `sitemap-N.xml`).
    static let paths: Set<String> = [atomFeed, jsonFeed, sitemap, robots]

    static func make(site: Site, plan: SitePlan) -> [(path: String, text: String)] {
        feeds(site: site) + sitemapAndRobots(site: site, plan: plan)
            + plan.redirects.map { ($0.address.outputPath, RedirectPage.html(to: $0.target, site: site)) }
    }

    /// `feed.xml` and `feed.json`: they change when one of the newest articles does.
    static func feeds(site: Site) -> [(path: String, text: String)] {
        let newest = Array(site.articles.prefix(feedEntryCount))
        return [
            (atomFeed, AtomFeedWriter(site: site, entries: newest).write()),
            (jsonFeed, JSONFeedWriter(site: site, entries: newest).write()),
        ]
    }

    /// The sitemap and `robots.txt`: they change with the site's pages and their dates.
    static func sitemapAndRobots(site: Site, plan: SitePlan) -> [(path: String, text: String)] {
        let urls = site.config.urls
        return SitemapWriter(config: site.config).write(sitemapEntries(site: site, plan: plan))
            + [(robots, "User-agent: *\nAllow: /\n\nSitemap: \(urls.absolute(urls.generated(sitemap).url))\n")]
    }

    /// Every page but the 404 page, with the date of its newest content where it has one.
    static func sitemapEntries(site: Site, plan: SitePlan) -> [SitemapWriter.Entry] {
        let newest = site.articles.first.map { $0.updated ?? $0.date }
        return plan.jobs.compactMap { job in
            switch job.kind {
            case .article(let index, _, _, _):
                let article = site.articles[index]
                return .init(url: job.url, lastModified: article.updated ?? article.date)
            case .index, .tags, .authors:
                return .init(url: job.url, lastModified: newest)
            case .tag(let index):
                let first = site.tags[index].articleIndices.first.map { site.articles[$0] }
                return .init(url: job.url, lastModified: first.map { $0.updated ?? $0.date })
            case .author(let index):
                let first = site.articlesByAuthor[site.authors[index].id]?.first.map { site.articles[$0] }
                return .init(url: job.url, lastModified: first.map { $0.updated ?? $0.date })
            case .page:
                return .init(url: job.url, lastModified: nil)
            case .notFound:
                return nil
            }
        }
    }
}
