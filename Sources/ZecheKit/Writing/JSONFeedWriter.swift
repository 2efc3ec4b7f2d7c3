/// Writes `feed.json`, a JSON Feed 1.1 of the newest articles.
struct JSONFeedWriter {
    let site: Site
    let entries: [Article]

    func write() -> String {
        let config = site.config
        var fields = [
            ("version", Escaping.jsonString("https://jsonfeed.org/version/1.1")),
            ("title", Escaping.jsonString(config.title)),
            ("home_page_url", Escaping.jsonString(config.urls.base.absolute)),
            ("feed_url", Escaping.jsonString(config.urls.absolute(config.urls.generated(GeneratedFiles.jsonFeed).url))),
            ("language", Escaping.jsonString(config.language)),
        ]
        if !config.description.isEmpty { fields.append(("description", Escaping.jsonString(config.description))) }
        fields.append(("items", "[\n" + entries.map(item).joined(separator: ",\n") + "\n  ]"))
        return "{\n" + fields.map { "  \(Escaping.jsonString($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }

    private func item(_ article: Article) -> String {
        let config = site.config
        let url = config.urls.absolute(article.url)
        var fields = [
            ("id", Escaping.jsonString(url)),
            ("url", Escaping.jsonString(url)),
            ("title", Escaping.jsonString(article.title)),
            ("summary", Escaping.jsonString(article.summary)),
        ]
        if config.feedContent == .full {
            fields.append(("content_html", Escaping.jsonString(AbsoluteLinks.make(article.contentHTML, origin: config.urls.base.origin))))
        } else {
            fields.append(("content_text", Escaping.jsonString(article.summary)))
        }
        if let image = article.image { fields.append(("image", Escaping.jsonString(config.urls.absolute(image)))) }
        fields.append(("date_published", Escaping.jsonString(article.date.iso8601)))
        if let updated = article.updated { fields.append(("date_modified", Escaping.jsonString(updated.iso8601))) }
        let authors = article.authorIDs.compactMap(site.author).map {
            "{\"name\": \(Escaping.jsonString($0.name)), \"url\": \(Escaping.jsonString(config.urls.absolute($0.url)))}"
        }
        if !authors.isEmpty { fields.append(("authors", "[" + authors.joined(separator: ", ") + "]")) }
        let tags = article.tagSlugs.compactMap(site.tag).map { Escaping.jsonString($0.name) }
        if !tags.isEmpty { fields.append(("tags", "[" + tags.joined(separator: ", ") + "]")) }
        return "    {\n" + fields.map { "      \(Escaping.jsonString($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n    }"
    }
}
