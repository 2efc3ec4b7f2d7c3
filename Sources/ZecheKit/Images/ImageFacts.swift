public import Media

/// What Zeche knows of an image file of the site: its format and size as its header says,
/// and how many bytes it has.
public struct ImageFacts: Sendable, Hashable {
    public let format: ImageFormat
    /// The size as shown, in pixels (an EXIF-turned JPEG's width is its stored height).
    public let width: Int
    public let height: Int
    public let byteCount: Int

    /// Whether LinkedIn, Facebook and X show the image in a link preview: JPEG, PNG and WebP.
    public var isShareable: Bool { format == .jpeg || format == .png || format == .webp }
}
