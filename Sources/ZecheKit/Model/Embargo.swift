/// An article under embargo: kept out of every public page, list, feed and sitemap until the
/// moment, and written only at a private address when the build has an `EmbargoKey`.
public struct Embargo: Sendable, Hashable {
    /// The moment the article is published.
    public let until: SiteDate
    /// Its private page (`/vorab/<token>/`), or `nil` when the build has no key.
    public let privateAddress: PageAddress?
}
