import Foundation
import Search
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// The search in a build: the index made from the same model as the pages, the search page and
/// the header field of the default theme, and `search` in `site.yml`.
@Suite struct SearchBuildTests {
    /// A site with the repository's theme and `files` over `TestSite`'s defaults.
    static func site(_ files: [String: String?]) throws -> TestSite {
        let site = try TestSite(files)
        try FileManager.default.copyItem(at: PackagePaths.root().appendingPathComponent("Templates"),
                                         to: site.root.appendingPathComponent("Templates"))
        return site
    }

    /// Builds `site` into memory; the files by output path.
    static func build(_ site: TestSite, options: BuildOptions = BuildOptions(now: TestSite.now)) -> (BuildResult, [String: [UInt8]]) {
        var pipeline = BuildPipeline(root: site.root, options: options)
        let sink = MemorySink()
        let result = pipeline.run(into: sink)
        return (result, sink.files)
    }

    /// A reader of the index the build wrote under `search/`.
    static func reader(_ files: [String: [UInt8]]) throws -> SearchIndexReader {
        try SearchIndexReader(files: files.compactMap { path, bytes in
            path.hasPrefix("search/") ? SearchIndexFile(path: String(path.dropFirst("search/".count)), bytes: bytes) : nil
        })
    }

    static func text(_ files: [String: [UInt8]], _ path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func theIndexHoldsThePublishedArticlesAndNoDraftOrFutureOne() throws {
        let site = try Self.site([
            "Content/posts/revier.md": TestSite.article(
                title: "Digitalisierung im Revier", "subtitle: Die Innovationsschmiede\ntags: [Ruhrgebiet]\n",
                body: "Doreen Müller berichtet über **Rechenzentren** und `Kohle`.\n"),
            "Content/posts/entwurf.md": TestSite.article(title: "Geheimer Zeppelin", "draft: true\n"),
            "Content/posts/morgen.md": TestSite.article(title: "Das Quokka kommt", date: "2026-12-01"),
        ])
        let (result, files) = Self.build(site)
        #expect(result.succeeded, "\(result.diagnostics)")
        let reader = try Self.reader(files)
        for query in ["digitalis", "schmiede", "Muller", "mueller", "Rechenzentren", "kohle", "ruhrgebiet"] {
            let hits = try reader.search(query)
            #expect(hits.count == 1, "\(query)")
            #expect(try hits.first.map { try reader.record($0.document).url } == "/2026/05/revier/", "\(query)")
        }
        // Markup is not text: `strong` and `code` are not words of the article.
        #expect(try reader.search("strong").isEmpty)
        #expect(try reader.search("zeppelin").isEmpty)
        #expect(try reader.search("quokka").isEmpty)
        let record = try reader.record(0)
        #expect(record.title == "Digitalisierung im Revier" && record.label.isEmpty)
    }

    @Test func theEditorsPreviewFindsDraftsWithTheirLabel() throws {
        let site = try Self.site([
            "Content/posts/revier.md": TestSite.article(title: "Digitalisierung im Revier"),
            "Content/posts/entwurf.md": TestSite.article(title: "Geheimer Zeppelin", "draft: true\n"),
        ])
        var preview = BuildPipeline(root: site.root, options: BuildOptions(includeDrafts: true, now: TestSite.now),
                                    fingerprintsAssets: false, marksUnpublished: true, updatesSearchIndex: true)
        let sink = MemorySink()
        #expect(preview.run(into: sink).succeeded)
        let reader = try Self.reader(sink.files)
        let hit = try #require(try reader.search("zeppelin").first)
        let record = try reader.record(hit.document)
        #expect(record.title == "Geheimer Zeppelin" && record.label == "Entwurf")
        #expect(try reader.search("revier").map { try reader.record($0.document).label } == [""])
    }

    @Test func anEmbargoedReleaseIsNotInTheIndexEvenWithItsPrivatePage() throws {
        let site = try SiteBuildTests.site("golden-newsroom")
        #expect(NewsroomBuildTests.build(site).succeeded)
        let folder = site.url.appendingPathComponent("Output/search")
        var files: [SearchIndexFile] = []
        for path in relativeFiles(in: folder) {
            files.append(SearchIndexFile(path: path, bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent(path)))))
        }
        let reader = try SearchIndexReader(files: files)
        #expect(try reader.search("zx81").isEmpty)
        #expect(try reader.search("Geheimprojekt").isEmpty)
        #expect(try !reader.search("Jahreszahlen").isEmpty)
    }

    @Test func theSearchPageAndTheHeaderFieldOfAGermanSite() throws {
        let site = try Self.site(["Content/posts/a.md": TestSite.article()])
        let (result, files) = Self.build(site)
        #expect(result.succeeded, "\(result.diagnostics)")
        let page = try #require(Self.text(files, "suche/index.html"))
        #expect(page.contains("data-zeche-search data-index=\"/search/\""))
        #expect(page.contains("role=\"status\" aria-live=\"polite\""))
        #expect(page.contains("<script src=\"/assets/search.js\" defer></script>"))
        #expect(page.contains("<noscript>") && page.contains("href=\"/tags/\""))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        // The page has its own field; the header's would be a second one.
        #expect(!page.contains("header-search"))
        let home = try #require(Self.text(files, "index.html"))
        #expect(home.contains("<form class=\"header-search\" role=\"search\" aria-label=\"Suche\" action=\"/suche/\" method=\"get\">"))
        #expect(files["search/manifest.json"] != nil)
        #expect(files["assets/search.js"] != nil)
        // Search engines get no page of results.
        #expect(!(Self.text(files, "sitemap.xml") ?? "").contains("suche"))
    }

    @Test func anEnglishSiteSearchesAtSearchAndThePathIsConfigurable() throws {
        let english = try Self.site(["site.yml": TestSite.minimalConfig + "language: en\n", "Content/posts/a.md": TestSite.article()])
        let (englishResult, englishFiles) = Self.build(english)
        #expect(englishResult.succeeded, "\(englishResult.diagnostics)")
        #expect(Self.text(englishFiles, "search/index.html")?.contains("<h1 class=\"page-title\">Search</h1>") == true)
        #expect(englishFiles["search/manifest.json"] != nil)

        let moved = try Self.site(["site.yml": TestSite.minimalConfig + "search:\n  path: /finden/\n", "Content/posts/a.md": TestSite.article()])
        let (movedResult, movedFiles) = Self.build(moved)
        #expect(movedResult.succeeded, "\(movedResult.diagnostics)")
        #expect(movedFiles["finden/index.html"] != nil && movedFiles["suche/index.html"] == nil)
        #expect(Self.text(movedFiles, "index.html")?.contains("action=\"/finden/\"") == true)
    }

    @Test func searchFalseLeavesOutThePageTheIndexAndTheField() throws {
        let site = try Self.site(["site.yml": TestSite.minimalConfig + "search: false\n", "Content/posts/a.md": TestSite.article()])
        let (result, files) = Self.build(site)
        #expect(result.succeeded && result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(files["suche/index.html"] == nil)
        #expect(!files.keys.contains { $0.hasPrefix("search/") })
        #expect(Self.text(files, "index.html")?.contains("header-search") == false)
        #expect(files["assets/search.js"] == nil && files["assets/site.css"] != nil)
    }

    @Test func mistakesInSearchAreReportedAtTheirPlace() throws {
        let number = try TestSite(["site.yml": TestSite.minimalConfig + "search: 3\n", "Content/posts/a.md": TestSite.article()])
        #expect(number.diagnostics() == [
            "site.yml:3:9: error: 'search' must be true, false or a group with 'path', not the number '3'\n"
                + "fix: write search: false to leave search out, or search: {path: /suche/} to move its page",
        ])
        let path = try TestSite(["site.yml": TestSite.minimalConfig + "search:\n  path: finden\n", "Content/posts/a.md": TestSite.article()])
        #expect(path.diagnostics() == [
            "site.yml:4:9: error: the search path 'finden' must start and end with '/' and hold only a-z, 0-9, '-', '_' and '/'\n"
                + "fix: write path: /suche/",
        ])
    }

    @Test func aThemeWithoutASearchTemplateHasNoSearchAndIsWarnedOnlyWhenTheSiteAsks() throws {
        for (config, isWarned) in [("", false), ("search: true\n", true), ("search: {path: /finden/}\n", true)] {
            let site = try Self.site(["site.yml": TestSite.minimalConfig + config, "Content/posts/a.md": TestSite.article()])
            try FileManager.default.removeItem(at: site.root.appendingPathComponent("Templates/search.mustache"))
            let (result, files) = Self.build(site)
            #expect(result.succeeded)
            #expect(result.diagnostics.map(\.description) == (isWarned ? [
                "Templates/search.mustache: warning: the theme has no 'search' template, so the site has no search page and no search index\n"
                    + "fix: create Templates/search.mustache (the default theme has one), or remove 'search' from site.yml",
            ] : []), "\(config)")
            #expect(!files.keys.contains { $0.hasPrefix("search/") })
            #expect(Self.text(files, "index.html")?.contains("header-search") == false)
        }
    }

    @Test func aFileOfTheSiteCannotTakeAPathOfTheIndex() throws {
        let site = try Self.site(["Content/posts/a.md": TestSite.article(title: "Umgezogen", "aliases: [/search/manifest.json]\n")])
        let (result, _) = Self.build(site)
        #expect(!result.succeeded)
        #expect(result.diagnostics.map(\.description).contains { $0.contains("is the address of a file of the search index in 'search/'") },
                "\(result.diagnostics)")
    }
}
