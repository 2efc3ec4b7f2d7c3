import Foundation
import Testing
import ZecheKit
import ZecheTestSupport

/// What real archives have that is not a mistake: links that work in the built site, links to
/// the company's other pages, one slug in two years, old addresses that must keep working.
@Suite struct RealArchiveTests {
    static func site(_ files: [String: String?], config: String = TestSite.minimalConfig) throws -> TestSite {
        let site = try TestSite(files.merging(["site.yml": config]) { _, new in new })
        try FileManager.default.copyItem(at: PackagePaths.root().appendingPathComponent("Templates"),
                                         to: site.root.appendingPathComponent("Templates"))
        return site
    }

    static func build(_ site: TestSite) -> (result: BuildResult, files: [String: [UInt8]]) {
        var pipeline = BuildPipeline(root: site.root, options: BuildOptions(now: TestSite.now))
        let sink = MemorySink()
        let result = pipeline.run(into: sink)
        return (result, sink.files)
    }

    static func errors(_ result: BuildResult) -> [String] {
        result.diagnostics.filter(\.isError).map(\.headline)
    }

    @Test("Two articles may share a slug when their URLs differ")
    func sameSlugOtherURL() throws {
        let site = try Self.site([
            "Content/posts/2022/gc-candidates.md": TestSite.article(title: "GC 2022", date: "2022-03-01"),
            "Content/posts/2023/gc-candidates.md": TestSite.article(title: "GC 2023", date: "2023-03-01"),
        ])
        let (result, files) = Self.build(site)
        #expect(Self.errors(result) == [])
        #expect(files["2022/03/gc-candidates/index.html"] != nil)
        #expect(files["2023/03/gc-candidates/index.html"] != nil)
    }

    @Test("A related slug that names two articles is an error that says how to name one")
    func ambiguousRelated() throws {
        let site = try Self.site([
            "Content/posts/2022/rust-1-0.md": TestSite.article(title: "A", date: "2022-03-01"),
            "Content/posts/2023/rust-1-0.md": TestSite.article(title: "B", date: "2023-03-01"),
            "Content/posts/2024-01-01-c.md": TestSite.article(title: "C", date: "2024-01-01", "related: [rust-1-0]\n"),
            "Content/posts/2024-01-02-d.md": TestSite.article(title: "D", date: "2024-01-02", "related: [2023/rust-1-0.md]\n"),
        ])
        let (result, files) = Self.build(site)
        #expect(Self.errors(result) == [
            "Content/posts/2024-01-01-c.md:5:11: error: the related article 'rust-1-0' is ambiguous: 'Content/posts/2022/rust-1-0.md' and 'Content/posts/2023/rust-1-0.md' have this slug",
        ])
        #expect(result.diagnostics.first(where: \.isError)?.fix == "name the article by its file instead, relative to this one (e.g. '2022/rust-1-0.md')")
        _ = files
    }

    @Test("Root-relative links outside the site's path are the company's other pages, not errors")
    func linksOutsideTheSitePath() throws {
        let site = try Self.site([
            "Content/posts/2026-05-01-a.md": TestSite.article(body: "Zur [Dokumentation](/docs/collector/) und [Startseite](/).\n"),
        ], config: "title: T\nurl: https://example.com/blog/\n")
        let (result, files) = Self.build(site)
        #expect(Self.errors(result) == [])
        let page = String(decoding: files["2026/05/a/index.html"] ?? [], as: UTF8.self)
        #expect(page.contains("href=\"/docs/collector/\""))
    }

    @Test("A link written relative to the page is accepted when the built site has its target")
    func pageRelativeLinks() throws {
        let site = try Self.site([
            "Content/posts/2026-05-01-survey.md": TestSite.article(title: "Survey", date: "2026-05-01", "slug: contribex-survey\n"),
            "Content/posts/2026-05-02-b.md": TestSite.article(title: "B", date: "2026-05-02",
                                                             body: "Siehe [Umfrage](../contribex-survey/#ergebnisse) und [weg](../gibt-es-nicht/).\n"),
        ])
        let (result, _) = Self.build(site)
        #expect(Self.errors(result) == [
            "Content/posts/2026-05-02-b.md:6:54: error: the link '../gibt-es-nicht/' points to 'Content/gibt-es-nicht/', which does not exist, nor is '/2026/05/gibt-es-nicht/' a page of the site",
        ])
    }

    @Test("An absolute link to the site's own address is checked like a relative one")
    func ownAbsoluteLinks() throws {
        let site = try Self.site([
            "Content/posts/2026-05-01-a.md": TestSite.article(title: "A", date: "2026-05-01"),
            "Content/posts/2026-05-02-b.md": TestSite.article(title: "B", date: "2026-05-02",
                                                             body: "[A](https://news.example.com/2026/05/a/) und [X](https://news.example.com/2026/05/x/).\n"),
        ])
        let (result, _) = Self.build(site)
        #expect(Self.errors(result) == [
            "Content/posts/2026-05-02-b.md:6:46: error: the link 'https://news.example.com/2026/05/x/' points to no page of the site; did you mean '/2026/05/a/'?",
        ])
    }

    @Test("Each alias gets a page that sends readers on to the article, and search engines to its address")
    func aliases() throws {
        let site = try Self.site([
            "Content/posts/2026-05-01-a.md": TestSite.article(title: "A", date: "2026-05-01",
                                                             "aliases: [/2019/05/alter-titel/, /blog/a.html]\n"),
        ])
        let (result, files) = Self.build(site)
        #expect(Self.errors(result) == [])
        let redirect = String(decoding: files["2019/05/alter-titel/index.html"] ?? [], as: UTF8.self)
        #expect(redirect.contains(#"<meta http-equiv="refresh" content="0; url=/2026/05/a/">"#))
        #expect(redirect.contains(#"<link rel="canonical" href="https://news.example.com/2026/05/a/">"#))
        #expect(redirect.contains(#"<meta name="robots" content="noindex">"#))
        #expect(redirect.contains(#"<a href="/2026/05/a/">"#))
        #expect(files["blog/a.html"] != nil)
        let sitemap = String(decoding: files["sitemap.xml"] ?? [], as: UTF8.self)
        #expect(!sitemap.contains("alter-titel"))
    }

    @Test("An alias that is a real page's address, or not a path, is an error at its place")
    func aliasClashes() throws {
        let site = try Self.site([
            "Content/posts/2026-05-01-a.md": TestSite.article(title: "A", date: "2026-05-01", "aliases: [/tags/, https://x.example/y]\n"),
        ])
        let (result, _) = Self.build(site)
        #expect(Self.errors(result) == [
            "Content/posts/2026-05-01-a.md:5:11: error: the alias '/tags/' is the address of the tag overview",
            "Content/posts/2026-05-01-a.md:5:19: error: the alias 'https://x.example/y' is not a path of the site",
        ])
    }
}
