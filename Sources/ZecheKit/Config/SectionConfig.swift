/// A section of the site as `site.yml` declares it under `sections`: a kind of content with a
/// folder of its own (`Content/<id>/`), a paginated page and feeds, such as press releases.
public struct SectionConfig: Sendable, Hashable {
    /// The folder name under `Content/` and the value of an article's `section` key.
    public let id: String
    public let title: String
    public let description: String
    /// The section page's path inside the site, with a slash at each end: `/pressemitteilungen/`.
    public let path: String
    /// The template of the section's pages (`section` unless `template` names another).
    public let template: String
    /// The permalink pattern of the section's articles; `nil` for the site's.
    public let permalink: PermalinkPattern?
    /// Whether the section's articles are listed on the home page.
    public let isOnHome: Bool
    /// Whether the section has an Atom and a JSON feed of its own.
    public let hasFeed: Bool
    /// How many of the section's newest articles the home page shows in a box of their own.
    public let featuredCount: Int
    /// Whether the company's boilerplate (`Content/boilerplate.md`) follows each article.
    public let showsBoilerplate: Bool
    /// Whether articles that name no `contacts` show the site's `press_contacts`.
    public let showsPressContacts: Bool
    /// The place of the dateline ("Essen, 24. November 2026 –") of articles that name none.
    public let dateline: String?
    /// Where the section is declared, for messages about it.
    public let location: SourceLocation
    /// Where `template` is set, for a message when the theme lacks it.
    public let templateLocation: SourceLocation?

    /// The implicit section of `Content/posts/` in a site that does not declare it.
    static let defaultID = "posts"

    /// Folder names under `Content/` that a section may not take.
    static let reservedIDs = ["authors", "pages", "images", "contacts", "media"]
}

extension SectionConfig {
    /// The section with a language's words: its title, description and path where given.
    func translated(title: String?, description: String?, path: String) -> SectionConfig {
        SectionConfig(
            id: id, title: title ?? self.title, description: description ?? self.description, path: path, template: template,
            permalink: permalink, isOnHome: isOnHome, hasFeed: hasFeed, featuredCount: featuredCount, showsBoilerplate: showsBoilerplate,
            showsPressContacts: showsPressContacts, dateline: dateline, location: location, templateLocation: templateLocation)
    }
}
