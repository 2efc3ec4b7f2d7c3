import Mustache

/// Builds the data each template renders, computed in Swift so templates stay logic-less.
///
/// Values shared by many pages (the site, the interface strings, each article's summary entry
/// for lists, each author, tag, section, category and contact) are built once; a page's
/// context then only assembles them. The roots are `site`, `t`, `build`, `meta`, and per page
/// kind `article`, `page`, `author`, `tag`, `section`, `category`, `tags`, `authors`,
/// `categories`, `contacts`, `sections`, `articles` and `pagination`. The README's template
/// guide lists every field.
struct ContextBuilder: Sendable {
    let site: Site
    let stylesheetURL: String
    private let strings: TemplateValue
    private let build: TemplateValue
    let summaries: [TemplateValue]
    let authorValues: [String: TemplateValue]
    let tagValues: [String: TemplateValue]
    /// Sections, categories and contacts by id; the boilerplate.
    let newsroom: NewsroomValues
    /// The press kit's albums.
    let media: MediaValues
    /// `site` for every page that is not the target of a menu entry, built once.
    private let plainSiteValue: TemplateValue
    /// The URLs menu entries point to: only their pages need a `site` of their own.
    private let menuURLs: Set<String>
    /// `og_locale`, such as `de_DE`.
    private let locale: String
    /// The search page, when the site has one.
    private let search: PageAddress?
    /// Every language of the site, for the language switcher; empty for a site of one language.
    let languages: [LanguageLink]
    /// This builder's language: its place in `languages`.
    let language: Int

    /// `summaries`, when given, are the list entries of the articles built earlier (the
    /// preview keeps those of unchanged articles).
    init(site: Site, stylesheetURL: String, summaries: [TemplateValue]? = nil, marksStatus: Bool = false, searchPage: PageAddress? = nil,
         languages: [LanguageLink] = [], language: Int = 0) {
        self.site = site
        self.languages = languages
        self.language = language
        self.stylesheetURL = stylesheetURL
        strings = .object(TemplateObject(site.strings.strings.mapValues { .string($0) }))
        build = ["generator": "Zeche", "version": .string(ZecheVersion.current)]
        var authorValues: [String: TemplateValue] = [:]
        for author in site.authors {
            authorValues[author.id] = Self.authorValue(author, site: site)
        }
        var tagValues: [String: TemplateValue] = [:]
        for tag in site.tags {
            tagValues[tag.slug] = Self.tagValue(tag, strings: site.strings, urls: site.config.urls)
        }
        self.authorValues = authorValues
        self.tagValues = tagValues
        newsroom = NewsroomValues(site: site)
        media = MediaValues(site: site)
        let config = site.config
        // The search page marks itself in `site.search`, as menu entries do.
        menuURLs = Set((config.mainMenu + config.footerMenu).map { config.urls.configured($0.url) } + [searchPage?.url].compactMap { $0 })
        search = searchPage
        plainSiteValue = Self.siteValue(site: site, stylesheetURL: stylesheetURL, currentURL: nil, newsroom: newsroom, search: searchPage)
        let region = config.language.split(separator: "-").dropFirst().first.map(String.init)
        locale = config.primaryLanguage + "_" + (region?.uppercased() ?? (config.primaryLanguage == "en" ? "US" : config.primaryLanguage.uppercased()))
        if let summaries {
            self.summaries = summaries
        } else {
            let builder = ContextBuilder.Summaries(site: site, authorValues: authorValues, marksStatus: marksStatus, sharesBylines: true)
            self.summaries = Parallel.map(site.articles.count) { builder.summary(of: $0) }
        }
    }

