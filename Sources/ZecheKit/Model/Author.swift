/// A person who writes articles, from `Content/authors/ID.md`.
public struct Author: Sendable {
    /// The file name without `.md`; articles name their authors by it.
    public let id: String
    public let name: String
    /// What the person does, e.g. "macht Marketing & Communications bei q-one.com".
    public let role: String?
    /// The portrait image, if any.
    public let avatar: SiteImage?
    /// The biography, rendered from the file's Markdown body.
    public let bioHTML: String
    /// The biography as plain text, for meta descriptions and structured data.
    public let bioText: String
    /// Hashtags without `#`.
    public let hashtags: [String]
    /// A personal or profile web site.
    public let website: String?
    public let email: String?
    /// The author page: `/authors/ID/` below the site's base path.
    public let url: String
    public let sourcePath: String
    public let params: [String: ParamValue]
}
