import Foundation
import Testing
import ZecheKit

/// Every mistake in the content is an error at its file, line and column, with a fix.
struct ValidationTests {
    static let articleErrors: [SiteMistake] = [
        SiteMistake("missing title", ["Content/posts/a.md": "---\ndate: 2026-05-04\nauthor: anna\n---\nText.\n"], [
            "Content/posts/a.md:1:1: error: the required key 'title' is missing\nfix: add a line 'title: Mein Artikel'",
        ]),
        SiteMistake("missing date and author", ["Content/posts/a.md": "---\ntitle: A\n---\nText.\n"], [
            "Content/posts/a.md:1:1: error: the required key 'author' is missing\nfix: add a line 'author: doreen-mueller'",
            "Content/posts/a.md:1:1: error: the required key 'date' is missing\nfix: add a line 'date: 2026-11-24'",
        ]),
        SiteMistake("title with no value", ["Content/posts/a.md": "---\ntitle:\ndate: 2026-05-04\nauthor: anna\n---\n"], [
            "Content/posts/a.md:2:7: error: the required key 'title' has no value\nfix: write it after the colon: 'title: Mein Artikel'",
        ]),
        SiteMistake("title of spaces only", ["Content/posts/a.md": TestSite.article(title: "\"   \"")], [
            "Content/posts/a.md:2:8: error: the required key 'title' has no value\nfix: write it after the colon: 'title: Mein Artikel'",
        ]),
        SiteMistake("author list that is empty", ["Content/posts/a.md": TestSite.article(author: "[]")], [
            "Content/posts/a.md:4:9: error: the required key 'author' is an empty list\nfix: name at least one: 'author: doreen-mueller'",
        ]),
        SiteMistake("misspelt required key", ["Content/posts/a.md": "---\ntitel: A\ndate: 2026-05-04\nauthor: anna\n---\n"], [
            "Content/posts/a.md:2:1: error: unknown key 'titel'; did you mean the required key 'title'?\nfix: rename 'titel' to 'title'",
        ]),
        SiteMistake("title that is a number", ["Content/posts/a.md": TestSite.article(title: "2026")], [
            "Content/posts/a.md:2:8: error: 'title' must be text, not the number '2026'\nfix: put the value in quotes: title: \"…\"",
        ]),
        SiteMistake("date that is a word", ["Content/posts/a.md": TestSite.article(date: "morgen")], [
            "Content/posts/a.md:3:7: error: 'morgen' is not a date\nfix: write 'date' like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00",
        ]),
        SiteMistake("date that is a list", ["Content/posts/a.md": TestSite.article(date: "[2026, 5, 4]")], [
            "Content/posts/a.md:3:7: error: 'date' must be a date, not a list\nfix: write 'date' like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00",
        ]),
        SiteMistake("impossible date", ["Content/posts/a.md": TestSite.article(date: "2026-02-30")], [
            "Content/posts/a.md:3:7: error: '2026-02-30' is not a valid date: day 30 is out of range (February 2026 has 28 days)\n"
                + "fix: write a date that exists, like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00",
        ]),
        SiteMistake("impossible date in quotes", ["Content/posts/a.md": TestSite.article(date: "\"2026-02-30\"")], [
            "Content/posts/a.md:3:7: error: '2026-02-30' is not a valid date: day 30 is out of range (February 2026 has 28 days)\n"
                + "fix: write a date that exists, like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00",
        ]),
        SiteMistake("impossible time in quotes", ["Content/posts/a.md": TestSite.article(date: "\"2026-05-04 24:30\"")], [
            "Content/posts/a.md:3:7: error: '2026-05-04 24:30' is not a valid time: hour 24 is out of range (0 to 23)\n"
                + "fix: write a date that exists, like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00",
        ]),
        // The trap: quoting the value used to be the hint, and gave the same error.
        SiteMistake("month and day out of range", ["Content/posts/a.md": TestSite.article(date: "2026-13-45")], [
            "Content/posts/a.md:3:7: error: '2026-13-45' is not a valid date: month 13 (1 to 12) and day 45 (1 to 31) are out of range\n"
                + "fix: write a date that exists, like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00",
        ]),
        SiteMistake("month and day out of range in quotes", ["Content/posts/a.md": TestSite.article(date: "\"2026-13-45\"")], [
            "Content/posts/a.md:3:7: error: '2026-13-45' is not a valid date: month 13 (1 to 12) and day 45 (1 to 31) are out of range\n"
                + "fix: write a date that exists, like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00",
        ]),
        SiteMistake("day and minute out of range with a time", ["Content/posts/a.md": TestSite.article(date: "2026-11-31 14:75")], [
            "Content/posts/a.md:3:7: error: '2026-11-31 14:75' is not a valid date: day 31 (November 2026 has 30 days) and minute 75 (0 to 59) are out of range\n"
                + "fix: write a date that exists, like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00",
        ]),
        SiteMistake("tags as one text with commas", ["Content/posts/a.md": TestSite.article("tags: Digitalisierung, Ruhrgebiet\n")], [
            "Content/posts/a.md:5:7: error: 'tags' is one text with commas, not a list\nfix: write tags as a list: [Digitalisierung, Ruhrgebiet]",
        ]),
        SiteMistake("authors as one text with commas", ["Content/posts/a.md": TestSite.article(author: "anna, ben")], [
            "Content/posts/a.md:4:9: error: 'author' is one text with commas, not a list\nfix: write author as a list: [anna, ben]",
        ]),
        SiteMistake("author that is a mapping", ["Content/posts/a.md": TestSite.article(author: "{name: Anna}")], [
            "Content/posts/a.md:4:9: error: 'author' must be a list, not a group of keys\nfix: write author as a list: [a, b]",
        ]),
        SiteMistake("tag that is a number", ["Content/posts/a.md": TestSite.article("tags: [Politik, 2026]\n")], [
            "Content/posts/a.md:5:17: error: each entry of 'tags' must be text, not the number '2026'\nfix: put the entry in quotes",
        ]),
        SiteMistake("tag without letters or digits", ["Content/posts/a.md": TestSite.article("tags: [Politik, \"!!!\"]\n")], [
            "Content/posts/a.md:5:17: error: the tag '!!!' has no letters or digits for its URL\nfix: write the tag with letters or digits",
        ]),
        SiteMistake("empty author entry", ["Content/posts/a.md": TestSite.article(author: "[anna, \"\"]")], [
            "Content/posts/a.md:4:16: error: an entry of 'author' is empty\nfix: remove it or fill it in",
        ]),
        SiteMistake("unknown author close to a known one", ["Content/posts/a.md": TestSite.article(author: "[ana]")], [
            "Content/posts/a.md:4:10: error: unknown author 'ana'; did you mean 'anna'?\nfix: write author: anna",
        ]),
        SiteMistake("unknown author far from any", ["Content/posts/a.md": TestSite.article(author: "redaktion")], [
            "Content/posts/a.md:4:9: error: unknown author 'redaktion'\nfix: use one of: anna, or create Content/authors/redaktion.md",
        ]),
        SiteMistake("unknown related slug", [
            "Content/posts/a.md": TestSite.article("related: [werkstat-besuch]\n"),
            "Content/posts/werkstatt-besuch.md": TestSite.article(title: "W"),
        ], [
            "Content/posts/a.md:5:11: error: unknown related article 'werkstat-besuch'; did you mean 'werkstatt-besuch'?\n"
                + "fix: name an article by its slug (its file name without the date and '.md') or by its file",
        ]),
        SiteMistake("related link that is not http(s)", ["Content/posts/a.md": TestSite.article("related:\n  - {title: Archiv, url: /archiv/}\n")], [
            "Content/posts/a.md:6:26: error: the related link '/archiv/' is not an http(s) address\n"
                + "fix: write a full address such as https://example.com/artikel, or name an article by its slug",
        ]),
        SiteMistake("related link without a title", ["Content/posts/a.md": TestSite.article("related:\n  - url: https://example.com/\n")], [
            "Content/posts/a.md:6:5: error: the required key 'title' is missing\nfix: add a line 'title: Titel des Artikels'",
        ]),
        SiteMistake("related entry that is a number", ["Content/posts/a.md": TestSite.article("related: [42]\n")], [
            "Content/posts/a.md:5:11: error: each related entry must be an article's slug or a 'title' and 'url', not the number '42'\n"
                + "fix: write '- slug-des-artikels' or '- {title: …, url: https://…}'",
        ]),
        SiteMistake("cover image without image_alt", [
            "Content/posts/a/index.md": TestSite.article("image: foto.svg\n"), "Content/posts/a/foto.svg": TestSite.svg,
        ], [
            "Content/posts/a/index.md:5:8: error: the cover image 'foto.svg' has no 'image_alt' text\n"
                + "fix: describe the image for readers who cannot see it: image_alt: \"…\"",
            "Content/posts/a/index.md:5:8: warning: the cover image 'foto.svg' is an SVG, which LinkedIn, Facebook and X do not show in link previews\n"
                + "fix: give a JPEG, PNG or WebP for sharing (share_image: bild.jpg with share_image_alt), or use one as the cover",
        ]),
        SiteMistake("cover image that does not exist", ["Content/posts/a.md": TestSite.article("image: ../images/fotos.svg\nimage_alt: Foto\n"),
                                                    "Content/images/foto.svg": TestSite.svg], [
            "Content/posts/a.md:5:8: error: the cover image '../images/fotos.svg' does not exist (looked for 'Content/images/fotos.svg'); "
                + "did you mean 'foto.svg'?\nfix: check the file name; paths are relative to the Markdown file",
        ]),
        SiteMistake("slug that leaves the output folder", ["Content/posts/a.md": TestSite.article("slug: ../../etc/passwd\n")], [
            "Content/posts/a.md:5:7: error: the slug '../../etc/passwd' would leave the article's folder in the output\n"
                + "fix: use only a-z, 0-9 and '-': slug: etc-passwd",
        ]),
        SiteMistake("slug with a folder", ["Content/posts/a.md": TestSite.article("slug: news/a\n")], [
            "Content/posts/a.md:5:7: error: the slug 'news/a' would leave the article's folder in the output\nfix: use only a-z, 0-9 and '-': slug: news-a",
        ]),
        SiteMistake("slug that is not in URL form", ["Content/posts/a.md": TestSite.article("slug: Große Pläne\n")], [
            "Content/posts/a.md:5:7: error: the slug 'Große Pläne' is not in URL form: a-z, 0-9 and single '-' between them\n"
                + "fix: write slug: grosse-plaene",
        ]),
        SiteMistake("file name without letters", ["Content/posts/2026-05-04-!!!.md": TestSite.article()], [
            "Content/posts/2026-05-04-!!!.md:1:1: error: the file name gives no slug for the article's URL\n"
                + "fix: add 'slug: …' with a-z, 0-9 and '-' to the front matter",
        ]),
        SiteMistake("two articles with one permalink", [
            "Content/posts/2026-05-04-austausch.md": TestSite.article(),
            "Content/posts/austausch.md": TestSite.article(date: "2026-05-20"),
        ], [
            "Content/posts/austausch.md:1:1: error: the permalink '/2026/05/austausch/' is already the permalink of "
                + "'Content/posts/2026-05-04-austausch.md'\nfix: give one of the articles another slug with 'slug: …'\n"
                + "note: the other article is Content/posts/2026-05-04-austausch.md:1:1",
        ]),
        SiteMistake("a related slug that two articles in different months have", [
            "Content/posts/a.md": TestSite.article("slug: austausch\n"),
            "Content/posts/b.md": TestSite.article(date: "2026-04-01", "slug: austausch\n"),
            "Content/posts/c.md": TestSite.article(date: "2026-04-02", "related: [austausch]\n"),
        ], [
            "Content/posts/c.md:5:11: error: the related article 'austausch' is ambiguous: 'Content/posts/a.md' and 'Content/posts/b.md' have this slug\n"
                + "fix: name the article by its file instead, relative to this one (e.g. 'a.md')",
        ]),
        SiteMistake("draft that is not a boolean", ["Content/posts/a.md": TestSite.article("draft: ja\n")], [
            "Content/posts/a.md:5:8: error: 'draft' must be true or false, not the text 'ja'\nfix: write draft: true or draft: false, without quotes",
        ]),
        SiteMistake("article without front matter", ["Content/posts/a.md": "# Nur Text\n"], [
            "Content/posts/a.md:1:1: error: the article has no front matter\n"
                + "fix: start the file with '---', then 'title: …', 'date: …' and 'author: …' lines, then '---'",
        ]),
        SiteMistake("front matter that is a list", ["Content/posts/a.md": "---\n- title\n- date\n---\n"], [
            "Content/posts/a.md:2:1: error: the front matter must be a list of 'key: value' lines, not a list\n"
                + "fix: write one 'key: value' per line, e.g. 'title: Mein Artikel'",
        ]),
        SiteMistake("link to a file that does not exist", ["Content/posts/a.md": TestSite.article(body: "Siehe [b](b.md).\n"),
                                                       "Content/posts/bb.md": TestSite.article(title: "BB")], [
            "Content/posts/a.md:6:7: error: the link 'b.md' points to 'Content/posts/b.md', which does not exist; did you mean 'bb.md'?\n"
                + "fix: check the path; it is relative to the folder of 'Content/posts/a.md'",
        ]),
    ]

