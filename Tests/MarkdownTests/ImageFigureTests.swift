import Markdown
import Testing

/// Images with the attributes the caller gives (size, lazy loading), and images with a title
/// that stand alone in their paragraph as figures with caption and credit.
@Suite struct ImageFigureTests {
    let parser = MarkdownParser()

    /// Resolves every image to the same size; the first loads at once, the others lazily.
    func sized(_ text: String) -> MarkdownDocument {
        var count = 0
        return parser.parse(text) { link in
            guard link.kind == .image else { return LinkResolution() }
            count += 1
            return LinkResolution(image: ImageAttributes(width: 1600, height: 900, loadsLazily: count > 1))
        }
    }

    @Test("The caller's size and lazy loading go into the <img>, the first image loads at once")
    func sizeAndLazyLoading() {
        let document = sized("Vorher ![Eins](eins.jpg) und ![Zwei](zwei.jpg).\n")
        #expect(document.html == "<p>Vorher <img src=\"eins.jpg\" alt=\"Eins\" width=\"1600\" height=\"900\"> und "
            + "<img src=\"zwei.jpg\" alt=\"Zwei\" width=\"1600\" height=\"900\" loading=\"lazy\" decoding=\"async\">.</p>\n")
    }

    @Test("Without attributes and without a title an image is written as cmark writes it")
    func plainImagesStayAsCmarkWritesThem() {
        let document = parser.parse("![Ein *schönes* Bild](a%20b.jpg)\n")
        #expect(document.html == "<p><img src=\"a%20b.jpg\" alt=\"Ein schönes Bild\" /></p>\n")
        #expect(document.images == [MarkdownImage(destination: "a%20b.jpg", alt: "Ein schönes Bild", caption: nil, credit: nil,
                                                  isFigure: false, line: 1, column: 1)])
    }

    @Test("An image with a title alone in its paragraph is a figure; the credit follows the last '|'")
    func figureWithCaptionAndCredit() {
        let document = sized("Text.\n\n![Förderturm](turm.jpg \"Zeche Zollverein | Foto: Jana Beispiel / Q.One\")\n")
        #expect(document.html == "<p>Text.</p>\n<figure class=\"figure\">\n"
            + "<img src=\"turm.jpg\" alt=\"Förderturm\" width=\"1600\" height=\"900\">\n"
            + "<figcaption class=\"figure__caption\">Zeche Zollverein <span class=\"figure__credit\">Foto: Jana Beispiel / Q.One</span></figcaption>\n"
            + "</figure>\n")
        #expect(document.images.map(\.isFigure) == [true])
        #expect(document.images.first?.caption == "Zeche Zollverein")
        #expect(document.images.first?.credit == "Foto: Jana Beispiel / Q.One")
        #expect(document.images.first?.line == 3)
    }

    @Test("A caption alone, and a credit alone, each make a figure; texts are escaped")
    func captionOrCreditAlone() {
        #expect(parser.parse("![A](a.png \"Ein <b>Bild</b> & mehr\")\n").html
            == "<figure class=\"figure\">\n<img src=\"a.png\" alt=\"A\">\n"
            + "<figcaption class=\"figure__caption\">Ein &lt;b&gt;Bild&lt;/b&gt; &amp; mehr</figcaption>\n</figure>\n")
        #expect(parser.parse("![A](a.png \"| Foto: Q.One\")\n").html
            == "<figure class=\"figure\">\n<img src=\"a.png\" alt=\"A\">\n"
            + "<figcaption class=\"figure__caption\"><span class=\"figure__credit\">Foto: Q.One</span></figcaption>\n</figure>\n")
    }

    @Test("An image with a title in running text stays inline with its title as a tooltip")
    func imageInRunningTextIsNoFigure() {
        let document = parser.parse("Das ![A](a.png \"Unterschrift | Foto: X\") im Text.\n")
        #expect(document.html == "<p>Das <img src=\"a.png\" alt=\"A\" title=\"Unterschrift | Foto: X\" /> im Text.</p>\n")
        #expect(document.images.map(\.isFigure) == [false])
        #expect(document.images.first?.credit == "Foto: X")
    }

    @Test("A title splits into caption and credit at its last '|'", arguments: [
        ("Bildunterschrift", "Bildunterschrift", nil),
        ("Blick über das Revier | Foto: Jana Beispiel", "Blick über das Revier", "Foto: Jana Beispiel"),
        ("| Foto: Jana Beispiel", nil, "Foto: Jana Beispiel"),
        ("A | B | Foto: C", "A | B", "Foto: C"),
        ("A | B |", "A | B", nil),
        ("   ", nil, nil),
    ] as [(String, String?, String?)])
    func captionAndCredit(title: String, caption: String?, credit: String?) {
        let parts = MarkdownImage.captionAndCredit(ofTitle: title)
        #expect(parts.caption == caption)
        #expect(parts.credit == credit)
    }

    @Test("A destination is escaped in src as cmark escapes it")
    func destinationIsEscapedLikeCmark() {
        let document = sized("![A](<bilder/ä b&c'.jpg>)\n")
        #expect(document.html == "<p><img src=\"bilder/%C3%A4%20b&amp;c&#x27;.jpg\" alt=\"A\" width=\"1600\" height=\"900\"></p>\n")
        #expect(parser.parse("![A](<bilder/ä b&c'.jpg>)\n").html == "<p><img src=\"bilder/%C3%A4%20b&amp;c&#x27;.jpg\" alt=\"A\" /></p>\n")
    }
}
