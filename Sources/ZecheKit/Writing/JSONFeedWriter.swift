import TextCore

/// Writes a list's JSON Feed 1.1: the site's `feed.json` or a tag's, author's, category's or
/// section's, from items made once per article.
struct JSONFeedWriter {
    let site: Site

    func write(_ feed: PlannedFeed, items: [JSONValue]) -> String {
        let config = site.config
        let urls = config.urls
        var fields: [(key: String, value: JSONValue)] = [
            ("version", .string("https://jsonfeed.org/version/1.1")),
            ("title", .string(feed.title)),
            ("home_page_url", .string(urls.absolute(feed.listURL))),
            ("feed_url", .string(urls.absolute(feed.json.url))),
            ("language", .string(config.language)),
        ]
        if !config.description.isEmpty { fields.append(("description", .string(config.description))) }
        fields.append(("items", .array(items)))
        return JSONWriter(isPretty: true).text(.object(fields)) + "\n"
    }

    /// One article's item, the same in every feed that carries it.
    func item(_ article: Article) -> JSONValue {
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
            fields.append(("content_html", .string(GeneratedFiles.feedContent(article, site: site))))
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
