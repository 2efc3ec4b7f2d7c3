/// Builds a tree from HTML tokens with the browser's rules that matter for content: void
/// elements, end tags that a new `<p>`, `<li>`, `<tr>` or `<td>` implies, and stray end tags
/// ignored. Nesting deeper than `maxDepth` is flattened, so that no input deepens the
/// recursion of the Markdown writer without bound.
struct HTMLTreeBuilder {
    static let maxDepth = 128

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// Elements whose start closes an open `<p>`.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "dd", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "ul",
    ]

    private struct Frame {
        var name: String
        var attributes: [String: String]
        var children: [HTMLNode] = []
    }

    private var stack: [Frame] = [Frame(name: "#root", attributes: [:])]

    /// The fragment's nodes.
    static func parse(_ html: String) -> [HTMLNode] {
        var tokenizer = HTMLTokenizer(html)
        var builder = HTMLTreeBuilder()
        for token in tokenizer.tokens() { builder.handle(token) }
        return builder.finish()
    }

    private mutating func handle(_ token: HTMLTokenizer.Token) {
        switch token {
        case .text(let text):
            append(HTMLNode(kind: .text(text)))
        case .comment(let text):
            append(HTMLNode(kind: .comment(text)))
        case .startTag(let name, let attributes, let selfClosing):
            start(name, attributes: attributes, selfClosing: selfClosing)
        case .endTag(let name):
            end(name)
        }
    }

    private mutating func start(_ name: String, attributes: [String: String], selfClosing: Bool) {
        if Self.closesParagraph.contains(name) { close("p", within: ["table", "td", "th", "button", "object", "caption"]) }
        switch name {
        case "li": close("li", within: ["ul", "ol", "table"])
        case "dt", "dd": close(["dt", "dd"], within: ["dl", "table"])
        case "tr": close(["tr", "td", "th"], within: ["table", "thead", "tbody", "tfoot"])
        case "td", "th": close(["td", "th"], within: ["tr", "table"])
        case "thead", "tbody", "tfoot": close(["thead", "tbody", "tfoot", "tr", "td", "th"], within: ["table"])
        case "option": close("option", within: ["select"])
        default: break
        }
        if Self.voidElements.contains(name) || selfClosing || stack.count > Self.maxDepth {
            append(HTMLNode(kind: .element(name), attributes: attributes))
            return
        }
        stack.append(Frame(name: name, attributes: attributes))
    }

    private mutating func end(_ name: String) {
        if name == "br" {
            append(HTMLNode(kind: .element("br")))
            return
        }
        guard let index = stack.lastIndex(where: { $0.name == name }), index > 0 else { return }
        while stack.count > index { pop() }
    }

    /// Closes the innermost open element named one of `names`, unless one of `boundaries`
    /// is open inside it.
    private mutating func close(_ names: Set<String>, within boundaries: Set<String>) {
        for index in stack.indices.reversed() where index > 0 {
            if names.contains(stack[index].name) {
                while stack.count > index { pop() }
                return
            }
            if boundaries.contains(stack[index].name) { return }
        }
    }

    private mutating func close(_ name: String, within boundaries: Set<String>) {
        close([name], within: boundaries)
    }

    private mutating func append(_ node: HTMLNode) {
        stack[stack.count - 1].children.append(node)
    }

    private mutating func pop() {
        guard stack.count > 1, let frame = stack.popLast() else { return }
        append(HTMLNode(kind: .element(frame.name), attributes: frame.attributes, children: frame.children))
    }

    private mutating func finish() -> [HTMLNode] {
        while stack.count > 1 { pop() }
        return stack[0].children
    }
}
