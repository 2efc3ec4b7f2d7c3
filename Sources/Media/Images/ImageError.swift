/// Why an image's size could not be read. ``message`` says what is wrong with the file and
/// ``fix`` what to do; the caller adds the file's name and the place that uses it.
public enum ImageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file name's extension is no image format Zeche reads (`bmp`, `tiff`, `svgz`).
    case unsupportedExtension(String)
    /// The file holds no bytes.
    case empty
    /// The file is an image of another format than its name says.
    case wrongFormat(actual: ImageFormat, named: ImageFormat)
    /// The bytes are no image Zeche knows; `named` is the format the name promised, if any.
    case notAnImage(named: ImageFormat?)
    /// The file ends before its header does.
    case truncated(ImageFormat)
    /// The header gives a size of zero pixels in one direction; `part` names where it says so
    /// ("IHDR", "SOF0 marker").
    case emptyImage(ImageFormat, part: String, width: Int, height: Int)
    /// The header that holds the size is missing: a JPEG without SOF marker, an AVIF without
    /// `ispe` property, an SVG without a size in pixels or a `viewBox`.
    case missingSize(ImageFormat)
    /// The header breaks its format's rules; `detail` says how ("its first chunk is 'CgBI', not
    /// IHDR").
    case malformed(ImageFormat, detail: String)
    /// The file could not be read at all; `reason` is the system's explanation.
    case unreadable(reason: String)

    /// What is wrong, as a sentence without the final period: "the file is a PNG, not a JPEG as
    /// its name says".
    public var message: String {
        switch self {
        case .unsupportedExtension(let fileExtension):
            "'.\(fileExtension)' is not an image format Zeche reads"
        case .empty:
            "the file is empty"
        case .wrongFormat(let actual, let named):
            "the file is \(actual.nameWithArticle), not \(named.nameWithArticle) as its name says"
        case .notAnImage(let named?):
            "the file is not \(named.nameWithArticle): its first bytes are not those of any image format Zeche reads"
        case .notAnImage(nil):
            "the file is not an image: its first bytes are not those of any image format Zeche reads"
        case .truncated(let format):
            "the file ends inside the \(format.name) header (truncated)"
        case .emptyImage(let format, let part, let width, let height):
            "the \(format.name)'s \(part) gives \(width)×\(height) pixels"
        case .missingSize(.jpeg):
            "the JPEG has no SOF marker"
        case .missingSize(.avif):
            "the AVIF has no 'ispe' property that gives its size"
        case .missingSize(.svg):
            "the SVG has no size: its root element has neither width and height in pixels nor a viewBox"
        case .missingSize(let format):
            "the \(format.name) header gives no size"
        case .malformed(let format, let detail):
            "the \(format.name) is damaged: \(detail)"
        case .unreadable(let reason):
            "the file cannot be read: \(reason)"
        }
    }

    /// What to do about it.
    public var fix: String {
        switch self {
        case .unsupportedExtension:
            "use a JPEG, PNG, GIF, WebP, AVIF or SVG file"
        case .empty:
            "replace it with the image it should hold"
        case .wrongFormat(let actual, let named):
            "rename it to end in '.\(actual.preferredFileExtension)', or save it again as \(named.nameWithArticle)"
        case .notAnImage(let named?):
            "replace it with the image it should hold, saved as \(named.nameWithArticle)"
        case .notAnImage(nil):
            "replace it with the image it should hold"
        case .truncated:
            "the file was cut off while it was copied or saved; copy or export it again"
        case .emptyImage:
            "export the image again; it needs at least one pixel in each direction"
        case .missingSize(.svg):
            "add viewBox=\"0 0 WIDTH HEIGHT\" to its <svg> element"
        case .missingSize(.jpeg):
            "the file holds JPEG metadata but no picture; export the image again"
        case .missingSize, .malformed:
            "export the image again"
        case .unreadable:
            "check that the file exists and can be read"
        }
    }

    /// The message and the fix on one line, for logs and test failures.
    public var description: String { "\(message); fix: \(fix)" }
}
