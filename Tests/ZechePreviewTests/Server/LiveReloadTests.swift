import Testing
import ZecheKit
@testable import ZechePreview

@Suite struct LiveReloadTests {
    @Test func anHTMLPageGetsTheScriptRightBeforeItsLastBodyEndTag() throws {
        try withServer { server in
            let response = try fetch("/index.html", from: server)
            let text = response.text
            let script = try #require(text.range(of: "<script>"))
            let bodyEnd = try #require(text.range(of: "</body>"))
            #expect(script.lowerBound < bodyEnd.lowerBound)
            #expect(text[..<script.lowerBound].hasSuffix("<h1>Newsroom</h1>"))
            #expect(text[script.lowerBound..<bodyEnd.lowerBound].hasSuffix("</script>"))
            #expect(text.contains("/_zeche/live"))
            #expect(response.headers["content-length"] == String(response.body.count))
        }
    }

    @Test func anUppercaseBodyEndTagIsFound() throws {
        try withServer { server in
            let text = try fetch("/2026/11/austausch/", from: server).text
            #expect(text.hasSuffix("</script></BODY></html>"))
        }
    }

    @Test(arguments: [
        ("<p>no body</p>", "<p>no body</p><S>"),
        ("<body>a</body>b</body>", "<body>a</body>b<S></body>"),
        ("<body>a</bodyx></body >", "<body>a</bodyx><S></body >"),
        ("</body", "</body<S>"),
        ("", "<S>"),
    ])
    func theScriptGoesBeforeTheLastRealBodyEndTagOrAtTheEnd(html: String, expected: String) {
        let result = HTMLInjection.inject(Array("<S>".utf8), into: Array(html.utf8))
        #expect(String(decoding: result, as: UTF8.self) == expected)
    }

    @Test(arguments: ["/assets/site.css", "/assets/app.js", "/feed.xml", "/images/logo.svg", "/robots.txt"])
    func otherFilesAreServedByteForByte(path: String) throws {
        try withServer { server in
            let response = try fetch(path, from: server)
            #expect(response.body == SiteSnapshot.fixture.contents(at: path))
        }
    }

    @Test func aPageServedWhileTheBuildFailsCarriesTheErrorsEscapedForAScript() throws {
        try withServer { server in
            let lines = [
                "Content/posts/x.md:4:9: error: unknown author 'anna'",
                "Templates/article.mustache:2:1: error: </script><!-- \"quoted\" \\ & \u{2028}",
            ]
            server.notify(.error(lines))
            #expect(server.buildErrors == lines)
            let text = try fetch("/index.html", from: server).text
            #expect(text.contains(#"var errors = ["Content/posts/x.md:4:9: error: unknown author 'anna'","#))
            #expect(text.contains(#"error: \u003c/script\u003e\u003c!-- \"quoted\" \\ \u0026 \u2028""#))
            #expect(text.components(separatedBy: "</script>").count == 2)

            server.notify(.reload)
            #expect(server.buildErrors.isEmpty)
            #expect(try fetch("/index.html", from: server).text.contains("var errors = [];"))
        }
    }

    @Test func anEventStreamStartsWithTheVersionAndGetsAReloadAfterNotify() throws {
        try withServer { server in
            let stream = try openEventStream(server)
            let hello = try stream.readEventBlock()
            #expect(hello.hasPrefix("event: hello\ndata: "))
            server.notify(.reload)
            let reload = try stream.readEventBlock()
            #expect(reload.hasPrefix("event: reload\ndata: "))
            #expect(reload != hello)
        }
    }

    @Test func everyOpenStreamGetsCSSAndErrorEvents() throws {
        try withServer { server in
            let streams = try (0..<3).map { _ in try openEventStream(server) }
            for stream in streams { _ = try stream.readEventBlock() }
            server.notify(.css)
            server.notify(.error(["Content/a.md:1:1: error: <b>"]))
            for stream in streams {
                #expect(try stream.readEventBlock().hasPrefix("event: css\ndata: "))
                #expect(try stream.readEventBlock() == #"event: build-error\#ndata: ["Content/a.md:1:1: error: \u003cb\u003e"]"#)
            }
            #expect(server.connectionCount == 3)
        }
    }

    @Test func aStreamOpenedWhileTheBuildFailsGetsTheErrorsAtOnce() throws {
        try withServer { server in
            server.notify(.error(["Content/a.md:1:1: error: oops"]))
            let stream = try openEventStream(server)
            #expect(try stream.readEventBlock().hasPrefix("event: hello"))
            #expect(try stream.readEventBlock() == #"event: build-error\#ndata: ["Content/a.md:1:1: error: oops"]"#)
        }
    }

    @Test func aQuietStreamGetsHeartbeats() throws {
        var configuration = PreviewServer.Configuration.testing()
        configuration.heartbeatInterval = .milliseconds(100)
        try withServer(configuration) { server in
            let stream = try openEventStream(server)
            _ = try stream.readEventBlock()
            #expect(try stream.readEventBlock() == ": heartbeat")
        }
    }

    @Test func stopEndsOpenStreams() throws {
        let server = try PreviewServer.start(configuration: .testing(), snapshot: .fixture)
        let stream = try openEventStream(server)
        _ = try stream.readEventBlock()
        server.stop()
        _ = try stream.readUntilClosed()
    }

    @Test func headOnTheStreamAnswersWithoutOpeningIt() throws {
        try withServer { server in
            let client = try RawHTTPClient(port: server.port)
            try client.request("/_zeche/live", method: "HEAD")
            let response = try client.readResponse(hasBody: false)
            #expect(response.headers["content-type"] == "text/event-stream")
            try client.request("/robots.txt")
            #expect(try client.readResponse().status == 200)
        }
    }

    private func openEventStream(_ server: PreviewServer) throws -> RawHTTPClient {
        let client = try RawHTTPClient(port: server.port)
        try client.request("/_zeche/live", extraHeaders: "Accept: text/event-stream\r\n")
        let head = try client.readResponse(hasBody: false)
        #expect(head.status == 200)
        #expect(head.headers["content-type"] == "text/event-stream")
        #expect(head.headers["content-length"] == nil)
        #expect(try client.readEventBlock() == "retry: 1000")
        return client
    }
}
