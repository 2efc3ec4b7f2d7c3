import Markdown
import Testing

/// In-page links written for GitHub's, Hugo's or kramdown's heading ids reach the heading,
/// whose id stays Zeche's readable one; no extra element is added.
struct LegacyHeadingIDTests {
    let parser = MarkdownParser()

    func href(_ markdown: String) -> String? {
        let html = parser.parse(markdown).html
        guard let start = html.range(of: "<a href=\"")?.upperBound,
              let end = html[start...].firstIndex(of: "\"") else { return nil }
        return String(html[start..<end])
    }

    @Test("A link in GitHub's form, with runs of hyphens, leads to the Zeche id", arguments: [
        ("## cargo publish - workspace", "#cargo-publish---workspace", "#cargo-publish-workspace"),
        ("## Über uns", "#über-uns", "#ueber-uns"),
        ("## Über uns", "#%C3%BCber-uns", "#ueber-uns"),
        ("## What's new in v20.0.0?", "#whats-new-in-v2000", "#what-s-new-in-v20-0-0"),
        ("## `fs.cp()` and `fs/promises`", "#fscp-and-fspromises", "#fs-cp-and-fs-promises"),
        ("## snake_case names", "#snake_case-names", "#snake-case-names"),
    ])
    func githubForm(_ heading: String, _ written: String, _ expected: String) {
        #expect(href("[link](\(written))\n\n\(heading)\n") == expected)
    }

    @Test("Blackfriday's and kramdown's forms lead there too", arguments: [
        ("## Über uns", "#über-uns", "#ueber-uns"),
        ("## 2. Schritt: Los!", "#2-schritt-los", "#2-schritt-los"),
        ("## 2. Schritt: Los!", "#schritt-los", "#2-schritt-los"),
        ("## Größe & Maß", "#größe-maß", "#groesse-mass"),
    ])
    func otherForms(_ heading: String, _ written: String, _ expected: String) {
        #expect(href("\(heading)\n\n[link](\(written))\n") == expected)
    }

    @Test("Repeated headings are numbered from 1 in GitHub's form and from 2 in Zeche's; where the two meet, Zeche's id wins")
    func repeatedHeadings() {
        let markdown = "[a](#notes) [b](#notes-1) [c](#notes-2)\n\n## Notes\n\n## Notes\n\n## Notes\n"
        let html = parser.parse(markdown).html
        // GitHub's "notes-2" is the third heading, but Zeche's "notes-2" is the second.
        #expect(html.contains("<a href=\"#notes\">a</a> <a href=\"#notes-2\">b</a> <a href=\"#notes-2\">c</a>"))
    }

    @Test("A Zeche id wins over another heading's GitHub form")
    func zecheIDWins() {
        // "a - b" is "a---b" for GitHub; "a-b" is the first heading's Zeche id.
        let markdown = "[x](#a-b) [y](#a---b)\n\n## a b\n\n## a - b\n"
        #expect(parser.parse(markdown).html.contains("<a href=\"#a-b\">x</a> <a href=\"#a-b-2\">y</a>"))
    }

    @Test("Fragments that match no heading, and links to other pages, are left as written")
    func otherLinksUnchanged() {
        #expect(href("[x](#top)\n\n## Über uns\n") == "#top")
        #expect(href("[x](https://example.org/#über-uns)\n\n## Über uns\n") == "https://example.org/#%C3%BCber-uns")
    }

    @Test("The link keeps its destination as written in the document's link list")
    func linkListKeepsTheWrittenForm() {
        let document = parser.parse("[x](#cargo-publish---workspace)\n\n## cargo publish - workspace\n")
        #expect(document.links.map(\.destination) == ["#cargo-publish---workspace"])
        #expect(document.headings.map(\.id) == ["cargo-publish-workspace"])
    }
}
