import Testing
@testable import ZechePreview

@Suite struct ConnectionTests {
    @Test func headGetsTheSameHeadersAsGetButNoBody() throws {
        try withServer { server in
            for path in ["/index.html", "/assets/site.css"] {
                let get = try fetch(path, from: server)
                let client = try RawHTTPClient(port: server.port)
                try client.request(path, method: "HEAD")
                let head = try client.readResponse(hasBody: false)
                #expect(head.status == 200)
                #expect(head.headers["content-length"] == get.headers["content-length"])
                #expect(head.headers["content-type"] == get.headers["content-type"])
                #expect(head.headers["etag"] == get.headers["etag"])
                // No body may follow: the next response must start right after the head.
                try client.request("/robots.txt")
                #expect(try client.readResponse().text == "User-agent: *\n")
            }
        }
    }

    @Test func twoRequestsShareOneKeptAliveConnection() throws {
        try withServer { server in
            let client = try RawHTTPClient(port: server.port)
            try client.request("/robots.txt")
            let first = try client.readResponse()
            try client.request("/assets/site.css")
            let second = try client.readResponse()
            #expect(first.status == 200 && second.status == 200)
            #expect(first.headers["connection"] == "keep-alive")
            #expect(second.text == "body { color: #222; }\n")
        }
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        try withServer { server in
            let client = try RawHTTPClient(port: server.port)
            let paths = ["/robots.txt", "/nope", "/assets/site.css", "/2026/11/austausch", "/feed.json"]
            try client.send(paths.map { "GET \($0) HTTP/1.1\r\nHost: x\r\n\r\n" }.joined())
            let statuses = try paths.map { _ in try client.readResponse().status }
            #expect(statuses == [200, 404, 200, 301, 200])
        }
    }

    @Test func pipelinedRequestsBehindABigResponseWaitForItButAreAnswered() throws {
        let big = [UInt8](repeating: 0x61, count: 3 << 20)
        try withServer(snapshot: .fixture.updating(["/big.bin": big])) { server in
            let client = try RawHTTPClient(port: server.port)
            try client.send(String(repeating: "GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n", count: 3) + "GET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\n")
            for _ in 0..<3 {
                let response = try client.readResponse()
                #expect(response.body.count == big.count, "\(response.status) \(response.headers)")
                #expect(response.body == big)
            }
            #expect(try client.readResponse().text == "User-agent: *\n")
        }
    }

    @Test func aClientThatClosesItsSendingSideStillGetsEveryAnswer() throws {
        let big = [UInt8](repeating: 0x63, count: 3 << 20)
        try withServer(snapshot: .fixture.updating(["/big.bin": big])) { server in
            let client = try RawHTTPClient(port: server.port)
            try client.send("GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\nGET /big.bin HTTP/1.1\r\nHost: x\r\n\r\nGET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\n")
            client.shutdownSending()
            #expect(try client.readResponse().body.count == big.count)
            #expect(try client.readResponse().body.count == big.count)
            #expect(try client.readResponse().text == "User-agent: *\n")
            #expect(try client.readUntilClosed().isEmpty)
        }
    }

    @Test func connectionCloseIsHonoured() throws {
        try withServer { server in
            let client = try RawHTTPClient(port: server.port)
            try client.request("/robots.txt", extraHeaders: "Connection: close\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.headers["connection"] == "close")
            #expect(try client.readUntilClosed().isEmpty)
        }
    }

    @Test(arguments: [("", "close"), ("Connection: keep-alive\r\n", "keep-alive")])
    func http10ClosesUnlessKeepAliveIsAsked(header: String, expected: String) throws {
        try withServer { server in
            let client = try RawHTTPClient(port: server.port)
            try client.send("GET /robots.txt HTTP/1.0\r\nHost: x\r\n\(header)\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.headers["connection"] == expected)
            if expected == "keep-alive" {
                try client.send("GET /robots.txt HTTP/1.0\r\nHost: x\r\n\r\n")
                #expect(try client.readResponse().status == 200)
            }
            #expect(try client.readUntilClosed().isEmpty)
        }
    }

    @Test func theDefaultsKeepThePreviewOnThisMachine() {
        let configuration = PreviewServer.Configuration()
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8000)
        #expect(configuration.idleTimeout == .seconds(30))
        #expect(configuration.requestHeadTimeout == .seconds(10))
        #expect(configuration.maxConnections == 4_096)
    }

    @Test func theServerReportsThePortTheSystemPicked() throws {
        try withServer { server in
            #expect(server.port > 0)
            #expect(server.url == "http://127.0.0.1:\(server.port)/")
        }
    }

    @Test func aPortInUseIsAClearError() throws {
        try withServer { first in
            var configuration = PreviewServer.Configuration(host: "127.0.0.1", port: first.port)
            configuration.idleTimeout = .seconds(1)
            #expect(throws: PreviewServerError.portInUse(host: "127.0.0.1", port: first.port)) {
                try PreviewServer.start(configuration: configuration)
            }
            let message = PreviewServerError.portInUse(host: "127.0.0.1", port: 8000).description
            #expect(message == "port 8000 on 127.0.0.1 is in use; stop the other server or pass --port 0 to pick a free one")
        }
    }

    @Test func anUnknownHostIsAClearError() {
        #expect(throws: PreviewServerError.unknownHost("no-such-host.invalid")) {
            try PreviewServer.start(configuration: .init(host: "no-such-host.invalid", port: 0))
        }
    }

    @Test func stopClosesTheListenerAndOpenConnections() throws {
        let server = try PreviewServer.start(configuration: .testing(), snapshot: .fixture)
        let client = try RawHTTPClient(port: server.port)
        try client.request("/robots.txt")
        _ = try client.readResponse()
        server.stop()
        #expect(try client.readUntilClosed().isEmpty)
        #expect(throws: RawHTTPClient.Failure.self) { try RawHTTPClient(port: server.port) }
        server.stop()
    }

    @Test func thePollFallbackServesToo() throws {
        try withServer(.testing(poller: .poll)) { server in
            let client = try RawHTTPClient(port: server.port)
            try client.send("GET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\nGET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse().status == 200)
            #expect(try client.readResponse().status == 200)
        }
    }
}
