import CCmarkGFM

extension DocumentWalker {
    /// "Name, Rolle": the attribution's part before its first ", " (in its own text, not
    /// inside a link or emphasis) becomes `<span class="quote__name">`, the rest
    /// `<span class="quote__role">`, so that a theme can set the name in bold and the role on
    /// a line of its own. The text stays as written ("Carsten, CEO der Q.One"), which is what
    /// a feed reader without the stylesheet shows. An attribution without such a comma, or
    /// with nothing on one side of it, is left as it is.
    static func markNameAndRole(in attribution: OpaquePointer, memory: UnsafeMutablePointer<cmark_mem>) {
        var child = cmark_node_first_child(attribution)
        while let node = child {
            defer { child = cmark_node_next(node) }
            guard cmark_node_get_type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) else { continue }
            let text = String(cString: literal)
            guard let comma = text.utf8.firstRange(of: ", ".utf8) else { continue }
            let name = String(text[..<comma.lowerBound])
            let role = String(text[comma.upperBound...])
            let hasName = !name.isEmpty || node != cmark_node_first_child(attribution)
            let hasRole = !role.isEmpty || cmark_node_next(node) != nil
            guard hasName, hasRole,
                  let open = Self.rawInline("<span class=\"quote__name\">", memory: memory),
                  let between = Self.rawInline("</span>, <span class=\"quote__role\">", memory: memory),
                  let close = Self.rawInline("</span>", memory: memory),
                  let rest = cmark_node_new_with_mem(CMARK_NODE_TEXT, memory)
            else { return }
            cmark_node_set_literal(node, name)
            cmark_node_set_literal(rest, role)
            cmark_node_insert_after(node, between)
            cmark_node_insert_after(between, rest)
            if let first = cmark_node_first_child(attribution) { cmark_node_insert_before(first, open) }
            cmark_node_append_child(attribution, close)
            return
        }
    }

    /// An inline node that writes `html` as it is: only for markup of our own.
    private static func rawInline(_ html: String, memory: UnsafeMutablePointer<cmark_mem>) -> OpaquePointer? {
        guard let node = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, memory) else { return nil }
        cmark_node_set_on_enter(node, html)
        cmark_node_set_on_exit(node, "")
        return node
    }
}
