import Foundation

extension MarkdownWriter {
    /// A list, with nested lists and several blocks per item indented under the item.
    mutating func list(_ node: HTMLNode, ordered: Bool) -> [String] {
        var items: [[String]] = []
        // Blocks that WordPress filled in (social links) stand in lists as comments.
        var comments: [HTMLNode] = []
        for child in node.children {
            switch child.kind {
            case .element("li"):
                items.append(blocks(child.children))
            case .element(let name) where name == "ul" || name == "ol":
                // A list right inside a list belongs to the item before it.
                let nested = block(child)
                if items.isEmpty { items.append(nested) } else { items[items.count - 1] += nested }
            case .text(let text) where text.allSatisfy(\.isWhitespace):
                continue
            case .comment:
                comments.append(child)
            default:
                items.append(blocks([child]))
            }
        }
        guard !items.isEmpty else { return blocks(comments) }
        var number = Int(node.attributes["start"] ?? "") ?? 1
        let isTight = items.allSatisfy { item in item.filter { !Self.isList($0) }.count <= 1 }
        var rendered: [String] = []
        for item in items {
            let marker = ordered ? "\(number)." : "-"
            number += 1
            var text = ""
            for (index, block) in item.enumerated() {
                if index > 0 {
                    // A nested list may follow its item's text directly, unless it is an
                    // ordered list that starts at another number than 1.
                    text += isTight && Self.isList(block) && !Self.startsOtherThanOne(block) ? "\n" : "\n\n"
                }
                text += block
            }
            rendered.append(Self.indent(text, marker: marker))
        }
        return [rendered.joined(separator: isTight ? "\n" : "\n\n")] + blocks(comments)
    }

    /// `text` as a list item: the marker before its first line, the other lines indented.
    static func indent(_ text: String, marker: String) -> String {
        let padding = String(repeating: " ", count: marker.count + 1)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, !text.isEmpty else { return marker }
        return ([marker + " " + first] + lines.dropFirst().map { $0.isEmpty ? "" : padding + $0 }).joined(separator: "\n")
    }

    static func isList(_ block: String) -> Bool {
        if block.hasPrefix("- ") || block == "-" { return true }
        let digits = block.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && block.dropFirst(digits.count).hasPrefix(".")
    }

    private static func startsOtherThanOne(_ block: String) -> Bool {
        let digits = block.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && digits != "1"
    }

