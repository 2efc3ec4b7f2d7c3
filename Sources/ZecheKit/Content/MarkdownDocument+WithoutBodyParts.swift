import Markdown

extension MarkdownDocument {
    /// The document without its HTML, plain text, headings and quotes, which an `ArticleBody`
    /// holds instead (the headings and quotes as its `BodyOutline`).
    var withoutBodyParts: MarkdownDocument {
        MarkdownDocument(html: "", headings: [], summary: summary, quotes: [], links: links, wordCount: wordCount,
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
