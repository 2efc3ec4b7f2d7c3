import Foundation
import Testing
import ZecheKit
import ZecheTestSupport

/// A pipeline that runs again after edits (the preview's) renders exactly the pages whose
/// inputs changed.
@Suite struct IncrementalRunTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-19

    /// A copy of the repository's sample site in a temporary folder.
    static func sampleSite() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: "zeche-incremental")
        try PackagePaths.copySampleSite(to: folder.url)
        return folder
    }

    @Test func aSecondBuildWithoutChangesRendersNothing() throws {
        let site = try Self.sampleSite()
        var builder = Builder(root: site.url)
        let first = builder.build()
        #expect(first.succeeded, "\(first.diagnostics)")
        #expect(first.renderedPages == first.pageCount)
        let second = builder.build()
        #expect(second.renderedPages == 0)
    }

    /// What one run handed to its sink, and what it said.
    struct Run {
        let result: BuildResult
        let changedFiles: [String: [UInt8]]
        var succeeded: Bool { result.succeeded }
        var diagnostics: [Diagnostic] { result.diagnostics }
        var renderedPages: Int { result.renderedPages }
        var pageCount: Int { result.pageCount }
        var removedFiles: Set<String> { result.succeeded ? result.removedOutputs : [] }
    }

    /// A pipeline that runs into memory, as the preview does.
    struct Builder {
        var pipeline: BuildPipeline
        init(root: URL) {
            pipeline = BuildPipeline(root: root, options: BuildOptions(includeFuture: true, now: IncrementalRunTests.now), fingerprintsAssets: false)
        }
        mutating func build(changes: Set<String>? = nil) -> Run {
            let sink = MemorySink()
            let result = pipeline.run(changes: changes, into: sink)
            return Run(result: result, changedFiles: result.succeeded ? sink.files : [:])
        }
    }

    /// The output of a pipeline after all its runs: every file's latest bytes.
    struct Accumulated {
        var files: [String: [UInt8]] = [:]
        mutating func apply(_ run: Run) {
            for (path, bytes) in run.changedFiles { files[path] = bytes }
            for path in run.removedFiles { files[path] = nil }
        }
    }

    static let article = "Content/posts/2026-10-15-produktentwicklung-meilenstein-3-ist-geschafft.md"

    static func changedPages(_ result: Run) -> Set<String> {
        Set(result.changedFiles.keys.filter { $0.hasSuffix(".html") })
    }

    @Test func editingAnArticlesBodyRendersItsPageAndThePagesThatShowIt() throws {
        let site = try Self.sampleSite()
        var builder = Builder(root: site.url)
        _ = builder.build()
        let text = try site.read(Self.article)
        try site.write(text + "\nEin neuer Absatz am Ende.\n", to: Self.article)
        let result = builder.build()
        #expect(result.succeeded)
        // The article, its neighbours (newer and older), the article that lists it as related,
        // the index page, its section's and its category's pages, its two tag pages and its
        // author's page.
        #expect(Self.changedPages(result) == [
            "2026/10/produktentwicklung-meilenstein-3-ist-geschafft/index.html",
            "2026/11/austausch-zu-den-chancen-der-digitalisierung/index.html",
            "2026/09/q-one-nutzt-cloudloesung-von-amazon-web-services/index.html",
            "index.html",
            "news/index.html",
            "categories/produkte/index.html",
            "tags/produktentwicklung/index.html",
            "tags/digitalisierung/index.html",
            "authors/redaktion/index.html",
        ])
        // Exactly the feeds that carry the article are written again.
        #expect(Set(result.changedFiles.keys.filter { $0.hasSuffix("feed.xml") }) == [
            "feed.xml", "news/feed.xml", "categories/produkte/feed.xml", "tags/produktentwicklung/feed.xml",
            "tags/digitalisierung/feed.xml", "authors/redaktion/feed.xml",
        ])
        #expect(Set(result.changedFiles.keys.filter { $0.hasSuffix("feed.json") }).count == 6)
    }

    @Test func changingAPartialRendersOnlyThePagesThatUseIt() throws {
        let site = try Self.sampleSite()
        var builder = Builder(root: site.url)
        _ = builder.build()
        let partial = "Templates/partials/share-links.mustache"
        try site.write(try site.read(partial).replacingOccurrences(of: "share__list", with: "share__links"), to: partial)
        let result = builder.build()
        #expect(result.succeeded)
        #expect(Self.changedPages(result) == Set([
            "2026/11/austausch-zu-den-chancen-der-digitalisierung", "2026/10/produktentwicklung-meilenstein-3-ist-geschafft",
            "2026/09/q-one-nutzt-cloudloesung-von-amazon-web-services", "2026/07/potenzialstudie-online-kaeufer-schraenken-sich-ein",
            "2026/11/code-ist-die-neue-kohle",
            // The sample newsroom's English translations of the seed article and the press release.
            "en/2026/11/talking-about-the-opportunities-of-digitalisation", "en/2026/11/code-is-the-new-coal",
        ].map { $0 + "/index.html" }))
    }

    @Test func aStylesheetChangeRendersNoPage() throws {
        let site = try Self.sampleSite()
        var builder = Builder(root: site.url)
        _ = builder.build()
        try site.write(try site.read("Templates/assets/site.css") + "\n.extra { color: red; }\n", to: "Templates/assets/site.css")
        let result = builder.build()
        #expect(result.renderedPages == 0)
        #expect(result.changedFiles["assets/site.css"].map { String(decoding: $0, as: UTF8.self).hasSuffix(".extra { color: red; }\n") } == true)
    }

    @Test func aFailedRebuildChangesNothingAndTheNextGoodOneCatchesUp() throws {
        let site = try Self.sampleSite()
        var builder = Builder(root: site.url)
        var output = Accumulated()
        output.apply(builder.build())
        let original = try site.read(Self.article)
        try site.write(original.replacingOccurrences(of: "author: redaktion", with: "author: redaktio"), to: Self.article)
        let failed = builder.build()
        #expect(!failed.succeeded)
        #expect(failed.changedFiles.isEmpty && failed.removedFiles.isEmpty)
        #expect(failed.diagnostics.first { $0.isError }?.headline
            == "\(Self.article):5:9: error: unknown author 'redaktio'; did you mean 'redaktion'?")
        try site.write(original.replacingOccurrences(of: "Meilenstein 3", with: "Meilenstein 4"), to: Self.article)
        output.apply(builder.build())
        var fresh = Builder(root: site.url)
        var expected = Accumulated()
        expected.apply(fresh.build())
        #expect(output.files == expected.files)
    }

    /// With `watched`, each rebuild is told which files changed, as the preview's file watcher
    /// does; that takes the fast paths that skip unchanged files and patch text-only changes.
    @Test(arguments: [false, true])
    func aSequenceOfEditsEndsWithTheSameSiteAsAFullBuild(watched: Bool) throws {
        let site = try Self.sampleSite()
        var builder = Builder(root: site.url)
        func rebuild(_ changed: String) -> Run {
            builder.build(changes: watched ? [changed] : nil)
        }
        var output = Accumulated()
        output.apply(builder.build())
        let newArticle = "Content/posts/2026-11-01-neu.md"
        let related = "Content/posts/2026-09-02-q-one-nutzt-cloudloesung-von-amazon-web-services.md"
        // A new article, a new title and body (text only), a changed date and tags, the new
        // article removed again, a changed author.
        try site.write("---\ntitle: Neu\ndate: 2026-11-01\nauthor: redaktion\ntags: [Cloud, Neu]\n---\n\nNeuer Text.\n", to: newArticle)
        output.apply(rebuild(newArticle))
        try site.write(try site.read(related).replacingOccurrences(of: "title: Q.One nutzt", with: "title: Die Q.One nutzt")
            .replacingOccurrences(of: "Alles hier", with: "Fast alles hier"), to: related)
        let retitled = rebuild(related)
        #expect(retitled.changedFiles["2026/11/austausch-zu-den-chancen-der-digitalisierung/index.html"].map {
            String(decoding: $0, as: UTF8.self).contains("Die Q.One nutzt Cloudlösung")
        } == true)
        output.apply(retitled)
        let text = try site.read(Self.article)
        try site.write(text.replacingOccurrences(of: "date: 2026-10-15T09:00:00", with: "date: 2026-06-01T09:00:00")
            .replacingOccurrences(of: "tags: [Produktentwicklung, Digitalisierung]", with: "tags: [Cloud]"), to: Self.article)
        output.apply(rebuild(Self.article))
        try FileManager.default.removeItem(at: site.url.appendingPathComponent(newArticle))
        let removal = rebuild(newArticle)
        #expect(removal.removedFiles == ["2026/11/neu/index.html", "tags/neu/index.html", "tags/neu/feed.xml", "tags/neu/feed.json"])
        output.apply(removal)
        try site.write(try site.read("Content/authors/redaktion.md").replacingOccurrences(of: "Newsroom-Team", with: "Redaktion"),
                       to: "Content/authors/redaktion.md")
        let last = rebuild("Content/authors/redaktion.md")
        #expect(last.succeeded, "\(last.diagnostics)")
        output.apply(last)
        var fresh = Builder(root: site.url)
        var expected = Accumulated()
        expected.apply(fresh.build())
        #expect(output.files.keys.sorted() == expected.files.keys.sorted())
        for (path, bytes) in expected.files where output.files[path] != bytes {
            Issue.record("\(path) differs from a full build")
        }
    }
}
