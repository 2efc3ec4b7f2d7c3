import Search

/// The search page of a plan, and the folder its index owns.
extension SitePlan {
    /// Whether a plan gives `site` a search page and index: it asks for search and the theme
    /// (whose templates `has` knows) has a `search` template.
    static func hasSearch(_ site: Site, has: (String) -> Bool) -> Bool {
        site.config.search != nil && has("search")
    }

    /// The address of each language's search page, by the language's place in `sites`, for
    /// the languages that have one (`hasSearch`): what `planSearch` plans, known before the plan.
    static func searchPages(of sites: MultilingualSite, has: (String) -> Bool) -> [(language: Int, page: PageAddress)] {
        sites.sites.indices.compactMap { language in
            let site = sites.sites[language]
            guard let search = site.config.search, hasSearch(site, has: has) else { return nil }
            return (language, searchPage(of: search, site: site))
        }
    }

    private static func searchPage(of search: SearchConfig, site: Site) -> PageAddress {
        site.config.urls.searchPage(path: search.path)
    }

    /// The search page, when the site has search (`search` in `site.yml`) and the theme a
    /// `search` template; only then is the index written. A theme made before search had no
    /// such template: it builds as it did, and only a site that asks for search is warned.
    mutating func planSearch(site: Site, has: (String) -> Bool) {
        guard let search = site.config.search else { return }
        guard Self.hasSearch(site, has: has) else {
            guard search.isExplicit else { return }
            diagnostics.append(.warning("the theme has no 'search' template, so the site has no search page and no search index",
                                        at: SourceLocation(path: "Templates/search.mustache"),
                                        fix: "create Templates/search.mustache (the default theme has one), or remove 'search' from site.yml"))
            return
        }
        let address = Self.searchPage(of: search, site: site)
        add(.search, "search", address)
        searchPages[planningLanguage] = (address, site.config.urls.searchIndexPath)
    }

    /// The theme's search client: a site without a search page does not carry it.
    static let searchClient = "Templates/assets/search.js"

    /// What owns `outputPath` when it is a path the search index may write (`search/terms/…`):
    /// no page or file of the site may take it.
    func searchIndexOwner(of outputPath: String) -> String? {
        // On bytes: asked for every page of the site.
        for (_, folder) in searchPages.values where outputPath.utf8.starts(with: folder.utf8) {
            let rest = String(decoding: outputPath.utf8.dropFirst(folder.utf8.count), as: UTF8.self)
            if SearchIndex.mayHave(rest) { return "a file of the search index in '\(folder)'" }
        }
        return nil
    }
}