    /// The context of one page: made of what the plan says the page shows (`job.kind` and
    /// `job.articles`) and the values every page shares.
    func context(for job: RenderJob) -> TemplateValue {
        var root: TemplateObject = [
            "site": siteValue(currentURL: job.url),
            "t": strings,
            "build": build,
            "language_switcher": languageSwitcher(for: job),
        ]
        switch job.kind {
        case .article(let index, let older, let newer, let listPage):
            let article = site.articles[index]
            root["article"] = articleValue(index, older: older, newer: newer, listPage: listPage, translations: job.translations)
            root["meta"] = meta(title: article.title, description: article.summary, url: article.url, type: "article", article: article)
        case .embargoed(let index):
            let article = site.newsroom.embargoed[index]
            root["article"] = embargoedArticleValue(article)
            root["meta"] = meta(title: article.title, description: article.summary, url: article.url, type: "article",
                                article: article, isIndexable: false)
        case .tags:
            root["tags"] = .array(site.tags.compactMap { tagValues[$0.slug] })
            root["meta"] = meta(title: site.strings["all_tags"], description: site.config.description, url: job.url,
                                type: "website")
        case .authors:
            root["authors"] = .array(site.authors.compactMap { authorValues[$0.id] })
            root["meta"] = meta(title: site.strings["authors"], description: site.config.description, url: job.url,
                                type: "website")
        case .categories:
            root["categories"] = .array(newsroom.categories)
            root["meta"] = meta(title: site.strings["categories"], description: site.config.description, url: job.url,
                                type: "website")
        case .contacts:
            root["contacts"] = .array(site.newsroom.contacts.compactMap { newsroom.contacts[$0.id] })
            root["boilerplate"] = newsroom.boilerplate
            root["meta"] = meta(title: site.strings["press_contacts"], description: site.config.description, url: job.url,
                                type: "website")
        case .page(let index):
            let page = site.pages[index]
            root["page"] = pageValue(page)
            root["meta"] = meta(title: page.title, description: page.description, url: page.url, type: "website")
        case .notFound:
            root["meta"] = meta(title: site.strings["not_found_title"], description: site.strings["not_found_text"],
                                url: job.url, type: "website", isIndexable: false)
        case .search:
            // A page of results for every query: search engines need none of them.
            root["meta"] = meta(title: site.strings["search"], description: site.config.description, url: job.url,
                                type: "website", isIndexable: false)
        case .media, .album:
            mediaContext(for: job, into: &root)
        case .index, .tag, .author, .section, .category:
            listContext(for: job, into: &root)
        }
        addAlternates(of: job, to: &root)
        return .object(root)
    }

    /// `site`: the configuration, with the menu entry of the current page marked.
    private func siteValue(currentURL: String) -> TemplateValue {
        menuURLs.contains(currentURL)
            ? Self.siteValue(site: site, stylesheetURL: stylesheetURL, currentURL: currentURL, newsroom: newsroom, search: search)
            : plainSiteValue
    }

    private static func siteValue(site: Site, stylesheetURL: String, currentURL: String?, newsroom: NewsroomValues,
                                  search: PageAddress?) -> TemplateValue {
        let config = site.config
        let urls = config.urls
        func menu(_ items: [SiteConfig.MenuItem]) -> TemplateValue {
            .array(items.map { item in
                let url = urls.configured(item.url)
                return ["title": .string(item.title), "url": .string(url), "is_current": .bool(url == currentURL)]
            })
        }
        var params = TemplateObject()
        for (key, value) in config.params { params[key] = TemplateValue(yaml: value) }
        let home = urls.index(page: 1)
        return [
            "title": .string(config.title),
            "description": .string(config.description),
            "url": .string(urls.base.absolute),
            "home_url": .string(home.url),
            // The site's own root, where the shared assets are: the home page of the default language.
            "root_url": .string(urls.base.path),
            "language": .string(config.language),
            "feed_url": .string(urls.feed(.atom, ofList: home).url),
            "json_feed_url": .string(urls.feed(.json, ofList: home).url),
            "tags_url": .string(urls.tags.url),
            "authors_url": .string(urls.authors.url),
            "categories_url": site.newsroom.categories.isEmpty ? .null : .string(urls.categories.url),
            "contacts_url": site.newsroom.contacts.isEmpty ? .null : .string(urls.contacts.url),
            "sections": .array(newsroom.sectionLinks),
            "categories": .array(newsroom.categoryLinks),
            "boilerplate": newsroom.boilerplate,
            "stylesheet_url": .string(stylesheetURL),
            "publisher": .string(config.publisherName),
            "logo_url": TemplateValue(config.publisherLogo.map(urls.configured)),
            "logo_width": site.pictures.logo?.width.map(TemplateValue.int) ?? .null,
            "logo_height": site.pictures.logo?.height.map(TemplateValue.int) ?? .null,
            "media_url": site.pictures.albums.isEmpty ? .null : .string(urls.media.url),
            "copyright": TemplateValue(config.copyright),
            "main_menu": menu(config.mainMenu),
            "has_main_menu": .bool(!config.mainMenu.isEmpty),
            "footer_menu": menu(config.footerMenu),
            "search": search.map { page -> TemplateValue in
                [
                    "url": .string(page.url),
                    "index_url": .string(urls.searchIndex),
                    "script_url": .string(urls.asset("search.js").url),
                    "is_current": .bool(page.url == currentURL),
                ]
            } ?? .null,
            "params": .object(params),
        ]
    }

