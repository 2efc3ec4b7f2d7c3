import Foundation
import Synchronization
import Testing
@testable import ZecheKit
import Markdown
import Mustache
import ZecheTestSupport

/// What a one-shot build lets go between its stages, so that its peak is the largest stage's,
/// not their sum (docs/performance.md, "How cost grows with the archive").
@Suite struct StageMemoryTests {
    /// A site of three articles with the repository's theme.
    static func site() throws -> TestSite {
        let site = try TestSite([
            "Content/posts/eins.md": TestSite.article(title: "Eins", date: "2026-05-01"),
            "Content/posts/zwei.md": TestSite.article(title: "Zwei", date: "2026-05-02"),
            "Content/posts/drei.md": TestSite.article(title: "Drei", date: "2026-05-03"),
        ])
        try FileManager.default.copyItem(at: PackagePaths.root().appendingPathComponent("Templates"),
                                         to: site.root.appendingPathComponent("Templates"))
        return site
    }

    /// The site of `site()` built once by the preview's pipeline and once by a one-shot
    /// build's, each into a sink of its own.
    static func builtBoth() throws -> (preview: BuildPipeline, oneShot: BuildPipeline, previewSink: MemorySink, oneShotSink: MemorySink) {
        let site = try Self.site()
        var preview = BuildPipeline(root: site.root, options: BuildOptions(now: TestSite.now))
        var oneShot = preview
        oneShot.keepsContent = false
        let previewSink = MemorySink()
        let oneShotSink = MemorySink()
        #expect(preview.run(into: previewSink).succeeded)
        #expect(oneShot.run(into: oneShotSink).succeeded)
        return (preview, oneShot, previewSink, oneShotSink)
    }

    @Test func aOneShotBuildKeepsNoListEntriesAfterRenderingAndThePreviewKeepsThemAll() throws {
        let (preview, oneShot, previewSink, oneShotSink) = try Self.builtBoth()
        // The preview's next run reuses every entry; a one-shot build has no next run.
        #expect(preview.cache.lastGood?.summaries.count == 3)
        #expect(preview.cache.lastGood?.summaryKeys.count == 3)
        #expect(oneShot.cache.lastGood?.summaries.isEmpty == true)
        #expect(oneShot.cache.lastGood?.summaryKeys.isEmpty == true)
        // Letting them go changes no byte of the site, whose home page lists all three.
        let home = String(decoding: oneShotSink.files["index.html"] ?? [], as: UTF8.self)
        #expect(["Eins", "Zwei", "Drei"].allSatisfy(home.contains))
        #expect(previewSink.files == oneShotSink.files)
    }

    @Test func aOneShotBuildKeepsNoSiteAfterItsRunAndWritesTheSameSearchIndex() throws {
        let (preview, oneShot, previewSink, oneShotSink) = try Self.builtBoth()
        // The site was let go before the index was made; the preview keeps it for its overview.
        #expect(oneShot.cache.lastRun == nil)
        #expect(preview.cache.lastRun?.sites.articleCount == 3)
        let index = oneShotSink.files.keys.filter { $0.hasPrefix("search/") }
        #expect(index.contains("search/manifest.json"))
        #expect(index.allSatisfy { oneShotSink.files[$0] == previewSink.files[$0] })
    }

    @Test func listEntriesHoldOneValuePerTagCategoryAndByline() throws {
        let site = try TestSite([
            "site.yml": TestSite.minimalConfig + "categories: [produkte]\n",
            "Content/authors/anna.md": TestSite.annaAuthor,
            "Content/posts/eins.md": TestSite.article(title: "Eins", date: "2026-05-01", "tags: [Energie]\ncategories: [produkte]\n"),
            "Content/posts/zwei.md": TestSite.article(title: "Zwei", date: "2026-05-02", "tags: [Energie]\ncategories: [produkte]\n"),
        ]).site()
        let builder = ContextBuilder.Summaries(site: site, authorValues: [:], sharesBylines: true)
        let entries = [builder.summary(of: 0), builder.summary(of: 1)]
        let fields = entries.map { $0.objectFields ?? [:] }
        // Entries are records of one layout: their names are kept once, not in a table each.
        let layouts = entries.map { entry -> ObjectIdentifier? in
            guard case .record(let record) = entry else { return nil }
            return ObjectIdentifier(record.layout)
        }
        #expect(layouts[0] != nil && layouts[0] == layouts[1])
        for key in ["tags", "categories", "byline"] {
            let storages = fields.map { field -> [Int]? in
                guard case .array(let items) = field[key], case .object(let first) = items.first else { return nil }
                // An object is two references, to its fields and its table of slots: equal
                // bits, the same storage shared.
                let (entries, slots) = unsafeBitCast(first, to: (Int, Int).self)
                return [entries, slots]
            }
            #expect(storages[0] != nil && storages[0] == storages[1], "\(key)")
        }
        #expect(fields[0]["kicker"] == fields[1]["kicker"])
        #expect(fields[0]["kicker"] != nil && fields[0]["kicker"] != .null)
    }

    @Test("An article keeps its body's first paragraph only as far as its excerpt reads, with the same summary",
          arguments: [100, 280, 281, 282, 300, 2_000])
    func aBodysFirstParagraphIsKeptAsFarAsTheExcerptReads(_ characters: Int) throws {
        // Words of 1 to 3 letters, some of two bytes: the cut counts characters, not bytes.
        let words = (0..<characters).map { ["Öl", "und", "Ära", "Tür", "a"][$0 % 5] }.joined(separator: " ")
        let paragraph = String(words.prefix(characters - 1)) + "x"
        let site = try TestSite([
            "Content/authors/anna.md": TestSite.annaAuthor,
            "Content/posts/lang.md": TestSite.article(title: "Lang", body: paragraph + "\n\nZweiter Absatz.\n"),
        ])
        var pipeline = BuildPipeline(root: site.root, options: BuildOptions(now: TestSite.now))
        let (loaded, diagnostics) = pipeline.loadContent()
        #expect(!diagnostics.containsErrors)
        #expect(loaded.articles.first?.summary == Excerpt.make(paragraph, limit: Article.summaryExcerptLimit))
        let kept = pipeline.cache.content.markdown["Content/posts/lang.md"]?.document.summary
        #expect(kept == String(paragraph.prefix(Article.summaryExcerptLimit + 1)))
    }

    @Test func aReleaseOnAnotherThreadHasFreedItsValueWhenTheWaitReturns() {
        let freed = Mutex(false)
        let release = BackgroundRelease.release(Tracked { freed.withLock { $0 = true } })
        release.wait()
        #expect(freed.withLock { $0 })
    }

    /// Calls `onFree` when freed.
    private final class Tracked: Sendable {
        let onFree: @Sendable () -> Void
        init(_ onFree: @escaping @Sendable () -> Void) { self.onFree = onFree }
        deinit { onFree() }
    }
}
