import Foundation
import Testing
import ZecheKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Broken, huge and strange files end in clear errors or correct results, never in a crash or
/// a hang.
struct BadInputTests {
    static let noFrontMatter = "error: the article has no front matter\n"
        + "fix: start the file with '---', then 'title: …', 'date: …' and 'author: …' lines, then '---'"

    @Test("A broken file gives its errors", arguments: [
        ("", ["Content/posts/a.md:1:1: \(noFrontMatter)"]),
        ("\n\n", ["Content/posts/a.md:1:1: \(noFrontMatter)"]),
        ("---", ["Content/posts/a.md:1:1: error: front matter opened at 1:1 is not closed\nfix: add a line '---' after the last key"]),
        ("---\n", ["Content/posts/a.md:1:1: error: front matter opened at 1:1 is not closed\nfix: add a line '---' after the last key"]),
        ("---\ntitle: A\ndate: 2026-05-04\nauthor: anna\n\nText ohne Ende der Front Matter.\n",
         ["Content/posts/a.md:1:1: error: front matter opened at 1:1 is not closed\nfix: add a line '---' after the last key"]),
        ("+++\ntitle = \"A\"\n+++\n",
         ["Content/posts/a.md:1:1: error: TOML front matter ('+++') is not supported, only YAML\nfix: write the front matter in YAML between two lines '---'"]),
        ("---\n---\n", [
            "Content/posts/a.md:1:1: error: the required key 'author' is missing\nfix: add a line 'author: doreen-mueller'",
            "Content/posts/a.md:1:1: error: the required key 'date' is missing\nfix: add a line 'date: 2026-11-24'",
            "Content/posts/a.md:1:1: error: the required key 'title' is missing\nfix: add a line 'title: Mein Artikel'",
        ]),
        ("---\ntitle: A\n\tdate: 2026-05-04\n---\n",
         ["Content/posts/a.md:3:1: error: a tab indents this line\nfix: indent with spaces; YAML does not allow tabs for indentation"]),
        ("---\ntitle: A\ntitle: B\ndate: 2026-05-04\nauthor: anna\n---\n",
         ["Content/posts/a.md:3:1: error: duplicate key 'title'; the first is at 2:1\nfix: remove one of them, or rename one"]),
        ("---\ntitle: &t A\nsubtitle: *titel\ndate: 2026-05-04\nauthor: anna\n---\n", [
            "Content/posts/a.md:3:11: error: alias '*titel' refers to no anchor: '&titel' is not defined before it\n"
                + "fix: write '&titel' before the data this alias repeats (an alias can only refer back), or put the value in quotes if '*' belongs to the text",
        ]),
    ])
    func brokenFile(_ text: String, _ expected: [String]) throws {
        let site = try TestSite(["Content/posts/a.md": text, "Content/posts/b.md": TestSite.article()])
        let result = site.load()
        #expect(result.diagnostics.map(\.description) == expected)
        #expect(result.site == nil)
    }

