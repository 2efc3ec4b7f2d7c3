/// The site's search as `site.yml` sets it: on by default, at `/suche/` on a German site and
/// `/search/` on any other; `search: {path: /finden/}` moves the page, `search: false` leaves
/// search out (no page, no index, no field in the header).
public struct SearchConfig: Sendable, Hashable {
    /// The search page's path inside the site, with a slash at each end: `/suche/`.
    public let path: String
    /// Whether `site.yml` asks for search (`search: true` or a group): then a theme without a
    /// search template is worth a warning. By default such a theme just has no search.
    public var isExplicit = false

    /// The page's path when `site.yml` names none: `/suche/` for German, `/search/` otherwise.
    static func defaultPath(language: String) -> String {
        LanguageTag.primaryLanguage(of: language) == "de" ? "/suche/" : "/search/"
    }
}
