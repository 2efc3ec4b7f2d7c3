import Markdown

extension SiteConfig {
    /// How the site's Markdown is read: its settings, and footnote labels in its language.
    func markdownOptions(strings: InterfaceStrings) -> MarkdownOptions {
        MarkdownOptions(
            allowsRawHTML: allowsRawHTML, usesSmartPunctuation: usesSmartPunctuation,
            footnoteLabels: MarkdownOptions.FootnoteLabels(title: strings["footnotes"], back: strings["footnote_back"]))
    }
}
