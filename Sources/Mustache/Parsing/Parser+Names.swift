extension Parser {
    /// A tag's name: its content without padding (and, for dynamic names, without the `*`).
    struct TagName {
        /// The name as a close tag must repeat it: `*name` for a dynamic name.
        var text: String
        var isDynamic: Bool
        /// The name's bytes, without `*`.
        var start: Int
        var end: Int
        var isValid: Bool
    }

    /// Reads the name of `token`, reporting an empty name or one with whitespace inside.
    mutating func tagName(of token: Token, allowsDynamic: Bool) -> TagName {
        var start = token.contentStart
        var end = token.contentEnd
        while start < end, Byte.isWhitespace(bytes[start]) { start += 1 }
        while end > start, Byte.isWhitespace(bytes[end - 1]) { end -= 1 }
        var isDynamic = false
        if allowsDynamic, start < end, bytes[start] == Byte.star {
            isDynamic = true
            start += 1
            while start < end, Byte.isWhitespace(bytes[start]) { start += 1 }
        }
        let name = bytes.string(start, end)
        var result = TagName(
            text: isDynamic ? "*" + name : name, isDynamic: isDynamic, start: start, end: end, isValid: true)
        let tag = bytes.snippet(token.start, token.end)
        if start == end {
            result.isValid = false
            report(token.start, "empty tag name in '\(tag)'; write a name, e.g. '\(example(for: token))'")
        } else if (start..<end).contains(where: { Byte.isWhitespace(bytes[$0]) }) {
            result.isValid = false
            let words = name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            report(token.start, "name '\(name)' in '\(tag)' contains a space; write one name, e.g. "
                    + "'\(words.joined(separator: "."))'")
        }
        return result
    }

    /// The tag written with a sample name, in the tag's delimiters: `{{#items}}`.
    private func example(for token: Token) -> String {
        let delimiters = delimiters[token.delimiters]
        switch token.kind {
        case .section: return delimiters.tag("#items")
        case .inverted: return delimiters.tag("^items")
        case .close: return delimiters.tag("/items")
        case .partial: return delimiters.tag(">header")
        case .parent: return delimiters.tag("<layout")
        case .block: return delimiters.tag("$content")
        case .unescaped: return delimiters.tag("&body")
        default: return delimiters.tag("title")
        }
    }

    /// The compiled key path of a valid name: `.` or dot-separated keys, none of them empty.
    mutating func keyPath(for name: TagName, in token: Token) -> Int32? {
        guard name.isValid else { return nil }
        let text = bytes.string(name.start, name.end)
        if text == "." { return program.path(named: ".", keys: []) }
        let keys = text.split(separator: ".", omittingEmptySubsequences: false)
        guard keys.allSatisfy({ !$0.isEmpty }) else {
            let fixed = keys.filter { !$0.isEmpty }.joined(separator: ".")
            report(token.start, "name '\(text)' has an empty part between dots; write "
                + (fixed.isEmpty ? "'.' for the current item" : "'\(fixed)'"))
            return nil
        }
        return program.path(named: text, keys: keys.map(String.init))
    }
}
