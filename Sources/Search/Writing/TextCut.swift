/// Shortens text for result records at a word boundary.
enum TextCut {
    /// `text` if it has at most `limit` characters, else its words up to the limit and `…`.
    static func cut(_ text: String, limit: Int) -> String {
        // A text of at most `limit` bytes has at most `limit` characters: no need to count them.
        guard text.utf8.count > limit, text.count > limit else { return text }
        let cut = text.prefix(limit)
        var words = cut.lastIndex(where: { $0 == " " || $0 == "\n" }).map { cut[..<$0] } ?? cut
        while let last = words.last, last == " " || ",;:–-".contains(last) { words = words.dropLast() }
        return String(words) + " …"
    }
}
