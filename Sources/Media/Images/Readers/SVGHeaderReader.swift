/// Reads an SVG's size from its root `<svg>` element: `width` and `height` in pixels (or in an
/// absolute CSS unit), and where one or both are missing or relative (`100%`, `2em`), the
/// `viewBox` (SVG 2, 8.2 and 8.7): a missing side takes the viewBox's aspect ratio, and
/// without both, the viewBox's own width and height count as pixels.
///
/// A byte scan, not an XML parser: it skips the XML declaration, comments, processing
/// instructions and a DOCTYPE (with its internal subset), then reads the root element's
/// attributes up to its `>`. It reads nothing after that, so a large SVG costs no more than
/// its first tag.
enum SVGHeaderReader {
    /// Larger sizes are mistakes (1,000,000 px is 26 m on a screen), and would not fit an Int.
    static let maximumPixels = 1_000_000.0

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Whether `byte` ends an element or attribute name.
    static func endsName(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=")
    }

    static func read(_ file: ImageBytes) throws(ImageError) -> ImageInfo {
        let attributes = try rootAttributes(file)
        let width = attributes["width"].flatMap(SVGLength.pixels)
        let height = attributes["height"].flatMap(SVGLength.pixels)
        let viewBox = attributes["viewBox"].flatMap(SVGLength.viewBoxSize)
        let size: (width: Double, height: Double)
        switch (width, height, viewBox) {
        case let (width?, height?, _):
            size = (width, height)
        case let (width?, nil, box?):
            size = (width, width * box.height / box.width)
        case let (nil, height?, box?):
            size = (height * box.width / box.height, height)
        case let (nil, nil, box?):
            size = box
        default:
            throw .missingSize(.svg)
        }
        return ImageInfo(format: .svg, storedWidth: try pixelCount(size.width, of: size),
                         storedHeight: try pixelCount(size.height, of: size))
    }

    /// A length rounded to whole pixels; a length that is not 0 counts as at least 1 pixel.
    private static func pixelCount(_ value: Double, of size: (width: Double, height: Double)) throws(ImageError) -> Int {
        // Both directions, not only this one: the error for an empty size names them both
        // (`width="0" height="3e124"` ended in a crash converting the height; found by fuzzing).
        guard [value, size.width, size.height].allSatisfy({ $0.isFinite && abs($0) <= maximumPixels }) else {
            throw .malformed(.svg, detail: "its size is larger than 1000000 pixels in a direction")
        }
        guard value > 0 else {
            throw .emptyImage(.svg, part: "root element", width: Int(size.width.rounded()), height: Int(size.height.rounded()))
        }
        return max(1, Int(value.rounded()))
    }

