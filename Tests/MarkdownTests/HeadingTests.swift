import Markdown
import Testing

@Suite struct HeadingTests {
    let parser = MarkdownParser()

    @Test func headingsGetLevelTextAndAnIDAttribute() {
        let document = parser.parse("# Über *uns*\n\n## Start-Ups von erfahrenen Machern\n")
        #expect(document.headings == [
            Heading(level: 1, text: "Über uns", id: "ueber-uns", line: 1),
            Heading(level: 2, text: "Start-Ups von erfahrenen Machern", id: "start-ups-von-erfahrenen-machern", line: 3),
        ])
        #expect(document.html == """
            <h1 id="ueber-uns">Über <em>uns</em></h1>
            <h2 id="start-ups-von-erfahrenen-machern">Start-Ups von erfahrenen Machern</h2>

            """)
    }

    @Test func repeatedHeadingsGetNumberedIDs() {
        let document = parser.parse("## Fazit\n\n## Fazit\n\n## Fazit\n\n### Fazit-2\n")
        #expect(document.headings.map(\.id) == ["fazit", "fazit-2", "fazit-3", "fazit-2-2"])
    }

    @Test func headingsWithoutLettersGetAFallbackID() {
        let document = parser.parse("## ???\n\n## 🎉\n")
        #expect(document.headings.map(\.id) == ["section", "section-2"])
    }

    @Test func setextHeadingsAndHeadingsInsideBlockquotesAreFound() {
        let document = parser.parse("Titel\n=====\n\n> ## Zitat-Überschrift\n")
        #expect(document.headings.map(\.id) == ["titel", "zitat-ueberschrift"])
        #expect(document.html.contains("<h1 id=\"titel\">Titel</h1>"))
        #expect(document.html.contains("<h2 id=\"zitat-ueberschrift\">Zitat-Überschrift</h2>"))
    }

    @Test func headingTextKeepsCodeAndLinkTextButNoMarkup() {
        let document = parser.parse("## Mit `code` und [Link](https://example.com)\n")
        #expect(document.headings.first?.text == "Mit code und Link")
        #expect(document.headings.first?.id == "mit-code-und-link")
    }

    @Test func anEmptyHeadingStillGetsAnID() {
        let document = parser.parse("##\n")
        #expect(document.html == "<h2 id=\"section\"></h2>\n")
    }

    @Test func rawHeadingTagsInUnsafeHTMLAreLeftAlone() {
        let unsafe = MarkdownParser(options: MarkdownOptions(allowsRawHTML: true))
        let document = unsafe.parse("<h2>raw</h2>\n\n## Real\n")
        #expect(document.html == "<h2>raw</h2>\n<h2 id=\"real\">Real</h2>\n")
    }

    // Fuzz/Regressions/MarkdownFuzzer/raw-html-heading-mark: the control byte of the heading
    // mark inside raw HTML gave the <div> the heading's id and left the heading without one.
    @Test func rawHTMLCannotForgeTheHeadingMark() {
        let unsafe = MarkdownParser(options: MarkdownOptions(allowsRawHTML: true))
        let document = unsafe.parse("<div><\u{1}>x</div>\n\n## Echt\n")
        #expect(document.html == "<div>< >x</div>\n<h2 id=\"echt\">Echt</h2>\n")
    }

    @Test func controlCharactersBecomeSpacesWithPositionsKept() {
        let document = parser.parse("a\u{2}b\u{7F}c [Link](\u{1}x.md)\n")
        #expect(document.html == "<p>a b c <a href=\"x.md\">Link</a></p>\n")
        #expect(document.links.first.map { [$0.line, $0.column] } == [1, 7])
    }

    @Test func tableOfContentsNestsByLevel() {
        let document = parser.parse("## A\n\n### A1\n\n#### A1a\n\n### A2\n\n## B\n\n#### B1\n")
        let toc = document.tableOfContents
        #expect(toc.map(\.text) == ["A", "B"])
        #expect(toc[0].children.map(\.text) == ["A1", "A2"])
        #expect(toc[0].children[0].children.map(\.id) == ["a1a"])
        #expect(toc[1].children.map(\.text) == ["B1"])
    }

    @Test func tableOfContentsOfTenThousandHeadingsDoesNotRecurse() {
        let text = (1...10_000).map { "\(String(repeating: "#", count: $0 % 6 + 1)) H\($0)\n" }.joined(separator: "\n")
        let document = parser.parse(text)
        #expect(document.headings.count == 10_000)
        func count(_ entries: [TableOfContentsEntry]) -> Int {
            entries.reduce(entries.count) { $0 + count($1.children) }
        }
        #expect(count(document.tableOfContents) == 10_000)
    }
}