    /// A valid article by the site's author beside each mistake, so that no warning about an
    /// author without articles joins the errors.
    static let validArticle = ["Content/posts/z-gueltig.md": TestSite.article(title: "Gültig", date: "2026-01-02")]

    @Test("A mistake in an article is an error with its exact message", arguments: articleErrors)
    func articleSiteMistake(_ mistake: SiteMistake) throws {
        let site = try TestSite(mistake.files.merging(Self.validArticle) { new, _ in new })
        let result = site.load()
        #expect(result.diagnostics.map(\.description) == mistake.expected)
        #expect(result.site == nil)
    }

    static let authorAndPageErrors: [SiteMistake] = [
        SiteMistake("author without a name", ["Content/authors/anna.md": "---\nrole: Presse\n---\n"], [
            "Content/authors/anna.md:1:1: error: the required key 'name' is missing\nfix: add a line 'name: Doreen Müller'",
        ]),
        SiteMistake("author website that is not http(s)", ["Content/authors/anna.md": "---\nname: Anna\nwebsite: anna.example.com\n---\n"], [
            "Content/authors/anna.md:3:10: error: the website 'anna.example.com' is not an http(s) address\nfix: write website: https://…",
        ]),
        SiteMistake("author file name that is not an id", ["Content/authors/Anna Berg.md": "---\nname: Anna Berg\n---\n",
                                                      "Content/posts/a.md": TestSite.article(author: "[anna, Anna Berg]")], [
            "Content/authors/Anna Berg.md:1:1: error: the author file name 'Anna Berg.md' is not an id in URL form: a-z, 0-9 and single '-' between them\n"
                + "fix: rename the file to 'anna-berg.md' and name the author as 'anna-berg' in articles",
        ]),
        SiteMistake("two authors with one id", ["Content/authors/team/anna.md": "---\nname: Anna Zwei\n---\n"], [
            "Content/authors/team/anna.md:1:1: error: the author id 'anna' is already used by 'Content/authors/anna.md'\n"
                + "fix: rename one of the files; articles name authors by the file name",
        ]),
        SiteMistake("page without a title", ["Content/pages/impressum.md": "---\ndescription: Wer wir sind\n---\n"], [
            "Content/pages/impressum.md:1:1: error: the required key 'title' is missing\nfix: add a line 'title: Impressum'",
        ]),
        SiteMistake("page slug that is not in URL form", ["Content/pages/impressum.md": "---\ntitle: Impressum\nslug: ../impressum\n---\n"], [
            "Content/pages/impressum.md:3:7: error: the slug '../impressum' is not in URL form: a-z, 0-9 and single '-' between them\n"
                + "fix: write slug: impressum",
        ]),
        SiteMistake("two pages with one URL", ["Content/pages/impressum.md": "---\ntitle: Impressum\n---\n",
                                           "Content/pages/kontakt.md": "---\ntitle: Kontakt\nslug: impressum\n---\n"], [
            "Content/pages/kontakt.md:1:1: error: the page URL '/impressum/' is already the URL of 'Content/pages/impressum.md'\n"
                + "fix: give one of the pages another slug with 'slug: …'",
        ]),
    ]

