/// A WordPress shortcode as written in a post: `[caption id="x" width="300"]…[/caption]`.
struct Shortcode: Sendable, Hashable {
    var name: String
    var attributes: [String: String]
    /// Values written without a name: `[youtube https://…]`.
    var positional: [String]
    /// The text between the opening and the closing tag, or nil without a closing tag.
    var content: String?
    /// The shortcode as written, for messages.
    var written: String

    /// The first attribute of `names` that is set, or the first positional value.
    func value(_ names: String...) -> String? {
        for name in names { if let value = attributes[name], !value.isEmpty { return value } }
        return nil
    }
}

/// Finds shortcodes in a post and replaces them. WordPress runs only the shortcodes that a
/// site's plugins register, which an export does not say; so a bracketed word counts as a
/// shortcode when its name is one WordPress or Jetpack defines, when it has attributes, or
/// when a closing tag follows. Other brackets (`[sic]`, `[1]`) stay text.
enum ShortcodeExpander {
    static let knownNames: Set<String> = [
        "caption", "wp_caption", "gallery", "embed", "audio", "video", "playlist", "youtube", "vimeo", "soundcloud",
        "twitter", "tweet", "instagram", "spotify", "googlemaps", "dailymotion", "ted", "slideshare", "scribd",
        "polldaddy", "contact-form", "contact-field", "gravityform", "archives", "sitemap", "recipe", "code",
        "sourcecode", "latex", "simple-payment", "facebook", "flickr", "vine", "wpvideo", "bandcamp", "gist",
    ]

    /// `text` with each shortcode replaced by what `replace` returns for it.
    static func expand(_ text: String, replace: (Shortcode) -> String) -> String {
        guard text.contains("[") else { return text }
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            output += rest[..<open]
            let after = rest[rest.index(after: open)...]
            // `[[name]]` is how WordPress writes a shortcode as text.
            if after.hasPrefix("["), let shortcode = parse(after.dropFirst()), shortcode.isShortcode,
               after[shortcode.end...].hasPrefix("]") {
                output += "[" + after[after.index(after: after.startIndex)..<shortcode.end]
                rest = after[after.index(after: shortcode.end)...]
                continue
            }
            guard let parsed = parse(after), parsed.isShortcode else {
                output += "["
                rest = after
                continue
            }
            output += replace(parsed.shortcode)
            rest = after[parsed.end...]
        }
        output += rest
        return output
    }

    private struct Parsed {
        var shortcode: Shortcode
        /// Where the text after the shortcode starts.
        var end: Substring.Index
        var isShortcode: Bool
    }

    /// The shortcode at the start of `text`, just after its `[`.
    private static func parse(_ text: Substring) -> Parsed? {
        let name = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        guard !name.isEmpty, name.first?.isLetter == true else { return nil }
        var index = name.endIndex
        var attributes: [String: String] = [:]
        var positional: [String] = []
        var selfClosing = false
        while index < text.endIndex {
            let character = text[index]
            if character == "]" { break }
            if character == "/", text[text.index(after: index)...].hasPrefix("]") {
                selfClosing = true
                index = text.index(after: index)
                break
            }
            if character == "[" || character == "\n" && text[index...].hasPrefix("\n\n") { return nil }
            if character.isWhitespace {
                index = text.index(after: index)
                continue
            }
            let keyStart = index
            // A name up to '=' is an attribute; anything else (a URL) is a value of its own.
            var isName = true
            while index < text.endIndex, !text[index].isWhitespace, text[index] != "]" {
                let current = text[index]
                if current == "=", isName { break }
                if current == "\"" || current == "'" { break }
                if !(current.isLetter || current.isNumber || current == "_" || current == "-") { isName = false }
                index = text.index(after: index)
            }
            let key = String(text[keyStart..<index])
            if index < text.endIndex, text[index] == "=" {
                index = text.index(after: index)
                let (value, next) = readValue(text, from: index)
                guard let next else { return nil }
                attributes[key.lowercased()] = value
                index = next
            } else if key.isEmpty {
                let (value, next) = readValue(text, from: index)
                guard let next else { return nil }
                positional.append(value)
                index = next
            } else {
                positional.append(key)
            }
        }
        guard index < text.endIndex, text[index] == "]" else { return nil }
        let afterOpening = text.index(after: index)
        let nameText = String(name)
        var content: String?
        var end = afterOpening
        if !selfClosing, let closing = text[afterOpening...].range(of: "[/" + nameText + "]") {
            content = String(text[afterOpening..<closing.lowerBound])
            end = closing.upperBound
        }
        let isShortcode = knownNames.contains(nameText.lowercased()) || !attributes.isEmpty || content != nil
        let shortcode = Shortcode(
            name: nameText.lowercased(), attributes: attributes, positional: positional, content: content,
            written: "[" + String(text[..<afterOpening]))
        return Parsed(shortcode: shortcode, end: end, isShortcode: isShortcode)
    }

    /// A quoted or bare attribute value and the index after it; nil index when a quote is
    /// not closed.
    private static func readValue(_ text: Substring, from start: Substring.Index) -> (String, Substring.Index?) {
        guard start < text.endIndex else { return ("", nil) }
        let quote = text[start]
        if quote == "\"" || quote == "'" || quote == "”" || quote == "″" {
            let valueStart = text.index(after: start)
            let closers: Set<Character> = quote == "\"" || quote == "'" ? [quote] : ["”", "″"]
            guard let close = text[valueStart...].firstIndex(where: { closers.contains($0) }) else { return ("", nil) }
            return (String(text[valueStart..<close]), text.index(after: close))
        }
        var index = start
        while index < text.endIndex, !text[index].isWhitespace, text[index] != "]" { index = text.index(after: index) }
        return (String(text[start..<index]), index)
    }
}
