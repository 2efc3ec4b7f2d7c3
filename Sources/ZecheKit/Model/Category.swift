/// A category of `site.yml` with its articles.
public struct Category: Sendable {
    public let config: CategoryConfig
    /// The first page of the category's list: `/categories/digitalisierung/`.
    public let url: String
    /// Indices into `Site.articles`, newest first.
    public let articleIndices: [Int]

    public var id: String { config.id }
    public var title: String { config.title }
}
