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

    /// Creates options; the defaults are the safe ones a site starts with.
    public init(allowsRawHTML: Bool = false, usesSmartPunctuation: Bool = false) {
        self.allowsRawHTML = allowsRawHTML
        self.usesSmartPunctuation = usesSmartPunctuation
    }
}
