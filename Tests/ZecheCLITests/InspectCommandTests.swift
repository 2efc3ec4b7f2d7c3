import Foundation
import Testing
import ZecheTestSupport

/// `zeche inspect FILE` shows what Zeche reads from one content file.
struct InspectCommandTests {
    static let article = """
        ---
        title: Austausch
        subtitle: Mit Gästen
        date: 2026-01-05 09:30:00
        author: anna
        tags: [Digitalisierung, Ruhrgebiet]
        team: Presse
        ---
        Der erste Absatz.

        ## Ein Abschnitt

        > Code ist die neue Kohle.
        >
        > — Carsten, CEO

        """

    static let earlier = "---\ntitle: Vorher\ndate: 2025-12-01T08:00:00Z\nauthor: anna\ntags: [Digitalisierung]\n---\nFrüher.\n"

    static func site() throws -> SiteFolder {
        try SiteFolder(["Content/posts/2026-01-05-austausch.md": article, "Content/posts/2025-12-01-vorher.md": earlier])
    }

    @Test("--json prints the front matter as written and the article Zeche derives from it")
    func json() throws {
        let run = try Self.site().run("inspect", "--json", "Content/posts/2026-01-05-austausch.md")
        #expect(run.status == 0)
        #expect(run.standardError == "")
        #expect(run.standardOutput == """
            {"file":"Content/posts/2026-01-05-austausch.md",\
            "frontMatter":{"title":"Austausch","subtitle":"Mit Gästen","date":"2026-01-05T09:30:00","author":"anna",\
            "tags":["Digitalisierung","Ruhrgebiet"],"team":"Presse"},\
            "article":{"slug":"austausch","permalink":"/2026/01/austausch/","url":"https://news.example.com/2026/01/austausch/",\
            "outputPath":"2026/01/austausch/index.html","title":"Austausch","subtitle":"Mit Gästen",\
            "date":"2026-01-05T09:30:00+01:00","updated":null,"draft":false,"authors":["anna"],\
            "tags":[{"name":"Digitalisierung","slug":"digitalisierung"},{"name":"Ruhrgebiet","slug":"ruhrgebiet"}],\
            "summary":"Der erste Absatz.","image":null,"imageAlt":null,\
            "headings":[{"level":2,"text":"Ein Abschnitt","id":"ein-abschnitt"}],\
            "quotes":[{"text":"Code ist die neue Kohle.","attribution":"Carsten, CEO"}],"wordCount":12,"readingMinutes":1,\
            "related":[{"title":"Vorher","url":"/2025/12/vorher/"}],"relatedIsExplicit":false,"bundleFiles":[],\
            "section":null,"categories":[],"contacts":[],"dateline":null,"boilerplate":false,"embargo":null,"privateURL":null,\
            "params":{"team":"Presse"}}}

            """)
    }

    @Test("Front matter dates keep the offset as written, or none; the article's carry the site's", arguments: [
        ("2026-01-05", "\"2026-01-05\"", "\"2026-01-05T00:00:00+01:00\""),
        ("2026-07-05 09:30:00", "\"2026-07-05T09:30:00\"", "\"2026-07-05T09:30:00+02:00\""),
        ("2026-07-05T09:30:00Z", "\"2026-07-05T09:30:00Z\"", "\"2026-07-05T11:30:00+02:00\""),
        ("2026-07-05T09:30:00+00:00", "\"2026-07-05T09:30:00+00:00\"", "\"2026-07-05T11:30:00+02:00\""),
        ("2026-07-05T09:30:00.25-04:00", "\"2026-07-05T09:30:00.25-04:00\"", "\"2026-07-05T15:30:00+02:00\""),
        ("\"2026-07-05 09:30\"", "\"2026-07-05 09:30\"", "\"2026-07-05T09:30:00+02:00\""),
    ])
    func dates(_ written: String, _ frontMatter: String, _ derived: String) throws {
        let site = try SiteFolder(["Content/posts/a.md": "---\ntitle: A\ndate: \(written)\nauthor: anna\n---\n"])
        let run = try site.run("inspect", "--json", "Content/posts/a.md")
        #expect(run.status == 0)
        let json = try JSONValue(parsing: run.standardOutput)
        #expect(json["frontMatter"]?["date"] == (try JSONValue(parsing: frontMatter)))
        #expect(json["article"]?["date"] == (try JSONValue(parsing: derived)))
    }

    @Test("Without --json, inspect prints the model and the front matter for people")
    func text() throws {
        let run = try Self.site().run("inspect", "Content/posts/2026-01-05-austausch.md")
        #expect(run.status == 0)
        #expect(run.standardOutput == """
            File:         Content/posts/2026-01-05-austausch.md
            Title:        Austausch
            Subtitle:     Mit Gästen
            Slug:         austausch
            URL:          /2026/01/austausch/
            Date:         2026-01-05T09:30:00+01:00 (5. Januar 2026)
            Authors:      anna
            Tags:         Digitalisierung, Ruhrgebiet
            Summary:      Der erste Absatz.
            Words:        12 (1 Min. Lesezeit)
            Headings:
              ## Ein Abschnitt  (#ein-abschnitt)
            Quotes:
              Code ist die neue Kohle. — Carsten, CEO
            Related (by shared tags):
              Vorher  /2025/12/vorher/
            Front matter:
            {
              "title": "Austausch",
              "subtitle": "Mit Gästen",
              "date": "2026-01-05T09:30:00",
              "author": "anna",
              "tags": [
                "Digitalisierung",
                "Ruhrgebiet"
              ],
              "team": "Presse"
            }

            """)
    }

    @Test("Drafts and future articles are inspected like published ones")
    func draftsAndFuture() throws {
        let site = try SiteFolder(["Content/posts/a.md": "---\ntitle: A\ndate: 2999-01-01\nauthor: anna\ndraft: true\n---\n"])
        let run = try site.run("inspect", "--json", "Content/posts/a.md")
        #expect(run.status == 0)
        let json = try JSONValue(parsing: run.standardOutput)
        #expect(json["article"]?["permalink"] == .string("/2999/01/a/"))
        #expect(json["article"]?["draft"] == .bool(true))
    }

    @Test("A file whose front matter cannot be read prints its errors and exits with 1", arguments: [
        ("---\ntitle: A\n\tdate: 2026-01-05\n---\n", """
            Content/posts/a.md:3:1: error: a tab indents this line
                 date: 2026-01-05
                ^
            fix: indent with spaces; YAML does not allow tabs for indentation


            """),
        ("---\ntitle: A\n", """
            Content/posts/a.md:1:1: error: front matter opened at 1:1 is not closed
                ---
                ^
            fix: add a line '---' after the last key


            """),
        ("---\ndate: 2026-02-30\n---\n", """
            Content/posts/a.md:2:7: error: '2026-02-30' is not a valid date: day 30 is out of range (February 2026 has 28 days)
                date: 2026-02-30
                      ^
            fix: write a date that exists, like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00


            """),
    ])
    func unreadableFrontMatter(_ text: String, _ errors: String) throws {
        let site = try SiteFolder(["Content/posts/a.md": text])
        let run = try site.run("inspect", "--json", "Content/posts/a.md")
        #expect(run.status == 1)
        #expect(run.standardError == errors)
        #expect(run.standardOutput == "")
    }

    @Test("A file that is not UTF-8 is an error")
    func notUTF8() throws {
        let site = try SiteFolder()
        try site.folder.write(Data("---\ntitle: Gr".utf8) + Data([0xFC]) + Data("n\n---\n".utf8), to: "Content/posts/a.md")
        let run = try site.run("inspect", "--json", "Content/posts/a.md")
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("Content/posts/a.md:2:10: error: the file is not valid UTF-8 (byte 0xFC)\n"))
        #expect(run.standardOutput == "")
    }

    @Test("An article with mistakes prints them, its front matter and no article, and exits with 1")
    func invalidArticle() throws {
        let site = try SiteFolder(["Content/posts/a.md": "---\ntitle: 2026\ndate: 2026-01-05\nauthor: bernd\n---\n"])
        let run = try site.run("inspect", "--json", "Content/posts/a.md")
        #expect(run.status == 1)
        #expect(run.standardError == """
            Content/posts/a.md:2:8: error: 'title' must be text, not the number '2026'
                title: 2026
                       ^
            fix: put the value in quotes: title: "…"


            """)
        #expect(run.standardOutput == """
            {"file":"Content/posts/a.md","frontMatter":{"title":2026,"date":"2026-01-05","author":"bernd"},"article":null}

            """)
    }

    @Test("A file outside a site shows its front matter only", arguments: [
        ("---\ntitle: Notiz\ntags: [a, b]\n---\nText.\n", #"{"file":"notizen/notiz.md","frontMatter":{"title":"Notiz","tags":["a","b"]},"article":null}"#),
        ("Nur Text.\n", #"{"file":"notizen/notiz.md","frontMatter":null,"article":null}"#),
        ("---\n---\n", #"{"file":"notizen/notiz.md","frontMatter":null,"article":null}"#),
    ])
    func outsideASite(_ text: String, _ expected: String) throws {
        let folder = try TemporaryDirectory(prefix: "zeche-cli")
        try folder.write(text, to: "notizen/notiz.md")
        let run = try ZecheRun(["inspect", "--json", "notizen/notiz.md"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.standardError == "")
        #expect(run.standardOutput == expected + "\n")
    }

    @Test("Calling inspect without one existing file is a usage error", arguments: [
        ([String](), "error: give one content file, e.g. zeche inspect Content/posts/2026-11-24-artikel.md"),
        (["fehlt.md"], "error: no file 'fehlt.md'"),
        (["Content"], "error: 'Content' is a folder; give one content file"),
        (["a.md", "b.md"], "error: give one content file, e.g. zeche inspect Content/posts/2026-11-24-artikel.md"),
    ])
    func usage(_ arguments: [String], _ message: String) throws {
        let site = try SiteFolder()
        let run = try ZecheRun(["inspect"] + arguments, in: site.url)
        #expect(run.status == 2)
        #expect(run.standardError == message + "\nusage: zeche inspect FILE [--json]\nRun 'zeche inspect --help' for more.\n")
        #expect(run.standardOutput == "")
    }
}
