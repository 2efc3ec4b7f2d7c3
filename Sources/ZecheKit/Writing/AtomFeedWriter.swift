/// Writes `feed.xml`, an Atom feed (RFC 4287) of the newest articles.
struct AtomFeedWriter {
    /// The largest article HTML a feed carries whole (1 MB); a longer article is in the feeds
    /// with its summary only. Feed readers fetch the feed again and again, and two copies of a
    /// 10 MB article (escaped for XML and JSON) doubled the memory of its build.
    static let maxContentBytes = 1_000_000

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
              <link href="\(Escaping.xml(config.absoluteURL("feed.xml")))" rel="self" type="application/atom+xml"/>
              <link href="\(Escaping.xml(config.baseURL))" rel="alternate" type="text/html"/>
              <id>\(Escaping.xml(config.baseURL))</id>
              <updated>\(updated.iso8601)</updated>
              <generator>Zeche</generator>

            """
        if let copyright = config.copyright { xml += "  <rights>\(Escaping.xml(copyright))</rights>\n" }
        // One buffer for the whole feed, with each article's HTML escaped straight into it: a
        // 10 MB article's feed was copied five times over while it was put together.
        var feed: [UInt8] = []
        feed.reserveCapacity(entries.reduce(xml.utf8.count + 64) { $0 + $1.contentHTML.utf8.count * 5 / 4 + 2_048 })
        feed.append(contentsOf: xml.utf8)
        for article in entries {
            let (head, tail) = entry(article)
            feed.append(contentsOf: head.utf8)
            if config.feedContent == .full, article.contentHTML.utf8.count <= Self.maxContentBytes {
                feed.append(contentsOf: "    <content type=\"html\">".utf8)
                Escaping.appendXML(AbsoluteLinks.make(article.contentHTML, origin: config.origin), to: &feed)
                feed.append(contentsOf: "</content>\n".utf8)
            }
            feed.append(contentsOf: tail.utf8)
        }
        feed.append(contentsOf: "</feed>\n".utf8)
        return String(decoding: feed, as: UTF8.self)
    }

    /// An entry's XML before and after its content.
    private func entry(_ article: Article) -> (String, String) {
        let config = site.config
        let url = config.origin + article.url
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
            xml += "    <author><name>\(Escaping.xml(author.name))</name><uri>\(Escaping.xml(config.origin + author.url))</uri></author>\n"
        }
        for slug in article.tagSlugs {
            guard let tag = site.tag(slug) else { continue }
            xml += "    <category term=\"\(Escaping.xml(tag.slug))\" label=\"\(Escaping.xml(tag.name))\"/>\n"
        }
        xml += "    <summary type=\"text\">\(Escaping.xml(article.summary))</summary>\n"
        return (xml, "  </entry>\n")
    }
}
