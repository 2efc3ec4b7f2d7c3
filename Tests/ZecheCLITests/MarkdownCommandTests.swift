import Foundation
import Testing
import ZecheTestSupport

/// `zeche markdown`: the HTML of one file's body, front matter skipped.
@Suite struct MarkdownCommandTests {
    @Test func printsTheBodysHTMLWithoutTheFrontMatter() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-markdown")
        try folder.write("---\ntitle: Test\n---\n\n## Über uns\n\n> Zitat\n>\n> — Quelle\n", to: "artikel.md")
        let run = try CommandRun.zeche(["markdown", "artikel.md"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.standardOutput == """
            <h2 id="ueber-uns">Über uns</h2>
            <figure class="quote">
            <blockquote>
            <p>Zitat</p>
            </blockquote>
            <figcaption>Quelle</figcaption>
            </figure>

            """)
    }

    @Test func readsStandardInput() throws {
        let run = try CommandRun.zeche(["markdown", "-"], input: Data("*kursiv* und ~~weg~~\n".utf8))
        #expect(run.standardOutput == "<p><em>kursiv</em> und <del>weg</del></p>\n")
    }

    @Test func invalidUTF8IsDecodedWithAWarningNamingTheFile() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-markdown")
        try folder.write(Data([0x47, 0x72, 0xFC, 0xDF, 0x65, 0x0A]), to: "latin1.md")
        let run = try CommandRun.zeche(["markdown", "latin1.md"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.standardOutput == "<p>Gr\u{FFFD}\u{FFFD}e</p>\n")
        #expect(run.standardError == "latin1.md: warning: the file is not valid UTF-8; invalid bytes were replaced with '\u{FFFD}'\n")
    }

    @Test func anUnclosedFrontMatterIsAnErrorAtItsLine() throws {
        let run = try CommandRun.zeche(["markdown", "-"], input: Data("---\ntitle: offen\n\nText\n".utf8))
        #expect(run.status == 1)
        #expect(run.standardError == "<stdin>:1:1: error: front matter opened at 1:1 is not closed\nfix: add a line '---' after the last key\n")
    }
}
