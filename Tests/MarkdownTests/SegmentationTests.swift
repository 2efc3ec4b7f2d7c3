import Foundation
import Testing
@testable import Markdown

/// A long text is parsed in parts (see MarkdownSegmenter); the parts must give exactly the
/// document the whole text gives: HTML, heading ids, summary, quotes, links with their
/// positions, and the word count.
struct SegmentationTests {
    /// Cuts wherever a cut is allowed, however short the text.
    static let everywhere = MarkdownSegmenter.Settings(wholeTextSize: 0, partSize: 0)
    static let never = MarkdownSegmenter.Settings(wholeTextSize: .max, partSize: .max)

    static func texts() throws -> [(String, String)] {
        var texts: [(String, String)] = [
            ("headings with the same text", "# Titel\n\nText.\n\n## Abschnitt\n\nMehr.\n\n## Abschnitt\n\nNoch mehr.\n\nAbschnitt\n---------\n\nEnde.\n"),
            ("a fence with blank lines and unindented text", "Vorher.\n\n```\nCode\n\nKein Absatz\n\n```\n\nNachher.\n\n~~~~\n\nauch Code\n~~~\n\nnoch Code\n~~~~\n\nDanach.\n"),
            ("HTML blocks with blank lines", "Text.\n\n<pre>\n\nVorformatiert\n\n</pre>\n\nWeiter.\n\n<!--\n\nKommentar\n\n-->\n\nSchluss.\n"),
            ("loose and tight lists", "- a\n- b\n\nAbsatz.\n\n- c\n\n- d\n\nAbsatz.\n\n1. eins\n\n2. zwei\n\n2026 war ein Jahr.\n\n3) drei\n"),
            ("quotes with speakers", "Einleitung.\n\n> „Code ist die neue Kohle.“\n>\n> — Carsten\n\nZwischentext.\n\n> Zweites Zitat.\n>\n> -- Anna\n\nEnde.\n"),
            ("links and images on many lines", "[eins](a.md) und ![Bild](b.jpg)\n\nText mit [zwei](c.md)\nund <https://example.com/> und www.example.com\n\nÜber [drei](d.md).\n"),
            ("a table", "Vorher.\n\nName | Wert\n---- | ----\na | [b](c.md)\n\nNachher.\n"),
            ("indented code and CR LF line ends", "Text.\r\n\r\n    Code\r\n\r\n    mehr Code\r\n\r\nText.\r\nNoch.\r\n"),
            ("lone CR line ends", "Eins.\r\rZwei [Link](x.md).\r\r## Drei\r\rVier.\r"),
            ("a summary after a heading", "## Überschrift\n\nDer erste Absatz mit **fett**.\n\nDer zweite.\n"),
        ]
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        for file in FileManager.default.enumerator(atPath: fixtures.path)?.compactMap({ $0 as? String }).filter({ $0.hasSuffix(".md") }) ?? [] {
            texts.append((file, try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8)))
        }
        return texts
    }

    @Test("A text parsed in parts, cut wherever a cut is allowed, gives the same document as parsed whole")
    func partsEqualTheWhole() throws {
        let parser = MarkdownParser(options: MarkdownOptions(footnoteLabels: .init(title: "Fußnoten", back: "Zurück")))
        for (name, text) in try Self.texts() {
            var wholeLinks: [String] = []
            var partLinks: [String] = []
            let whole = parser.parse(text, rewritingLinks: { wholeLinks.append($0.destination); return "/x/" + $0.destination }, segmentation: Self.never)
            let parts = parser.parse(text, rewritingLinks: { partLinks.append($0.destination); return "/x/" + $0.destination }, segmentation: Self.everywhere)
            #expect(parts == whole, "\(name)")
            #expect(partLinks == wholeLinks, "\(name)")
        }
    }

    @Test("Figures with captions and credits, and images with their size and lazy loading from the caller, are the same in parts as whole")
    func imagesInParts() {
        let text = "![Erstes](a.jpg \"Der Anfang | Foto: A\")\n\nText mit ![Zweitem](b.png \"Nur ein Titel\") darin.\n\n![Drittes](c.jpg \"| Foto: C\")\n"
        let resolve: (LinkReference) -> LinkResolution = {
            LinkResolution(url: "/x/" + $0.destination, image: ImageAttributes(width: 1200, height: 630, loadsLazily: $0.line > 1))
        }
        let parser = MarkdownParser()
        let whole = parser.parse(text, resolvingLinks: resolve, segmentation: Self.never)
        #expect(!MarkdownSegmenter.cuts(in: text, settings: Self.everywhere).isEmpty)
        let parts = parser.parse(text, resolvingLinks: resolve, segmentation: Self.everywhere)
        #expect(parts == whole)
        #expect(parts.sameContent(as: whole))
        #expect(whole.images.map(\.isFigure) == [true, false, true])
        #expect(whole.html.components(separatedBy: "width=\"1200\" height=\"630\"").count == 4)
        #expect(whole.html.components(separatedBy: "<figcaption").count == 3)
    }

    @Test("An autolink whose URL cmark read with NULs (as U+FFFD) is found at its place, in a later part too (Fuzz/Regressions/MarkdownFuzzer/unplaced-autolink-in-a-later-part)")
    func unplacedLinkInALaterPart() throws {
        let text = "Erster Absatz.\n\nZweiter bei [q-one.com](https://www.q-one\u{0}\u{0}\u{0}   .com/).\n"
        let parser = MarkdownParser()
        let whole = parser.parse(text, rewritingLinks: { _ in nil }, segmentation: Self.never)
        #expect(MarkdownSegmenter.cuts(in: text, settings: Self.everywhere) == [16])
        #expect(parser.parse(text, rewritingLinks: { _ in nil }, segmentation: Self.everywhere) == whole)
        #expect(whole.links.map { "\($0.line):\($0.column)" } == ["3:25"])
    }

    @Test("Raw HTML that opens a footnotes section in a later part gets its label as in the whole text (Fuzz/Regressions/MarkdownFuzzer/raw-footnotes-section-in-a-part)")
    func rawFootnotesSectionInAPart() {
        let text = "Erster Absatz.\n\nZweiter <section class=\"footnotes\" data-footnotes> Absatz.\n"
        let parser = MarkdownParser(options: MarkdownOptions(allowsRawHTML: true, footnoteLabels: .init(title: "Fußnoten", back: "Zurück")))
        let whole = parser.parse(text, rewritingLinks: { _ in nil }, segmentation: Self.never)
        #expect(whole.html.contains("Fußnoten"))
        #expect(parser.parse(text, rewritingLinks: { _ in nil }, segmentation: Self.everywhere) == whole)
    }

    @Test("After '<script', a control character (a space to cmark: Fuzz/Regressions/MarkdownFuzzer/control-character-after-script-tag) or a form feed (whitespace to cmark, kept: form-feed-after-script-tag) opens an HTML block that is not cut", arguments: ["\u{2}", "\u{C}"])
    func whitespaceAfterScriptTag(_ character: String) {
        let text = "<script\(character)\n\nText, noch im Block.\n\nAuch das.\n"
        #expect(MarkdownSegmenter.cuts(in: text, settings: Self.everywhere).isEmpty)
        let parser = MarkdownParser()
        #expect(parser.parse(text, rewritingLinks: { _ in nil }, segmentation: Self.everywhere)
            == parser.parse(text, rewritingLinks: { _ in nil }, segmentation: Self.never))
    }

    @Test("Lines the cut finder cannot place with certainty end the cutting: a fence or HTML block opened with an indent (perhaps in a list item) or after a line that may open an HTML block of type 6 or 7, '<textarea' (a block only since CommonMark 0.30); a backtick fence whose info has a backtick is a paragraph (Fuzz/Regressions/MarkdownFuzzer/fence-inside-a-div-block)")
    func uncertainLines() {
        let texts = [
            // The indented <pre> is the list item's; the unindented fence after it is not.
            "- a\n\n  <pre>\n\n```\n\n  </pre>\n\nb\n\nc\n",
            "- a\n\n  ```\n\nb\n\n  ```\n\nc\n\nd\n",
            "<textarea>\n\n```\n\n</textarea>\n\nx\n\n```\n\ny\n",
            "```a`b\n\nx\n\n```\n\ny\n\nz\n",
            // Inside the <div> block the fence line is HTML; the next one opens a fence.
            " <div\n```\n\n```\n\nT\n",
            "<div>\n<pre>\n\n```\n\n</pre>\n\nx\n",
        ]
        let parser = MarkdownParser()
        for text in texts {
            #expect(parser.parse(text, rewritingLinks: { _ in nil }, segmentation: Self.everywhere)
                == parser.parse(text, rewritingLinks: { _ in nil }, segmentation: Self.never), "\(text)")
        }
        #expect(MarkdownSegmenter.cuts(in: texts[0], settings: Self.everywhere).isEmpty)
        #expect(MarkdownSegmenter.cuts(in: texts[2], settings: Self.everywhere).isEmpty)
        #expect(MarkdownSegmenter.cuts(in: texts[4], settings: Self.everywhere).isEmpty)
        #expect(MarkdownSegmenter.cuts(in: texts[5], settings: Self.everywhere).isEmpty)
        // A paragraph that starts with a tag is no reason to stop: only an opening line after it is.
        #expect(MarkdownSegmenter.cuts(in: "<span>a</span> b\n\nc\n\nd\n", settings: Self.everywhere) == [18, 21])
        // "```a`b" opens nothing; the later "```" opens a fence that runs to the end.
        #expect(MarkdownSegmenter.cuts(in: texts[3], settings: Self.everywhere) == [8])
    }

    @Test("'<!' and a lowercase letter opens no declaration block in cmark-gfm 0.29 (one in CommonMark 0.31): no cut after it; with an uppercase letter, the block ends at '>' (Fuzz/Regressions/MarkdownFuzzer/lowercase-declaration-then-comment)")
    func declarationBlocks() {
        let parser = MarkdownParser()
        // A paragraph line here, so the next line's comment opens a block that never ends.
        let lowercase = "<!x\n<!--v>\n\ne\n"
        #expect(MarkdownSegmenter.cuts(in: lowercase, settings: Self.everywhere).isEmpty)
        #expect(parser.parse(lowercase, rewritingLinks: { _ in nil }, segmentation: Self.everywhere)
            == parser.parse(lowercase, rewritingLinks: { _ in nil }, segmentation: Self.never))
        let uppercase = "<!X\n\nnoch im Block >\n\ne\n"
        #expect(MarkdownSegmenter.cuts(in: uppercase, settings: Self.everywhere) == [uppercase.utf8.count - 2])
        let whole = parser.parse(uppercase, rewritingLinks: { _ in nil }, segmentation: Self.never)
        #expect(parser.parse(uppercase, rewritingLinks: { _ in nil }, segmentation: Self.everywhere) == whole)
        #expect(whole.html.hasSuffix("<p>e</p>\n"))
    }

    @Test("Every input the Markdown fuzz target once failed on gives the same document in parts as whole, but for guessed link places (Fuzz/Regressions/MarkdownFuzzer)")
    func fuzzRegressions() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/Regressions/MarkdownFuzzer")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.count >= 5)
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            guard let flags = data.first else { continue }
            // As the fuzz target reads its input: the first byte picks the options.
            let text = String(decoding: data.dropFirst(), as: UTF8.self)
            let parser = MarkdownParser(options: MarkdownOptions(
                allowsRawHTML: flags & 1 != 0, usesSmartPunctuation: flags & 2 != 0,
                footnoteLabels: flags & 4 != 0 ? .init(title: "Fußnoten", back: "Zurück zum Text") : nil))
            let rewrite: (LinkReference) -> String? = flags & 8 != 0 ? { $0.destination.hasPrefix("/") ? "/rewritten\($0.destination)" : nil } : { _ in nil }
            #expect(parser.parse(text, rewritingLinks: rewrite, segmentation: Self.everywhere)
                .sameContent(as: parser.parse(text, rewritingLinks: rewrite, segmentation: Self.never)), "\(name)")
        }
    }

    @Test("A text with link reference definitions or footnotes is not cut: they apply to the whole text")
    func referencesKeepTheTextWhole() {
        #expect(MarkdownSegmenter.cuts(in: "A.\n\nB [x].\n\n[x]: /y\n", settings: Self.everywhere).isEmpty)
        #expect(MarkdownSegmenter.cuts(in: "A.\n\nB[^1].\n\n[^1]: C\n", settings: Self.everywhere).isEmpty)
        #expect(MarkdownSegmenter.cuts(in: "A.\n\nB.\n\nC.\n", settings: Self.everywhere) == [4, 8])
    }

    @Test("Cuts come only before a paragraph after a blank line, outside fences and HTML blocks")
    func cutPlaces() {
        let text = "A.\n\n- b\n\n  c\n\n```\n\nd\n```\n\n<pre>\n\ne\n</pre>\n\n    f\n\n> g\n\n1. h\n\n# i\n\nj\n"
        let cuts = MarkdownSegmenter.cuts(in: text, settings: Self.everywhere)
        let lines = cuts.map { offset in String(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: offset)...].prefix { $0 != 0x0A }) ?? "" }
        #expect(lines == ["# i", "j"])
    }

    @Test("A 1 MB article is parsed in parts of about 64 KB, and gives what the whole text gives")
    func longArticle() {
        let paragraph = "Die Digitalisierung verändert, wie wir arbeiten: **wichtig** ist der [Austausch](a.md).\n\n"
        let text = String(repeating: "## Abschnitt\n\n" + String(repeating: paragraph, count: 40), count: 280)
        #expect(MarkdownSegmenter.cuts(in: text).count > 10)
        let parser = MarkdownParser()
        #expect(parser.parse(text) == parser.parse(text, rewritingLinks: { _ in nil }, segmentation: Self.never))
    }
}