    /// A blockquote; a `<cite>` or `<footer>` at its end, or the caption of its figure, names
    /// the speaker as Zeche's attributed quotes do (`— Name` as the last paragraph).
    mutating func quote(_ node: HTMLNode, attribution: String?) -> [String] {
        var children = node.children
        var speaker = attribution
        if let last = children.lastIndex(where: { !$0.isBlankText }),
           let name = children[last].name, name == "cite" || name == "footer" {
            speaker = finishParagraph(inlineChildren(children[last]))
            children.remove(at: last)
        }
        var content = blocks(children)
        if let speaker, !Self.isBlankLine(speaker) {
            content.append("— " + speaker.replacingOccurrences(of: "\\\n", with: " "))
        }
        guard !content.isEmpty else { return [] }
        let lines = content.joined(separator: "\n\n").split(separator: "\n", omittingEmptySubsequences: false)
        return [lines.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")]
    }

    /// A fenced code block with the language of a `language-…`, `lang-…` or `brush:` class.
    func codeBlock(_ node: HTMLNode) -> String {
        var text = Self.preformattedText(node)
        if text.hasPrefix("\n") { text.removeFirst() }
        while text.hasSuffix("\n") { text.removeLast() }
        var longest = 0
        for line in text.split(separator: "\n") {
            let run = line.drop(while: { $0 == " " }).prefix { $0 == "`" || $0 == "~" }.count
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + Self.language(of: node) + "\n" + text + (text.isEmpty ? "" : "\n") + fence
    }

    private static func preformattedText(_ node: HTMLNode) -> String {
        switch node.kind {
        case .text(let text): return text.replacingOccurrences(of: "\r\n", with: "\n")
        case .comment: return ""
        case .element("br"): return "\n"
        case .element: return node.children.map(preformattedText).joined()
        }
    }

    private static func language(of node: HTMLNode) -> String {
        let classes = node.classes + (node.first(["code"])?.classes ?? [])
        for word in classes {
            for prefix in ["language-", "lang-"] where word.hasPrefix(prefix) {
                return String(word.dropFirst(prefix.count)).filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "+" }
            }
        }
        // SyntaxHighlighter's `class="brush: php; gutter: false"`.
        if let brush = (node.attributes["class"] ?? "").range(of: "brush:") {
            let rest = (node.attributes["class"] ?? "")[brush.upperBound...].drop(while: { $0 == " " })
            return String(rest.prefix { $0.isLetter || $0.isNumber })
        }
        return ""
    }

    /// A GitHub table; the first row is the header, as Markdown needs one.
    mutating func table(_ node: HTMLNode) -> [String] {
        var rows: [HTMLNode] = []
        var captions: [HTMLNode] = []
        func collect(_ node: HTMLNode) {
            for child in node.children {
                switch child.name {
                case "tr": rows.append(child)
                case "thead", "tbody", "tfoot": collect(child)
                case "caption": captions.append(child)
                default: break
                }
            }
        }
        collect(node)
        guard !rows.isEmpty else { return blocks(node.children) }
        var cells: [[String]] = []
        var flattened = false
        for row in rows {
            cells.append(row.children.filter { $0.name == "td" || $0.name == "th" }.map { cell in
                let content = blocks(cell.children)
                if content.count > 1 || content.contains(where: { $0.contains("\n") && !$0.contains("\\\n") }) { flattened = true }
                let text = content.joined(separator: " ").replacingOccurrences(of: "\\\n", with: " ")
                    .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
                return text.isEmpty ? " " : text
            })
        }
        let width = max(1, cells.map(\.count).max() ?? 1)
        var lines = cells.map { row in "| " + (row + Array(repeating: " ", count: width - row.count)).joined(separator: " | ") + " |" }
        lines.insert("|" + Array(repeating: " --- ", count: width).joined(separator: "|") + "|", at: 1)
        var output = [lines.joined(separator: "\n")]
        if flattened {
            output[0] = note("a table cell held paragraphs, lists or code; Markdown tables hold one line per cell, so they were joined") + output[0]
        }
        for caption in captions {
            let text = finishParagraph(inlineChildren(caption))
            if !text.isEmpty { output.append("*" + text + "*") }
        }
        return output
    }

    /// A figure: its content, then its caption in italics under it (an image and its caption
    /// stay in one paragraph). A quote's caption names the speaker. A lone image of the site
    /// takes its caption as its title, which Zeche shows as the figure's caption.
    mutating func figure(_ node: HTMLNode) -> [String] {
        let captionNode = node.children.last { $0.name == "figcaption" }
        let caption = captionNode.map { finishParagraph(inlineChildren($0)) } ?? ""
        let content = node.children.filter { $0.name != "figcaption" }
        if node.classes.contains(where: { $0.hasPrefix("wp-block-embed") }) {
            let text = content.map(\.textContent).joined().trimmingCharacters(in: .whitespacesAndNewlines)
            let url = String(text.prefix { !$0.isWhitespace })
            if url.hasPrefix("http") {
                let marker = note("an embedded \(Self.embedKind(node)) became a link; pages load nothing from other hosts")
                return [marker + "[" + escape(url) + "](" + destination(options.link(url)) + ")"] + (caption.isEmpty ? [] : ["*" + caption + "*"])
            }
        }
        if let quoteIndex = content.firstIndex(where: { $0.name == "blockquote" }) {
            return blocks(Array(content[..<quoteIndex])) + quote(content[quoteIndex], attribution: caption.isEmpty ? nil : caption)
                + blocks(Array(content[(quoteIndex + 1)...]))
        }
        var output = blocks(content)
        guard !Self.isBlankLine(caption) else { return output }
        if output.count == 1, let plain = captionNode?.textContent, let titled = Self.image(output[0], titled: plain) {
            return [titled]
        }
        let emphasized = "*" + caption.replacingOccurrences(of: "\\\n", with: " ") + "*"
        if let last = output.last.map(Self.withoutMarkers), !last.contains("\n\n"),
           last.hasPrefix("![") || last.hasPrefix("[![") || last.hasPrefix("[Image: ") {
            output[output.count - 1] += "\\\n" + emphasized
        } else {
            output.append(emphasized)
        }
        return output
    }

    /// `![alt](file)` with `caption` as its title (`"`, `\\` escaped, white space joined;
    /// a `|` in it kept by a closing `|`, since Zeche reads a credit after the last one), or
    /// `nil` when `line` is not one image without a title.
    static func image(_ line: String, titled caption: String) -> String? {
        guard line == withoutMarkers(line), line.hasPrefix("!["), line.hasSuffix(")"), !line.hasSuffix("\")"),
              !line.contains("\n"), line.firstIndex(of: "]") == line.lastIndex(of: "]") else { return nil }
        var text = caption.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !text.isEmpty else { return nil }
        if text.contains("|") { text += " |" }
        text = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return String(line.dropLast()) + " \"" + text + "\")"
    }

    private static func embedKind(_ node: HTMLNode) -> String {
        for word in node.classes where word.hasPrefix("is-provider-") { return String(word.dropFirst("is-provider-".count)) + " post" }
        return "post or video"
    }

    /// Terms in bold, each followed by its definitions.
    mutating func definitionList(_ node: HTMLNode) -> [String] {
        var output: [String] = []
        for child in node.children {
            switch child.name {
            case "dt":
                let term = finishParagraph(inlineChildren(child))
                if !term.isEmpty { output.append("**" + term + "**") }
            case "dd":
                output += blocks(child.children)
            default:
                if !child.isBlankText { output += blocks([child]) }
            }
        }
        return output
    }
}

extension HTMLNode {
    /// Whether the node is text of white space only, or a comment.
    var isBlankText: Bool {
        switch kind {
        case .text(let text): text.allSatisfy(\.isWhitespace)
        case .comment: true
        case .element: false
        }
    }
}
