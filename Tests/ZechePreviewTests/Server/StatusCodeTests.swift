import Testing
@testable import ZechePreview

@Suite struct StatusCodeTests {
    @Test func aPageIsServedWithStatus200AndItsLength() throws {
        try withServer { server in
            let response = try fetch("/index.html", from: server)
            #expect(response.status == 200)
            #expect(response.text.contains("<h1>Newsroom</h1>"))
            #expect(response.headers["content-length"] == String(response.body.count))
            #expect(response.headers["cache-control"] == "no-cache")
        }
    }

    @Test(arguments: [
        ("/", "Newsroom"),
        ("/2026/11/austausch/", "Artikel"),
        ("/2026/11/austausch/index.html", "Artikel"),
        ("/2026/11/austausch/?utm_source=mail", "Artikel"),
        ("/Stra%C3%9Fe/%C3%A4.txt", "umlaut"),
    ])
    func aFolderPathServesItsIndexAndQueriesAreIgnored(target: String, expected: String) throws {
        try withServer { server in
            let response = try fetch(target, from: server)
            #expect(response.status == 200)
            #expect(response.text.contains(expected))
        }
    }

    @Test(arguments: [
        ("/2026/11/austausch", "/2026/11/austausch/"),
        ("/2026/11/austausch?page=2", "/2026/11/austausch/?page=2"),
        ("//2026//11/austausch", "/2026/11/austausch/"),
    ])
    func aFolderWithoutItsSlashIsRedirected(target: String, location: String) throws {
        try withServer { server in
            let response = try fetch(target, from: server)
            #expect(response.status == 301)
            #expect(response.headers["location"] == location)
        }
    }

    @Test func aMissingFileGetsTheSites404PageWithStatus404() throws {
        try withServer { server in
            let response = try fetch("/2026/11/gibt-es-nicht/", from: server)
            #expect(response.status == 404)
            #expect(response.text.contains("Seite nicht gefunden"))
            #expect(response.headers["content-type"] == "text/html; charset=utf-8")
        }
    }

    @Test func aMissingFileGetsABuiltIn404PageWhenTheSiteHasNone() throws {
        try withServer(snapshot: SiteSnapshot(files: ["/index.html": Array("<p>hi</p>".utf8)])) { server in
            let response = try fetch("/nope.html", from: server)
            #expect(response.status == 404)
            #expect(response.text.contains("Not found"))
        }
    }

    @Test(arguments: ["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "get"])
    func otherMethodsGet405WithAllow(method: String) throws {
        try withServer { server in
            let response = try fetch("/index.html", method: method, from: server)
            #expect(response.status == 405)
            #expect(response.headers["allow"] == "GET, HEAD")
        }
    }

    @Test func aFileThatDidNotChangeGets304ForItsEntityTag() throws {
        try withServer { server in
            let first = try fetch("/assets/site.css", from: server)
            let tag = try #require(first.headers["etag"])
            #expect(tag.hasPrefix("\"") && tag.hasSuffix("\""))
            let second = try fetch("/assets/site.css", headers: "If-None-Match: \(tag)\r\n", from: server)
            #expect(second.status == 304)
            #expect(second.body.isEmpty)
            #expect(second.headers["etag"] == tag)
            let other = try fetch("/assets/site.css", headers: "If-None-Match: \"something-else\"\r\n", from: server)
            #expect(other.status == 200)
        }
    }

    @Test func anHTMLPagesEntityTagChangesWhenTheLiveReloadScriptDoes() throws {
        try withServer { server in
            let before = try fetch("/index.html", from: server).headers["etag"]
            server.notify(.error(["Content/posts/x.md:4:9: error: unknown author 'anna'"]))
            let after = try fetch("/index.html", headers: "If-None-Match: \(before ?? "")\r\n", from: server)
            #expect(after.status == 200)
            #expect(after.headers["etag"] != before)
        }
    }

    @Test func aPublishedSnapshotReplacesTheServedFiles() throws {
        try withServer { server in
            #expect(try fetch("/neu.txt", from: server).status == 404)
            server.publish(SiteSnapshot.fixture.updating(["/neu.txt": Array("neu".utf8)]))
            let response = try fetch("/neu.txt", from: server)
            #expect(response.status == 200)
            #expect(response.text == "neu")
        }
    }
}
