import Foundation

extension MarkdownWriter {
    /// Elements that stand as blocks of their own.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "nav",
        "noscript", "ol", "p", "pre", "section", "summary", "table", "ul", "iframe", "video", "audio", "embed",
        "object", "canvas", "svg", "math", "script", "style", "dd", "dt", "li", "menu", "body", "html",
        "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "select", "textarea", "button",
    ]

    /// Elements that only group other content.
    static let containers: Set<String> = [
        "address", "article", "aside", "center", "details", "div", "figcaption", "footer", "header", "hgroup", "main",
        "nav", "noscript", "p", "section", "summary", "body", "html", "fieldset", "dd", "dt", "li", "tbody", "thead",
        "tfoot", "tr", "td", "th", "caption", "menu",
    ]

    /// The Markdown blocks of a run of nodes: block elements in order, and the inline content
    /// between them as paragraphs.
    mutating func blocks(_ nodes: [HTMLNode]) -> [String] {
        var blocks: [String] = []
        var inline = ""
        var dynamicBlocks: [String] = []
        // Notes of inline content that came to nothing go with the next block.
        var pendingMarkers = ""
        func flushInline() {
            let paragraph = finishParagraph(inline)
            if Self.isBlankLine(paragraph) {
                pendingMarkers += Self.markers(in: inline)
            } else {
                blocks.append(pendingMarkers + paragraph)
                pendingMarkers = ""
            }
            inline = ""
        }
        func flushDynamicBlocks() {
            guard !dynamicBlocks.isEmpty else { return }
            var counts: [(String, Int)] = []
            for name in dynamicBlocks {
                if let index = counts.firstIndex(where: { $0.0 == name }) { counts[index].1 += 1 } else { counts.append((name, 1)) }
            }
            let names = counts.map { $0.1 > 1 ? "'\($0.0)' (\($0.1) times)" : "'\($0.0)'" }.joined(separator: ", ")
            blocks.append(note("WordPress filled in the block\(dynamicBlocks.count > 1 ? "s" : "") \(names) when the page was shown; there is nothing to convert")
                          + Self.comment("WordPress: " + counts.map(\.0).joined(separator: ", ")))
            dynamicBlocks = []
        }
        for node in nodes {
            switch node.kind {
            case .text(let text):
                if text.allSatisfy(\.isWhitespace), !dynamicBlocks.isEmpty { continue }
                flushDynamicBlocks()
                guard options.newlinesAreBreaks else {
                    inline += escape(text)
                    continue
                }
                let parts = Self.paragraphs(of: text)
                for (index, part) in parts.enumerated() {
                    if index > 0 { flushInline() }
                    inline += escape(part)
                }
            case .comment(let text):
                switch WordPressComment(text) {
                case .dynamicBlock(let name, let url):
                    if let url {
                        flushDynamicBlocks()
                        inline += "[" + escape(name.replacingOccurrences(of: "-", with: " ")) + "](" + destination(options.link(url)) + ") "
                    } else if !options.convertedBlocks.contains(name) {
                        flushInline()
                        dynamicBlocks.append(name)
                    }
                case .pageBreak:
                    flushInline()
                    flushDynamicBlocks()
                    blocks.append("* * *")
                case .note(let message):
                    inline += note(message)
                case .keep(let text):
                    inline += Self.comment(text)
                case .other:
                    break
                }
            case .element(let name):
                flushDynamicBlocks()
                if Self.blockElements.contains(name) {
                    flushInline()
                    var rendered = block(node)
                    if !pendingMarkers.isEmpty, !rendered.isEmpty {
                        rendered[0] = pendingMarkers + rendered[0]
                        pendingMarkers = ""
                    }
                    blocks += rendered
                } else {
                    inline += self.inline(node)
                }
            }
        }
        flushInline()
        flushDynamicBlocks()
        if !pendingMarkers.isEmpty {
            if blocks.isEmpty { blocks.append(pendingMarkers) } else { blocks[blocks.count - 1] += pendingMarkers }
        }
        return blocks
    }

    /// The note markers in `text`, in order.
    static func markers(in text: String) -> String {
        guard text.unicodeScalars.contains("\u{E000}") else { return "" }
        var output = ""
        var inMarker = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{E000}" { inMarker = true }
            if inMarker { output.unicodeScalars.append(scalar) }
            if scalar == "\u{E001}" { inMarker = false }
        }
        return output
    }

    /// The Markdown blocks of one block element.
    mutating func block(_ node: HTMLNode) -> [String] {
        guard let name = node.name else { return [] }
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let text = finishParagraph(inlineChildren(node)).replacingOccurrences(of: "\\\n", with: " ")
                .replacingOccurrences(of: "\n", with: " ")
            guard !text.isEmpty else { return [] }
            let level = Int(String(name.dropFirst())) ?? 2
            return [String(repeating: "#", count: level) + " " + text]
        case "ul", "ol", "menu":
            return list(node, ordered: name == "ol")
        case "blockquote":
            return quote(node, attribution: nil)
        case "pre" where node.classes.contains("wp-block-verse"):
            // A poem: its lines stay lines, its formatting stays.
            let text = finishParagraph(inlineChildren(node).replacingOccurrences(of: "\n", with: Self.lineBreak))
            return text.isEmpty ? [] : [text]
        case "pre":
            return [codeBlock(node)]
        case "summary":
            let text = finishParagraph(inlineChildren(node))
            return text.isEmpty ? [] : ["**" + text + "**"]
        case "hr":
            return ["* * *"]
        case "table":
            return table(node)
        case "figure":
            return figure(node)
        case "dl":
            return definitionList(node)
        case "iframe", "video", "audio", "embed", "object":
            return [media(node)]
        case "script", "style", "canvas", "svg", "math", "form", "select", "textarea", "button":
            return dropped(node)
        default:
            return backgroundImage(of: node) + blocks(node.children)
        }
    }

    /// A container's `background-image: url(…)` (WordPress's cover blocks) as an image
    /// before its content: the picture was part of what readers saw.
    private mutating func backgroundImage(of node: HTMLNode) -> [String] {
        guard let style = node.attributes["style"], let start = style.range(of: "background-image:url(")
                ?? style.range(of: "background-image: url(") else { return [] }
        let rest = style[start.upperBound...]
        guard let end = rest.firstIndex(of: ")") else { return [] }
        let url = rest[..<end].trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        guard !url.isEmpty else { return [] }
        let marker = note("a background image became an image before the text it was behind; give it a description")
        return [marker + inline(HTMLNode(kind: .element("img"), attributes: ["src": url, "alt": ""]))]
    }

    /// A dropped element that had text keeps its text; every one is noted.
    private mutating func dropped(_ node: HTMLNode) -> [String] {
        let name = node.name ?? ""
        let marker = note("<\(name)> has no Markdown form and was left out" + (node.textContent.allSatisfy(\.isWhitespace) ? "" : "; its text is kept as a comment"))
        let text = node.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, name != "style" else { return [marker + "<!-- <\(name)> left out -->"] }
        return [marker + "<!-- <\(name)> left out:\n" + text.replacingOccurrences(of: "--", with: "- -") + "\n-->"]
    }

    /// Video, audio and embedded frames become a link to their source.
    mutating func media(_ node: HTMLNode) -> String {
        let name = node.name ?? "media"
        let source = node.attributes["src"] ?? node.attributes["data"]
            ?? node.first(["source"])?.attributes["src"] ?? node.first(["embed"])?.attributes["src"]
        guard let source, !source.isEmpty else {
            return note("<\(name)> without a source was left out") + "<!-- <\(name)> left out -->"
        }
        let label = name == "audio" ? "Audio" : name == "video" ? "Video" : "Embedded content"
        return note("<\(name)> became a link to its source; pages load nothing from other hosts")
            + "[\(label): \(escape(Self.fileName(of: source)))](\(destination(options.link(source))))"
    }

    /// Paragraph texts of classic-editor text: blank lines separate them.
    static func paragraphs(of text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var pendingBlank = ""
        var atLineStart = false
        for character in text {
            if atLineStart {
                if character == " " || character == "\t" || character == "\r" {
                    pendingBlank.append(character)
                    continue
                }
                if character == "\n" || character == "\r\n" {
                    // A blank line: a new paragraph starts.
                    parts.append(current)
                    current = ""
                    pendingBlank = ""
                    continue
                }
                current += pendingBlank
                pendingBlank = ""
                atLineStart = false
            }
            if character == "\n" || character == "\r\n" {
                current.append("\n")
                atLineStart = true
            } else {
                current.append(character)
            }
        }
        current += pendingBlank
        parts.append(current)
        return parts
    }

    /// An HTML comment in the Markdown file.
    static func comment(_ text: String) -> String {
        "<!-- " + text.replacingOccurrences(of: "--", with: "- -") + " -->"
    }

    static func fileName(of url: String) -> String {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.removingPercentEncoding ?? name
    }
}

