/// A heading of a Markdown document.
public struct Heading: Sendable, Hashable {
    /// 1 for `#`, up to 6.
    public let level: Int
    /// The heading's text without markup.
    public let text: String
    /// The unique `id` attribute written on the heading, made from its text.
    public let id: String
    /// The line of the body the heading starts on (1-based).
    public let line: Int

    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}
