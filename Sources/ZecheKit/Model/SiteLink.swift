/// A link in the content that leads to a page of the site by its address rather than by a
/// content file: written as `/path`, as the site's absolute URL, or relative to the page
/// (`../andere-meldung/`). It is checked against the pages the build plans.
public struct SiteLink: Sendable, Hashable {
    /// The link as written.
    public let destination: String
    /// The root-relative path it leads to, percent-decoded, without query and fragment:
    /// `/newsroom/2026/11/x/`.
    public let path: String
    public let location: SourceLocation
    /// For a link relative to the page: the content file it would have named, which does
    /// not exist either.
    public let lookedForFile: String?
}
