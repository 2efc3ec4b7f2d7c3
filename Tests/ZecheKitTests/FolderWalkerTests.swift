import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// The content scan notes each file's signature as its walk finds it, and the content stage
/// compares those with what it kept instead of asking the file system a second time.
struct FolderWalkerTests {
    @Test("The walk gives each listed file the signature stat gives it, a link's that of its target, and none to what it skips")
    func signaturesOfListedFiles() throws {
        let site = try TestSite([
            "Content/posts/a.md": TestSite.article(),
            "Content/posts/b/index.md": TestSite.article(),
            "Content/posts/b/bild.svg": TestSite.svg,
            "Content/posts/.versteckt.md": TestSite.article(),
            "Content/posts/gross.md": TestSite.article() + String(repeating: "Text ", count: 400),
        ])
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("Content/posts/c.md").path,
                                                   withDestinationPath: "a.md")
        var walker = FolderWalker()
        walker.maxMarkdownBytes = 1_000
        let files = walker.files(in: "Content/posts", root: site.root)
        #expect(files == ["Content/posts/a.md", "Content/posts/b/bild.svg", "Content/posts/b/index.md", "Content/posts/c.md"])
        #expect(Set(walker.signatures.keys) == Set(files))
        for path in files {
            let signature = try #require(walker.signatures[path])
            #expect(signature == FileSignature(path: site.root.appendingPathComponent(path).path), "\(path)")
        }
        #expect(walker.signatures["Content/posts/c.md"] == walker.signatures["Content/posts/a.md"])
    }

    @Test("A file whose name is not UTF-8 is named in a warning and skipped; its neighbours are listed")
    func namesThatAreNotUTF8() throws {
        let site = try TestSite(["Content/posts/a.md": TestSite.article(), "Content/posts/z.md": TestSite.article()])
        // "grüße.md" in Latin-1.
        try site.root.write("", to: "Content/posts", nameBytes: Array("gr".utf8) + [0xFC, 0xDF] + Array("e.md".utf8))
        var walker = FolderWalker()
        let files = walker.files(in: "Content/posts", root: site.root)
        #expect(files == ["Content/posts/a.md", "Content/posts/z.md"])
        #expect(walker.diagnostics.map(\.severity) == [.warning])
        #expect(walker.diagnostics.first?.message == "'Content/posts/gr\u{FFFD}\u{FFFD}e.md' has a name that is not UTF-8 text; it is skipped")
    }

    @Test("An article rewritten between two loads is read again, and one deleted is gone from the content cache")
    func rewrittenAndDeletedArticles() throws {
        let site = try TestSite([
            "Content/posts/2026-05-01-erster.md": TestSite.article(title: "Erster"),
            "Content/posts/2026-05-02-zweiter.md": TestSite.article(title: "Zweiter"),
        ])
        var cache = ContentCache()
        let loader = SiteLoader(root: site.root)
        let options = BuildOptions(now: TestSite.now)
        #expect(loader.load(options, cache: &cache).site.articles.count == 2)
        try site.folder.write(TestSite.article(title: "Erster, neu"), to: "Content/posts/2026-05-01-erster.md")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/posts/2026-05-02-zweiter.md"))
        let second = loader.load(options, cache: &cache)
        #expect(second.changedPaths == ["Content/posts/2026-05-01-erster.md"])
        #expect(second.site.articles.map(\.title) == ["Erster, neu"])
        #expect(cache.articles.keys.sorted() == ["Content/posts/2026-05-01-erster.md"])
    }
}
