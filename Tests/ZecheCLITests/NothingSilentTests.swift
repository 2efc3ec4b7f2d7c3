import Foundation
import Testing
import ZecheTestSupport

/// Nothing is left out silently, and template mistakes do not ship empty pages.
struct NothingSilentTests {
    static let files = [
        "Content/posts/a.md": "---\ntitle: A\ndate: 2026-01-05\nauthor: anna\n---\nText.\n",
        "Content/posts/entwurf.md": "---\ntitle: Entwurf\ndate: 2026-01-06\nauthor: anna\ndraft: true\n---\nText.\n",
        "Content/posts/zukunft.md": "---\ntitle: Zukunft\ndate: 2999-01-01\nauthor: anna\n---\nText.\n",
    ]

    @Test("zeche build ends with what it left out and how to include it")
    func buildSaysWhatIsLeftOut() throws {
        let site = try SiteFolder(Self.files)
        let run = try site.run("build")
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("; left out: 1 draft, 1 scheduled for 2999-01-01 (use --drafts / --future)\n"),
                "\(run.standardOutput)")
        let all = try site.run("build", "--drafts", "--future")
        #expect(!all.standardOutput.contains("left out"), "\(all.standardOutput)")
    }

    @Test("A name a template uses but the page lacks fails the build; lenient_templates makes it a warning")
    func templateTypos() throws {
        var files = Self.files
        files["Templates/article.mustache"] = "<h1>{{article.titel}}</h1>\n"
        let site = try SiteFolder(files)
        let run = try site.run("build")
        #expect(run.status == 1)
        #expect(run.standardError.contains("Templates/article.mustache:1:5: error: 'article.titel' is not set; did you mean 'article.title'?"),
                "\(run.standardError)")
        let check = try site.run("check")
        #expect(check.status == 1)
        try Data("title: Testnewsroom\nurl: https://news.example.com/\nlenient_templates: true\n".utf8)
            .write(to: site.url.appendingPathComponent("site.yml"))
        let lenient = try site.run("build")
        #expect(lenient.status == 0, "\(lenient.standardError)")
        #expect(lenient.standardError.contains("Templates/article.mustache:1:5: warning: 'article.titel' is not set"))
    }
}
