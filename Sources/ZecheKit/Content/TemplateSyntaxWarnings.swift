import Markdown

/// Warnings for template syntax of other generators left in a body (`{% highlight %}`,
/// `{{< figure >}}`, `{{ site.baseurl }}`): Zeche runs no templates in articles, so the page
/// would show the text as it is.
enum TemplateSyntaxWarnings {
    /// One warning per use, at its line and column in the file, with Zeche's equivalent
    /// where there is one.
    static func diagnostics(_ uses: [TemplateSyntax], in document: ContentDocument) -> [Diagnostic] {
        let lineOffset = document.bodyStartLine - 1
        return uses.map { use in
            let fix = use.equivalent.map { "Zeche's equivalent is \($0)" }
                ?? "replace it with the text or Markdown it stood for, or remove it"
            return .warning(
                "'\(use.text)' is \(use.what), which Zeche does not run: the page shows it as text",
                at: SourceLocation(path: document.path, line: use.line + lineOffset, column: use.column), fix: fix)
        }
    }
}
