import Markdown
import Testing

@Suite struct SummaryAndWordsTests {
    let parser = MarkdownParser()

    @Test func summaryIsThePlainTextOfTheFirstParagraph() {
        let document = parser.parse("## Vorab\n\nHeute ist *Dr. Marco* zu\n[Besuch](x.md) gewesen.\n\nZweiter Absatz.\n")
        #expect(document.summary == "Heute ist Dr. Marco zu Besuch gewesen.")
    }

    @Test func summarySkipsParagraphsWithoutTextAndNestedParagraphs() {
        let document = parser.parse("> Zitat zuerst\n\n![Bild](a.jpg)\n\n- Liste\n\nDer erste echte Absatz.\n")
        #expect(document.summary == "Der erste echte Absatz.")
    }

    @Test func summaryIsEmptyWithoutParagraphs() {
        #expect(parser.parse("# Nur Titel\n").summary == "")
    }

    @Test func wordCountCountsProseNotCodeBlocksOrPunctuation() {
        let document = parser.parse("""
            # Zwei Wörter

            Ein Satz – mit fünf Wörtern „hier“.

            ```swift
            let ignored = "code block"
            ```

            Inline `code` zählt ![alt text wird nicht gezählt](a.jpg) mit.
            """)
        // 2 + 6 + 4 ("Inline", "code", "zählt", "mit.")
        #expect(document.wordCount == 12)
    }

    @Test func plainTextIsTheProseWithoutMarkupABlockALine() {
        let document = parser.parse("""
            # Zwei *Wörter*

            Ein **Satz** mit [Link](x.md) und
            Umbruch.

            ```swift
            let ignored = "code block"
            ```

            <div>rohes HTML</div>

            - Inline `code` ![kein Bildtext](a.jpg) zählt
            """)
        #expect(document.plainText == "Zwei Wörter\nEin Satz mit Link und Umbruch.\nInline code  zählt")
    }

    @Test(arguments: [(0, 1), (1, 1), (200, 1), (201, 2), (1000, 5)])
    func readingTimeIsTwoHundredWordsAMinuteRoundedUp(words: Int, minutes: Int) {
        let text = String(repeating: "wort ", count: words)
        let document = parser.parse(text)
        #expect(document.wordCount == words)
        #expect(document.readingMinutes == minutes)
    }
}
