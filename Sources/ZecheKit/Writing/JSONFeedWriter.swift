import TextCore

/// Writes `feed.json`, a JSON Feed 1.1 of the newest articles.
struct JSONFeedWriter {
    let site: Site
    let entries: [Article]

    func write() -> String {
        let config = site.config
        let urls = config.urls
        var fields: [(key: String, value: JSONValue)] = [
            ("version", .string("https://jsonfeed.org/version/1.1")),
            ("title", .string(config.title)),
            ("home_page_url", .string(urls.base.absolute)),
            ("feed_url", .string(urls.absolute(urls.generated(GeneratedFiles.jsonFeed).url))),
            ("language", .string(config.language)),
        ]
        if !config.description.isEmpty { fields.append(("description", .string(config.description))) }
        fields.append(("items", .array(entries.map(item))))
        return JSONWriter(isPretty: true).text(.object(fields)) + "\n"
    }

    private func item(_ article: Article) -> JSONValue {
        let config = site.config
        let urls = config.urls
        let url = urls.absolute(article.url)
        var fields: [(key: String, value: JSONValue)] = [
            ("id", .string(url)),
            ("url", .string(url)),
            ("title", .string(article.title)),
            ("summary", .string(article.summary)),
        ]
        if config.feedContent == .full {
            fields.append(("content_html", .string(AbsoluteLinks.make(article.contentHTML, origin: urls.base.origin))))
        } else {
            fields.append(("content_text", .string(article.summary)))
        }
        if let image = article.image { fields.append(("image", .string(urls.absolute(image)))) }
        fields.append(("date_published", .string(article.date.iso8601)))
        if let updated = article.updated { fields.append(("date_modified", .string(updated.iso8601))) }
        let authors = article.authorIDs.compactMap(site.author).map { author -> JSONValue in
            .object([("name", .string(author.name)), ("url", .string(urls.absolute(author.url)))])
        }
        if !authors.isEmpty { fields.append(("authors", .array(authors))) }
        let tags = article.tagSlugs.compactMap(site.tag).map { JSONValue.string($0.name) }
        if !tags.isEmpty { fields.append(("tags", .array(tags))) }
        return .object(fields)
    }
}