    @Test("A mistake in an author or page file is an error with its exact message", arguments: authorAndPageErrors)
    func authorOrPageSiteMistake(_ mistake: SiteMistake) throws {
        let site = try TestSite(mistake.files.merging(["Content/posts/a.md": TestSite.article()]) { new, _ in new })
        let result = site.load()
        #expect(result.diagnostics.map(\.description) == mistake.expected)
        #expect(result.site == nil)
    }

    @Test("All mistakes of a file are reported at once, in order, the cross-file ones too")
    func everyErrorAtOnce() throws {
        let site = try TestSite(["Content/posts/a.md": """
            ---
            title: Austausch
            date: 2026-05-04
            author: [anna, bernd]
            tags: Politik, Wirtschaft
            image: ../images/bild.jpg
            related: [gibt-es-nicht]
            slug: ../austausch
            subtitel: Ein Tippfehler
            ---
            Text mit [Link](fehlt.md).

            """])
        #expect(site.diagnostics() == [
            "Content/posts/a.md:4:16: error: unknown author 'bernd'\nfix: use one of: anna, or create Content/authors/bernd.md",
            "Content/posts/a.md:5:7: error: 'tags' is one text with commas, not a list\nfix: write tags as a list: [Politik, Wirtschaft]",
            "Content/posts/a.md:6:8: error: the cover image '../images/bild.jpg' does not exist (looked for 'Content/images/bild.jpg')\n"
                + "fix: check the file name; paths are relative to the Markdown file",
            "Content/posts/a.md:6:8: error: the cover image '../images/bild.jpg' has no 'image_alt' text\n"
                + "fix: describe the image for readers who cannot see it: image_alt: \"…\"",
            "Content/posts/a.md:7:11: error: unknown related article 'gibt-es-nicht'\n"
                + "fix: name an article by its slug (its file name without the date and '.md') or by its file",
            "Content/posts/a.md:8:7: error: the slug '../austausch' would leave the article's folder in the output\n"
                + "fix: use only a-z, 0-9 and '-': slug: austausch",
            "Content/posts/a.md:9:1: warning: unknown key 'subtitel'; did you mean 'subtitle'?\nfix: rename it to 'subtitle'",
            "Content/posts/a.md:11:10: error: the link 'fehlt.md' points to 'Content/posts/fehlt.md', which does not exist\n"
                + "fix: check the path; it is relative to the folder of 'Content/posts/a.md'",
        ])
    }

    @Test("A link to an article with errors of its own is not reported again")
    func linkToBrokenArticle() throws {
        let site = try TestSite([
            "Content/posts/a.md": TestSite.article(body: "Siehe [b](b.md).\n"),
            "Content/posts/b.md": "---\ntitle: B\n---\n",
        ])
        #expect(site.diagnostics() == [
            "Content/posts/b.md:1:1: error: the required key 'author' is missing\nfix: add a line 'author: doreen-mueller'",
            "Content/posts/b.md:1:1: error: the required key 'date' is missing\nfix: add a line 'date: 2026-11-24'",
        ])
    }

    @Test("An author file with a mistake still counts, so its articles are not reported too")
    func brokenAuthorIsKnown() throws {
        let site = try TestSite(["Content/authors/anna.md": "---\nname: Anna\nhashtags: a, b\n---\n", "Content/posts/a.md": TestSite.article()])
        #expect(site.diagnostics() == [
            "Content/authors/anna.md:3:11: error: 'hashtags' is one text with commas, not a list\nfix: write hashtags as a list: [a, b]",
        ])
    }
}
