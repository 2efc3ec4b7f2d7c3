/// The format and size of an image, read from its header: the few bytes at the start of the
/// file that say how large the picture is, without decoding it.
public struct ImageInfo: Equatable, Hashable, Sendable {
    /// The file's format, as its bytes say (which may differ from its name: then reading fails).
    public let format: ImageFormat
    /// The width of the picture as stored, in pixels (for SVG: CSS pixels, rounded).
    public let storedWidth: Int
    /// The height of the picture as stored, in pixels.
    public let storedHeight: Int
    /// How the picture is turned when shown: from a JPEG's EXIF data or an AVIF's `irot`
    /// property; ``ImageOrientation/topLeft`` for the other formats.
    public let orientation: ImageOrientation

    /// Creates the description of an image; ``read(bytes:fileExtension:)`` makes them from files.
    public init(format: ImageFormat, storedWidth: Int, storedHeight: Int, orientation: ImageOrientation = .topLeft) {
        self.format = format
        self.storedWidth = storedWidth
        self.storedHeight = storedHeight
        self.orientation = orientation
    }

    /// The width as shown, in pixels: the stored height when the orientation turns the picture
    /// by 90°. This is what an `<img width>` needs.
    public var width: Int { orientation.swapsWidthAndHeight ? storedHeight : storedWidth }

    /// The height as shown, in pixels.
    public var height: Int { orientation.swapsWidthAndHeight ? storedWidth : storedHeight }

    /// Reads the format and size from the start of an image file.
    ///
    /// `fileExtension` is the extension of the file's name (`"jpg"`, `".PNG"`); the bytes must be
    /// of that format, or the error says which format they are. With `nil`, the format is taken
    /// from the bytes alone. `bytes` may be only the start of the file: a few kilobytes hold the
    /// header of most images (``read(contentsOf:)`` reads no more than it needs).
    ///
    /// Never traps, whatever the bytes, and takes time linear in their count.
    public static func read(bytes: [UInt8], fileExtension: String?) throws(ImageError) -> ImageInfo {
        try read(bytes: bytes[...], fileExtension: fileExtension, isWholeFile: true)
    }

    /// Reads the format and size from the start of an image file held in a slice.
    public static func read(bytes: ArraySlice<UInt8>, fileExtension: String?) throws(ImageError) -> ImageInfo {
        try read(bytes: bytes, fileExtension: fileExtension, isWholeFile: true)
    }

    static func read(
        bytes: ArraySlice<UInt8>, fileExtension: String?, isWholeFile: Bool
    ) throws(ImageError) -> ImageInfo {
        var named: ImageFormat?
        if let fileExtension {
            guard let format = ImageFormat(fileExtension: fileExtension) else {
                throw .unsupportedExtension(fileExtension.hasPrefix(".") ? String(fileExtension.dropFirst()) : fileExtension)
            }
            named = format
        }
        guard !bytes.isEmpty else { throw .empty }
        let format = try format(of: bytes, named: named)
        let file = ImageBytes(bytes, format: format, isWholeFile: isWholeFile)
        switch format {
        case .jpeg: return try JPEGHeaderReader.read(file)
        case .png: return try PNGHeaderReader.read(file)
        case .gif: return try GIFHeaderReader.read(file)
        case .webp: return try WebPHeaderReader.read(file)
        case .avif: return try AVIFHeaderReader.read(file)
        case .svg: return try SVGHeaderReader.read(file)
        }
    }

    /// The format to read the bytes as: the one their signature gives, which must be the one
    /// the name gives.
    private static func format(of bytes: ArraySlice<UInt8>, named: ImageFormat?) throws(ImageError) -> ImageFormat {
        let actual = ImageFormat.identify(bytes)
        guard let named else {
            if let actual { return actual }
            throw .notAnImage(named: nil)
        }
        if let actual, actual != named {
            throw .wrongFormat(actual: actual, named: named)
        }
        if actual == named { return named }
        switch named.signatureMatch(bytes) {
        case .mayMatch: throw .truncated(named)
        case .matches: return named
        case .differs:
            // XML whose svg element comes late, or no XML at all: the SVG reader says which.
            if named == .svg { return .svg }
            if named == .avif, bytes.count >= 8, ImageBytes(bytes, format: .avif, isWholeFile: true).hasASCII("ftyp", at: 4) {
                throw .malformed(.avif, detail: AVIFHeaderReader.brandComplaint(bytes))
            }
            throw .notAnImage(named: named)
        }
    }
}
