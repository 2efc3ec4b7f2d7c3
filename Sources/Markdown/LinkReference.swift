/// A link or image destination found in a Markdown document, with where it was written.
public struct LinkReference: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case link
        case image
    }

    public let kind: Kind
    /// The destination as cmark read it (entities and escapes resolved).
    public let destination: String
    /// Line of the body (1-based) where the link or image starts.
    public let line: Int
    /// Column (1-based, counted in Unicode scalars) where the link or image starts.
    public let column: Int
    /// Whether the rendered HTML leaves the link or image out, keeping only its text: its
    /// destination is unsafe (see `isUnsafe`) and raw HTML is not allowed.
    public let isDropped: Bool

    public init(kind: Kind, destination: String, line: Int, column: Int, isDropped: Bool = false) {
        self.kind = kind
        self.destination = destination
        self.line = line
        self.column = column
        self.isDropped = isDropped
    }

    /// Whether a destination runs a script or smuggles content in: `javascript:`, `vbscript:`,
    /// `file:` and every `data:` address, in any case. Browsers ignore leading spaces and
    /// controls and every tab and line break in a URL, so this does too.
    ///
    /// cmark's safe mode checks the same schemes but keeps `data:` images (PNG, GIF, JPEG,
    /// WebP); Zeche wants images as files, which also keeps pages free of pasted blobs.
    public static func isUnsafe(_ destination: String) -> Bool {
        var scheme: [UInt8] = []
        for byte in destination.utf8 {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            if scheme.isEmpty, byte <= 0x20 { continue }
            if byte == UInt8(ascii: ":") { return unsafeSchemes.contains(scheme) }
            scheme.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if scheme.count > 10 { return false }
        }
        return false
    }

    private static let unsafeSchemes: Set<[UInt8]> = Set(["javascript", "vbscript", "file", "data"].map { Array($0.utf8) })
}
