/// What the caller of `MarkdownParser.parse(_:resolvingLinks:)` says about one link or image
/// destination: where it leads in the built site, and for an image what its `<img>` needs.
public struct LinkResolution: Sendable, Hashable {
    /// The URL that replaces the destination, or `nil` to keep it as written.
    public var url: String?
    /// For an image: its size and how it loads; `nil` renders the image as cmark does.
    public var image: ImageAttributes?

    public init(url: String? = nil, image: ImageAttributes? = nil) {
        self.url = url
        self.image = image
    }
}

/// The attributes of an `<img>` that the Markdown does not say: its size, read from the file,
/// so that the page does not jump while it loads, and whether the browser may load it late.
public struct ImageAttributes: Sendable, Hashable {
    /// The size in pixels, as shown; `nil` when it is not known (then `width` and `height`
    /// are left out).
    public var width: Int?
    public var height: Int?
    /// `loading="lazy" decoding="async"`: for every image but the first of a page.
    public var loadsLazily: Bool

    public init(width: Int?, height: Int?, loadsLazily: Bool) {
        self.width = width
        self.height = height
        self.loadsLazily = loadsLazily
    }
}
