import Foundation
import Testing
import ZecheKit
@testable import ZechePreview
import ZecheTestSupport

/// `zeche serve` end to end: a real site on disk, the watcher, the incremental builder, the
/// server and an event-stream client, as a browser would see them.
@Suite(.serialized) struct PreviewSessionTests {
    static let article = "Content/posts/2026-10-15-produktentwicklung-meilenstein-3-ist-geschafft.md"
    static let page = "/2026/10/produktentwicklung-meilenstein-3-ist-geschafft/"

    /// A copy of the sample site, served on a free port and watched.
    static func session() throws -> (TemporaryDirectory, PreviewSession) {
        let folder = try TemporaryDirectory(prefix: "zeche-serve")
        try PackagePaths.copySampleSite(to: folder.url)
        let session = try PreviewSession(
            root: folder.url, options: BuildOptions(includeFuture: true, now: Date(timeIntervalSince1970: 1_795_000_000)),
            configuration: PreviewServer.Configuration(host: "127.0.0.1", port: 0)) { _, _ in }
        try session.watch()
        return (folder, session)
    }

    /// An event-stream client past its greeting.
    static func stream(_ session: PreviewSession) throws -> RawHTTPClient {
        let client = try RawHTTPClient(port: session.server.port)
        try client.request("/_zeche/live", extraHeaders: "Accept: text/event-stream\r\n")
        _ = try client.readResponse(hasBody: false)
        #expect(try client.readEventBlock() == "retry: 1000")
        #expect(try client.readEventBlock().hasPrefix("event: hello"))
        return client
    }

    @Test func savingAnArticleSendsAReloadAndServesTheNewText() throws {
        let (site, session) = try Self.session()
        defer { session.stop() }
        let events = try Self.stream(session)
        try site.write(try site.read(Self.article) + "\nEin Satz aus dem Editor.\n", to: Self.article)
        #expect(try events.readEventBlock(skipping: ["overview"]).hasPrefix("event: reload\ndata: "))
        let page = try fetch(Self.page, from: session.server)
        #expect(page.status == 200)
        #expect(page.text.contains("Ein Satz aus dem Editor."))
        #expect(page.text.contains("/_zeche/live"))
    }

    @Test func aBrokenSaveShowsTheErrorsAndTheFixReloads() throws {
        let (site, session) = try Self.session()
        defer { session.stop() }
        let events = try Self.stream(session)
        let original = try site.read(Self.article)
        try site.write(original.replacingOccurrences(of: "author: redaktion", with: "author: redaktio"), to: Self.article)
        #expect(try events.readEventBlock(skipping: ["overview"]) == #"event: build-error\#ndata: ["\#(Self.article):5:9: error: unknown author 'redaktio'; did you mean 'redaktion'?\nfix: write author: redaktion"]"#)
        // The last good site is still served, with the errors for the overlay.
        let broken = try fetch(Self.page, from: session.server)
        #expect(broken.status == 200)
        #expect(broken.text.contains("Produktentwicklung: Meilenstein 3 ist geschafft"))
        #expect(broken.text.contains("unknown author 'redaktio'"))
        try site.write(original, to: Self.article)
        #expect(try events.readEventBlock(skipping: ["overview"]).hasPrefix("event: reload\ndata: "))
        #expect(session.server.buildErrors.isEmpty)
        #expect(!(try fetch(Self.page, from: session.server)).text.contains("unknown author"))
    }

    @Test func aStylesheetChangeSwapsStylesWithoutAReload() throws {
        let (site, session) = try Self.session()
        defer { session.stop() }
        let events = try Self.stream(session)
        try site.write(try site.read("Templates/assets/site.css") + "\n.neu { color: #123456; }\n", to: "Templates/assets/site.css")
        #expect(try events.readEventBlock(skipping: ["overview"]).hasPrefix("event: css\ndata: "))
        #expect(try fetch("/assets/site.css", from: session.server).text.contains(".neu { color: #123456; }"))
    }

    @Test func aNewArticleAppearsOnTheIndex() throws {
        let (site, session) = try Self.session()
        defer { session.stop() }
        let events = try Self.stream(session)
        try site.write("---\ntitle: Brandneu\ndate: 2026-11-01\nauthor: redaktion\n---\n\nNeu.\n", to: "Content/posts/2026-11-01-brandneu.md")
        #expect(try events.readEventBlock(skipping: ["overview"]).hasPrefix("event: reload\ndata: "))
        #expect(try fetch("/2026/11/brandneu/", from: session.server).status == 200)
        #expect(try fetch("/", from: session.server).text.contains("Brandneu"))
    }

    @Test("A template with a byte that is not UTF-8 is an error in the preview, as in zeche build (a drift of the two old builders)")
    func aTemplateThatIsNotUTF8IsAnError() throws {
        let (site, session) = try Self.session()
        defer { session.stop() }
        let events = try Self.stream(session)
        let text = try site.read("Templates/404.mustache")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        // A Latin-1 "ä" in a line of text at the end.
        try site.write(Data((text + "<p>Erkl").utf8) + Data([0xE4]) + Data("rung</p>\n".utf8), to: "Templates/404.mustache")
        let event = try events.readEventBlock(skipping: ["overview"])
        #expect(event.hasPrefix("event: build-error\ndata: "))
        #expect(event.contains("Templates/404.mustache:\(lines):8: error: the file is not valid UTF-8 (byte 0xE4)"), "\(event)")
    }

    @Test("A partial saved while the site has an error is used once the error is fixed (a drift of the two old builders)")
    func aPartialSavedDuringAnErrorIsUsedAfterTheFix() throws {
        let (site, session) = try Self.session()
        defer { session.stop() }
        let events = try Self.stream(session)
        // Another article names this one as related: deleting it breaks the site.
        let original = try site.read(Self.article)
        try FileManager.default.removeItem(at: site.url.appendingPathComponent(Self.article))
        #expect(try events.readEventBlock(skipping: ["overview"]).hasPrefix("event: build-error\ndata: "))
        let footer = try site.read("Templates/partials/site-footer.mustache")
        try site.write(footer + "<p>Neuer Fußtext</p>\n", to: "Templates/partials/site-footer.mustache")
        #expect(try events.readEventBlock(skipping: ["overview"]).hasPrefix("event: build-error\ndata: "))
        try site.write(original, to: Self.article)
        #expect(try events.readEventBlock(skipping: ["overview"]).hasPrefix("event: reload\ndata: "))
        #expect(try fetch(Self.page, from: session.server).text.contains("Neuer Fußtext"))
        #expect(try fetch("/", from: session.server).text.contains("Neuer Fußtext"))
    }

    @Test func aPortInUseIsAClearError() throws {
        let (_, session) = try Self.session()
        defer { session.stop() }
        let folder = try TemporaryDirectory(prefix: "zeche-serve")
        #expect(throws: PreviewServerError.portInUse(host: "127.0.0.1", port: session.server.port)) {
            _ = try PreviewSession(root: folder.url, options: BuildOptions(now: Date()),
                                   configuration: PreviewServer.Configuration(host: "127.0.0.1", port: session.server.port)) { _, _ in }
        }
    }
}
