import Markdown

/// What only an article's own page shows of its body: its headings, for the table of contents,
/// and its attributed quotes. An `ArticleBody` keeps it with the HTML and the text, in memory
/// or in a body store: the headings and quotes of 100,000 articles held in memory took 140 MiB
/// of a warm build's peak, for the few pages that build renders.
public struct BodyOutline: Sendable, Hashable {
    public let headings: [HeadingInfo]
    public let quotes: [Quote]

    public init(headings: [HeadingInfo], quotes: [Quote]) {
        self.headings = headings
        self.quotes = quotes
    }

    /// The outline of a parsed body.
    init(_ document: MarkdownDocument) {
        headings = document.headings.map { HeadingInfo(level: $0.level, text: $0.text, id: $0.id) }
        quotes = document.quotes.map { Quote(text: $0.text, attribution: $0.attribution) }
    }

    static let empty = BodyOutline(headings: [], quotes: [])

    var isEmpty: Bool { headings.isEmpty && quotes.isEmpty }
}
