/// The HTML of an image that Zeche renders itself rather than leaving to cmark: with its
/// size and loading attributes, and as a `<figure>` with its caption and credit.
///
/// The destination is escaped as cmark escapes an `href` (houdini's rules: bytes outside a
/// safe set become `%XX`, `&` and `'` entities), the other texts as HTML attribute values.
enum ImageHTML {
    /// `<img>` with `escapedAlt` as it is (cmark's alt text, escaped) and the other texts
    /// escaped here.
    static func img(url: String, escapedAlt: String, title: String?, attributes: ImageAttributes?) -> String {
        var html = "<img src=\"" + escapedURL(url) + "\" alt=\"" + escapedAlt + "\""
        if let title, !title.isEmpty { html += " title=\"" + escaped(title) + "\"" }
        if let attributes {
            if let width = attributes.width, let height = attributes.height {
                html += " width=\"\(width)\" height=\"\(height)\""
            }
            if attributes.loadsLazily { html += " loading=\"lazy\" decoding=\"async\"" }
        }
        return html + ">"
    }

    /// `<figure class="figure">` with the image and its caption, the credit in a span of its
    /// own so that a theme can set it apart.
    static func figure(img: String, caption: String?, credit: String?) -> String {
        var html = "<figure class=\"figure\">\n" + img + "\n<figcaption class=\"figure__caption\">"
        if let caption { html += escaped(caption) }
        if let credit { html += (caption == nil ? "" : " ") + "<span class=\"figure__credit\">" + escaped(credit) + "</span>" }
        return html + "</figcaption>\n</figure>\n"
    }

    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: output += Array("&amp;".utf8)
            case 0x3C: output += Array("&lt;".utf8)
            case 0x3E: output += Array("&gt;".utf8)
            case 0x22: output += Array("&quot;".utf8)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `url` as cmark writes it into `src`: the characters of houdini's safe set stay, `&` and
    /// `'` become entities, every other byte `%XX`.
    static func escapedURL(_ url: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(url.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            if isSafeInHref(byte) {
                output.append(byte)
            } else if byte == UInt8(ascii: "&") {
                output += Array("&amp;".utf8)
            } else if byte == UInt8(ascii: "'") {
                output += Array("&#x27;".utf8)
            } else {
                output += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isSafeInHref(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            Array("-_.+!*(),%#@?=;:/$~".utf8).contains(byte)
        }
    }
}
