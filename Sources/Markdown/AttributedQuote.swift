/// A blockquote whose last paragraph names its speaker (`— Name` or `-- Name`).
public struct AttributedQuote: Sendable, Hashable {
    /// The quoted text without markup; paragraphs are separated by a line break.
    public let text: String
    /// Who said it, without the leading dash.
    public let attribution: String
    /// The line of the body the blockquote starts on (1-based).
    public let line: Int

    public init(text: String, attribution: String, line: Int) {
        self.text = text
        self.attribution = attribution
        self.line = line
    }
}
