/// Shortens text for result records at a word boundary.
enum TextCut {
    /// `text` if it has at most `limit` Unicode scalars, else its words up to the limit and `…`.
    /// Scalars, not characters: counting characters of long bodies was a twentieth of a build.
    static func cut(_ text: String, limit: Int) -> String {
        // A text of at most `limit` bytes has at most `limit` scalars: no need to count them.
        guard text.utf8.count > limit else { return text }
        let scalars = text.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
              end < scalars.endIndex else { return text }
        let cut = scalars[..<end]
        var words = cut.lastIndex(where: { $0 == " " || $0 == "\n" }).map { cut[..<$0] } ?? cut
        while let last = words.last, last == " " || ",;:–-".unicodeScalars.contains(last) { words = words.dropLast() }
        return String(String.UnicodeScalarView(words)) + " …"
    }
}
