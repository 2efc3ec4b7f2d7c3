/// Writes `feed.xml`, an Atom feed (RFC 4287) of the newest articles.
struct AtomFeedWriter {
    let site: Site
    let entries: [Article]

    func write() -> String {
        let config = site.config
        let updated = entries.map { $0.updated ?? $0.date }.max() ?? SiteDate(secondsSince1970: 0, utcOffsetSeconds: 0)
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Escaping.xml(config.language))">
              <title>\(Escaping.xml(config.title))</title>

            """
        if !config.description.isEmpty { xml += "  <subtitle>\(Escaping.xml(config.description))</subtitle>\n" }
        xml += """
              <link href="\(Escaping.xml(config.urls.absolute(config.urls.generated(GeneratedFiles.atomFeed).url)))" rel="self" type="application/atom+xml"/>
              <link href="\(Escaping.xml(config.urls.base.absolute))" rel="alternate" type="text/html"/>
              <id>\(Escaping.xml(config.urls.base.absolute))</id>
              <updated>\(updated.iso8601)</updated>
              <generator>Zeche</generator>

            """
        if let copyright = config.copyright { xml += "  <rights>\(Escaping.xml(copyright))</rights>\n" }
        for article in entries { xml += entry(article) }
        return xml + "</feed>\n"
    }

    private func entry(_ article: Article) -> String {
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
        if config.feedContent == .full {
            let html = AbsoluteLinks.make(article.contentHTML, origin: config.urls.base.origin)
            xml += "    <content type=\"html\">\(Escaping.xml(html))</content>\n"
        }
        return xml + "  </entry>\n"
    }
}
