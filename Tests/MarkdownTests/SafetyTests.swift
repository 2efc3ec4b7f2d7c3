import Markdown
import Testing

@Suite struct SafetyTests {
    @Test func rawHTMLIsOmittedByDefault() {
        let document = MarkdownParser().parse("<script>alert(1)</script>\n\nText <b onclick=\"x()\">fett</b>\n")
        #expect(document.html == "<!-- raw HTML omitted -->\n<p>Text <!-- raw HTML omitted -->fett<!-- raw HTML omitted --></p>\n")
    }

    @Test(arguments: ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:x", "data:text/html;base64,PHNjcmlwdD4="])
    func dangerousLinkDestinationsAreDropped(destination: String) {
        let document = MarkdownParser().parse("[klick](\(destination))\n")
        #expect(document.html == "<p><a href=\"\">klick</a></p>\n")
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
