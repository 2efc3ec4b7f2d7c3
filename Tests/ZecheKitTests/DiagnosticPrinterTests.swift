import Testing
import ZecheKit

/// Diagnostics print like a compiler's, and never pass a user's invisible characters to the
/// terminal.
struct DiagnosticPrinterTests {
    static func printer(_ lines: [String]) -> DiagnosticPrinter {
        DiagnosticPrinter { _, line in line <= lines.count ? lines[line - 1] : nil }
    }

    @Test("A diagnostic prints its headline, the source line with a caret, the fix and its notes")
    func layout() {
        let diagnostic = Diagnostic.error(
            "the slug 'austausch' is already used by 'Content/posts/a.md'", at: SourceLocation(path: "Content/posts/b.md", line: 2, column: 7),
            fix: "give one of the articles another slug", notes: [.init("the other article is", at: SourceLocation(path: "Content/posts/a.md", line: 2, column: 7))])
        #expect(Self.printer(["---", "slug: austausch"]).format(diagnostic) == """
            Content/posts/b.md:2:7: error: the slug 'austausch' is already used by 'Content/posts/a.md'
                slug: austausch
                      ^
            fix: give one of the articles another slug
            note: the other article is Content/posts/a.md:2:7
            """)
    }

    @Test("Several diagnostics print sorted, each followed by a blank line")
    func sorted() {
        let diagnostics: [Diagnostic] = [
            .warning("später", at: SourceLocation(path: "b.md", line: 1, column: 1)),
            .error("früher", at: SourceLocation(path: "a.md", line: 3, column: 2)),
            .error("ohne Ort", at: nil),
        ]
        #expect(Self.printer([]).format(diagnostics) == "error: ohne Ort\n\na.md:3:2: error: früher\n\nb.md:1:1: warning: später\n")
    }

    @Test("A tab in the source line prints as a space, and the caret stays under the column")
    func tab() {
        let diagnostic = Diagnostic.error("a tab indents this line", at: SourceLocation(path: "a.md", line: 1, column: 2))
        #expect(Self.printer(["\tdate: 2026"]).format(diagnostic) == "a.md:1:2: error: a tab indents this line\n     date: 2026\n     ^")
    }

    @Test("Invisible characters of the user's text print as their code, and the caret moves with them")
    func invisibleCharacters() {
        let diagnostic = Diagnostic.error(
            "unknown author 'anna\u{202E}nreb'", at: SourceLocation(path: "a.md", line: 1, column: 15),
            fix: "write author: anna\u{1B}[2J", notes: [.init("see 'x\u{7}'")])
        #expect(Self.printer(["author: [anna\u{202E}nreb, ben]"]).format(diagnostic) == """
            a.md:1:15: error: unknown author 'anna<U+202E>nreb'
                author: [anna<U+202E>nreb, ben]
                                     ^
            fix: write author: anna<U+001B>[2J
            note: see 'x<U+0007>'
            """)
    }
}
