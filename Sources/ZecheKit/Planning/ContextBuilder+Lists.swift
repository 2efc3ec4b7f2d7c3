import Mustache

/// The roots of the paginated list pages: the home page, tags, authors, sections, categories.
extension ContextBuilder {
    func listContext(for job: RenderJob, into root: inout TemplateObject) {
        let urls = site.config.urls
        let strings = site.strings
        func entries(_ indices: some Sequence<Int>) -> TemplateValue { .array(indices.map { summaries[$0] }) }
        switch job.kind {
        case .index(let page, let pageCount):
            // The page's list first, then the newest articles of the sections that feature them.
            let listCount = Pagination(itemCount: site.homeArticles.count, size: site.config.paginate).range(ofPage: page).count
            root["articles"] = entries(job.articles.prefix(listCount))
            root["sections"] = .array(newsroom.homeSections(featured: Array(job.articles.dropFirst(listCount)), summaries: summaries))
            root["pagination"] = paginationValue(page: page, pageCount: pageCount, first: urls.index(page: 1))
            root["meta"] = meta(title: pagedTitle(site.config.title, page, pageCount), description: site.config.description, url: job.url,
                                type: "website", isHome: page == 1)
        case .tag(let index, let page, let pageCount):
            let tag = site.tags[index]
            let first = urls.tag(slug: tag.slug)
            let title = strings.format("articles_tagged", ["tag": tag.name])
            root["tag"] = tagValues[tag.slug] ?? .null
            root["articles"] = entries(job.articles)
            root["pagination"] = paginationValue(page: page, pageCount: pageCount, first: first)
            root["meta"] = meta(title: pagedTitle(title, page, pageCount), description: title, url: job.url, type: "website",
                                feed: first, feedTitle: tag.name)
        case .author(let index, let page, let pageCount):
            let author = site.authors[index]
            let first = urls.author(id: author.id)
            root["author"] = authorValues[author.id] ?? .null
            root["articles"] = entries(job.articles)
            root["pagination"] = paginationValue(page: page, pageCount: pageCount, first: first)
            root["meta"] = meta(title: pagedTitle(author.name, page, pageCount), description: author.bioText, url: job.url,
                                type: "profile", feed: first, feedTitle: author.name)
        case .section(let index, let page, let pageCount):
            let section = site.newsroom.sections[index]
            let first = urls.section(path: section.config.path)
            root["section"] = newsroom.sections[section.id] ?? .null
            root["articles"] = entries(job.articles)
            root["pagination"] = paginationValue(page: page, pageCount: pageCount, first: first)
            root["meta"] = meta(title: pagedTitle(section.title, page, pageCount), description: section.config.description,
                                url: job.url, type: "website", feed: section.config.hasFeed ? first : nil, feedTitle: section.title)
        case .category(let index, let page, let pageCount):
            let category = site.newsroom.categories[index]
            let first = urls.category(id: category.id)
            root["category"] = newsroom.categoryByID[category.id] ?? .null
            root["articles"] = entries(job.articles)
            root["pagination"] = paginationValue(page: page, pageCount: pageCount, first: first)
            root["meta"] = meta(title: pagedTitle(category.title, page, pageCount), description: category.config.description,
                                url: job.url, type: "website", feed: first, feedTitle: category.title)
        default:
            break
        }
    }

    /// "Title – Seite 2 von 5" on a later page of a list, the title alone on its first.
    private func pagedTitle(_ title: String, _ page: Int, _ pageCount: Int) -> String {
        page == 1 ? title : "\(title) – \(site.strings.format("page_of", ["page": String(page), "pages": String(pageCount)]))"
    }

    /// `pagination` of the list whose first page is `first`.
    func paginationValue(page: Int, pageCount: Int, first: PageAddress) -> TemplateValue {
        let urls = site.config.urls
        let pages: [TemplateValue] = Pagination.window(around: page, pageCount: pageCount).map { number in
            guard let number else { return ["is_gap": true, "number": .null, "url": .null, "is_current": false] }
            return ["is_gap": false, "number": .int(number), "url": .string(urls.page(number, ofList: first).url),
                    "is_current": .bool(number == page)]
        }
        return [
            "page": .int(page),
            "page_count": .int(pageCount),
            "label": .string(site.strings.format("page_of", ["page": String(page), "pages": String(pageCount)])),
            "newer_url": page > 1 ? .string(urls.page(page - 1, ofList: first).url) : .null,
            "older_url": page < pageCount ? .string(urls.page(page + 1, ofList: first).url) : .null,
            "pages": .array(pages),
            "is_paginated": .bool(pageCount > 1),
        ]
    }
}
