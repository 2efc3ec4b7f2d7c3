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
        let parts: EntryParts

        /// The entries of `site`'s articles; `sharesBylines` makes each set of authors' byline
        /// once, for a builder of every entry.
        init(site: Site, authorValues: [String: TemplateValue], marksStatus: Bool = false, sharesBylines: Bool = false) {
            self.site = site
            self.authorValues = authorValues
            self.marksStatus = marksStatus
            parts = EntryParts(site: site, articles: sharesBylines ? site.articles : [])
        }

        func summary(of index: Int) -> TemplateValue {
            summary(of: site.articles[index])
        }

        func summary(of article: Article) -> TemplateValue {
            let strings = site.strings
            let authors = article.authorIDs.compactMap { authorValues[$0] }
            let pictures = article.pictures
            var image: TemplateValue = .null
            if let cover = pictures.cover {
                image = Self.imageLayout.record([
                    "url": .string(cover.url), "alt": TemplateValue(pictures.coverAlt), "absolute_url": .string(site.config.urls.absolute(cover.url)),
                    "width": cover.width.map(TemplateValue.int) ?? .null, "height": cover.height.map(TemplateValue.int) ?? .null,
                    "caption": TemplateValue(pictures.coverCaption), "credit": TemplateValue(pictures.coverCredit),
                    "has_caption": .bool(pictures.coverCaption != nil || pictures.coverCredit != nil),
                ])
            }
            let section = article.sectionID.flatMap { parts.sections[$0] }
            let byline = parts.byline(of: article.authorIDs, site: site)
            return Self.layout.record([
                "title": .string(article.title),
                "subtitle": TemplateValue(article.subtitle),
                "slug": .string(article.slug),
                "url": .string(article.url),
                "summary": .string(article.summary),
                "date": ContextBuilder.dateValue(article.date, strings: strings),
                "updated": article.updated.map { ContextBuilder.dateValue($0, strings: strings) } ?? .null,
                "authors": .array(authors),
                "author": authors.first ?? .null,
                "byline": byline.byline,
                "authors_text": byline.text,
                "status": marksStatus ? ContextBuilder.status(article.status, strings: strings) : .null,
                // Name and URL only: a tag's article count changes with other articles, and
                // would make every list entry with the tag change with it.
                "tags": .array(article.tagSlugs.compactMap { parts.tags[$0] }),
                "has_tags": .bool(!article.tagSlugs.isEmpty),
                "image": image,
                "reading_minutes": .int(article.readingMinutes),
                "reading_time": .string(strings.format("reading_time", ["minutes": strings.format(article.readingMinutes)])),
                "word_count": .int(article.wordCount),
                "is_draft": .bool(article.isDraft),
                "params": TemplateValue(params: article.params),
                "section": section?.value ?? .null,
                // The one label over a teaser: its section, or else its first category.
                "kicker": section?.kicker ?? article.categoryIDs.first.flatMap { parts.categories[$0]?.kicker } ?? .null,
                "categories": .array(article.categoryIDs.compactMap { parts.categories[$0]?.value }),
                "has_categories": .bool(!article.categoryIDs.isEmpty),
            ])
        }

        /// A site keeps an entry of every article for all the pages that list it: as records,
        /// whose names are kept once (see `TemplateRecord`).
        static let layout = TemplateRecord.Layout([
            "title", "subtitle", "slug", "url", "summary", "date", "updated", "authors", "author", "byline", "authors_text",
            "status", "tags", "has_tags", "image", "reading_minutes", "reading_time", "word_count", "is_draft", "params",
            "section", "kicker", "categories", "has_categories",
        ])
        static let imageLayout = TemplateRecord.Layout([
            "url", "alt", "absolute_url", "width", "height", "caption", "credit", "has_caption",
        ])
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
        case .draft: ["kind": "draft", "label": .string(statusLabel(status, strings: strings))]
        case .scheduled: ["kind": "scheduled", "label": .string(statusLabel(status, strings: strings))]
        }
    }

    /// The badge's text: "Entwurf", "Geplant für 10. Dezember 2026, 09:00"; empty when public.
    static func statusLabel(_ status: PublicationStatus, strings: InterfaceStrings) -> String {
        switch status {
        case .published: ""
        case .draft: strings["status_draft"]
        case .scheduled(let date): strings.format("status_scheduled", ["date": strings.format(date) + ", " + date.timeString])
        }
    }

    static func dateValue(_ date: SiteDate, strings: InterfaceStrings) -> TemplateValue {
        dateLayout.record([
            "iso": .string(date.iso8601),
            "day": .string(date.dayString),
            "formatted": .string(strings.format(date)),
            "year": .int(date.year),
            "month": .int(date.month),
        ])
    }

    /// Every list entry has one or two dates: records, like the entries (`Summaries.layout`).
    private static let dateLayout = TemplateRecord.Layout(["iso", "day", "formatted", "year", "month"])

    static func authorValue(_ author: Author, site: Site) -> TemplateValue {
        let count = site.articlesByAuthor[author.id]?.count ?? 0
        let urls = site.config.urls
        let first = urls.author(id: author.id)
        return [
            "feed_url": .string(urls.feed(.atom, ofList: first).url),
            "json_feed_url": .string(urls.feed(.json, ofList: first).url),
            "id": .string(author.id),
            "name": .string(author.name),
            "role": TemplateValue(author.role),
            "avatar": TemplateValue(author.avatar?.url),
            "avatar_width": author.avatar?.width.map(TemplateValue.int) ?? .null,
            "avatar_height": author.avatar?.height.map(TemplateValue.int) ?? .null,
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

    static func tagValue(_ tag: Tag, strings: InterfaceStrings, urls: SiteURLs) -> TemplateValue {
        let first = urls.tag(slug: tag.slug)
        return [
            "feed_url": .string(urls.feed(.atom, ofList: first).url),
            "json_feed_url": .string(urls.feed(.json, ofList: first).url),
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
    /// related articles, share links, neighbours, structured data and what a press release
    /// shows (dateline, contacts, boilerplate).
    func articleValue(_ index: Int, older: Int?, newer: Int?, listPage: Int, translations: [RenderJob.Translation] = []) -> TemplateValue {
        let article = site.articles[index]
        let urls = site.config.urls
        let back = article.sectionID.flatMap(site.section).map { urls.page(listPage, ofList: urls.section(path: $0.config.path)) }
            ?? urls.index(page: listPage)
        return fullArticleValue(article, summary: summaries[index], older: older, newer: newer, backURL: back.url, sharesLinks: true,
                                translations: translations)
    }

    /// `article` on the private page of an embargoed article: no neighbours, no share links
    /// (the address is for the press only), and `embargo` set.
    func embargoedArticleValue(_ article: Article) -> TemplateValue {
        let summary = Summaries(site: site, authorValues: authorValues).summary(of: article)
        guard case .object(var value) = fullArticleValue(article, summary: summary, older: nil, newer: nil,
                                                         backURL: site.config.urls.index(page: 1).url, sharesLinks: false),
              let until = article.embargo?.until
        else { return summary }
        var embargo = Self.dateValue(until, strings: site.strings)
        if var fields = embargo.objectFields {
            fields["time"] = .string(until.timeString)
            fields["text"] = .string(site.strings.format("embargo_until", ["date": site.strings.format(until), "time": until.timeString]))
            embargo = .object(fields)
        }
        value["embargo"] = embargo
        return .object(value)
    }

    private func fullArticleValue(_ article: Article, summary: TemplateValue, older: Int?, newer: Int?, backURL: String,
                                  sharesLinks: Bool, translations: [RenderJob.Translation] = []) -> TemplateValue {
        // The entry's fields and the 21 an article page adds.
        guard var value = summary.objectFields(reservingCapacity: 21) else { return summary }
        let config = site.config
        let strings = site.strings
        let canonical = config.urls.absolute(article.url)
        let dateline = Self.dateline(of: article, strings: strings)
        value["content"] = .string(dateline.map { Self.inject(dateline: $0, into: article.contentHTML) } ?? article.contentHTML)
        value["dateline"] = TemplateValue(dateline)
        value["canonical_url"] = .string(canonical)
        // Read from the body store once (a build keeps a large archive's outlines there).
        let outline = article.body.outline
        value["headings"] = .array(outline.headings.map { ["level": .int($0.level), "text": .string($0.text), "id": .string($0.id)] })
        let toc = TableOfContentsEntry.nest(outline.headings.map { Heading(level: $0.level, text: $0.text, id: $0.id, line: 0) })
        value["toc"] = .array(toc.map(Self.tocValue))
        value["has_toc"] = .bool(outline.headings.count >= 3)
        value["quotes"] = .array(outline.quotes.map { ["text": .string($0.text), "attribution": .string($0.attribution)] })
        value["related"] = .array(article.related.map { link in
            switch link {
            case .article(let other):
                let related = site.articles[other]
                return ["title": .string(related.title), "url": .string(related.url), "is_external": false,
                        "summary": .string(related.summary), "date": summaryField(other, "date"),
                        "image": summaryField(other, "image"), "kicker": summaryField(other, "kicker"),
                        "authors_text": summaryField(other, "authors_text")]
            case .external(let title, let url):
                return ["title": .string(title), "url": .string(url), "is_external": true, "summary": .null, "date": .null,
                        "image": .null, "kicker": .null, "authors_text": .null]
            }
        })
        value["has_related"] = .bool(!article.related.isEmpty)
        let encodedURL = Escaping.urlQueryValue(canonical)
        let encodedTitle = Escaping.urlQueryValue(article.title)
        value["share"] = .array(sharesLinks ? config.shareNetworks.map { network in
            let name = network == .email ? strings["share_email"] : network.name
            return [
                "network": .string(network.rawValue),
                "name": .string(name),
                "url": .string(network.shareURL(encodedURL: encodedURL, encodedTitle: encodedTitle)),
                "label": .string(network == .email ? "\(strings["share_via"]) \(name)" : "\(strings["share_on"]) \(name)"),
            ]
        } : [])
        value["has_share"] = .bool(sharesLinks && !config.shareNetworks.isEmpty)
        value["previous"] = older.map(neighbour) ?? .null
        value["next"] = newer.map(neighbour) ?? .null
        value["back_url"] = .string(backURL)
        value["json_ld"] = .string(StructuredData.newsArticle(article, site: site, versions: translationsData(translations)))
        let contacts = article.contactIDs.compactMap { newsroom.contacts[$0] }
        value["contacts"] = .array(contacts)
        value["has_contacts"] = .bool(!contacts.isEmpty)
        value["boilerplate"] = article.showsBoilerplate ? newsroom.boilerplate : .null
        value["embargo"] = .null
        let albums = article.pictures.mediaIDs.compactMap { media.albumByID[$0] }
        value["media"] = .array(albums)
        value["has_media"] = .bool(!albums.isEmpty)
        return .object(value)
    }

    /// "Essen, 24. November 2026 –", when the article has a dateline's place.
    static func dateline(of article: Article, strings: InterfaceStrings) -> String? {
        article.dateline.map { strings.format("dateline", ["place": $0, "date": strings.format(article.date)]) }
    }

    /// The body with the dateline at the start of its first paragraph, where a press release
    /// has it; before the body when that starts otherwise.
    static func inject(dateline: String, into html: String) -> String {
        let span = "<span class=\"dateline\">\(Escaping.xml(dateline))</span>"
        guard html.hasPrefix("<p>") else { return "<p class=\"dateline\">\(Escaping.xml(dateline))</p>\n" + html }
        return "<p>" + span + " " + html.dropFirst(3)
    }

    /// A field of an article's list entry, computed once for all pages that show it.
    private func summaryField(_ index: Int, _ key: String) -> TemplateValue {
        summaries[index].member(key) ?? .null
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
