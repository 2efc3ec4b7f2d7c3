import Markdown

extension MarkdownDocument {
    /// The document without its HTML and plain text, which an `ArticleBody` holds instead.
    var withoutText: MarkdownDocument {
        MarkdownDocument(html: "", headings: headings, summary: summary, quotes: quotes, links: links, wordCount: wordCount,
                         templateSyntax: templateSyntax, htmlBlockLines: htmlBlockLines, plainText: "", images: images,
                         shapeProblem: shapeProblem)
    }

    /// The document with `summary` in place of its own.
    func with(summary: String) -> MarkdownDocument {
        MarkdownDocument(html: html, headings: headings, summary: summary, quotes: quotes, links: links, wordCount: wordCount,
                         templateSyntax: templateSyntax, htmlBlockLines: htmlBlockLines, plainText: plainText, images: images,
                         shapeProblem: shapeProblem)
    }
}
