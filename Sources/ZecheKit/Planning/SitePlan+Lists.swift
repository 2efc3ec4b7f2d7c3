/// The paginated lists of a plan (tags, authors, sections, categories), their overviews, the
/// contacts page and every list's feeds.
extension SitePlan {
    /// The pages of `list`, `size` entries each: the page number, its address and its entries.
    static func pages(of list: [Int], first: PageAddress, size: Int, urls: SiteURLs) -> [(page: Int, address: PageAddress, articles: [Int])] {
        let pagination = Pagination(itemCount: list.count, size: size)
        return (1...pagination.pageCount).map { page in
            (page, urls.page(page, ofList: first), Array(list[pagination.range(ofPage: page)]))
        }
    }

    mutating func planLists(site: Site, has: (String) -> Bool) {
        let urls = site.config.urls
        let size = site.config.paginate
        if has("tag") {
            for (index, tag) in site.tags.enumerated() {
                let pages = Self.pages(of: tag.articleIndices, first: urls.tag(slug: tag.slug), size: size, urls: urls)
                for (page, address, list) in pages { add(.tag(index, page: page, pageCount: pages.count), "tag", address, articles: list) }
            }
        }
        if has("tags") { add(.tags, "tags", urls.tags) }
        if has("author") {
            for (index, author) in site.authors.enumerated() {
                let pages = Self.pages(of: site.articlesByAuthor[author.id] ?? [], first: urls.author(id: author.id), size: size, urls: urls)
                for (page, address, list) in pages { add(.author(index, page: page, pageCount: pages.count), "author", address, articles: list) }
            }
        }
        if has("authors") { add(.authors, "authors", urls.authors) }
        planSections(site: site, has: has)
        let categories = site.newsroom.categories
        if !categories.isEmpty {
            if has("category") {
                for (index, category) in categories.enumerated() {
                    let pages = Self.pages(of: category.articleIndices, first: urls.category(id: category.id), size: size, urls: urls)
                    for (page, address, list) in pages {
                        add(.category(index, page: page, pageCount: pages.count), "category", address, articles: list)
                    }
                }
            } else {
                warn("the theme has no 'category' template, so the pages of the categories are not built", template: "category")
            }
            if has("categories") {
                add(.categories, "categories", urls.categories)
            } else {
                warn("the theme has no 'categories' template, so the overview of the categories is not built", template: "categories")
            }
        }
        if !site.newsroom.contacts.isEmpty {
            if has("contacts") {
                add(.contacts, "contacts", urls.contacts)
            } else {
                warn("the theme has no 'contacts' template, so the page of the press contacts is not built", template: "contacts")
            }
        }
    }

    /// Each section's pages with its template: one a section names must exist; the default
    /// `section` switches the pages on like the other optional templates.
    private mutating func planSections(site: Site, has: (String) -> Bool) {
        let urls = site.config.urls
        var warned = false
        for (index, section) in site.newsroom.sections.enumerated() {
            let template = section.config.template
            guard has(template) else {
                if let location = section.config.templateLocation {
                    error("the theme has no template '\(template)' for the section '\(section.id)'", at: location,
                          fix: "create Templates/\(template).mustache, or leave 'template' out to use 'section'")
                } else if !warned {
                    warned = true
                    warn("the theme has no 'section' template, so the pages of the sections are not built", template: "section")
                }
                continue
            }
            let pages = Self.pages(of: section.articleIndices, first: urls.section(path: section.config.path), size: site.config.paginate,
                                   urls: urls)
            for (page, address, list) in pages {
                add(.section(index, page: page, pageCount: pages.count), template, address, articles: list)
            }
        }
    }

    /// The site's feeds (its newest articles of every section), and one for each tag, author,
    /// category and section with `feed: true`.
    mutating func planFeeds(site: Site) {
        let urls = site.config.urls
        let title = site.config.title
        func add(_ name: String?, first: PageAddress, _ list: [Int]) {
            feeds.append(PlannedFeed(
                language: planningLanguage, title: name.map { "\(title) – \($0)" } ?? title, atom: urls.feed(.atom, ofList: first),
                json: urls.feed(.json, ofList: first), listURL: first.url, articles: Array(list.prefix(PlannedFeed.entryCount))))
        }
        add(nil, first: urls.index(page: 1), Array(site.articles.indices.prefix(PlannedFeed.entryCount)))
        for section in site.newsroom.sections where section.config.hasFeed {
            add(section.title, first: urls.section(path: section.config.path), section.articleIndices)
        }
        for category in site.newsroom.categories { add(category.title, first: urls.category(id: category.id), category.articleIndices) }
        for tag in site.tags { add(tag.name, first: urls.tag(slug: tag.slug), tag.articleIndices) }
        for author in site.authors { add(author.name, first: urls.author(id: author.id), site.articlesByAuthor[author.id] ?? []) }
        vCardPaths += site.newsroom.contacts.map { urls.vCard(id: $0.id).outputPath }
    }
}
