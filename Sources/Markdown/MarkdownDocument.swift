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
    /// Template syntax of other generators outside code (`{% highlight %}`, `{{< figure >}}`),
    /// which the page shows as text: worth a warning.
    public let templateSyntax: [TemplateSyntax]
    /// The lines of each block of raw HTML, which the HTML leaves out unless raw HTML is
    /// allowed.
    public let htmlBlockLines: [ClosedRange<Int>]
    /// Every image but those left out as unsafe, in document order, with its caption and
    /// credit.
    public let images: [MarkdownImage]

    public init(
        html: String, headings: [Heading], summary: String, quotes: [AttributedQuote],
        links: [LinkReference], wordCount: Int, templateSyntax: [TemplateSyntax] = [], htmlBlockLines: [ClosedRange<Int>] = [],
        images: [MarkdownImage] = []
    ) {
        self.images = images
        self.html = html
        self.headings = headings
        self.summary = summary
        self.quotes = quotes
        self.links = links
        self.wordCount = wordCount
        self.templateSyntax = templateSyntax
        self.htmlBlockLines = htmlBlockLines
    }

    /// The headings nested by level.
    public var tableOfContents: [TableOfContentsEntry] { TableOfContentsEntry.nest(headings) }

    /// Minutes to read the text at 200 words a minute, rounded up, at least 1.
    public var readingMinutes: Int { max(1, (wordCount + 199) / 200) }
}
