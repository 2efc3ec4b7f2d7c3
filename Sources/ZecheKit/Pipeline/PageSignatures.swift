import Foundation
import TextCore

/// The inputs a page was rendered from, as numbers: two runs give a page the same signature
/// only when everything it shows is the same, so the preview re-renders exactly the pages
/// whose signature changed. What a page shows comes from the plan (`RenderJob.kind` and
/// `RenderJob.articles`); the context builder reads the same fields.
struct PageSignatures {
    let sites: MultilingualSite
    let root: URL
    let options: BuildOptions
    let versions: [String: Int]

    /// What every page depends on: `site.yml`, the interface strings of every language (the
    /// language switcher names each language in its own words), the options, the
    /// stylesheet's URL, and the authors (every list entry shows its authors with their
    /// article counts). A change re-renders every page.
    func epoch(stylesheetURL: String, marksStatus: Bool, searchURL: String?) -> Int {
        var hasher = StableHasher()
        // Every page's header has the search field, or none.
        hasher.combine(searchURL)
        hasher.combine(Self.contentHash(root.path + "/site.yml"))
        hasher.combine(options.publishing)
        hasher.combine(stylesheetURL)
        hasher.combine(marksStatus)
        for site in sites.sites {
            for path in SiteLoader.stringsFiles(site.config) { hasher.combine(Self.contentHash(root.path + "/" + path)) }
            hasher.combine(site.articles.count)
            for author in site.authors {
                hasher.combine(Self.key(of: author))
                hasher.combine(site.articlesByAuthor[author.id]?.count)
            }
            // Press releases show the contacts and the boilerplate; `site` shows the boilerplate.
            for contact in site.newsroom.contacts { hasher.combine(Self.key(of: contact)) }
            hasher.combine(site.newsroom.boilerplate)
        }
        // Every page's head names the default share image; every header shows the logo.
        hasher.combine(sites.defaultSite.pictures.shareImage)
        hasher.combine(sites.defaultSite.pictures.shareImageAlt)
        hasher.combine(sites.defaultSite.pictures.logo)
        return hasher.finalizeInt()
    }

    /// A number that changes when anything an article's list entry or page shows of it
    /// changes: its file or body (its version), its URL, tags, authors and cover image.
    /// `global` is its place among the articles of all languages.
    func key(ofArticle global: Int) -> Int {
        let position = sites.position(ofGlobal: global)
        let site = sites.sites[position.language]
        return key(of: site.articles[position.index], site: site)
    }

    private func key(of article: Article, site: Site) -> Int {
        var hasher = StableHasher()
        hasher.combine(article.sourcePath)
        hasher.combine(versions[article.sourcePath] ?? 0)
        hasher.combine(article.url)
        for slug in article.tagSlugs { hasher.combine(site.tag(slug)?.name) }
        hasher.combine(article.authorIDs)
        hasher.combine(article.pictures)
        // The box of press material shows the albums the article names.
        for id in article.pictures.mediaIDs { hasher.combine(site.album(id)) }
        hasher.combine(article.status)
        hasher.combine(article.sectionID)
        hasher.combine(article.categoryIDs)
        hasher.combine(article.contactIDs)
        hasher.combine(article.dateline)
        hasher.combine(article.showsBoilerplate)
        hasher.combine(article.embargo)
        return hasher.finalizeInt()
    }

