import Foundation

/// Checks an SVG file before the site publishes it: an SVG opened at the site's address is a
/// document of the site's origin, so a script in it could read and change everything a
/// reader's browser holds for the site.
///
/// The checker reads the XML itself, on bytes, strictly: what a browser's XML parser would
/// refuse (and so never run) is refused too, so no trick of the syntax can hide a script from
/// it. It refuses scripts and event handler attributes, `javascript:` and `vbscript:` URLs
/// (however entities, case or whitespace disguise them), `<foreignObject>` and the HTML
/// elements that load or embed documents, references to other hosts (in `href`, `src`,
/// `xml:base`, animated links and CSS `url()`), `data:` URLs other than raster images, CSS
/// `@import` and escapes, `<?xml-stylesheet?>`, entity declarations and encodings other than
/// UTF-8 and Latin-1. Refusing is simpler and more honest than publishing a cleaned copy
/// that differs from the file the newsroom checked.
struct SVGChecker {
    /// What was found, at a byte offset of the file.
    struct Problem: Equatable, Sendable {
        let offset: Int
        let message: String
    }

    /// Elements that run scripts or embed other documents; compared by local name in any
    /// namespace and case, so `<svg:script>` and `<h:IFRAME>` count too.
    static let refusedElements: Set<String> = [
        "script", "foreignobject", "handler", "listener", "iframe", "frame", "frameset", "embed", "object", "applet",
        "meta", "link", "base", "form", "portal",
    ]
    /// Attributes whose value is a URL that the browser loads or follows.
    static let urlAttributes: Set<String> = ["href", "src", "base", "action", "formaction", "data", "poster", "background", "codebase"]
    static let animationElements: Set<String> = ["set", "animate", "animatemotion", "animatetransform", "animatecolor"]
    static let animationValues: Set<String> = ["from", "to", "by", "values"]
    static let allowedEncodings: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1", "iso-8859-15", "windows-1252"]

    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The first problem of the file, or `nil` when it may be published.
    func firstProblem() -> Problem? {
        var scanner = SVGScanner(bytes: bytes)
        return scanner.run()
    }

    /// Line and column (1-based; columns count Unicode scalars) of a byte offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1, index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && byte != 0x0D {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }

    /// A URL of an attribute or of CSS `url()`: `nil` when it stays on the site (a fragment,
    /// a relative path) or is a raster `data:` image; otherwise what it is.
    static func urlProblem(_ raw: String) -> String? {
        // URL parsers drop tabs and line breaks anywhere and spaces at the ends.
        let value = String(decoding: raw.utf8.filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
            .trimmingCharacters(in: CharacterSet(charactersIn: " \u{0C}\u{0}"))
        let lower = value.lowercased()
        if lower.isEmpty || lower.hasPrefix("#") { return nil }
        if lower.hasPrefix("//") || lower.hasPrefix("\\") || lower.hasPrefix("/\\") {
            return "a reference to another host, '\(value)'"
        }
        guard let colon = lower.firstIndex(of: ":") else { return nil }
        let scheme = lower[..<colon]
        let isScheme = scheme.utf8.first.map(isLetter) == true && scheme.utf8.allSatisfy(isSchemeByte)
        guard isScheme else {
            // A colon after something that is not a scheme: a relative path, unless a control
            // character hides a scheme (browsers strip those before the colon).
            return lower.unicodeScalars.contains { $0.value < 0x20 } ? "a URL with control characters, '\(value)'" : nil
        }
        switch scheme {
        case "javascript", "vbscript":
            return "a script URL, '\(value.prefix(60))'"
        case "data":
            let rasterTypes = ["png", "jpeg", "jpg", "gif", "webp", "avif", "bmp"]
            let isRaster = rasterTypes.contains { type in
                lower.hasPrefix("data:image/\(type);") || lower.hasPrefix("data:image/\(type),")
            }
            return isRaster ? nil : "a data: URL that is not a raster image, '\(value.prefix(60))'"
        default:
            return "a reference to another host, '\(value.prefix(80))'"
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// The problem of a piece of CSS (a `<style>` element or a `style` attribute), if any.
    static func cssProblem(_ css: String) -> String? {
        let lower = css.lowercased()
        if lower.contains("\\") { return "a CSS escape ('\\'), which can hide a URL or an import" }
        if lower.contains("@import") { return "a CSS @import" }
        if lower.contains("expression(") { return "a CSS expression()" }
        if lower.contains("image-set(") { return "a CSS image-set(), whose strings are URLs" }
        if let script = scriptURLProblem(lower) { return script }
        for function in ["url(", "src("] {
            var rest = lower[...]
            while let found = rest.range(of: function) {
                let argument = rest[found.upperBound...].prefix { $0 != ")" }
                let target = argument.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                if let problem = urlProblem(target) { return problem + " in CSS" }
                rest = rest[found.upperBound...]
            }
        }
        return nil
    }

    /// `javascript:` or `vbscript:` anywhere in a value, with whitespace and control
    /// characters taken out as a URL parser would.
    static func scriptURLProblem(_ value: String) -> String? {
        let squeezed = String(decoding: value.utf8.filter { $0 > 0x20 }, as: UTF8.self).lowercased()
        for scheme in ["javascript:", "vbscript:"] where squeezed.contains(scheme) {
            return "a script URL ('\(scheme)')"
        }
        return nil
    }
}
