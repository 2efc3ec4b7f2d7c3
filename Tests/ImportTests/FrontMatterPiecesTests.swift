import FrontMatter
@testable import Import
import Testing

/// The pieces that read and write front matter: YAML written back as Zeche reads it, TOML,
/// the date forms of Jekyll and Hugo, shortcodes, and headings moved up.
struct FrontMatterPiecesTests {
    @Test("Written YAML reads back to the same text, plain where that is safe", arguments: [
        ("Hallo Welt", "Hallo Welt"), ("Studie: Ergebnisse", "\"Studie: Ergebnisse\""), ("yes", "\"yes\""),
        ("2026-01-01", "\"2026-01-01\""), ("#hashtag", "\"#hashtag\""), ("a \"b\" \\ c", "\"a \\\"b\\\" \\\\ c\""),
        ("Zeile\nzwei\tTab", "\"Zeile\\nzwei\\tTab\""), ("Über uns – Geschichte", "Über uns – Geschichte"),
        ("", "\"\""), ("null", "\"null\""), (" vorn", "\" vorn\""), ("- Liste", "\"- Liste\""), ("a\u{2028}b", "\"a\\u2028b\""),
    ])
    func yamlScalars(_ text: String, _ written: String) throws {
        #expect(YAMLWriter.scalar(text) == written)
        let node = try YAMLParser().parse("key: " + written + "\n")
        #expect(node["key"]?.value == .string(text))
    }

    @Test("Lists and mappings are written as YAML that Zeche reads back")
    func yamlCollections() throws {
        let fields = [
            FrontMatterField("tags", .list([.text("a b"), .text("Kohle: Zukunft")])),
            FrontMatterField("image", .mapping([FrontMatterField("src", .text("x.jpg")), FrontMatterField("size", .integer(3))])),
            FrontMatterField("gallery", .list([.mapping([FrontMatterField("src", .text("a.jpg")), FrontMatterField("alt", .text("A"))])])),
            FrontMatterField("empty", .list([])),
            FrontMatterField("date", .timestamp("2026-11-24T14:30:00+01:00")),
        ]
        let text = YAMLWriter.lines(fields)
        #expect(text == """
            tags: [a b, "Kohle: Zukunft"]
            image:
              src: x.jpg
              size: 3
            gallery:
              - src: a.jpg
                alt: A
            empty: []
            date: 2026-11-24T14:30:00+01:00

            """)
        let node = try YAMLParser().parse(text)
        #expect(node["gallery"]?[0]?["alt"]?.value == .string("A"))
        #expect(node["date"]?.dateTimeValue?.offsetSeconds == 3600)
    }

    @Test("TOML front matter: strings, numbers, dates, arrays, tables and dotted keys")
    func toml() throws {
        let fields = try TOMLReader.read("""
            title = "Erste \\"Meldung\\""
            path = 'C:\\raw'
            count = 1_000
            ratio = 0.5
            draft = false
            date = 2021-05-04T09:30:00-04:00
            tags = [ "a",
              "b", ] # comment
            params.author = "X"
            body = \"\"\"
            zwei
            Zeilen\"\"\"
            [cover]
            image = "c.jpg"
            inline = { a = 1, b = "z" }
            """)
        let table = SourceValue.table(fields)
        #expect(table["title"] == .string("Erste \"Meldung\""))
        #expect(table["path"] == .string("C:\\raw"))
        #expect(table["count"] == .int(1000))
        #expect(table["ratio"] == .double(0.5))
        #expect(table["draft"] == .bool(false))
        #expect(table["date"] == .timestamp("2021-05-04T09:30:00-04:00"))
        #expect(table["tags"] == .list([.string("a"), .string("b")]))
        #expect(table["params"]?["author"] == .string("X"))
        #expect(table["body"] == .string("zwei\nZeilen"))
        #expect(table["cover"]?["image"] == .string("c.jpg"))
        #expect(table["cover"]?["inline"]?["b"] == .string("z"))
    }

    @Test("Broken TOML is an error with its line")
    func tomlErrors() {
        #expect(throws: TOMLReader.Failure(line: 2, message: "a string is not closed on its line")) {
            try TOMLReader.read("a = 1\nb = \"open\nc = 2\n")
        }
        #expect(throws: TOMLReader.Failure(line: 1, message: "arrays of tables ('[[…]]') are not read")) {
            try TOMLReader.read("[[items]]\n")
        }
    }

    @Test("Dates as Jekyll and Hugo write them", arguments: [
        ("2024-03-05", "2024-03-05"), ("2024-03-05 10:00", "2024-03-05T10:00:00"),
        ("2024-03-05 10:00:00 +0100", "2024-03-05T10:00:00+01:00"), ("2017-01-20T09:00:00.000Z", "2017-01-20T09:00:00Z"),
        ("2024-03-05T10:00:00.25-07:00", "2024-03-05T10:00:00.25-07:00"), ("2024-3-5", "2024-03-05"),
    ] as [(String, String)])
    func dates(_ text: String, _ expected: String) {
        #expect(SourceDate.timestamp(text) == expected)
    }

    @Test("Texts that are no dates", arguments: ["2024-02-30", "gestern", "2024-03-05 25:00", "2024-03-05 10:00 +2500"])
    func notDates(_ text: String) {
        #expect(SourceDate.timestamp(text) == nil)
    }

    @Test("Shortcodes: WordPress's own, with attributes, with content, escaped, and brackets that are none")
    func shortcodes() {
        var found: [String] = []
        let text = ShortcodeExpander.expand("""
            [caption id="a" width="40"]<img src="x.jpg"> Text[/caption] [sic] [1] [[gallery]] [youtube https://y.example/watch?v=1] [foo bar="x"/]
            """) { shortcode in
            found.append("\(shortcode.name) \(shortcode.attributes.sorted { $0.key < $1.key }) \(shortcode.positional) \(shortcode.content ?? "-")")
            return "<\(shortcode.name)>"
        }
        #expect(text == "<caption> [sic] [1] [gallery] <youtube> <foo>")
        #expect(found == [
            "caption [(key: \"id\", value: \"a\"), (key: \"width\", value: \"40\")] [] <img src=\"x.jpg\"> Text",
            "youtube [] [\"https://y.example/watch?v=1\"] -",
            "foo [(key: \"bar\", value: \"x\")] [] -",
        ])
    }

    @Test("Headings move up to start at level 2 under the page's title; code stays")
    func headingLevels() {
        let (text, levels) = HeadingLevels.raise("### A\n\n#### B\n\n```\n### code\n```\n")
        #expect(levels == 1)
        #expect(text == "## A\n\n### B\n\n```\n### code\n```\n")
        #expect(HeadingLevels.raise("## A\n\n#### B\n").levels == 0)
    }

    @Test("Explicit anchors before headings are dropped and links to them take the heading's id")
    func anchors() {
        var notes: [BodyNote] = []
        let marked = HTMLAnchors.markLines("[a](#CVE-1)\n\n<a id=\"CVE-1\"></a>\n\n### CVE-1: Ein Fehler\n\n<a name=\"x\"></a>\nText\n")
        let (text, ids) = HTMLAnchors.resolve(marked, notes: &notes)
        #expect(text == "[a](#cve-1-ein-fehler)\n\n\n### CVE-1: Ein Fehler\n\nText\n")
        #expect(ids == ["CVE-1": "cve-1-ein-fehler"])
        #expect(notes.map(\.message) == ["the anchor 'x' stood before no heading; links to it now lead to the page"])
    }
}
