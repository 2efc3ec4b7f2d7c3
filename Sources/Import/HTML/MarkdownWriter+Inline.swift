import Foundation

extension MarkdownWriter {
    /// The Markdown of an inline element (or of a block element met inside inline content).
    mutating func inline(_ node: HTMLNode) -> String {
        switch node.kind {
        case .text(let text):
            return escape(text)
        case .comment(let text):
            switch WordPressComment(text) {
            case .dynamicBlock(let name, let url):
                if let url { return "[" + escape(name) + "](" + destination(options.link(url)) + ")" }
                if options.convertedBlocks.contains(name) { return "" }
                return note("WordPress filled in the block '\(name)' when the page was shown; there is nothing to convert")
            case .note(let message):
                return note(message)
            case .keep(let kept):
                return Self.comment(kept)
            case .pageBreak, .other:
                return ""
            }
        case .element(let name):
            switch name {
            case "br": return Self.lineBreak
            case "em", "i", "cite", "dfn": return wrap(inlineChildren(node), in: "*")
            case "strong", "b": return wrap(inlineChildren(node), in: "**")
            case "del", "s", "strike": return wrap(inlineChildren(node), in: "~~")
            case "code", "kbd", "tt", "samp": return codeSpan(node.textContent)
            case "a": return link(node)
            case "img": return image(node)
            case "q": return "“" + inlineChildren(node) + "”"
            case "sup" where node.attributes["data-fn"].flatMap({ options.footnotes[$0] }) != nil:
                return "[^\(options.footnotes[node.attributes["data-fn"] ?? ""] ?? 0)]"
            case "sub", "sup", "u", "ins", "small", "big", "abbr", "acronym", "var", "mark", "font":
                let marker = noteDroppedFormatting(name)
                return inlineChildren(node) + marker
            case "iframe", "video", "audio", "embed", "object":
                return media(node)
            case "script", "style", "input", "select", "textarea", "button", "svg", "canvas", "math":
                let marker = note("<\(name)> has no Markdown form and was left out")
                let text = node.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
                return name == "style" || name == "script" || text.isEmpty ? marker : marker + escape(text)
            default:
                // span, time, label and other elements without a Markdown form of their own, and
                // block elements inside inline content: their content.
                let content = inlineChildren(node)
                return Self.blockElements.contains(name) ? " " + content + " " : content
            }
        }
    }

    mutating func inlineChildren(_ node: HTMLNode) -> String {
        var output = ""
        for child in node.children { output += inline(child) }
        return output
    }

    /// `content` between `marker`s, with the spaces at its ends moved outside, since
    /// Markdown's emphasis cannot start or end with a space.
    private func wrap(_ content: String, in marker: String) -> String {
        let leading = content.prefix { $0 == " " || $0 == "\n" || $0 == "\t" }
        let trailing = String(content.reversed().prefix { $0 == " " || $0 == "\n" || $0 == "\t" }.reversed())
        let core = content.dropFirst(leading.count).dropLast(trailing.count)
        guard !Self.isBlankLine(String(core)) else { return content }
        return leading + marker + core + marker + trailing
    }