    @Test("A file that is not UTF-8 is an error at its first invalid byte")
    func latin1() throws {
        let site = try TestSite([:])
        try site.write(Data("---\ntitle: Gr".utf8) + Data([0xFC, 0xDF]) + Data("e\ndate: 2026-05-04\nauthor: anna\n---\n".utf8),
                       to: "Content/posts/a.md")
        let result = site.load()
        #expect(result.diagnostics.map(\.description) == [
            "Content/posts/a.md:2:10: error: the file is not valid UTF-8 (byte 0xFC)\n"
                + "fix: save the file as UTF-8 in your editor; it is probably Latin-1 or Windows-1252",
        ])
        #expect(result.site == nil)
    }

    @Test("A NUL byte in front matter is an error at its place")
    func nulByte() throws {
        let site = try TestSite(["Content/posts/a.md": TestSite.article(title: "A\u{0}B"), "Content/posts/b.md": TestSite.article()])
        #expect(site.diagnostics() == [
            "Content/posts/a.md:2:9: error: control character U+0000 is not allowed\nfix: remove it (write it as '\\0' inside double quotes if you need it)",
        ])
    }

    @Test("A 1 MB front matter loads, its keys kept for templates")
    func largeFrontMatter() throws {
        var extra = ""
        var count = 0
        while extra.utf8.count < 1_000_000 {
            extra += "feld\(count): \"Wert \(count) mit Umlauten äöü\"\n"
            count += 1
        }
        let site = try TestSite(["Content/posts/a.md": TestSite.article(extra)])
        let article = try #require(try site.site().articles.first)
        #expect(article.params.count == count)
        #expect(article.params["feld\(count - 1)"]?.line == count + 4)
    }

    @Test("A 1 MB title and a 10 MB body load (with the size limit raised to 12 MB)")
    func largeValues() throws {
        let title = String(repeating: "Ä", count: 500_000)
        let body = String(repeating: "Ein Satz mit sieben Wörtern und Punkt.\n\n", count: 250_000)
        let site = try TestSite(["site.yml": TestSite.minimalConfig + "limits: {max_file_mb: 12}\n",
                                 "Content/posts/a.md": TestSite.article(title: title, body: body)])
        let article = try #require(try site.site().articles.first)
        #expect(article.title == title)
        #expect(article.wordCount == 1_750_000)
    }

    @Test("10,000 levels of nesting end in a depth error")
    func deepNesting() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let site = try TestSite(["Content/posts/a.md": TestSite.article("extra: \(deep)\n"), "Content/posts/b.md": TestSite.article()])
        #expect(site.diagnostics() == [
            "Content/posts/a.md:5:207: error: the data is nested more than 200 levels deep\n"
                + "fix: flatten the structure; front matter and configuration rarely need more than a few levels",
        ])
    }

    @Test("A symbolic link that leads back into its folders is reported, not followed forever")
    func symlinkLoop() throws {
        let site = try TestSite(["Content/posts/a.md": TestSite.article()])
        let posts = site.root.appendingPathComponent("Content/posts")
        try FileManager.default.createDirectory(at: posts.appendingPathComponent("2026"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: posts.appendingPathComponent("2026/zurueck").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: posts.appendingPathComponent("inhalt").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: posts.appendingPathComponent("kreis").path, withDestinationPath: "kreis")
        try FileManager.default.createSymbolicLink(atPath: posts.appendingPathComponent("weg.md").path, withDestinationPath: "nichts.md")
        let result = site.load()
        #expect(result.diagnostics.map(\.description) == [
            "Content/posts/2026/zurueck: error: the folder 'Content/posts/2026/zurueck' is a symbolic link back to a folder that contains it\n"
                + "fix: remove the link, or point it at a folder of the site that does not contain it",
            "Content/posts/inhalt: error: the folder 'Content/posts/inhalt' is a symbolic link back to a folder that contains it\n"
                + "fix: remove the link, or point it at a folder of the site that does not contain it",
            "Content/posts/kreis: error: the symbolic link 'Content/posts/kreis' leads in a circle\n"
                + "fix: remove the link or point it at a real file or folder",
            "Content/posts/weg.md: error: the symbolic link 'Content/posts/weg.md' points to nothing\nfix: remove the link or fix its target",
        ])
        #expect(result.partialSite.articles.map(\.sourcePath) == ["Content/posts/a.md"])
    }

    @Test("A symbolic link to a folder outside the site is an error, and nothing in it is read (see SymbolicLinkTests)")
    func symlinkOutsideRefused() throws {
        let elsewhere = try TestSite(["Content/posts/geteilt.md": TestSite.article(title: "Geteilt")])
        let site = try TestSite([:])
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("Content/posts"),
                                                   withDestinationURL: elsewhere.root.appendingPathComponent("Content/posts"))
        let result = site.load()
        #expect(result.site == nil)
        #expect(result.diagnostics.filter(\.isError).map(\.location) == [SourceLocation(path: "Content/posts")])
    }

    @Test("An unreadable file is an error, and the others are still checked",
          .enabled(if: getuid() != 0, "root may read every file"))
    func unreadable() throws {
        let site = try TestSite(["Content/posts/a.md": TestSite.article(), "Content/posts/b.md": TestSite.article(title: "2026")])
        chmod(site.root.appendingPathComponent("Content/posts/a.md").path, 0)
        #expect(site.diagnostics() == [
            "Content/posts/a.md: error: cannot read 'Content/posts/a.md': permission denied\nfix: check that the file exists and that you may read it",
            "Content/posts/b.md:2:8: error: 'title' must be text, not the number '2026'\nfix: put the value in quotes: title: \"…\"",
        ])
    }

    @Test("A site without Content/ says so")
    func noContent() throws {
        let site = try TestSite(["Content/authors/anna.md": nil])
        #expect(site.diagnostics() == [
            "Content/: error: the site has no 'Content/' folder\nfix: run zeche in the site's folder, or create Content/posts/ for articles",
        ])
    }
}
