import Foundation
import Testing
import ZecheKit

/// Things that build but look wrong are warnings, each once, at its place.
struct WarningTests {
    @Test("An author named only by an article with errors is not also warned about")
    func authorOfBrokenArticle() throws {
        let site = try TestSite(["Content/posts/a.md": "---\ndate: 2026-05-04\nauthor: anna\n---\n"])
        #expect(site.diagnostics() == ["Content/posts/a.md:1:1: error: the required key 'title' is missing\nfix: add a line 'title: Mein Artikel'"])
    }

    static let warnings: [SiteMistake] = [
        SiteMistake("author without articles", ["Content/authors/ben.md": "---\nname: Ben\n---\n"], [
            "Content/authors/ben.md:1:1: warning: the author 'ben' has no published articles\n"
                + "fix: name the author in an article's 'author', or remove the file",
        ]),
        SiteMistake("tag spelt in another case than elsewhere", [
            "Content/posts/b.md": TestSite.article("tags: [Digitalisierung]\n"),
            "Content/posts/c.md": TestSite.article("tags: [Digitalisierung]\n"),
            "Content/posts/d.md": TestSite.article("tags: [digitalisierung]\n"),
        ], [
            "Content/posts/d.md:5:8: warning: the tag 'digitalisierung' is written 'Digitalisierung' in 2 other articles\n"
                + "fix: write 'Digitalisierung' so the tag looks the same everywhere",
        ]),
        SiteMistake("tag used once that is close to a common one", [
            "Content/posts/b.md": TestSite.article("tags: [Digitalisierung]\n"),
            "Content/posts/c.md": TestSite.article("tags: [Digitalisierung]\n"),
            "Content/posts/d.md": TestSite.article("tags: [Digitalisirung]\n"),
        ], [
            "Content/posts/d.md:5:8: warning: the tag 'Digitalisirung' is used only here, while 'Digitalisierung' is used 2 times\n"
                + "fix: write 'Digitalisierung' if you mean the same topic",
        ]),
        SiteMistake("author named twice", ["Content/posts/b.md": TestSite.article(author: "[anna, anna]")], [
            "Content/posts/b.md:4:16: warning: the author 'anna' is named twice; the first is at 4:10\nfix: remove one of them",
        ]),
        SiteMistake("updated before the date", ["Content/posts/b.md": TestSite.article("updated: 2026-05-01\n")], [
            "Content/posts/b.md:5:10: warning: 'updated' (2026-05-01) is before 'date' (2026-05-04)\nfix: check both dates",
        ]),
        SiteMistake("misspelt optional key", ["Content/posts/b.md": TestSite.article("sumary: Kurz\n")], [
            "Content/posts/b.md:5:1: warning: unknown key 'sumary'; did you mean 'summary'?\nfix: rename it to 'summary'",
        ]),
        SiteMistake("link to a draft", ["Content/posts/b.md": TestSite.article(body: "[Entwurf](entwurf.md)\n"),
                                    "Content/posts/entwurf.md": TestSite.article("draft: true\n")], [
            "Content/posts/b.md:6:1: warning: the link 'entwurf.md' points to an article that is a draft (build with --drafts to include it)\n"
                + "fix: the link leads nowhere until that article is published",
        ]),
    ]

    @Test("Something that builds but looks wrong is a warning", arguments: warnings)
    func warning(_ mistake: SiteMistake) throws {
        let site = try TestSite(mistake.files.merging(["Content/posts/a.md": TestSite.article()]) { new, _ in new })
        let result = site.load()
        #expect(result.diagnostics.map(\.description) == mistake.expected)
        #expect(result.site != nil)
    }

    @Test("An unknown key is kept for templates without a warning")
    func params() throws {
        let site = try TestSite(["Content/posts/a.md": TestSite.article("abteilung: Presse\nlocation: {city: Essen}\n")])
        let article = try #require(try site.site().articles.first)
        #expect(site.diagnostics() == [])
        #expect(article.params.keys.sorted() == ["abteilung", "location"])
        #expect(article.params["location"]?["city"]?.stringValue == "Essen")
    }
}
