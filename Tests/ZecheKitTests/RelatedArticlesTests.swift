import Foundation
import Testing
@testable import ZecheKit

/// "Ähnliche Artikel": named in front matter, or chosen by shared tags.
struct RelatedArticlesTests {
    /// Five articles: `name: (date, tags)`.
    static let tagged: [String: String?] = [
        "Content/posts/a.md": TestSite.article(title: "A", date: "2026-05-01", "tags: [x, y, z]\n"),
        "Content/posts/b.md": TestSite.article(title: "B", date: "2026-04-01", "tags: [x, y]\n"),
        "Content/posts/c.md": TestSite.article(title: "C", date: "2026-05-02", "tags: [x]\n"),
        "Content/posts/d.md": TestSite.article(title: "D", date: "2026-03-01", "tags: [X, Y]\n"),
        "Content/posts/e.md": TestSite.article(title: "E", date: "2026-05-03", "tags: [q]\n"),
    ]

    static func related(count: Int?, _ extra: [String: String?] = [:]) throws -> [String: String] {
        let config = TestSite.minimalConfig + (count.map { "related_count: \($0)\n" } ?? "")
        let site = try TestSite(tagged.merging(extra) { _, new in new }.merging(["site.yml": config]) { _, new in new }).site()
        var result: [String: String] = [:]
        for article in site.articles {
            result[article.slug] = article.related.map { site.target(of: $0).title }.joined(separator: " ")
        }
        return result
    }

    @Test("Without 'related', the articles that share the most tags come first, newer first among equals")
    func automatic() throws {
        #expect(try Self.related(count: nil) == ["a": "B D C", "b": "A D C", "c": "A B D", "d": "A B C", "e": ""])
    }

    @Test("The site's related count limits the automatic choice", arguments: [(0, ["a": "", "c": ""]), (1, ["a": "B", "c": "A"]), (5, ["a": "B D C", "c": "A B D"])])
    func count(_ count: Int, _ expected: [String: String]) throws {
        let related = try Self.related(count: count)
        #expect(related.filter { expected.keys.contains($0.key) } == expected)
    }

    @Test("Slugs in 'related' are used as they are, even without shared tags")
    func explicitSlugs() throws {
        let related = try Self.related(count: nil, ["Content/posts/a.md": TestSite.article(title: "A", date: "2026-05-01", "tags: [x]\nrelated: [e, d]\n")])
        #expect(related["a"] == "E D")
    }

    @Test("An article that drops its 'related' list gets the automatic choice on the next load")
    func droppingTheListOnReload() throws {
        let site = try TestSite(Self.tagged.merging(["Content/posts/a.md": TestSite.article(title: "A", date: "2026-05-01", "tags: [x, y, z]\nrelated: [e]\n")]) { _, new in new })
        let loader = SiteLoader(root: site.root)
        let options = BuildOptions(now: TestSite.now)
        var cache = ContentCache()
        let first = loader.load(options, cache: &cache).site
        #expect(first.articles.first { $0.slug == "a" }?.related.map { first.target(of: $0).title } == ["E"])
        // Another size, so that the loader sees the change without waiting for the clock.
        try site.write(TestSite.article(title: "A", date: "2026-05-01", "tags: [x, y, z]\n\n\n"), to: "Content/posts/a.md")
        let second = loader.load(options, cache: &cache).site
        #expect(second.articles.first { $0.slug == "a" }?.related.map { second.target(of: $0).title } == ["B", "D", "C"])
    }

    @Test("An empty 'related' list means no related articles")
    func emptyList() throws {
        let related = try Self.related(count: nil, ["Content/posts/a.md": TestSite.article(title: "A", date: "2026-05-01", "tags: [x]\nrelated: []\n")])
        #expect(related["a"] == "")
    }

    @Test("An external related link keeps its title and http(s) address")
    func externalLinks() throws {
        let site = try TestSite(["Content/posts/a.md": TestSite.article("""
            related:
              - {title: Studie der Hochschule, url: "https://hochschule.example/studie"}
              - title: Ältere Meldung
                url: http://archiv.example.com/meldung

            """)]).site()
        let links = try #require(site.articles.first?.related)
        #expect(links.map { "\(site.target(of: $0).title) \(site.target(of: $0).url) \($0.articleIndex == nil)" } == [
            "Studie der Hochschule https://hochschule.example/studie true",
            "Ältere Meldung http://archiv.example.com/meldung true",
        ])
    }

    @Test("An article that names itself is warned about and left out of its own list")
    func itself() throws {
        let site = try TestSite([
            "Content/posts/a.md": TestSite.article("related: [a, b]\n"),
            "Content/posts/b.md": TestSite.article(title: "B"),
        ])
        let result = site.load()
        #expect(result.diagnostics.map(\.description) == [
            "Content/posts/a.md:5:11: warning: the article names itself as related\nfix: remove 'a' from 'related'",
        ])
        let loaded = try #require(result.site)
        #expect(loaded.articles.first { $0.slug == "a" }?.related.map { loaded.target(of: $0).url } == ["/2026/05/b/"])
    }

    @Test("A related draft or future article is a warning until it is published")
    func leftOut() throws {
        let site = try TestSite([
            "Content/posts/a.md": TestSite.article("related: [entwurf, morgen]\n"),
            "Content/posts/entwurf.md": TestSite.article("draft: true\n"),
            "Content/posts/morgen.md": TestSite.article(date: "2026-12-24"),
        ])
        #expect(site.diagnostics() == [
            "Content/posts/a.md:5:11: warning: the related article 'entwurf' is left out of this build (a draft or dated in the future)\n"
                + "fix: it appears once it is published",
            "Content/posts/a.md:5:20: warning: the related article 'morgen' is left out of this build (a draft or dated in the future)\n"
                + "fix: it appears once it is published",
        ])
        #expect(site.diagnostics(drafts: true, future: true) == [])
    }
}
