import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// The preview's pipeline, run again after edits and as its clock passes an embargo, ends with
/// what a fresh build makes; a list's feed is written again only when one of its entries changed.
@Suite struct NewsroomIncrementalTests {
    typealias Run = IncrementalRunTests.Run
    static let embargoed = NewsroomBuildTests.embargoed

    /// A pipeline into memory with the embargo key, as `zeche serve` with ZECHE_EMBARGO_KEY runs it.
    struct Builder {
        var pipeline: BuildPipeline
        init(root: URL, now: Date = NewsroomBuildTests.now) {
            pipeline = BuildPipeline(root: root, options: BuildOptions(now: now, embargoKey: NewsroomBuildTests.key),
                                     fingerprintsAssets: false)
        }
        mutating func build(changes: Set<String>? = nil, now: Date? = nil) -> Run {
            if let now { pipeline.options.now = now }
            let sink = MemorySink()
            let result = pipeline.run(changes: changes, into: sink)
            return Run(result: result, changedFiles: result.succeeded ? sink.files : [:])
        }
    }

    static func fresh(_ site: TemporaryDirectory, now: Date) -> [String: [UInt8]] {
        var builder = Builder(root: site.url, now: now)
        var expected = IncrementalRunTests.Accumulated()
        expected.apply(builder.build())
        return expected.files
    }

    @Test(arguments: [false, true])
    func thePreviewPublishesAnEmbargoedReleaseAtItsMoment(watched: Bool) throws {
        let site = try SiteBuildTests.site("golden-newsroom")
        var builder = Builder(root: site.url)
        var output = IncrementalRunTests.Accumulated()
        let first = builder.build()
        output.apply(first)
        let moment = try #require(first.result.nextPublication)
        #expect(moment == Date(timeIntervalSince1970: 1_798_099_200))
        let token = try #require(NewsroomBuildTests.key?.token(forSlug: "uebernahme"))
        #expect(output.files["vorab/\(token)/index.html"] != nil)

        // An edit of the embargoed release renders its private page again, and nothing public.
        let text = try site.read(Self.embargoed)
        try site.write(text.replacingOccurrences(of: "übernimmt", with: "kauft"), to: Self.embargoed)
        let edited = builder.build(changes: watched ? [Self.embargoed] : nil)
        #expect(IncrementalRunTests.changedPages(edited) == ["vorab/\(token)/index.html"])
        output.apply(edited)

        // At the moment (the preview schedules a run for it) the release is public and the private page is gone.
        let published = builder.build(changes: watched ? [] : nil, now: moment)
        #expect(published.removedFiles.contains("vorab/\(token)/index.html"))
        #expect(published.changedFiles["pressemitteilungen/2026/uebernahme/index.html"] != nil)
        output.apply(published)
        #expect(output.files == Self.fresh(site, now: moment))
    }

    /// Unwatched, the run loads the whole site and makes a new plan; the feeds still go by
    /// their signatures.
    @Test(arguments: [false, true])
    func editingAPressReleaseWritesOnlyTheFeedsThatCarryIt(watched: Bool) throws {
        let site = try SiteBuildTests.site("golden-newsroom")
        var builder = Builder(root: site.url)
        var output = IncrementalRunTests.Accumulated()
        output.apply(builder.build())
        let release = "Content/pressemitteilungen/2026-10-05-messe.md"
        try site.write(try site.read(release) + "\nEin weiterer Absatz.\n", to: release)
        let run = builder.build(changes: watched ? [release] : nil)
        #expect(run.succeeded)
        #expect(Set(run.changedFiles.keys.filter { $0.hasSuffix("feed.xml") }) == [
            "feed.xml", "pressemitteilungen/feed.xml", "categories/messen/feed.xml", "tags/messe/feed.xml", "authors/anna/feed.xml",
        ])
        output.apply(run)
        #expect(output.files == Self.fresh(site, now: NewsroomBuildTests.now))
    }

    @Test func aChangedContactOrBoilerplateRendersTheReleasesAndTheVCardAgain() throws {
        let site = try SiteBuildTests.site("golden-newsroom")
        var builder = Builder(root: site.url)
        var output = IncrementalRunTests.Accumulated()
        output.apply(builder.build())
        let contact = "Content/contacts/lena-berg.md"
        try site.write(try site.read(contact).replacingOccurrences(of: "5678-90", with: "5678-99"), to: contact)
        let changed = builder.build(changes: [contact])
        #expect(String(decoding: changed.changedFiles["contacts/lena-berg.vcf"] ?? [], as: UTF8.self).contains("TEL;TYPE=WORK,VOICE:+49234567899"))
        #expect(changed.changedFiles["pressemitteilungen/2026/messe/index.html"] != nil)
        output.apply(changed)
        try site.write("Die Beispiel AG aus Bochum baut bessere Beispiele.\n", to: "Content/boilerplate.md")
        let boilerplate = builder.build(changes: ["Content/boilerplate.md"])
        #expect(String(decoding: boilerplate.changedFiles["pressemitteilungen/feed.json"] ?? [], as: UTF8.self).contains("bessere Beispiele"))
        output.apply(boilerplate)
        #expect(output.files == Self.fresh(site, now: NewsroomBuildTests.now))
    }
}

extension NewsroomIncrementalTests {
    @Test(arguments: [false, true])
    func movingAnArticleToAnotherCategoryOrSectionEndsWithWhatAFullBuildMakes(watched: Bool) throws {
        let site = try SiteBuildTests.site("golden-newsroom")
        var builder = Builder(root: site.url)
        var output = IncrementalRunTests.Accumulated()
        output.apply(builder.build())
        let news = "Content/posts/2026-10-20-sommerfest.md"
        try site.write(try site.read(news).replacingOccurrences(of: "tags: [Standort]", with: "tags: [Standort]\ncategories: [messen]"), to: news)
        let categorized = builder.build(changes: watched ? [news] : nil)
        #expect(categorized.changedFiles["categories/messen/index.html"].map { String(decoding: $0, as: UTF8.self).contains("Sommerfest") } == true)
        output.apply(categorized)
        try site.write(try site.read(news).replacingOccurrences(of: "categories: [messen]", with: "categories: [messen]\nsection: pressemitteilungen\ndateline: Herne"), to: news)
        let moved = builder.build(changes: watched ? [news] : nil)
        #expect(moved.changedFiles["pressemitteilungen/2026/sommerfest/index.html"].map {
            String(decoding: $0, as: UTF8.self).contains("<span class=\"dateline\">Herne, 20. Oktober 2026 –</span>")
        } == true)
        #expect(moved.removedFiles.contains("2026/10/sommerfest/index.html"))
        output.apply(moved)
        #expect(output.files == Self.fresh(site, now: NewsroomBuildTests.now))
    }
}
