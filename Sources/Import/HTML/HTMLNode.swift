/// A node of an HTML fragment as `HTMLTreeBuilder` reads it: an element with its attributes
/// and children, text (with character references decoded), or a comment.
struct HTMLNode: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case element(String)
        case text(String)
        case comment(String)
    }

    var kind: Kind
    /// Attribute names in lower case; the value of an attribute without one is empty.
    var attributes: [String: String] = [:]
    var children: [HTMLNode] = []

    /// The element's name in lower case, or nil for text and comments.
    var name: String? {
        if case .element(let name) = kind { return name }
        return nil
    }

    /// The text of the node and all below it, as written (no white space collapsed).
    var textContent: String {
        switch kind {
        case .text(let text): return text
        case .comment: return ""
        case .element: return children.map(\.textContent).joined()
        }
    }

    /// The first element below this one (depth first) named one of `names`.
    func first(_ names: Set<String>) -> HTMLNode? {
        for child in children {
            if let name = child.name, names.contains(name) { return child }
            if let found = child.first(names) { return found }
        }
        return nil
    }

    /// Every element below this one named one of `names`, in document order.
    func all(_ names: Set<String>) -> [HTMLNode] {
        var found: [HTMLNode] = []
        for child in children {
            if let name = child.name, names.contains(name) { found.append(child) }
            found += child.all(names)
        }
        return found
    }

    /// The words of the `class` attribute.
    var classes: [Substring] {
        (attributes["class"] ?? "").split(separator: " ")
    }
}
