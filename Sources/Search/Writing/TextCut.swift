/// Shortens text for result records at a word boundary.
enum TextCut {
    /// `text` if it has at most `limit` Unicode scalars, else its words up to the limit and `…`.
    /// Scalars, not characters: counting characters of long bodies was a twentieth of a build.
    static func cut(_ text: String, limit: Int) -> String {
        // A text of at most `limit` bytes has at most `limit` scalars: no need to count them.
        guard text.utf8.count > limit else { return text }
        let scalars = text.unicodeScalars
        guard let limitIndex = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
              limitIndex < scalars.endIndex else { return text }
        var end = scalars[..<limitIndex].lastIndex(where: { $0 == " " || $0 == "\n" }) ?? limitIndex
        while end > scalars.startIndex, " ,;:–-\n".unicodeScalars.contains(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        return String(Substring(scalars[..<end])) + " …"
    }
}
