import Markdown
import Mustache

extension ContextBuilder {
    /// The entry of an article in lists (index, tag and author pages); also the base of the
    /// article page's own `article` object.
    struct Summaries: Sendable {
        let site: Site
        let authorValues: [String: TemplateValue]
        /// Whether drafts and future articles carry a `status` badge (the preview's).
        var marksStatus = false

        func summary(of index: Int) -> TemplateValue {
            let article = site.articles[index]
            let strings = site.strings
            let authors = article.authorIDs.compactMap { authorValues[$0] }
            var image: TemplateValue = .null
            if let url = article.image {
                image = ["url": .string(url), "alt": TemplateValue(article.imageAlt), "absolute_url": .string(site.config.urls.absolute(url))]
            }
            return [
                "title": .string(article.title),
                "subtitle": TemplateValue(article.subtitle),
                "slug": .string(article.slug),
                "url": .string(article.url),
                "summary": .string(article.summary),
                "date": ContextBuilder.dateValue(article.date, strings: strings),
                "updated": article.updated.map { ContextBuilder.dateValue($0, strings: strings) } ?? .null,
                "authors": .array(authors),
                "author": authors.first ?? .null,
                "byline": ContextBuilder.byline(article.authorIDs.compactMap(site.author), strings: strings),
                "authors_text": .string(ContextBuilder.joined(article.authorIDs.compactMap(site.author).map(\.name), strings: strings)),
                "status": marksStatus ? ContextBuilder.status(article.status, strings: strings) : .null,
                // Name and URL only: a tag's article count changes with other articles, and
                // would make every list entry with the tag change with it.
                "tags": .array(article.tagSlugs.compactMap(site.tag).map {
                    ["name": .string($0.name), "slug": .string($0.slug), "url": .string($0.url)]
                }),
                "has_tags": .bool(!article.tagSlugs.isEmpty),
                "image": image,
                "reading_minutes": .int(article.readingMinutes),
                "reading_time": .string(strings.format("reading_time", ["minutes": strings.format(article.readingMinutes)])),
                "word_count": .int(article.wordCount),
                "is_draft": .bool(article.isDraft),
                "params": TemplateValue(params: article.params),
            ]
        }
    }

    /// The authors with what goes after each name in running text, so that a template joins
    /// them without logic: "Doreen Müller, Ben Krause und Redaktion".
    static func byline(_ authors: [Author], strings: InterfaceStrings) -> TemplateValue {
        .array(authors.enumerated().map { index, author in
            let separator = index + 2 == authors.count ? " \(strings["and"]) " : index + 1 < authors.count ? ", " : ""
            return ["name": .string(author.name), "url": .string(author.url), "separator": .string(separator)]
        })
    }

    /// Names joined as running text: "A", "A und B", "A, B und C".
    static func joined(_ names: [String], strings: InterfaceStrings) -> String {
        guard let last = names.last, names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " \(strings["and"]) " + last
    }

    /// The badge of a draft or future article in the preview: `kind` and `label`.
    static func status(_ status: PublicationStatus, strings: InterfaceStrings) -> TemplateValue {
        switch status {
        case .published: .null
        case .draft: ["kind": "draft", "label": .string(strings["status_draft"])]
        case .scheduled(let date):
            ["kind": "scheduled", "label": .string(strings.format("status_scheduled", ["date": strings.format(date) + ", " + date.timeString]))]
        }
    }

    static func dateValue(_ date: SiteDate, strings: InterfaceStrings) -> TemplateValue {
        [
            "iso": .string(date.iso8601),
            "day": .string(date.dayString),
            "formatted": .string(strings.format(date)),
            "year": .int(date.year),
            "month": .int(date.month),
        ]
    }

