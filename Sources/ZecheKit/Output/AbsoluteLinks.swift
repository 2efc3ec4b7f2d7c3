/// Makes the root-relative links of rendered HTML absolute, for feeds read away from the site.
enum AbsoluteLinks {
    /// `href="/x"` and `src="/x"` become `href="https://host/x"`; protocol-relative `//host`
    /// links and everything else stay as they are.
    static func make(_ html: String, origin: String) -> String {
        guard html.contains("=\"/") else { return html }
        var output = ""
        output.reserveCapacity(html.utf8.count + 256)
        var rest = Substring(html)
        while let range = rest.range(of: "=\"/") {
            let before = rest[..<range.lowerBound]
            let isLinkAttribute = before.hasSuffix(" href") || before.hasSuffix(" src") || before.hasSuffix(" poster")
            let isProtocolRelative = rest[range.upperBound...].hasPrefix("/")
            output += before
            output += "=\""
            if isLinkAttribute, !isProtocolRelative { output += origin }
            output += "/"
            rest = rest[range.upperBound...]
        }
        return output + rest
    }
}
