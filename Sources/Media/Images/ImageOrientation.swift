/// How a stored image is turned to be shown: the eight values of the EXIF `Orientation` tag
/// (TIFF 6.0 tag 274), named after the corner where the stored first row and column go.
public enum ImageOrientation: Int, CaseIterable, Equatable, Hashable, Sendable {
    /// Shown as stored (EXIF 1).
    case topLeft = 1
    /// Mirrored left to right (EXIF 2).
    case topRight = 2
    /// Turned by 180° (EXIF 3).
    case bottomRight = 3
    /// Mirrored top to bottom (EXIF 4).
    case bottomLeft = 4
    /// Mirrored along the top-left to bottom-right diagonal (EXIF 5).
    case leftTop = 5
    /// Turned 90° clockwise (EXIF 6), as a phone held upright stores its photos.
    case rightTop = 6
    /// Mirrored along the top-right to bottom-left diagonal (EXIF 7).
    case rightBottom = 7
    /// Turned 90° counterclockwise (EXIF 8).
    case leftBottom = 8

    /// Whether showing the image swaps its width and height (EXIF 5 to 8).
    public var swapsWidthAndHeight: Bool { rawValue >= 5 }
}