    /// `text` without the markers of notes.
    static func withoutMarkers(_ text: String) -> String {
        // U+E000 is EE 80 80 in UTF-8; most texts have no byte EE at all.
        guard text.utf8.contains(0xEE), text.unicodeScalars.contains("\u{E000}") else { return text }
        var output = ""
        var inMarker = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{E000}" { inMarker = true } else if scalar == "\u{E001}" { inMarker = false } else if !inMarker {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// A code span with enough backticks around it.
    func codeSpan(_ text: String) -> String {
        let collapsed = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
        guard !collapsed.isEmpty else { return "" }
        var longest = 0, run = 0
        for character in collapsed {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = collapsed.hasPrefix("`") || collapsed.hasSuffix("`") ? " " : ""
        return fence + padding + collapsed + padding + fence
    }

    private mutating func link(_ node: HTMLNode) -> String {
        var text = inlineChildren(node)
        guard let href = node.attributes["href"], !href.isEmpty else { return text }
        // Markdown has no link inside a link: an image kept as a link stands alone.
        if Self.withoutMarkers(text).contains("](") && !Self.withoutMarkers(text).hasPrefix("![") { return text }
        let target = options.link(href)
        if text.allSatisfy(\.isWhitespace) { text = escape(href) }
        let title = node.attributes["title"].map { " \"" + $0.replacingOccurrences(of: "\"", with: "\\\"") + "\"" } ?? ""
        return "[" + text + "](" + destination(target) + title + ")"
    }

    private mutating func image(_ node: HTMLNode) -> String {
        guard let source = node.attributes["src"], !source.isEmpty else { return "" }
        let alt = escape(node.attributes["alt"] ?? "").replacingOccurrences(of: "\n", with: " ")
        guard let local = options.image(source) else {
            // Not copied: a link to the old address keeps it visible without loading it.
            let label = alt.isEmpty ? escape(Self.fileName(of: source)) : alt
            let marker = options.notesMissingImages
                ? note("the image '\(Self.fileName(of: source))' is not in the site: it became a link to its old address until you add the file")
                : ""
            return marker + "[Image: \(label)](\(destination(source)))"
        }
        let title = node.attributes["title"].flatMap { $0.isEmpty ? nil : " \"" + $0.replacingOccurrences(of: "\"", with: "\\\"") + "\"" } ?? ""
        return "![" + alt + "](" + destination(local) + title + ")"
    }

    /// A link destination as Markdown reads it: in `<…>` when it holds spaces or parentheses.
    func destination(_ url: String) -> String {
        let spaced = url.replacingOccurrences(of: " ", with: "%20")
        if spaced.contains("(") || spaced.contains(")") || spaced.contains("<") || spaced.contains(">") {
            return "<" + spaced.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E") + ">"
        }
        return spaced
    }

    // MARK: Text

    /// Text with the characters escaped that Markdown would read as markup.
    func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", "~":
                output.append("\\")
                output.append(character)
            case "&":
                // Only where it would start a character reference.
                let rest = characters[(index + 1)...].prefix(32)
                if let semicolon = rest.firstIndex(of: ";"), semicolon > index + 1,
                   rest[..<semicolon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "#" }) {
                    output.append("\\")
                }
                output.append("&")
            case "\n" where options.newlinesAreBreaks, "\r\n" where options.newlinesAreBreaks:
                output += Self.lineBreak
            case "\u{E000}", "\u{E001}", "\u{E002}":
                // The writer's own marks cannot come from the text.
                output.append("\u{FFFD}")
            default:
                output.append(character)
            }
        }
        return output
    }

    /// A paragraph from inline Markdown: white space collapsed, line breaks as `\` at a
    /// line's end, and what would start a block at a line's start escaped.
    func finishParagraph(_ inline: String) -> String {
        var collapsed = ""
        var pendingSpace = false
        for character in inline {
            if character == " " || character == "\n" || character == "\t" || character == "\r" || character == "\r\n" {
                pendingSpace = true
                continue
            }
            if pendingSpace, !collapsed.isEmpty, character != Character(Self.lineBreak), collapsed.last != Character(Self.lineBreak) {
                collapsed.append(" ")
            }
            pendingSpace = false
            collapsed.append(character)
        }
        var lines = collapsed.split(separator: Character(Self.lineBreak), omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        while let first = lines.first, Self.isBlankLine(first) { lines.removeFirst() }
        while let last = lines.last, Self.isBlankLine(last) { lines.removeLast() }
        // Lines without text between breaks keep their markers only.
        var output: [String] = []
        for line in lines {
            if Self.isBlankLine(line) {
                if let last = output.last { output[output.count - 1] = last + line }
                continue
            }
            output.append(Self.escapeLineStart(line))
        }
        return output.joined(separator: "\\\n")
    }

    /// Whether a line holds nothing but white space, line breaks and markers.
    static func isBlankLine(_ line: String) -> Bool {
        withoutMarkers(line).allSatisfy { $0.isWhitespace || $0 == Character(lineBreak) }
    }

    /// Escapes what would make a line a heading, quote, list item, rule or fence.
    static func escapeLineStart(_ line: String) -> String {
        // Markers come first on a line; the text after them is what Markdown sees.
        var prefix = ""
        var rest = Substring(line)
        while rest.hasPrefix("\u{E000}"), let end = rest.firstIndex(of: "\u{E001}") {
            prefix += rest[...end]
            rest = rest[rest.index(after: end)...]
        }
        guard let first = rest.first else { return line }
        let second = rest.dropFirst().first
        switch first {
        case "#", ">", "+", "=", "|":
            return prefix + "\\" + rest
        case "-" where second == nil || second == " " || rest.allSatisfy({ $0 == "-" || $0 == " " }):
            return prefix + "\\" + rest
        default:
            break
        }
        // `1. ` and `1) ` start an ordered list.
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let after = rest.dropFirst(digits.count)
            if let mark = after.first, mark == "." || mark == ")", after.dropFirst().first.map({ $0 == " " }) ?? true {
                return prefix + digits + "\\" + after
            }
        }
        return line
    }
}
