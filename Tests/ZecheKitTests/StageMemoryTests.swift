import Foundation
import Synchronization
import Testing
@testable import ZecheKit
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

    @Test func aOneShotBuildKeepsNoListEntriesAfterRenderingAndThePreviewKeepsThemAll() throws {
        let site = try Self.site()
        var preview = BuildPipeline(root: site.root, options: BuildOptions(now: TestSite.now))
        var oneShot = preview
        oneShot.keepsContent = false
        let previewSink = MemorySink()
        let oneShotSink = MemorySink()
        #expect(preview.run(into: previewSink).succeeded)
        #expect(oneShot.run(into: oneShotSink).succeeded)
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
