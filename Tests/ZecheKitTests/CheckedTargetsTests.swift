import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// The content cache keeps the digest of the link targets its bodies were last found to
/// resolve against (`ContentCache.checkedTargets`, `LinkTargets.digest`): while a warm load's
/// targets have that digest, a body whose Markdown and place did not change is taken without
/// resolving its links again; with any other targets every link is resolved again.
@Suite struct CheckedTargetsTests {
    typealias Sandbox = BuildCacheTests.Sandbox

    @Test("Link targets have the same digest whatever order their files were added in, another with any URL changed, and a file added again counts with its last URL")
    func digest() {
        var first = LinkTargets()
        first.add("Content/posts/a.md", url: "/2026/01/a/")
        first.add("Content/posts/b.md", url: "/2026/01/b/")
        var second = LinkTargets()
        second.add("Content/posts/b.md", url: "/2026/01/b/")
        second.add("Content/posts/a.md", url: "/2026/02/a/")
        #expect(first.digest != second.digest)
        second.add("Content/posts/a.md", url: "/2026/01/a/")
        #expect(first.digest == second.digest)
        var third = first
        third.add("Content/posts/c.md", url: "/2026/01/c/")
        #expect(third.digest != first.digest)
        // A path and a URL are told apart from their concatenation's other cuts.
        var cut = LinkTargets()
        cut.add("Content/posts/a.md/", url: "2026/01/a/")
        var other = LinkTargets()
        other.add("Content/posts/a.md", url: "/2026/01/a/")
        #expect(cut.digest != other.digest)
    }

    @Test("A build's content cache keeps, for each language, the digest of the link targets its bodies resolve against")
    func kept() throws {
        let (_, cold, cache, _) = try ContentCacheBodyTests.builtAndLoaded()
        // The sample newsroom is in German and English.
        #expect(cold.linkTargets.count == 2)
        #expect(cache.checkedTargets == cold.linkTargets.mapValues(\.digest))
    }

    @Test("A cached body is taken without resolving its links while the targets' digest is the one kept; with another digest, or none, its links are resolved again")
    func trustedWhileSame() throws {
        let sandbox = try Sandbox()
        try ContentCacheFileTests.append("\nSiehe auch [Meilenstein 3](2026-10-15-produktentwicklung-meilenstein-3-ist-geschafft.md).\n",
                                         to: ContentCacheFileTests.article, in: sandbox)
        let options = ContentCacheBodyTests.options
        var cold = ContentCache()
        _ = SiteLoader(root: sandbox.root).load(options, cache: &cold)
        let path = ContentCacheFileTests.article
        let body = try #require(cold.markdown[path])
        // The cached resolution of the link made to say something no resolving gives now.
        var resolutions = body.resolutions
        let link = try #require(resolutions.firstIndex { $0.destination.hasPrefix("2026-10-15-") })
        #expect(resolutions[link].resolution != .rewrite("/anderswo/"))
        resolutions[link].resolution = .rewrite("/anderswo/")
        var tampered = cold
        tampered.markdown[path] = ContentCache.RenderedBody(
            bodyHash: body.bodyHash, resolutions: resolutions, document: body.document, rendered: body.rendered,
            diagnostics: body.diagnostics, rootRelativeLinks: body.rootRelativeLinks, place: body.place,
            imageUses: body.imageUses, requiresCredit: body.requiresCredit)

        func rendersAgain(checked: [String: UInt64]) -> Bool {
            var cache = tampered
            cache.checkedTargets = checked
            let loaded = SiteLoader(root: sandbox.root).load(options, cache: &cache)
            #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics)")
            // The load's bodies are checked now; the digest read from the file no longer describes them.
            #expect(cache.checkedTargets.isEmpty)
            return loaded.changedPaths.contains(path)
        }
        let digests = cold.linkTargets.mapValues(\.digest)
        #expect(!rendersAgain(checked: digests))
        #expect(rendersAgain(checked: digests.mapValues { $0 &+ 1 }))
        #expect(rendersAgain(checked: [:]))
    }
}
