/// A category from the closed list of `site.yml`'s `categories`: articles name it by its id,
/// and it gets a paginated page and feeds.
public struct CategoryConfig: Sendable, Hashable {
    /// The URL form, and what articles write in `categories`.
    public let id: String
    public let title: String
    public let description: String
}

