import Foundation
import Testing
import ZecheKit
@testable import ZechePreview
import ZecheTestSupport

/// The preview is the editors' view: drafts and scheduled articles are in it with a badge,
/// `/_zeche/` lists every article with its state and mistakes, and the clock moves on.
@Suite(.serialized) struct EditorViewTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-19
    static let draft = "---\ntitle: Noch geheim\ndate: 2026-11-10\nauthor: redaktion\ndraft: true\n---\nEntwurfstext.\n"
    static let scheduled = "---\ntitle: Kommt bald\ndate: 2026-12-10 09:00\nauthor: redaktion\n---\nSpäter.\n"

    static func site() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: "zeche-editor")
        try PackagePaths.copySampleSite(to: folder.url)
        try folder.write(draft, to: "Content/posts/2026-11-10-noch-geheim.md")
        try folder.write(scheduled, to: "Content/posts/2026-12-10-kommt-bald.md")
        return folder
    }

    static func session(_ folder: TemporaryDirectory, editors: Bool, clock: @escaping @Sendable () -> Date = { EditorViewTests.now })
        throws -> PreviewSession {
        try PreviewSession(
            root: folder.url, options: BuildOptions(includeDrafts: editors, includeFuture: editors, now: now),
            configuration: PreviewServer.Configuration(host: "127.0.0.1", port: 0), clock: clock,
            marksUnpublished: editors) { _, _ in }
    }

    @Test("Drafts and scheduled articles are in the editors' preview, each with a badge")
    func badges() throws {
        let folder = try Self.site()
        let session = try Self.session(folder, editors: true)
        defer { session.stop() }
        let draft = try fetch("/2026/11/noch-geheim/", from: session.server)
        #expect(draft.status == 200)
        #expect(draft.text.contains(#"<strong class="status-badge status-badge--draft">Entwurf</strong>"#))
        let scheduled = try fetch("/2026/12/kommt-bald/", from: session.server)
        #expect(scheduled.text.contains("Geplant für 10. Dezember 2026, 09:00"))
        #expect(try fetch("/", from: session.server).text.contains("status-badge--draft"))
    }

    @Test("An embargoed release is in the editors' preview at its permalink with its embargo notice, in no list; not in the public one")
    func embargoedRelease() throws {
        let folder = try Self.site()
        try folder.write("---\ntitle: Noch unter Sperrfrist\ndate: 2026-11-18\nauthor: redaktion\nembargo: 2026-12-10 09:00\n---\nVorab.\n",
                         to: "Content/pressemitteilungen/2026-11-18-noch-unter-sperrfrist.md")
        for editors in [true, false] {
            var options = BuildOptions(includeDrafts: editors, includeFuture: editors, now: Self.now)
            options.showsEmbargoed = editors
            let session = try PreviewSession(
                root: folder.url, options: options, configuration: PreviewServer.Configuration(host: "127.0.0.1", port: 0),
                clock: { Self.now }, marksUnpublished: editors) { _, _ in }
            defer { session.stop() }
            let page = try fetch("/2026/11/noch-unter-sperrfrist/", from: session.server)
            #expect(page.status == (editors ? 200 : 404))
            if editors { #expect(page.text.contains("Sperrfrist: 10. Dezember 2026, 09:00 Uhr.")) }
            #expect(!(try fetch("/", from: session.server)).text.contains("Noch unter Sperrfrist"))
            #expect(!(try fetch("/feed.xml", from: session.server)).text.contains("Noch unter Sperrfrist"))
        }
    }

    @Test("The public preview shows what zeche build publishes, and a build with drafts shows no badge")
    func publicPreviewAndBuild() throws {
        let folder = try Self.site()
        let session = try Self.session(folder, editors: false)
        defer { session.stop() }
        #expect(try fetch("/2026/11/noch-geheim/", from: session.server).status == 404)
        var pipeline = BuildPipeline(root: folder.url, options: BuildOptions(includeDrafts: true, includeFuture: true, now: Self.now))
        let sink = MemorySink()
        #expect(pipeline.run(into: sink).succeeded)
        let built = String(decoding: sink.files["2026/11/noch-geheim/index.html"] ?? [], as: UTF8.self)
        #expect(built.contains("Noch geheim"))
        #expect(!built.contains("status-badge"))
    }

    @Test("/_zeche/ lists every article with its state and its mistakes")
    func overview() throws {
        let folder = try Self.site()
        try folder.write("---\ntitle: Kaputt\ndate: 2026-11-11\nauthor: redaktio\n---\nText.\n", to: "Content/posts/2026-11-11-kaputt.md")
        let session = try Self.session(folder, editors: true)
        defer { session.stop() }
        var page = try fetch("/_zeche/", from: session.server)
        // The overview is made beside the build: wait for it.
        for _ in 0..<100 where page.status != 200 {
            usleep(50_000)
            page = try fetch("/_zeche/", from: session.server)
        }
        #expect(page.status == 200)
        #expect(page.text.contains("Alle Artikel"))
        #expect(page.text.contains(#"<span class="state draft">Entwurf</span>"#))
        #expect(page.text.contains(#"<span class="state scheduled">Geplant für 2026-12-10 09:00</span>"#))
        #expect(page.text.contains("Content/posts/2026-11-11-kaputt.md:4:9: error: unknown author &#39;redaktio&#39;")
                || page.text.contains("Content/posts/2026-11-11-kaputt.md:4:9: error: unknown author 'redaktio'"))
        #expect(page.text.contains("Austausch zu den Chancen der Digitalisierung"))
    }

    @Test("An article is published in the preview when its time comes, without an edit")
    func theClockMovesOn() throws {
        let folder = try Self.site()
        let start = Date()
        let due = start.addingTimeInterval(2)
        let seconds = Int(due.timeIntervalSince1970.rounded(.up))
        let moment = SiteDate(secondsSince1970: Int64(seconds), timeZone: TimeZone(identifier: "Europe/Berlin") ?? .current)
        try folder.write("---\ntitle: Gleich\ndate: \(moment.iso8601)\nauthor: redaktion\n---\nJetzt.\n", to: "Content/posts/gleich.md")
        let session = try PreviewSession(
            root: folder.url, options: BuildOptions(now: start),
            configuration: PreviewServer.Configuration(host: "127.0.0.1", port: 0)) { _, _ in }
        defer { session.stop() }
        let path = "/\(moment.dayString.prefix(4))/\(moment.dayString.dropFirst(5).prefix(2))/gleich/"
        #expect(try fetch(path, from: session.server).status == 404)
        var status = 404
        for _ in 0..<100 where status != 200 {
            usleep(100_000)
            status = try fetch(path, from: session.server).status
        }
        #expect(status == 200, "the article was not published within 10 s of its time")
    }
}
