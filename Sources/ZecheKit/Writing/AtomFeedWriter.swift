/// Writes a list's Atom feed (RFC 4287): the site's `feed.xml` or a tag's, author's, category's
/// or section's, from entries made once per article (an article is in several feeds).
struct AtomFeedWriter {
    /// The largest article HTML a feed carries whole (1 MB); a longer article is in the feeds
    /// with its summary only. Feed readers fetch the feed again and again, and two copies of a
    /// 10 MB article (escaped for XML and JSON) doubled the memory of its build.
    static let maxContentBytes = 1_000_000

    let site: Site

    func write(_ feed: PlannedFeed, entries: [Article], texts: [String]) -> String {
        let config = site.config
        let urls = config.urls
        let updated = entries.map { $0.updated ?? $0.date }.max() ?? SiteDate(secondsSince1970: 0, utcOffsetSeconds: 0)
        let home = Escaping.xml(urls.absolute(feed.listURL))
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Escaping.xml(config.language))">
              <title>\(Escaping.xml(feed.title))</title>

            """
        if !config.description.isEmpty { xml += "  <subtitle>\(Escaping.xml(config.description))</subtitle>\n" }
        xml += """
              <link href="\(Escaping.xml(urls.absolute(feed.atom.url)))" rel="self" type="application/atom+xml"/>
              <link href="\(home)" rel="alternate" type="text/html"/>
              <id>\(home)</id>
              <updated>\(updated.iso8601)</updated>
              <generator>Zeche</generator>

            """
        if let copyright = config.copyright { xml += "  <rights>\(Escaping.xml(copyright))</rights>\n" }
        // Reserved at its size: a feed of full articles grown by doubling, then copied for its
        // end, took three times its size in fresh memory.
        xml.reserveCapacity(xml.utf8.count + texts.reduce(0) { $0 + $1.utf8.count } + 8)
        for text in texts { xml += text }
        xml += "</feed>\n"
        return xml
    }

    /// One article's `<entry>`, the same in every feed that carries it.
    func entry(_ article: Article) -> String {
        let config = site.config
        let url = config.urls.absolute(article.url)
        var xml = """
              <entry>
                <title>\(Escaping.xml(article.title))</title>
                <link href="\(Escaping.xml(url))" rel="alternate" type="text/html"/>
                <id>\(Escaping.xml(url))</id>
                <published>\(article.date.iso8601)</published>
                <updated>\((article.updated ?? article.date).iso8601)</updated>

            """
        for authorID in article.authorIDs {
            guard let author = site.author(authorID) else { continue }
            xml += "    <author><name>\(Escaping.xml(author.name))</name><uri>\(Escaping.xml(config.urls.absolute(author.url)))</uri></author>\n"
        }
        for slug in article.tagSlugs {
            guard let tag = site.tag(slug) else { continue }
            xml += "    <category term=\"\(Escaping.xml(tag.slug))\" label=\"\(Escaping.xml(tag.name))\"/>\n"
        }
        xml += "    <summary type=\"text\">\(Escaping.xml(article.summary))</summary>\n"
        if config.feedContent == .full, article.body.htmlByteCount <= Self.maxContentBytes {
            xml += "    <content type=\"html\">\(Escaping.xml(GeneratedFiles.feedContent(article, site: site)))</content>\n"
        }
        return xml + "  </entry>\n"
    }
}
