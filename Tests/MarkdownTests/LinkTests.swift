import Markdown
import Testing

@Suite struct LinkTests {
    let parser = MarkdownParser()

    @Test func linksAndImagesAreListedWithLineAndColumn() {
        let document = parser.parse("Text [eins](eins.md) und\n![Bild](bilder/a.jpg \"Titel\")\n")
        #expect(document.links == [
            LinkReference(kind: .link, destination: "eins.md", line: 1, column: 6),
            LinkReference(kind: .image, destination: "bilder/a.jpg", line: 2, column: 1),
        ])
    }

    @Test func columnsCountUnicodeScalarsNotBytes() {
        let document = parser.parse("Größe äöü [l](ü.md)\n")
        #expect(document.links == [LinkReference(kind: .link, destination: "ü.md", line: 1, column: 11)])
    }

    @Test func positionsAfterAnIndentedSoftBreakAreCorrected() {
        // cmark drops the leading spaces of continuation lines from inline positions.
        let document = parser.parse("Erste Zeile\n   und *x* [dritte](t.md)\n")
        #expect(document.links == [LinkReference(kind: .link, destination: "t.md", line: 2, column: 12)])
    }

    @Test func linksInListsAndQuotesKeepTheirColumns() {
        let document = parser.parse("- Punkt [a](a.md)\n  weiter [b](b.md)\n\n> Zitat [c](c.md)\n")
        #expect(document.links.map { "\($0.line):\($0.column)" } == ["1:9", "2:10", "4:9"])
    }

    @Test func autolinksAreListedWhereTheyStart() {
        let document = parser.parse("Siehe www.example.com und <https://example.org/x> oder https://example.net.\n")
        #expect(document.links == [
            LinkReference(kind: .link, destination: "http://www.example.com", line: 1, column: 7),
            LinkReference(kind: .link, destination: "https://example.org/x", line: 1, column: 27),
            LinkReference(kind: .link, destination: "https://example.net", line: 1, column: 56),
        ])
    }

    @Test func repeatedSchemeAutolinksOnOneLineEachGetTheirOwnColumn() {
        let document = parser.parse("Erst https://a.example und\n  dann https://a.example und https://a.example\n")
        #expect(document.links.map { "\($0.line):\($0.column)" } == ["1:6", "2:8", "2:30"])
    }

    @Test func referenceLinksReportTheirUseNotTheirDefinition() {
        let document = parser.parse("Ein [Verweis][ref] hier.\n\n[ref]: anderes.md\n")
        #expect(document.links == [LinkReference(kind: .link, destination: "anderes.md", line: 1, column: 5)])
    }

    @Test func rewriteReplacesDestinationsInTheHTML() {
        let document = parser.parse("[Artikel](andere.md) und ![Foto](./foto.jpg) und [extern](https://example.com)\n") { link in
            switch link.destination {
            case "andere.md": "/2026/11/andere/"
            case "./foto.jpg": "/2026/11/artikel/foto.jpg"
            default: nil
            }
        }
        #expect(document.html == """
            <p><a href="/2026/11/andere/">Artikel</a> und <img src="/2026/11/artikel/foto.jpg" alt="Foto" /> \
            und <a href="https://example.com">extern</a></p>

            """)
        #expect(document.links.map(\.destination) == ["andere.md", "./foto.jpg", "https://example.com"])
    }
}
