/// How Markdown is read and rendered.
public struct MarkdownOptions: Sendable, Hashable {
    /// Whether raw HTML and `javascript:`-style link destinations are kept.
    ///
    /// Off by default: raw HTML is replaced with an HTML comment, and a link or image with a
    /// `javascript:`, `vbscript:`, `file:` or `data:` destination is replaced by its text
    /// (`LinkReference.isUnsafe`), so text from many hands cannot inject scripts.
    public var allowsRawHTML: Bool

    /// Whether straight quotes, `--` and `...` become typographic punctuation.
    public var usesSmartPunctuation: Bool

    /// Words for the footnotes section in the page's language: a heading for it (hidden by
    /// the theme's `visually-hidden` class, for screen readers) and the label of the links back
    /// to the text. `nil` keeps cmark-gfm's output: no heading and "Back to content".
    public var footnoteLabels: FootnoteLabels?

    public struct FootnoteLabels: Sendable, Hashable {
        public var title: String
        public var back: String

        public init(title: String, back: String) {
            self.title = title
            self.back = back
        }
    }

    /// Creates options; the defaults are the safe ones a site starts with.
    public init(allowsRawHTML: Bool = false, usesSmartPunctuation: Bool = false, footnoteLabels: FootnoteLabels? = nil) {
        self.allowsRawHTML = allowsRawHTML
        self.usesSmartPunctuation = usesSmartPunctuation
        self.footnoteLabels = footnoteLabels
    }
}