    /// `meta`: what the layout's `<head>` needs: title, description, canonical URL, OpenGraph
    /// with the share image (the article's, else the site's default) and its size, on article
    /// pages the article's dates, authors, section and tags (`article`), and on list pages the
    /// list's own feeds (`feed`: `title`, `url`, `json_url`).
    func meta(title: String, description: String, url: String, type: String, article: Article? = nil,
              share: (image: SiteImage, alt: String?)? = nil, isHome: Bool = false, isIndexable: Bool = true,
              feed: PageAddress? = nil, feedTitle: String? = nil) -> TemplateValue {
        let config = site.config
        let fullTitle = isHome ? config.title : "\(title) – \(config.title)"
        var feedValue: TemplateValue = .null
        if let feed {
            feedValue = [
                "title": .string(feedTitle.map { "\(config.title) – \($0)" } ?? config.title),
                "url": .string(config.urls.feed(.atom, ofList: feed).url),
                "json_url": .string(config.urls.feed(.json, ofList: feed).url),
            ]
        }
        let articleShare = article.flatMap { article in article.pictures.shareImage.map { ($0, article.pictures.shareImageAlt) } }
        let defaultShare = site.pictures.shareImage.map { ($0, site.pictures.shareImageAlt) }
        let shared = share ?? articleShare ?? defaultShare
        var values: TemplateObject = [
            "title": .string(fullTitle),
            "page_title": .string(title),
            "description": .string(Excerpt.make(description.isEmpty ? config.description : description, limit: 160)),
            "canonical_url": .string(config.urls.absolute(url)),
            "og_type": .string(type),
            "og_locale": .string(locale),
            "twitter_card": .string(shared == nil ? "summary" : "summary_large_image"),
            "is_indexable": .bool(isIndexable),
            "feed": feedValue,
            "article": article.map(articleMeta) ?? .null,
        ]
        values["image"] = TemplateValue(shared.map { config.urls.absolute($0.0.url) })
        values["image_alt"] = TemplateValue(shared?.1)
        values["image_width"] = shared?.0.width.map(TemplateValue.int) ?? .null
        values["image_height"] = shared?.0.height.map(TemplateValue.int) ?? .null
        values["image_type"] = TemplateValue(shared?.0.facts?.format.mediaType)
        return .object(values)
    }

    /// OpenGraph's `article:` properties: published and modified time, the authors' pages,
    /// the section, the tags.
    private func articleMeta(_ article: Article) -> TemplateValue {
        let urls = site.config.urls
        return [
            "published_time": .string(article.date.iso8601),
            "modified_time": .string((article.updated ?? article.date).iso8601),
            "authors": .array(article.authorIDs.compactMap(site.author).map { .string(urls.absolute($0.url)) }),
            "section": TemplateValue(article.sectionID.flatMap(site.section)?.title),
            "tags": .array(article.tagSlugs.compactMap(site.tag).map { .string($0.name) }),
        ]
    }

    private func pageValue(_ page: Page) -> TemplateValue {
        [
            "title": .string(page.title),
            "description": .string(page.description),
            "url": .string(page.url),
            "content": .string(page.contentHTML),
            "headings": .array(page.headings.map { ["level": .int($0.level), "text": .string($0.text), "id": .string($0.id)] }),
            "params": TemplateValue(params: page.params),
        ]
    }
}
