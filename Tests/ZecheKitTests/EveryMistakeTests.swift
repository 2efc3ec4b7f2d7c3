import Foundation
import Testing
import ZecheKit
import ZecheTestSupport

/// "Every mistake in the whole site is reported at once": one run of the pipeline reports
/// independent mistakes of every kind and stage: `site.yml`, front matter syntax, dates,
/// keys, authors, images, links between files and to site paths, duplicate URLs, related
/// articles, pages, authors' files, bytes that are not UTF-8, templates.
@Suite struct EveryMistakeTests {
    static func article(_ name: String, _ frontMatter: String, body: String = "Text.\n") -> (String, String?) {
        ("Content/posts/\(name).md", "---\n\(frontMatter)---\n\(body)")
    }

    static let files: [String: String?] = Dictionary(uniqueKeysWithValues: [
        ("site.yml", "title: Fehler\nurl: https://news.example.com/\npaginate: 0\n"),
        ("Content/authors/ohne-name.md", "---\nrole: Redaktion\n---\nOhne Namen.\n"),
        ("Content/pages/ohne-titel.md", "---\ndescription: Seite ohne Titel\n---\nText.\n"),
        ("Content/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n"),
        ("Content/posts/2026-05-20-gut.md", "---\ntitle: Gut\ndate: 2026-05-20\nauthor: anna\n---\nAlles gut.\n"),
        // Its front matter cannot be read, and its body has a broken link of its own.
        article("2026-05-01-yaml", "title: \"nicht geschlossen\ndate: 2026-05-01\nauthor: anna\n", body: "Siehe [hier](fehlt.md).\n"),
        article("2026-05-02-datum", "title: Datum\ndate: 2026-13-45\nauthor: anna\n"),
        article("2026-05-03-autor", "title: Autor\ndate: 2026-05-03\nauthor: annna\n"),
        article("2026-05-04-bild", "title: Bild\ndate: 2026-05-04\nauthor: anna\nimage: fehlt.jpg\nimage_alt: Ein Bild\n"),
        article("2026-05-05-alt", "title: Alt\ndate: 2026-05-05\nauthor: anna\nimage: ../images/logo.svg\n"),
        article("2026-05-06-link", "title: Link\ndate: 2026-05-06\nauthor: anna\n", body: "Zum [Impressum](../pages/impressum.md).\n"),
        article("2026-05-07-pfad", "title: Pfad\ndate: 2026-05-07\nauthor: anna\n", body: "Nach [nirgendwo](/nirgendwo/).\n"),
        article("2026-05-08-doppelt", "title: Doppelt\ndate: 2026-05-08\nauthor: anna\n"),
        article("2026-05-09-zwei", "title: Zwei\ndate: 2026-05-09\nauthor: anna\nslug: doppelt\n"),
        article("2026-05-10-verwandt", "title: Verwandt\ndate: 2026-05-10\nauthor: anna\nrelated: [gibt-es-nicht]\n"),
        article("2026-05-11-schluessel", "titel: Schlüssel\ndate: 2026-05-11\nauthor: anna\n"),
    ])

    @Test("One run reports every independent mistake of the site")
    func everyMistakeInOneRun() throws {
        let site = try TestSite(Self.files)
        // A byte that is not UTF-8 in an article, and a template whose section is never closed.
        try site.write(Data("---\ntitle: Bytes\ndate: 2026-05-12\nauthor: anna\n---\nGr\u{FC}".utf8) + Data([0xFC]) + Data("e\n".utf8),
                       to: "Content/posts/2026-05-12-bytes.md")
        try FileManager.default.copyItem(at: PackagePaths.root().appendingPathComponent("Templates"),
                                         to: site.root.appendingPathComponent("Templates"))
        let byline = site.root.appendingPathComponent("Templates/partials/byline.mustache")
        let partial = try String(contentsOf: byline, encoding: .utf8)
        try (partial + "{{#offen}}\n").write(to: byline, atomically: true, encoding: .utf8)
        let openLine = partial.split(separator: "\n", omittingEmptySubsequences: false).count

        var pipeline = BuildPipeline(root: site.root, options: BuildOptions(now: TestSite.now))
        let result = pipeline.check()
        let errors = result.diagnostics.filter(\.isError).map(\.headline)
        let expected = [
            "Content/authors/ohne-name.md:1:1: error: the required key 'name' is missing",
            "Content/pages/ohne-titel.md:1:1: error: the required key 'title' is missing",
            "Content/posts/2026-05-01-yaml.md:2:8: error: double-quoted text opened at 2:8 is not closed",
            "Content/posts/2026-05-01-yaml.md:6:7: error: the link 'fehlt.md' points to 'Content/posts/fehlt.md', which does not exist",
            "Content/posts/2026-05-02-datum.md:3:7: error: '2026-13-45' is not a valid date",
            "Content/posts/2026-05-03-autor.md:4:9: error: unknown author 'annna'; did you mean 'anna'?",
            "Content/posts/2026-05-04-bild.md:5:8: error: the cover image 'fehlt.jpg' does not exist",
            "Content/posts/2026-05-05-alt.md:5:8: error: the cover image '../images/logo.svg' has no 'image_alt' text",
            "Content/posts/2026-05-06-link.md:6:5: error: the link '../pages/impressum.md' points to 'Content/pages/impressum.md', which does not exist",
            "Content/posts/2026-05-07-pfad.md:6:6: error: the link '/nirgendwo/' points to no page of the site",
            "Content/posts/2026-05-09-zwei.md:5:7: error: the permalink '/2026/05/doppelt/' is already the permalink of 'Content/posts/2026-05-08-doppelt.md'",
            "Content/posts/2026-05-10-verwandt.md:5:11: error: unknown related article 'gibt-es-nicht'",
            "Content/posts/2026-05-11-schluessel.md:2:1: error: unknown key 'titel'; did you mean the required key 'title'?",
            "Content/posts/2026-05-12-bytes.md:6:4: error: the file is not valid UTF-8",
            "Templates/partials/byline.mustache:\(openLine + 1):1: error: unclosed section 'offen'",
            "site.yml:3:11: error: 'paginate' must be a whole number from 1 to 1000",
        ]
        for prefix in expected {
            #expect(errors.contains { $0.hasPrefix(prefix) }, "no error '\(prefix)…' in:\n\(errors.joined(separator: "\n"))")
        }
        #expect(expected.count >= 12)
    }

    @Test("A file whose front matter cannot be read still has the links of its body checked")
    func bodyOfABrokenFile() throws {
        let site = try TestSite(Dictionary(uniqueKeysWithValues: [
            Self.article("2026-05-01-yaml", "title: [nicht geschlossen\ndate: 2026-05-01\nauthor: anna\n",
                         body: "Absatz.\n\nSiehe [dort](anderes.md) und [da](/gibt-es-nicht/).\n"),
        ]))
        try FileManager.default.copyItem(at: PackagePaths.root().appendingPathComponent("Templates"),
                                         to: site.root.appendingPathComponent("Templates"))
        var pipeline = BuildPipeline(root: site.root, options: BuildOptions(now: TestSite.now))
        let errors = pipeline.check().diagnostics.filter(\.isError).map(\.headline)
        #expect(errors.contains { $0.hasPrefix("Content/posts/2026-05-01-yaml.md:8:7: error: the link 'anderes.md'") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("Content/posts/2026-05-01-yaml.md:8:30: error: the link '/gibt-es-nicht/'") }, "\(errors)")
    }
}