    static func authorValue(_ author: Author, site: Site) -> TemplateValue {
        let count = site.articlesByAuthor[author.id]?.count ?? 0
        return [
            "id": .string(author.id),
            "name": .string(author.name),
            "role": TemplateValue(author.role),
            "avatar": TemplateValue(author.avatar),
            "bio": .string(author.bioHTML),
            "bio_text": .string(author.bioText),
            "hashtags": .array(author.hashtags.map { ["name": .string($0), "text": .string("#" + $0)] }),
            "has_hashtags": .bool(!author.hashtags.isEmpty),
            "website": TemplateValue(author.website),
            "email": TemplateValue(author.email),
            "url": .string(author.url),
            "article_count": .int(count),
            "article_count_text": .string(articleCount(count, strings: site.strings)),
            "params": TemplateValue(params: author.params),
        ]
    }

    static func tagValue(_ tag: Tag, strings: InterfaceStrings) -> TemplateValue {
        [
            "name": .string(tag.name),
            "slug": .string(tag.slug),
            "url": .string(tag.url),
            "article_count": .int(tag.articleIndices.count),
            "article_count_text": .string(articleCount(tag.articleIndices.count, strings: strings)),
        ]
    }

    static func articleCount(_ count: Int, strings: InterfaceStrings) -> String {
        count == 1 ? strings["article_count_one"] : strings.format("article_count_other", ["count": strings.format(count)])
    }

    /// `article` on an article page: its list entry plus the body, table of contents, quotes,
    /// related articles, share links, neighbours and structured data.
    func articleValue(_ index: Int, older: Int?, newer: Int?, listPage: Int) -> TemplateValue {
        guard case .object(var value) = summaries[index] else { return summaries[index] }
        let article = site.articles[index]
        let config = site.config
        let strings = site.strings
        let canonical = config.urls.absolute(article.url)
        value["content"] = .string(article.contentHTML)
        value["canonical_url"] = .string(canonical)
        value["headings"] = .array(article.headings.map { ["level": .int($0.level), "text": .string($0.text), "id": .string($0.id)] })
        let toc = TableOfContentsEntry.nest(article.headings.map { Heading(level: $0.level, text: $0.text, id: $0.id, line: 0) })
        value["toc"] = .array(toc.map(Self.tocValue))
        value["has_toc"] = .bool(article.headings.count >= 3)
        value["quotes"] = .array(article.quotes.map { ["text": .string($0.text), "attribution": .string($0.attribution)] })
        value["related"] = .array(article.related.map { link in
            switch link {
            case .article(let other):
                let related = site.articles[other]
                return ["title": .string(related.title), "url": .string(related.url), "is_external": false,
                        "summary": .string(related.summary), "date": summaryField(other, "date")]
            case .external(let title, let url):
                return ["title": .string(title), "url": .string(url), "is_external": true, "summary": .null, "date": .null]
            }
        })
        value["has_related"] = .bool(!article.related.isEmpty)
        let encodedURL = Escaping.urlQueryValue(canonical)
        let encodedTitle = Escaping.urlQueryValue(article.title)
        value["share"] = .array(config.shareNetworks.map { network in
            let name = network == .email ? strings["share_email"] : network.name
            return [
                "network": .string(network.rawValue),
                "name": .string(name),
                "url": .string(network.shareURL(encodedURL: encodedURL, encodedTitle: encodedTitle)),
                "label": .string(network == .email ? "\(strings["share_via"]) \(name)" : "\(strings["share_on"]) \(name)"),
            ]
        })
        value["previous"] = older.map(neighbour) ?? .null
        value["next"] = newer.map(neighbour) ?? .null
        value["back_url"] = .string(config.urls.index(page: listPage).url)
        value["json_ld"] = .string(StructuredData.newsArticle(article, site: site))
        return .object(value)
    }

    /// A field of an article's list entry, computed once for all pages that show it.
    private func summaryField(_ index: Int, _ key: String) -> TemplateValue {
        guard case .object(let fields) = summaries[index] else { return .null }
        return fields[key] ?? .null
    }

    private func neighbour(_ index: Int) -> TemplateValue {
        let article = site.articles[index]
        return ["title": .string(article.title), "url": .string(article.url),
                "date": summaryField(index, "date")]
    }

    private static func tocValue(_ entry: TableOfContentsEntry) -> TemplateValue {
        ["level": .int(entry.level), "text": .string(entry.text), "id": .string(entry.id),
         "children": .array(entry.children.map(tocValue))]
    }
}
