/// The translations of a plan's pages: which page of one language is which page of another.
extension SitePlan {
    /// What a page is, whatever its language: the pages with one identity are translations
    /// of each other. Only the first page of a list has one; later pages list other articles
    /// in each language.
    private enum PageIdentity: Hashable {
        case home, tags, authors, categories, contacts
        case author(String)
        case section(String)
        case category(String)
        /// An article or standalone page, by its first version in language order.
        case article(language: Int, index: Int)
        case page(language: Int, index: Int)
    }

    /// Sets each job's `translations`: the same page in the other languages.
    mutating func linkTranslations(_ sites: MultilingualSite) {
        let identities = jobs.map { identity(of: $0, sites: sites) }
        var byIdentity: [PageIdentity: [RenderJob.Translation]] = [:]
        for (job, identity) in zip(jobs, identities) {
            guard let identity else { continue }
            byIdentity[identity, default: []].append(RenderJob.Translation(language: job.language, url: job.url))
        }
        for index in jobs.indices {
            guard let identity = identities[index], let versions = byIdentity[identity], versions.count > 1 else { continue }
            setTranslations(versions.filter { $0.language != jobs[index].language }, ofJob: index)
        }
    }

    private func identity(of job: RenderJob, sites: MultilingualSite) -> PageIdentity? {
        let site = sites.sites[job.language]
        switch job.kind {
        case .index(let page, _): return page == 1 ? .home : nil
        case .tags: return .tags
        case .authors: return .authors
        case .categories: return .categories
        case .contacts: return .contacts
        case .author(let index, let page, _): return page == 1 ? .author(site.authors[index].id) : nil
        case .section(let index, let page, _): return page == 1 ? .section(site.newsroom.sections[index].id) : nil
        case .category(let index, let page, _): return page == 1 ? .category(site.newsroom.categories[index].id) : nil
        case .article(let index, _, _, _):
            let first = ([MultilingualSite.Translation(language: job.language, index: index)] + sites.translations[job.language][index])
                .min { ($0.language, $0.index) < ($1.language, $1.index) }
            return first.map { .article(language: $0.language, index: $0.index) }
        case .page(let index):
            let first = ([MultilingualSite.Translation(language: job.language, index: index)] + sites.pageTranslations[job.language][index])
                .min { ($0.language, $0.index) < ($1.language, $1.index) }
            return first.map { .page(language: $0.language, index: $0.index) }
        case .tag, .embargoed, .notFound, .media, .album, .search:
            return nil
        }
    }
}
