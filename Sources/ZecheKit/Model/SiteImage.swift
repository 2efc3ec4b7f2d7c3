/// An image a page shows: its URL and, for a file of the site whose header could be read, its
/// format and size (what `<img width height>` and `og:image:width` need).
public struct SiteImage: Sendable, Hashable {
    /// Root-relative with the base path (`/images/foerderturm.jpg`), or an absolute URL.
    public let url: String
    /// The file, relative to the site folder; `nil` for an image of another host.
    public let sourcePath: String?
    public let facts: ImageFacts?

    public init(url: String, sourcePath: String?, facts: ImageFacts?) {
        self.url = url
        self.sourcePath = sourcePath
        self.facts = facts
    }

    public var width: Int? { facts?.width }
    public var height: Int? { facts?.height }
}
