/// Shortens text for summaries and meta descriptions at a word boundary.
enum Excerpt {
    /// `text` if it has at most `limit` characters, else its words up to the limit and "…".
    static func make(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        let trimmed = words.reversed().drop(while: { ",;:–-".contains($0) || $0 == " " }).reversed()
        return String(trimmed) + " …"
    }
}
