import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// One content file may be at most `limits: max_file_mb` megabytes (10 by default): a larger
/// one is an error at its path and is never read.
struct SizeLimitTests {
    static func article(bytes: Int) -> String {
        let head = TestSite.article(body: "")
        return head + String(repeating: "x", count: bytes - head.utf8.count - 1) + "\n"
    }

    @Test("A Markdown file larger than 10 MB is an error at its path, and is not read")
    func defaultLimit() throws {
        let site = try TestSite(["Content/posts/a.md": TestSite.article(), "Content/posts/b.md": Self.article(bytes: 10_000_001)])
        let result = site.load()
        #expect(result.site == nil)
        #expect(result.diagnostics.map(\.description) == [
            "Content/posts/b.md: error: 'Content/posts/b.md' is 10.0 MB, more than the limit of 10 MB for one content file\n"
                + "fix: split it into several files, or raise the limit in site.yml: limits: {max_file_mb: 11}",
        ])
    }

    @Test("A file of exactly the limit loads; the limit counts for articles, authors and pages", arguments: [
        "Content/posts/b.md", "Content/authors/bert.md", "Content/pages/gross.md",
    ])
    func atAndAboveTheLimit(_ path: String) throws {
        let config = TestSite.minimalConfig + "limits:\n  max_file_mb: 1\n"
        let text = path.contains("authors") ? "---\nname: Bert\n---\n" + String(repeating: "x", count: 999_900) + "\n"
            : path.contains("pages") ? "---\ntitle: Groß\n---\n" + String(repeating: "x", count: 999_900) + "\n" : Self.article(bytes: 1_000_000)
        let atLimit = try TestSite(["site.yml": config, "Content/posts/a.md": TestSite.article(), path: text])
        #expect(atLimit.load().site != nil, "\(atLimit.diagnostics())")
        let above = try TestSite(["site.yml": config, "Content/posts/a.md": TestSite.article(), path: text + String(repeating: "y", count: 200)])
        #expect(above.load().diagnostics.filter(\.isError).map(\.location) == [SourceLocation(path: path)])
    }

    @Test("Images and other copied files have no size limit")
    func copiedFiles() throws {
        let site = try TestSite(["site.yml": TestSite.minimalConfig + "limits: {max_file_mb: 1}\n", "Content/posts/a.md": TestSite.article()])
        // A real JPEG header, then padding: the image's size is read from its header.
        try site.write(try TestSite.image("valid/baseline.jpg") + Data(count: 2_000_000), to: "Content/images/foto.jpg")
        #expect(try site.site().sharedImages.map(\.outputPath) == ["images/foto.jpg"])
    }

    @Test("An article of more than 1 MB of HTML is in both feeds with its summary only; shorter ones in full")
    func feedsCarryLongArticlesAsSummaries() throws {
        let long = String(repeating: "Ein Absatz über die Zeche Zollverein und ihre Geschichte.\n\n", count: 20_000)
        let site = try TestSite(["Content/posts/lang.md": TestSite.article(title: "Lang", body: "Kurz gesagt.\n\n" + long),
                                 "Content/posts/kurz.md": TestSite.article(title: "Kurz", date: "2026-05-03")])
        let loaded = try site.site()
        let urls = loaded.config.urls
        let planned = PlannedFeed(title: "T", atom: urls.feed(.atom, ofList: urls.index(page: 1)), json: urls.feed(.json, ofList: urls.index(page: 1)),
                               listURL: urls.index(page: 1).url, articles: Array(loaded.articles.indices))
        let atomWriter = AtomFeedWriter(site: loaded), jsonWriter = JSONFeedWriter(site: loaded)
        let atom = atomWriter.write(planned, entries: loaded.articles, texts: loaded.articles.map(atomWriter.entry))
        let json = jsonWriter.write(planned, itemTexts: loaded.articles.map(jsonWriter.itemText))
        #expect(atom.components(separatedBy: "<content type=\"html\">").count == 2, "only the short article has its content")
        #expect(atom.utf8.count < 10_000)
        let feed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.map { $0["content_html"] != nil } == [false, true])
        #expect(items.first?["content_text"] as? String == "Kurz gesagt.")
    }

    @Test("A wrong limit is an error at its value", arguments: [
        ("limits: {max_file_mb: 0}\n", "site.yml:3:23: error: 'max_file_mb' must be a whole number from 1 to 10000, not the number '0'"),
        ("limits: {max_file_mb: zehn}\n", "site.yml:3:23: error: 'max_file_mb' must be a whole number from 1 to 10000, not the text 'zehn'"),
        ("limits: {max_file_size: 5}\n", "site.yml:3:10: warning: unknown key 'max_file_size'"),
    ])
    func wrongLimit(_ line: String, _ expected: String) throws {
        let site = try TestSite(["site.yml": TestSite.minimalConfig + line, "Content/posts/a.md": TestSite.article()])
        #expect(site.diagnostics().first?.split(separator: "\n").first.map(String.init) == expected)
    }
}
