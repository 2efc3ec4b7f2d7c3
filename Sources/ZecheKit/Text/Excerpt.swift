/// Shortens text for summaries and meta descriptions at a word boundary.
enum Excerpt {
    /// `text` if it has at most `limit` characters, else its words up to the limit and "…".
    static func make(_ text: String, limit: Int) -> String {
        // A text of at most `limit` bytes has at most `limit` characters: no need to count them.
        guard text.utf8.count > limit, text.count > limit else { return text }
        let cut = text.prefix(limit)
        var words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        // Trimmed on the substring itself: the generic reversed-drop-reversed chain of
        // collections was an eighth of rendering the article pages of a large archive.
        while let last = words.last, last == " " || ",;:–-".contains(last) { words = words.dropLast() }
        return String(words) + " …"
    }
}
