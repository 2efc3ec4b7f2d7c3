/// Checks the links that lead to pages by their address (written as `/path`, as the site's own
/// absolute URL, or relative to the page) against the pages and files the build plans, so that
/// a link to a page that does not exist is an error at its line and column.
///
/// A root-relative link outside the site's base path (a newsroom at `/newsroom/` linking to
/// `/produkte/`) leads to the company's other pages, which this build does not make: it is
/// not checked.
enum SiteLinkCheck {
    /// The links of every language's content against the pages of all languages.
    static func check(sites: MultilingualSite, outputPaths: Set<String>) -> [Diagnostic] {
        sites.sites.flatMap { check(site: $0, outputPaths: outputPaths) }
    }

    static func check(site: Site, outputPaths: Set<String>) -> [Diagnostic] {
        let urls = site.config.urls
        var diagnostics: [Diagnostic] = []
        lazy var pageFolders = outputPaths.filter { $0.hasSuffix("index.html") }.map { String($0.dropLast("index.html".count)) }
        for link in site.rootRelativeLinks {
            guard let inside = urls.relativePath(of: link.path) else { continue }
            let candidates = inside.isEmpty || inside.hasSuffix("/") ? [inside + "index.html"] : [inside, inside + "/index.html"]
            if candidates.contains(where: outputPaths.contains) { continue }
            let near = Suggestion.nearest(to: inside, in: pageFolders)
            let suggestion = near.map { "; did you mean '\(urls.base.path)\($0)'?" } ?? ""
            if let file = link.lookedForFile {
                diagnostics.append(.error(
                    "the link '\(link.destination)' points to '\(file)', which does not exist, nor is '\(link.path)' a page of the site\(suggestion)",
                    at: link.location, fix: "link to the Markdown file of the page, relative to this file, or to an address the site has"))
            } else {
                diagnostics.append(.error(
                    "the link '\(link.destination)' points to no page of the site\(suggestion)",
                    at: link.location, fix: "check the address, or link to the Markdown file itself (e.g. ../pages/impressum.md)"))
            }
        }
        return diagnostics
    }
}
