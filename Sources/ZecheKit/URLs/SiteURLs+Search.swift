/// The addresses of the search: its page and the files of its index.
extension SiteURLs {
    /// The search page at `path` (`/suche/`), which restores a query from `?q=`.
    public func searchPage(path: String) -> PageAddress { page(path) }

    /// The folder of the search index, `search/` inside the output.
    static let searchIndexFolder = "search/"

    /// The root-relative URL of the search index's folder: `/search/` (`/en/search/` for a
    /// language in its own folder), where the client fetches `manifest.json` and the rest.
    public var searchIndex: String { inside(searchIndexPath) }

    /// A file of the search index by its path in the index (`terms/di.json`):
    /// `search/terms/di.json`.
    public func searchIndexFile(_ path: String) -> PageAddress { file(searchIndexPath + path) }

    /// The folder of the language's search index in the output: `search/`, `en/search/`.
    var searchIndexPath: String { languageFolder + Self.searchIndexFolder }
}
