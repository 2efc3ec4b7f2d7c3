/// A declared section with its articles: `Content/<id>/` and the articles that name it.
public struct Section: Sendable {
    public let config: SectionConfig
    /// The first page of the section's list: `/pressemitteilungen/` below the base path.
    public let url: String
    /// Indices into `Site.articles`, newest first.
    public let articleIndices: [Int]

    public var id: String { config.id }
    public var title: String { config.title }
}