    /// The signature of one page: its template, address and kind, the keys of the articles it
    /// shows in their order, and what else its kind shows.
    func signature(of job: RenderJob, epoch: Int, articleKeys: [Int]) -> Int {
        let site = sites.sites[job.language]
        var hasher = StableHasher()
        hasher.combine(epoch)
        hasher.combine(job.template)
        hasher.combine(job.address)
        hasher.combine(job.kind)
        hasher.combine(job.language)
        hasher.combine(job.translations)
        for index in job.articles { hasher.combine(articleKeys[sites.globalIndex(language: job.language, index: index)]) }
        switch job.kind {
        case .tag(let index, _, _):
            hasher.combine(site.tags[index].name)
            hasher.combine(site.tags[index].articleIndices.count)
        case .tags:
            for tag in site.tags {
                hasher.combine(tag.name)
                hasher.combine(tag.articleIndices.count)
            }
        case .index:
            for section in site.newsroom.sections { hasher.combine(section.articleIndices.count) }
        case .section(let index, _, _):
            hasher.combine(site.newsroom.sections[index].articleIndices.count)
        case .category(let index, _, _):
            hasher.combine(site.newsroom.categories[index].articleIndices.count)
        case .categories:
            for category in site.newsroom.categories { hasher.combine(category.articleIndices.count) }
        case .embargoed(let index):
            let article = site.newsroom.embargoed[index]
            hasher.combine(key(of: article, site: site))
            hasher.combine(article.related)
            for slug in article.tagSlugs { hasher.combine(site.tag(slug) != nil) }
        case .page(let index):
            let page = site.pages[index]
            hasher.combine(page.title)
            hasher.combine(page.description)
            hasher.combine(page.contentHTML)
            hasher.combine(page.params.mapValues { $0.jsonText() })
        case .media:
            hasher.combine(site.pictures.albums)
        case .album(let index):
            hasher.combine(site.pictures.albums[index])
        case .article, .author, .authors, .contacts, .notFound, .search:
            break
        }
        return hasher.finalizeInt()
    }

    /// The signature of a list's feeds: the list (title, addresses, entries) and the keys of
    /// its articles in their order. The feed shows nothing else but what the epoch covers.
    func signature(of feed: PlannedFeed, epoch: Int, articleKeys: [Int]) -> Int {
        var hasher = StableHasher()
        hasher.combine(epoch)
        hasher.combine(feed)
        for index in feed.articles { hasher.combine(articleKeys[sites.globalIndex(language: feed.language, index: index)]) }
        return hasher.finalizeInt()
    }

    /// The signature of the search index: the keys of the articles it holds, in their order
    /// (those `isIndexed` lets in), and the epoch (the names of authors, sections and
    /// categories, the interface strings of the labels).
    func searchSignature(language: Int = 0, epoch: Int, articleKeys: [Int], isIndexed: (Article) -> Bool) -> Int {
        var hasher = StableHasher()
        hasher.combine(epoch)
        // The language's articles: each language has an index of its own.
        for (index, article) in sites.sites[language].articles.enumerated() where isIndexed(article) {
            hasher.combine(articleKeys[sites.globalIndex(language: language, index: index)])
        }
        return hasher.finalizeInt()
    }

    /// The bytes of a small file (`site.yml`, the interface strings), hashed; `nil` when it
    /// cannot be read. By content, not by signature: a checkout that touches it changes nothing.
    private static func contentHash(_ path: String) -> UInt64? {
        FileManager.default.contents(atPath: path).map { ContentHash.fnv1a($0) }
    }

    /// Everything a contact's value shows.
    private static func key(of contact: Contact) -> Int {
        var hasher = StableHasher()
        hasher.combine(contact.id)
        hasher.combine(contact.name)
        hasher.combine(contact.role)
        hasher.combine(contact.phone)
        hasher.combine(contact.email)
        hasher.combine(contact.photo)
        hasher.combine(contact.languages)
        hasher.combine(contact.bioHTML)
        hasher.combine(contact.params.mapValues { $0.jsonText() })
        return hasher.finalizeInt()
    }

    /// Everything an author's value shows but the article count.
    private static func key(of author: Author) -> Int {
        var hasher = StableHasher()
        hasher.combine(author.id)
        hasher.combine(author.name)
        hasher.combine(author.role)
        hasher.combine(author.avatar)
        hasher.combine(author.bioHTML)
        hasher.combine(author.hashtags)
        hasher.combine(author.website)
        hasher.combine(author.email)
        hasher.combine(author.params.mapValues { $0.jsonText() })
        return hasher.finalizeInt()
    }
}