    /// The `width`, `height` and `viewBox` attributes of the root element.
    private static func rootAttributes(_ file: ImageBytes) throws(ImageError) -> [String: String] {
        var offset = try rootElementOffset(file) + 1
        let name = try readName(file, from: &offset)
        guard isSVG(name) else {
            throw .malformed(.svg, detail: "its root element is '\(name)', not 'svg'")
        }
        var attributes: [String: String] = [:]
        while true {
            offset = try skipWhitespace(file, from: offset)
            let byte = try file.byte(at: offset)
            if byte == UInt8(ascii: ">") { return attributes }
            if byte == UInt8(ascii: "/") {
                guard try file.byte(at: offset + 1) == UInt8(ascii: ">") else {
                    throw .malformed(.svg, detail: "a '/' stands inside its <svg> tag, at byte \(offset)")
                }
                return attributes
            }
            let attribute = try readName(file, from: &offset)
            offset = try skipWhitespace(file, from: offset)
            guard try file.byte(at: offset) == UInt8(ascii: "=") else {
                throw .malformed(.svg, detail: "its <svg> attribute '\(attribute)' has no value")
            }
            offset = try skipWhitespace(file, from: offset + 1)
            let quote = try file.byte(at: offset)
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw .malformed(.svg, detail: "the value of its <svg> attribute '\(attribute)' is not in quotes")
            }
            var close = offset + 1
            while try file.byte(at: close) != quote { close += 1 }
            if ["width", "height", "viewBox"].contains(attribute), attributes[attribute] == nil {
                attributes[attribute] = String(decoding: file.slice(offset + 1..<close), as: UTF8.self)
            }
            offset = close + 1
        }
    }

    /// Whether the root element of XML text is `svg` (with or without a namespace prefix): how
    /// a file named otherwise is known as an SVG. Throws when the bytes end or break before.
    static func hasSVGRoot(_ file: ImageBytes) throws(ImageError) -> Bool {
        var offset = try rootElementOffset(file) + 1
        return try isSVG(readName(file, from: &offset))
    }

    private static func isSVG(_ name: String) -> Bool {
        (name.split(separator: ":", omittingEmptySubsequences: false).last.map(String.init) ?? name) == "svg"
    }

    /// The offset of the root element's `<`, past a byte order mark, the XML declaration,
    /// comments, processing instructions and a DOCTYPE.
    private static func rootElementOffset(_ file: ImageBytes) throws(ImageError) -> Int {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        if file.count < 3, file.slice(0..<file.count).elementsEqual(byteOrderMark.prefix(file.count)) {
            throw .truncated(.svg)
        }
        var offset = file.hasASCII("\u{FEFF}", at: 0) ? 3 : 0
        var isFirstMarkup = true
        while true {
            offset = try skipWhitespace(file, from: offset)
            guard try file.byte(at: offset) == UInt8(ascii: "<") else {
                if isFirstMarkup { throw .notAnImage(named: .svg) }
                throw .malformed(.svg, detail: "text stands before its root element, at byte \(offset)")
            }
            isFirstMarkup = false
            if file.hasASCII("<?", at: offset) {
                offset = try end(of: "?>", in: file, from: offset + 2)
            } else if file.hasASCII("<!--", at: offset) {
                offset = try end(of: "-->", in: file, from: offset + 4)
            } else if try file.byte(at: offset + 1) == UInt8(ascii: "!") {
                offset = try endOfDeclaration(in: file, from: offset + 2)
            } else {
                return offset
            }
        }
    }

    /// An element or attribute name; the bytes at `offset` must start one.
    private static func readName(_ file: ImageBytes, from offset: inout Int) throws(ImageError) -> String {
        let start = offset
        while try !endsName(file.byte(at: offset)) { offset += 1 }
        guard offset > start else {
            throw .malformed(.svg, detail: "a name is missing in its first tag, at byte \(start)")
        }
        return String(decoding: file.slice(start..<offset), as: UTF8.self)
    }

    private static func skipWhitespace(_ file: ImageBytes, from offset: Int) throws(ImageError) -> Int {
        var position = offset
        while try isWhitespace(file.byte(at: position)) { position += 1 }
        return position
    }

    /// The offset after the first `terminator` from `offset` on.
    private static func end(of terminator: String, in file: ImageBytes, from offset: Int) throws(ImageError) -> Int {
        let first = terminator.utf8.first ?? 0
        var position = offset
        while true {
            if try file.byte(at: position) == first, file.hasASCII(terminator, at: position) {
                return position + terminator.utf8.count
            }
            position += 1
        }
    }

    /// The offset after the `>` that closes a `<!DOCTYPE …>`, past quoted text and an internal
    /// subset in brackets, whose declarations hold `>` of their own.
    private static func endOfDeclaration(in file: ImageBytes, from offset: Int) throws(ImageError) -> Int {
        var position = offset
        var quote: UInt8?
        var bracketDepth = 0
        while true {
            let byte = try file.byte(at: position)
            position += 1
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                bracketDepth += 1
            } else if byte == UInt8(ascii: "]") {
                bracketDepth = max(0, bracketDepth - 1)
            } else if byte == UInt8(ascii: ">"), bracketDepth == 0 {
                return position
            }
        }
    }
}
