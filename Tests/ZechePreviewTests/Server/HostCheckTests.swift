import Foundation
import Testing
@testable import ZechePreview

/// The preview answers only requests for its own address, so that a page of another site whose
/// name resolves to 127.0.0.1 (DNS rebinding) cannot read drafts or the build errors.
struct HostCheckTests {
    @Test("Requests for another name get 421 and are closed, pages and the event stream alike", arguments: [
        "/index.html", "/2026/11/austausch/", LiveReloadScript.eventStreamPath, "/nicht-da",
    ])
    func otherNamesAreRefused(_ path: String) throws {
        try withServer { server in
            for host in ["evil.example:\(server.port)", "evil.example", "127.0.0.1.nip.io:\(server.port)", "localhost.:\(server.port)",
                         "127.0.0.1:1", "localhost", "LOCALHOST:\(server.port)0", "[::2]:\(server.port)", "127.0.0.1:\(server.port):80", ""] {
                let client = try RawHTTPClient(port: server.port)
                try client.send("GET \(path) HTTP/1.1\r\nHost: \(host)\r\n\r\n")
                let response = try client.readResponse()
                #expect(response.status == 421, "Host: \(host)")
                #expect(response.headers["connection"] == "close")
                #expect(response.text.hasPrefix("421 Misdirected Request: the preview answers requests for "))
                #expect(!response.text.contains("Newsroom"))
            }
        }
    }

    @Test("A request without Host (HTTP/1.0) gets 421 too")
    func noHost() throws {
        try withServer { server in
            let client = try RawHTTPClient(port: server.port)
            try client.send("GET /index.html HTTP/1.0\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 421)
            #expect(response.text.hasSuffix("not for no Host\n"))
        }
    }

    @Test("127.0.0.1, localhost and [::1] with the port are answered, in any case")
    func ownNames() throws {
        try withServer { server in
            for host in ["127.0.0.1:\(server.port)", "localhost:\(server.port)", "LocalHost:\(server.port)", "[::1]:\(server.port)"] {
                let client = try RawHTTPClient(port: server.port)
                try client.send("GET /index.html HTTP/1.1\r\nHost: \(host)\r\n\r\n")
                #expect(try client.readResponse().status == 200, "Host: \(host)")
            }
        }
    }

    @Test("The allowed names follow --host; a server on every address takes any IP address but no name", arguments: [
        ("127.0.0.1", 8000, "localhost:8000", true),
        ("127.0.0.1", 8000, "192.168.1.5:8000", false),
        ("newsroom.local", 8000, "newsroom.local:8000", true),
        ("newsroom.local", 8000, "NEWSROOM.local:8000", true),
        ("newsroom.local", 8000, "other.local:8000", false),
        ("0.0.0.0", 8000, "192.168.1.5:8000", true),
        ("0.0.0.0", 8000, "[fe80::1]:8000", true),
        ("0.0.0.0", 8000, "evil.example:8000", false),
        ("0.0.0.0", 8000, "192.168.1.5:8001", false),
        ("::", 8000, "10.0.0.1:8000", true),
        ("::1", 8000, "[::1]:8000", true),
        ("fd00::5", 8000, "[FD00::5]:8000", true),
        ("127.0.0.1", 80, "localhost", true),
        ("127.0.0.1", 80, "localhost:80", true),
        ("127.0.0.1", 8000, "localhost", false),
        ("127.0.0.1", 8000, "1.2.3.4.5:8000", false),
        ("0.0.0.0", 8000, "1.2.3:8000", false),
        ("0.0.0.0", 8000, "256.1.1.1:8000", false),
    ])
    func allowlist(_ listening: String, _ port: Int, _ host: String, _ allowed: Bool) {
        #expect(HostAllowlist(listeningOn: listening, port: port).allows(host) == allowed)
    }

    @Test("Host values are parsed strictly", arguments: [
        ("localhost:8000", "localhost", 8000),
        ("[::1]:8000", "[::1]", 8000),
        ("[::1]", "[::1]", nil),
        ("Example.COM", "example.com", nil),
    ] as [(String, String, Int?)])
    func parsing(_ value: String, _ host: String, _ port: Int?) {
        let parsed = HostAllowlist.parse(value)
        #expect(parsed?.host == host)
        #expect(parsed?.port == port)
    }

    @Test("Malformed Host values parse to nothing", arguments: [
        "", ":8000", "a:", "a:b", "a:99999", "a:-1", "[::1", "[zz]:80", "[::1]x", "a b", "user@host:80", "a/b", "a:1:2",
    ])
    func malformed(_ value: String) {
        #expect(HostAllowlist.parse(value) == nil)
    }
}
