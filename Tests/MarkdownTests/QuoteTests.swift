import Markdown
import Testing

@Suite struct QuoteTests {
    let parser = MarkdownParser()

    @Test func aBlockquoteEndingInADashLineBecomesAFigure() {
        let document = parser.parse("""
            > „Code ist die neue Kohle.“
            >
            > — Carsten, CEO

            """)
        #expect(document.html == """
            <figure class="quote">
            <blockquote>
            <p>„Code ist die neue Kohle.“</p>
            </blockquote>
            <figcaption><span class="quote__name">Carsten</span>, <span class="quote__role">CEO</span></figcaption>
            </figure>

            """)
        #expect(document.quotes == [AttributedQuote(text: "„Code ist die neue Kohle.“", attribution: "Carsten, CEO", line: 1)])
    }

    @Test func twoHyphensWorkLikeADash() {
        let document = parser.parse("> Erster Absatz.\n>\n> Zweiter *Absatz*.\n>\n> -- Dr. Marco Buschmann, MdB\n")
        #expect(document.quotes == [
            AttributedQuote(text: "Erster Absatz.\nZweiter Absatz.", attribution: "Dr. Marco Buschmann, MdB", line: 1),
        ])
        #expect(document.html.contains(
            "<figcaption><span class=\"quote__name\">Dr. Marco Buschmann</span>, <span class=\"quote__role\">MdB</span></figcaption>\n</figure>"))
    }

    @Test func attributionMayHoldMarkup() {
        let document = parser.parse("> Zitat\n>\n> — [Doreen Müller](https://example.com), *Marketing*\n")
        #expect(document.html.contains(
            "<figcaption><span class=\"quote__name\"><a href=\"https://example.com\">Doreen Müller</a></span>, "
                + "<span class=\"quote__role\"><em>Marketing</em></span></figcaption>"))
        #expect(document.quotes.first?.attribution == "Doreen Müller, Marketing")
    }

    @Test("Name and role are split at the first comma of the attribution's own text", arguments: [
        ("Carsten, CEO der Q.One, Essen",
         "<span class=\"quote__name\">Carsten</span>, <span class=\"quote__role\">CEO der Q.One, Essen</span>"),
        ("*Anna*, Leiterin, Technik",
         "<span class=\"quote__name\"><em>Anna</em></span>, <span class=\"quote__role\">Leiterin, Technik</span>"),
        ("[Anna, Ben](https://example.com) und Carla", "<a href=\"https://example.com\">Anna, Ben</a> und Carla"),
        ("Die Redaktion", "Die Redaktion"),
        (", nur eine Rolle", ", nur eine Rolle"),
        ("Nur ein Name,", "Nur ein Name,"),
    ])
    func nameAndRole(_ attribution: String, _ caption: String) {
        let document = parser.parse("> Zitat\n>\n> — \(attribution)\n")
        #expect(document.html.contains("<figcaption>\(caption)</figcaption>"), "\(document.html)")
    }

    @Test(arguments: [
        "> Nur ein Zitat ohne Quelle.\n",
        "> — Nur eine Quelle ohne Zitat\n",
        "> Zitat\n>\n> —ohne Leerzeichen\n",
        "> — Quelle zuerst\n>\n> Zitat danach\n",
        "> Zitat\n> — in derselben Zeile\n",
    ])
    func otherBlockquotesStayPlain(text: String) {
        let document = parser.parse(text)
        #expect(document.quotes.isEmpty)
        #expect(document.html.hasPrefix("<blockquote>\n"))
        #expect(!document.html.contains("figure"))
    }

    @Test func nestedAttributedQuotesAreBothFound() {
        let document = parser.parse("> Außen\n>\n> > Innen\n> >\n> > — Innere Quelle\n>\n> — Äußere Quelle\n")
        #expect(document.quotes.map(\.attribution) == ["Innere Quelle", "Äußere Quelle"])
        #expect(document.html.components(separatedBy: "<figure class=\"quote\">").count == 3)
    }
}
