/// One page to render: which template, for what, and where the result goes.
public struct RenderJob: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case article(Int)
        /// Index page number `page` (1-based).
        case index(page: Int)
        case tag(Int)
        case tags
        case author(Int)
        case authors
        case page(Int)
        case notFound
    }

    public let kind: Kind
    /// The template's name in the library: `article`, `index`, `tag`, ….
    public let template: String
    /// Relative to the output folder: `2026/11/austausch/index.html`.
    public let outputPath: String
    /// The page's root-relative URL: `/2026/11/austausch/`.
    public let url: String
}