/// What a comment in a WordPress post means.
enum WordPressComment {
    /// A note for review that the importer put in the HTML: `<!--zeche-note:message-->`.
    case note(String)
    /// Text the importer keeps visible in the Markdown file as a comment: `<!--zeche-keep:…-->`.
    case keep(String)
    /// `<!-- wp:latest-posts {…} /-->`: a block WordPress filled in when the page was shown,
    /// with the address its attributes name (`"url"`, as social links have), if any.
    case dynamicBlock(String, url: String?)
    /// `<!--nextpage-->`: the post was split into pages.
    case pageBreak
    case other

    init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix(Self.notePrefix) {
            self = .note(String(text.dropFirst(Self.notePrefix.count)))
        } else if text.hasPrefix(Self.keepPrefix) {
            self = .keep(String(text.dropFirst(Self.keepPrefix.count)))
        } else if trimmed == "nextpage" {
            self = .pageBreak
        } else if trimmed.hasPrefix("wp:"), trimmed.hasSuffix("/") {
            let name = trimmed.dropFirst(3).prefix { !$0.isWhitespace && $0 != "/" }
            var url: String?
            if let open = trimmed.firstIndex(of: "{"), let close = trimmed.lastIndex(of: "}"), open < close,
               let object = try? JSONSerialization.jsonObject(with: Data(trimmed[open...close].utf8)) as? [String: Any],
               let address = object["url"] as? String, address.hasPrefix("http") {
                url = address
            }
            self = .dynamicBlock(String(name), url: url)
        } else {
            self = .other
        }
    }

    static let notePrefix = "zeche-note:"
    static let keepPrefix = "zeche-keep:"

    /// The HTML comment that carries a note through the HTML parser.
    static func noteComment(_ message: String) -> String {
        "<!--" + notePrefix + message.replacingOccurrences(of: "--", with: "- -") + "-->"
    }

    /// The HTML comment that keeps `text` visible in the Markdown file.
    static func keepComment(_ text: String) -> String {
        "<!--" + keepPrefix + text.replacingOccurrences(of: "--", with: "- -") + "-->"
    }
}
