/// Writes `feed.json`, a JSON Feed 1.1 of the newest articles.
///
/// The feed is built in one buffer, with each article's HTML escaped straight into it: made of
/// joined pieces, a 10 MB article's feed was copied several times over and took 100 MB.
struct JSONFeedWriter {
    let site: Site
    let entries: [Article]

    func write() -> String {
        let config = site.config
        var json: [UInt8] = []
        json.reserveCapacity(entries.reduce(4_096) { $0 + $1.contentHTML.utf8.count * 3 / 2 + 2_048 })
        var isFirst = true
        func key(_ name: String, indent: String) {
            json.append(contentsOf: (isFirst ? "" : ",\n").utf8)
            isFirst = false
            json.append(contentsOf: indent.utf8)
            Escaping.appendJSONString(name, to: &json)
            json.append(contentsOf: ": ".utf8)
        }
        func field(_ name: String, _ text: String, indent: String = "  ") {
            key(name, indent: indent)
            Escaping.appendJSONString(text, to: &json)
        }
        json.append(contentsOf: "{\n".utf8)
        field("version", "https://jsonfeed.org/version/1.1")
        field("title", config.title)
        field("home_page_url", config.baseURL)
        field("feed_url", config.absoluteURL("feed.json"))
        field("language", config.language)
        if !config.description.isEmpty { field("description", config.description) }
        key("items", indent: "  ")
        json.append(contentsOf: "[\n".utf8)
        for (index, article) in entries.enumerated() {
            json.append(contentsOf: (index > 0 ? ",\n    {\n" : "    {\n").utf8)
            isFirst = true
            let url = config.origin + article.url
            let item = "      "
            field("id", url, indent: item)
            field("url", url, indent: item)
            field("title", article.title, indent: item)
            field("summary", article.summary, indent: item)
            if config.feedContent == .full, article.contentHTML.utf8.count <= AtomFeedWriter.maxContentBytes {
                field("content_html", AbsoluteLinks.make(article.contentHTML, origin: config.origin), indent: item)
            } else {
                // JSON Feed asks for one of the two.
                field("content_text", article.summary, indent: item)
            }
            if let image = article.image { field("image", config.origin + image, indent: item) }
            field("date_published", article.date.iso8601, indent: item)
            if let updated = article.updated { field("date_modified", updated.iso8601, indent: item) }
            let authors = article.authorIDs.compactMap(site.author).map {
                "{\"name\": \(Escaping.jsonString($0.name)), \"url\": \(Escaping.jsonString(config.origin + $0.url))}"
            }
            if !authors.isEmpty {
                key("authors", indent: item)
                json.append(contentsOf: ("[" + authors.joined(separator: ", ") + "]").utf8)
            }
            let tags = article.tagSlugs.compactMap(site.tag).map { Escaping.jsonString($0.name) }
            if !tags.isEmpty {
                key("tags", indent: item)
                json.append(contentsOf: ("[" + tags.joined(separator: ", ") + "]").utf8)
            }
            json.append(contentsOf: "\n    }".utf8)
        }
        json.append(contentsOf: "\n  ]\n}\n".utf8)
        return String(decoding: json, as: UTF8.self)
    }
}
