/// What Zeche takes from one Markdown body: its HTML and what its syntax tree tells.
public struct MarkdownDocument: Sendable, Hashable {
    /// The rendered HTML, with heading ids and attributed-quote figures.
    public let html: String
    /// Every heading in document order.
    public let headings: [Heading]
    /// The plain text of the first paragraph with text, or an empty string.
    public let summary: String
    /// Blockquotes that name their speaker, in document order.
    public let quotes: [AttributedQuote]
    /// Every link and image destination, in document order, as written before any rewrite.
    public let links: [LinkReference]
    /// Words of prose (text and inline code; not code blocks or raw HTML).
    public let wordCount: Int
    /// The prose without markup, as search indexes it: text and inline code (not code
    /// blocks, raw HTML or the text of images), each block on a line of its own.
    public let plainText: String
    /// Template syntax of other generators outside code (`{% highlight %}`, `{{< figure >}}`),
    /// which the page shows as text: worth a warning.
    public let templateSyntax: [TemplateSyntax]
    /// The lines of each block of raw HTML, which the HTML leaves out unless raw HTML is
    /// allowed.
    public let htmlBlockLines: [ClosedRange<Int>]
    /// Every image but those left out as unsafe, in document order, with its caption and
    /// credit.
    public let images: [MarkdownImage]
    /// Set when the text was not parsed because cmark-gfm would need quadratic time for it
    /// (see `MarkdownParser.shapeProblem(in:)`); the document is then empty.
    public let shapeProblem: MarkdownShapeProblem?

    public init(
        html: String, headings: [Heading], summary: String, quotes: [AttributedQuote],
        links: [LinkReference], wordCount: Int, templateSyntax: [TemplateSyntax] = [], htmlBlockLines: [ClosedRange<Int>] = [],
        plainText: String = "", images: [MarkdownImage] = [], shapeProblem: MarkdownShapeProblem? = nil
    ) {
        self.plainText = plainText
        self.images = images
        self.html = html
        self.headings = headings
        self.summary = summary
        self.quotes = quotes
        self.links = links
        self.wordCount = wordCount
        self.templateSyntax = templateSyntax
        self.htmlBlockLines = htmlBlockLines
        self.shapeProblem = shapeProblem
    }

    /// Whether `other` has the same HTML, headings, summary, quotes, word count, links and
    /// images, but for the lines and columns of links and images (an image's place is its
    /// link's): where cmark gives a link no place (or a wrong one), its place is looked for in
    /// the text, and a text parsed in parts may guess otherwise than the whole text, for input
    /// as broken as NUL bytes in a URL.
    func sameContent(as other: MarkdownDocument) -> Bool {
        html == other.html && headings == other.headings && summary == other.summary && quotes == other.quotes
            && wordCount == other.wordCount && plainText == other.plainText && shapeProblem == other.shapeProblem
            && templateSyntax == other.templateSyntax && htmlBlockLines == other.htmlBlockLines
            && links.map { [$0.destination, "\($0.kind)", "\($0.isDropped)"] } == other.links.map { [$0.destination, "\($0.kind)", "\($0.isDropped)"] }
            && images.map(\.content) == other.images.map(\.content)
    }

    /// The headings nested by level.
    public var tableOfContents: [TableOfContentsEntry] { TableOfContentsEntry.nest(headings) }

    /// Minutes to read the text at 200 words a minute, rounded up, at least 1.
    public var readingMinutes: Int { max(1, (wordCount + 199) / 200) }
}
