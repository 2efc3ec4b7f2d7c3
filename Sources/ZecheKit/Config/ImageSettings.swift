/// The `images` group of `site.yml`: what the site demands of its pictures, and the image that
/// stands for a page in link previews when the page has none of its own.
public struct ImageSettings: Sendable {
    /// `require_credit: true`: every cover, Markdown image and press kit file but SVGs needs a
    /// credit ("Foto: Jana Beispiel / Q.One"); a missing one is an error at its place.
    public var requiresCredit = false
    /// `share_image`: a file of the site (`/images/newsroom.jpg`) for `og:image` on pages
    /// without an image of their own (the index, tag and author pages, articles without one).
    public var shareImage: ConfigReference?
    /// `share_image_alt`, required with `share_image`.
    public var shareImageAlt: String?

    public init() {}
}
