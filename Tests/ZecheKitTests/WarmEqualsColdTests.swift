import Foundation
import Testing
import ZecheKit
import ZecheTestSupport

/// A warm build equals a cold one, always: a site of 200 articles takes a seeded random
/// sequence of edits (the preview's differential test's: bodies, titles, dates, tags,
/// authors, images, albums, site.yml, templates, the stylesheet, mistakes made and fixed), and
/// after each one a build with the build cache, by a new pipeline as a new `zeche build`
/// process would, into the same output folder, is compared byte for byte with a cold build
/// (no cache) into a fresh folder. Now and then the options change too (`--drafts`), which
/// makes both caches cold.
///
/// `ZECHE_WARM_STEPS` and `ZECHE_WARM_SEED` set the length and the seed.
@Suite struct WarmEqualsColdTests {
    static let now = Date(timeIntervalSince1970: 1_780_308_000)  // 2026-06-01

    static var steps: Int {
        ProcessInfo.processInfo.environment["ZECHE_WARM_STEPS"].flatMap(Int.init) ?? 24
    }

    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["ZECHE_WARM_SEED"].flatMap { UInt64($0) } ?? 20_261_206
    }

    @Test("After every edit, a warm build writes exactly what a cold build writes")
    func warmEqualsCold() throws {
        let seed = Self.seed
        let sandbox = try TemporaryDirectory(prefix: "zeche-warm")
        let root = sandbox.url.appendingPathComponent("site")
        var site = try DifferentialSite(root: root, seed: seed)
        var random = SeededRandom(seed: seed ^ 0x6F70_7469_6F6E)
        var options = BuildOptions(now: Self.now)
        // The options of the last successful warm build, which wrote the build cache.
        var cachedOptions = options
        let warmOutput = OutputFolder(url: sandbox.url.appendingPathComponent("warm"))
        var renderedShares: [(rendered: Int, pages: Int)] = []
        var succeeded = 0

        for step in 0...Self.steps {
            let changes = step == 0 ? nil : try site.randomEdit()
            if step > 0, random.chance(0.1) { options.includeDrafts.toggle() }
            let changed = changes.map { $0.sorted().joined(separator: ", ") } ?? "everything"
            let drafts = options == cachedOptions ? "" : ", drafts \(options.includeDrafts)"
            let place = "seed \(seed), step \(step) (changed \(changed)\(drafts))"
            var warm = BuildPipeline(root: root, options: options)
            // As `zeche build` does: the bodies wait in a body store, the cold build's in memory,
            // and what a small warm build lets go between its stages is left to the exit.
            warm.keepsContent = false
            warm.exitsAfterRun = true
            warm.buildCache = BuildCache(siteRoot: root, toolIdentity: "test")
            let warmResult = warm.build(into: warmOutput)
            defer { if warmResult.succeeded { cachedOptions = options } }
            var cold = BuildPipeline(root: root, options: options)
            let coldOutput = OutputFolder(url: sandbox.url.appendingPathComponent("cold-\(step)"))
            let coldResult = cold.build(into: coldOutput)
            #expect(warmResult.succeeded == coldResult.succeeded, "\(place): warm \(warmResult.succeeded), cold \(coldResult.succeeded)")
            // The cache is used on every build after the first: a failed build leaves it valid.
            if step > 0 {
                let expected = options == cachedOptions ? [] : ["other options"]
                #expect(warmResult.notes.count == expected.count && zip(warmResult.notes, expected).allSatisfy { $0.contains($1) },
                        "\(place): \(warmResult.notes)")
            }
            guard coldResult.succeeded else {
                if site.brokenPath == nil { Issue.record(Comment(rawValue: "\(place): the site should build: \(coldResult.diagnostics)")) }
                try? FileManager.default.removeItem(at: coldOutput.url)
                continue
            }
            succeeded += 1
            if step > 0 { renderedShares.append((warmResult.renderedPages, warmResult.pageCount)) }
            let differences = OutputTree.differences(OutputTree.read(warmOutput.url), expected: OutputTree.read(coldOutput.url))
            try FileManager.default.removeItem(at: coldOutput.url)
            if !differences.isEmpty {
                Issue.record(Comment(rawValue: "\(place): the warm build differs from a cold one:\n" + differences.joined(separator: "\n")))
                return
            }
        }
        #expect(succeeded * 3 > Self.steps * 2, "only \(succeeded) of \(Self.steps) steps built")
        // Edits of one article's text render a few pages; others (site.yml, the layout, an
        // article added, which every page's count shows) render all: the cache was used.
        let shown = renderedShares.map { "\($0.rendered)/\($0.pages)" }
        #expect(renderedShares.contains { $0.rendered * 4 < $0.pages }, "warm builds rendered \(shown)")
        #expect(renderedShares.map(\.rendered).reduce(0, +) < renderedShares.map(\.pages).reduce(0, +), "warm builds rendered \(shown)")
    }

    @Test("After a text edit, a new article and a removed one, a warm build updates the kept search index and writes what a cold build writes")
    func searchIndexUpdatedFromItsState() throws {
        let sandbox = try TemporaryDirectory(prefix: "zeche-warm-search")
        let root = sandbox.url.appendingPathComponent("site")
        var site = try DifferentialSite(root: root, seed: Self.seed)
        let options = BuildOptions(now: Self.now)
        let warmOutput = OutputFolder(url: sandbox.url.appendingPathComponent("warm"))
        func build(_ step: String) throws -> BuildResult {
            var warm = BuildPipeline(root: root, options: options)
            warm.keepsContent = false
            warm.exitsAfterRun = true
            warm.buildCache = BuildCache(siteRoot: root, toolIdentity: "test")
            let result = warm.build(into: warmOutput)
            var cold = BuildPipeline(root: root, options: options)
            let coldOutput = OutputFolder(url: sandbox.url.appendingPathComponent("cold"))
            try #require(cold.build(into: coldOutput).succeeded && result.succeeded, "\(step): \(result.diagnostics)")
            defer { try? FileManager.default.removeItem(at: coldOutput.url) }
            #expect(OutputTree.differences(OutputTree.read(warmOutput.url), expected: OutputTree.read(coldOutput.url)) == [], "\(step)")
            // No note: the kept state of every language's index was used.
            #expect(result.notes.isEmpty, "\(step): \(result.notes)")
            return result
        }
        let first = try build("cold")
        let published = site.articles.values.filter { !$0.isDraft && $0.date.year == 2025 }.map(\.id).sorted()
        #expect(first.analysedSearchDocuments >= published.count)

        _ = try site.editText(of: try #require(published.first))
        let edited = try build("text edit")
        // The article, and its English version when it has one.
        #expect((1...2).contains(edited.analysedSearchDocuments), "\(edited.analysedSearchDocuments)")

        // Only the new article is analysed; the others' postings are renumbered.
        _ = try site.addPublishedArticle()
        let added = try build("article added")
        #expect((1...2).contains(added.analysedSearchDocuments), "\(added.analysedSearchDocuments)")

        _ = try site.removeArticle(try #require(published.first { site.editableIDs.contains($0) }))
        let removed = try build("article removed")
        #expect(removed.analysedSearchDocuments == 0)
    }
}
