import Testing
@testable import ZechePreview

@Suite struct BadRequestTests {
    @Test(arguments: [
        "GET /index.html\r\n\r\n",
        "GET  /index.html HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /index.html HTTP/1.1 extra\r\nHost: x\r\n\r\n",
        "GET /index.html FTP/1.1\r\nHost: x\r\n\r\n",
        "G(T /index.html HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /index.html HTTP/1.1\r\nHost x\r\n\r\n",
        "GET /index.html HTTP/1.1\r\nHost : x\r\n\r\n",
        "GET /index.html HTTP/1.1\r\nHost: x\r\n folded: value\r\n\r\n",
        "GET /index.html HTTP/1.1\r\nHost: x\r\nX-Bad: a\0b\r\n\r\n",
        "GET /index.html HTTP/1.1\r\nHost: x\rX: y\r\n\r\n",
        "GET /index.html HTTP/1.1\r\n\r\n",
        "GET /index.html HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
        "GET /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
        "GET /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        "GET /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
        "GET /index.html HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "GET /a%zz HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /a%4 HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET index.html HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /caf\u{E9} HTTP/1.1\r\nHost: x\r\n\r\n",
    ])
    func aMalformedRequestGets400AndTheConnectionCloses(request: String) throws {
        try withServer { server in
            let client = try RawHTTPClient(port: server.port)
            try client.send(request)
            let response = try client.readResponse()
            #expect(response.status == 400)
            #expect(response.headers["connection"] == "close")
            _ = try client.readUntilClosed()
        }
    }

    @Test(arguments: ["HTTP/2.0", "HTTP/1.2", "HTTP/3.0"])
    func anotherHTTPVersionGets505(version: String) throws {
        try withServer { server in
            let client = try RawHTTPClient(port: server.port)
            try client.send("GET / \(version)\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse().status == 505)
        }
    }

    @Test func aRequestLineOver8KiBGets414() throws {
        try withServer { server in
            let client = try RawHTTPClient(port: server.port)
            try client.send("GET /\(String(repeating: "a", count: 9_000)) HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse().status == 414)
        }
    }

    @Test func aRequestLineOver8KiBGets414BeforeItEnds() throws {
        try withServer { server in
            let client = try RawHTTPClient(port: server.port)
            try client.send("GET /\(String(repeating: "a", count: 9_000))")
            #expect(try client.readResponse().status == 414)
        }
    }

    @Test func headersOver32KiBGet431() throws {
        try withServer { server in
            let client = try RawHTTPClient(port: server.port)
            let cookie = "Cookie: " + String(repeating: "c", count: 4_000) + "\r\n"
            try client.send("GET / HTTP/1.1\r\nHost: x\r\n" + String(repeating: cookie, count: 9) + "\r\n")
            #expect(try client.readResponse().status == 431)
        }
    }

    @Test func moreThan100HeadersGet431() throws {
        try withServer { server in
            let client = try RawHTTPClient(port: server.port)
            let headers = (0..<101).map { "X-\($0): y\r\n" }.joined()
            try client.send("GET / HTTP/1.1\r\nHost: x\r\n\(headers)\r\n")
            #expect(try client.readResponse().status == 431)
        }
    }

    @Test func aPostWithABodyGets405AndTheConnectionCloses() throws {
        try withServer { server in
            let client = try RawHTTPClient(port: server.port)
            try client.send("POST /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello=world")
            let response = try client.readResponse()
            #expect(response.status == 405)
            #expect(response.headers["connection"] == "close")
            _ = try client.readUntilClosed()
        }
    }

    @Test func emptyLinesBeforeTheRequestLineAreIgnored() throws {
        try withServer { server in
            let client = try RawHTTPClient(port: server.port)
            try client.send("\r\n\r\nGET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse().status == 200)
        }
    }

    @Test func bareLineFeedsAreAcceptedAsLineEnds() throws {
        try withServer { server in
            let client = try RawHTTPClient(port: server.port)
            try client.send("GET /robots.txt HTTP/1.1\nHost: x\n\n")
            #expect(try client.readResponse().status == 200)
        }
    }

    @Test func anAbsoluteFormTargetIsServed() throws {
        try withServer { server in
            let response = try fetch("http://localhost:\(server.port)/robots.txt", from: server)
            #expect(response.status == 200)
        }
    }
}
