import TextCore

/// Writes a list's JSON Feed 1.1: the site's `feed.json` or a tag's, author's, category's or
/// section's, from items made once per article.
struct JSONFeedWriter {
    let site: Site

    /// The feed with its items' texts (`itemText`), written as `JSONWriter(isPretty: true)`
    /// writes the whole feed, byte for byte: an item's escaped text is made once for all the
    /// feeds that carry the article.
    func write(_ feed: PlannedFeed, itemTexts: [String]) -> String {
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
        // The members above, then `items` as the writer would put it after them.
        let head = JSONWriter(isPretty: true).text(.object(fields))
        // One string reserved at its size, not a copy for each piece joined.
        var json = String(head.dropLast(2))
        json.reserveCapacity(json.utf8.count + itemTexts.reduce(0) { $0 + $1.utf8.count + 2 } + 32)
        json += ",\n  \"items\": "
        if itemTexts.isEmpty {
            json += "[]"
        } else {
            json += "[\n"
            for (index, text) in itemTexts.enumerated() {
                if index > 0 { json += ",\n" }
                json += text
            }
            json += "\n  ]"
        }
        json += "\n}\n"
        return json
    }

    /// An item as it stands in a feed's `items`: indented for its depth (a JSON text has no
    /// raw line break inside a string, so every line break is the writer's own).
    func itemText(_ article: Article) -> String {
        let text = JSONWriter(isPretty: true).text(item(article))
        // On bytes: Foundation's replacingOccurrences took a twentieth of a 10,000-article build.
        var bytes: [UInt8] = Array("    ".utf8)
        bytes.reserveCapacity(text.utf8.count + 256)
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\n") { bytes.append(contentsOf: [0x20, 0x20, 0x20, 0x20]) }
        }
        return String(decoding: bytes, as: UTF8.self)
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
        let content = config.feedContent == .full && article.body.htmlByteCount <= AtomFeedWriter.maxContentBytes
            ? GeneratedFiles.feedContent(article, site: site) : ""
        if !content.isEmpty {
            fields.append(("content_html", .string(content)))
        } else {
            // JSON Feed asks for one of the two, not empty: an article without text (an
            // imported post that had none) gives its summary, or its title.
            fields.append(("content_text", .string(article.summary.isEmpty ? article.title : article.summary)))
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
