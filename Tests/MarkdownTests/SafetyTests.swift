import Markdown
import Testing

@Suite struct SafetyTests {
    @Test func rawHTMLIsOmittedByDefault() {
        let document = MarkdownParser().parse("<script>alert(1)</script>\n\nText <b onclick=\"x()\">fett</b>\n")
        #expect(document.html == "<!-- raw HTML omitted -->\n<p>Text <!-- raw HTML omitted -->fett<!-- raw HTML omitted --></p>\n")
    }

    @Test(arguments: ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:x", "data:text/html;base64,PHNjcmlwdD4=",
                      "&#106;avascript:alert(1)", "file:///etc/passwd", "data:image/png;base64,iVBORw0KGgo="])
    func dangerousLinkDestinationsAreDroppedLeavingTheirText(destination: String) {
        let document = MarkdownParser().parse("[klick **hier**](\(destination)) und ![Bild](\(destination))\n")
        #expect(document.html == "<p>klick <strong>hier</strong> und Bild</p>\n")
        #expect(document.links.map(\.isDropped) == [true, true])
    }

    @Test(arguments: [
        ("javascript:x", true), (" \t JaVaScRiPt:x", true), ("java\tscript:x", true), ("DATA:text/plain,x", true),
        ("https://example.com/", false), ("javascript", false), ("data/javascript:x.md", false), ("mailto:a@example.com", false),
        ("./javascript:x", false), ("", false),
    ])
    func unsafeDestinationsAreRecognizedAsBrowsersReadThem(destination: String, isUnsafe: Bool) {
        #expect(LinkReference.isUnsafe(destination) == isUnsafe)
    }

    @Test func unsafeModeKeepsDangerousLinks() {
        let parser = MarkdownParser(options: MarkdownOptions(allowsRawHTML: true))
        #expect(parser.parse("[klick](javascript:x)\n").html == "<p><a href=\"javascript:x\">klick</a></p>\n")
        #expect(parser.parse("[klick](javascript:x)\n").links.map(\.isDropped) == [false])
    }

    @Test func unsafeModeKeepsRawHTML() {
        let parser = MarkdownParser(options: MarkdownOptions(allowsRawHTML: true))
        #expect(parser.parse("<div class=\"box\">x</div>\n").html == "<div class=\"box\">x</div>\n")
    }

    @Test func tagfilterDisarmsDangerousTagsEvenInUnsafeMode() {
        let parser = MarkdownParser(options: MarkdownOptions(allowsRawHTML: true))
        #expect(parser.parse("<script>x</script>\n").html == "&lt;script>x&lt;/script>\n")
    }
}

@Suite struct FootnoteTests {
    @Test func footnotesGetAHeadingAndBackLinksInThePagesLanguage() {
        let parser = MarkdownParser(options: MarkdownOptions(footnoteLabels: .init(title: "Fußnoten", back: "Zurück zum Text")))
        let html = parser.parse("Satz[^1].\n\n[^1]: Anmerkung.\n").html
        #expect(html.contains("<section class=\"footnotes\" data-footnotes>\n<h2 class=\"visually-hidden\">Fußnoten</h2>"))
        #expect(html.contains("aria-label=\"Zurück zum Text\""))
        #expect(!html.contains("Back to content"))
    }

    @Test func withoutLabelsFootnotesAreAsCmarkWritesThem() {
        let html = MarkdownParser().parse("Satz[^1].\n\n[^1]: Anmerkung.\n").html
        #expect(html.contains("aria-label=\"Back to content\""))
        #expect(!html.contains("<h2"))
    }
}
