/// An image file format whose header ``ImageInfo`` reads.
public enum ImageFormat: String, CaseIterable, Equatable, Hashable, Sendable {
    case jpeg
    case png
    case gif
    case webp
    case avif
    case svg

    /// The format a file name's extension stands for (`"jpg"`, `".JPEG"`, `"svg"`), or `nil` for an
    /// extension no format here uses.
    public init?(fileExtension: String) {
        var name = Substring(fileExtension)
        if name.hasPrefix(".") { name = name.dropFirst() }
        switch name.lowercased() {
        case "jpg", "jpeg", "jpe", "jfif": self = .jpeg
        case "png": self = .png
        case "gif": self = .gif
        case "webp": self = .webp
        case "avif": self = .avif
        case "svg": self = .svg
        default: return nil
        }
    }

    /// The format's usual name, as people write it: "JPEG", "WebP", "SVG".
    public var name: String {
        switch self {
        case .jpeg: "JPEG"
        case .png: "PNG"
        case .gif: "GIF"
        case .webp: "WebP"
        case .avif: "AVIF"
        case .svg: "SVG"
        }
    }

    /// The name with its indefinite article, for messages: "a JPEG", "an SVG".
    public var nameWithArticle: String {
        switch self {
        case .avif, .svg: "an \(name)"
        default: "a \(name)"
        }
    }

    /// The extension a file of this format is usually given, without the dot.
    public var preferredFileExtension: String {
        self == .jpeg ? "jpg" : rawValue
    }

    /// The media type, for `og:image:type` and HTTP: `image/jpeg`, `image/svg+xml`.
    public var mediaType: String {
        self == .svg ? "image/svg+xml" : "image/\(rawValue)"
    }

    /// Whether the format stores pixels (every format here except SVG).
    public var isRaster: Bool { self != .svg }
}
