/// schema.org `NewsArticle` data for an article page, as JSON that is safe inside `<script>`.
///
/// Every text goes through `Escaping.jsonString`, which writes `<`, `>` and `&` as `\u`
/// escapes: no title or name can end the script element or open a comment.
enum StructuredData {
    static func newsArticle(_ article: Article, site: Site) -> String {
        let config = site.config
        let canonical = config.urls.absolute(article.url)
        var fields: [(String, String)] = [
            ("@context", Escaping.jsonString("https://schema.org")),
            ("@type", Escaping.jsonString("NewsArticle")),
            ("headline", Escaping.jsonString(article.title)),
            ("description", Escaping.jsonString(article.summary)),
            ("datePublished", Escaping.jsonString(article.date.iso8601)),
            ("dateModified", Escaping.jsonString((article.updated ?? article.date).iso8601)),
            ("inLanguage", Escaping.jsonString(config.language)),
            ("mainEntityOfPage", object([("@type", Escaping.jsonString("WebPage")), ("@id", Escaping.jsonString(canonical))])),
            ("url", Escaping.jsonString(canonical)),
        ]
        let authors = article.authorIDs.compactMap(site.author).map { author in
            object([("@type", Escaping.jsonString("Person")), ("name", Escaping.jsonString(author.name)),
                    ("url", Escaping.jsonString(config.urls.absolute(author.url)))])
        }
        fields.append(("author", "[" + authors.joined(separator: ",") + "]"))
        var publisher = [("@type", Escaping.jsonString("Organization")), ("name", Escaping.jsonString(config.publisherName)),
                         ("url", Escaping.jsonString(config.urls.base.absolute))]
        if let logo = config.publisherLogo {
            let url = config.urls.absolute(config.urls.configured(logo))
            publisher.append(("logo", object([("@type", Escaping.jsonString("ImageObject")), ("url", Escaping.jsonString(url))])))
        }
        fields.append(("publisher", object(publisher)))
        if let image = article.image {
            fields.append(("image", "[" + Escaping.jsonString(config.urls.absolute(image)) + "]"))
        }
        let keywords = article.tagSlugs.compactMap(site.tag).map(\.name)
        if !keywords.isEmpty {
            fields.append(("keywords", "[" + keywords.map(Escaping.jsonString).joined(separator: ",") + "]"))
        }
        fields.append(("wordCount", String(article.wordCount)))
        return object(fields)
    }

    private static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { Escaping.jsonString($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
