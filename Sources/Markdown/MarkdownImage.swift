/// An image of a Markdown document with what its title says: a caption and a credit.
///
/// The title (`![Alt](bild.jpg "Title")`) is split at its last `|`: before it the caption,
/// after it the credit, each trimmed. `"Blick über das Revier | Foto: Jana Beispiel"` is the
/// caption "Blick über das Revier" with the credit "Foto: Jana Beispiel"; `"| Foto: Jana
/// Beispiel"` is a credit alone; a title without `|` is a caption alone, and one that ends in
/// `|` keeps any other `|` in its caption. Other Markdown renderers show the whole title as
/// the image's tooltip.
public struct MarkdownImage: Sendable, Hashable {
    /// The destination as written, before any rewrite.
    public let destination: String
    /// The text alternative: the image's description as plain text.
    public let alt: String
    public let caption: String?
    public let credit: String?
    /// Whether the image stands alone in its paragraph and has a caption or credit: it is
    /// rendered as a `<figure>` with its `<figcaption>`. An image inside running text shows
    /// its title only as a tooltip.
    public let isFigure: Bool
    /// Line of the body (1-based) and column (1-based, in Unicode scalars) of its `![`.
    public let line: Int
    public let column: Int

    public init(destination: String, alt: String, caption: String?, credit: String?, isFigure: Bool, line: Int, column: Int) {
        self.destination = destination
        self.alt = alt
        self.caption = caption
        self.credit = credit
        self.isFigure = isFigure
        self.line = line
        self.column = column
    }

    /// Everything but its place, which a text parsed in parts may guess otherwise than the
    /// whole text (see `MarkdownDocument.sameContent(as:)`).
    var content: [String?] { [destination, alt, caption, credit, isFigure ? "figure" : nil] }

    /// The caption and credit of a title: split at its last `|`, each trimmed, empty parts
    /// `nil`.
    public static func captionAndCredit(ofTitle title: String) -> (caption: String?, credit: String?) {
        func trimmed(_ text: Substring) -> String? {
            let result = text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
            return result.isEmpty ? nil : String(result)
        }
        guard let bar = title.lastIndex(of: "|") else { return (trimmed(title[...]), nil) }
        return (trimmed(title[..<bar]), trimmed(title[title.index(after: bar)...]))
    }
}
