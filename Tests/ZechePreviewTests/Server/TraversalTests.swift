import Testing
@testable import ZechePreview

@Suite struct TraversalTests {
    static let attempts = [
        "/../etc/passwd",
        "/%2e%2e/etc/passwd",
        "/%2E%2E%2Fetc%2Fpasswd",
        "/..%2fetc%2fpasswd",
        "/%252e%252e/etc/passwd",
        "/%25%32%65%25%32%65/etc/passwd",
        "/.%2e/etc/passwd",
        "/%2e./etc/passwd",
        "/\\..\\etc\\passwd",
        "/%5c..%5cetc%5cpasswd",
        "/%2e%2e%5c%2e%2e%5cetc%5cpasswd",
        "/%00",
        "/index.html%00.txt",
        "/..%00/etc/passwd",
        "//etc/passwd",
        "/./../etc/passwd",
        "/%c0%ae%c0%ae/etc/passwd",
        "/%c0%af../etc/passwd",
        "/%e0%80%ae%e0%80%ae/etc/passwd",
        "/assets/../../etc/passwd",
        "/assets/%2e%2e/%2e%2e/etc/passwd",
        "/assets/site.css/..%2f..%2f..%2fetc%2fpasswd",
        "/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/..;/etc/passwd",
        "/%u002e%u002e/etc/passwd",
        "/%e2%88%95..%e2%88%95etc%e2%88%95passwd",
        "/%ef%bc%8e%ef%bc%8e/etc/passwd",
        "/....//....//etc/passwd",
        "/..",
        "http://localhost/../etc/passwd",
        "/%2e%2e",
        "/assets/..%5c..%5cetc/passwd",
    ]

    @Test(arguments: attempts)
    func aPathThatTriesToLeaveTheSiteGets404Or400(target: String) throws {
        try withServer { server in
            let response = try fetch(target, from: server)
            #expect(response.status == 404 || response.status == 400)
            #expect(!response.text.contains("root:"))
            if response.status == 404 {
                #expect(response.text.contains("Seite nicht gefunden"))
            }
        }
    }

    @Test(arguments: attempts)
    func aPathThatTriesToLeaveTheSiteResolvesToNothingOutsideIt(target: String) {
        switch RequestPath.resolve(target) {
        case .invalid:
            break
        case let .path(path, _):
            #expect(path.hasPrefix("/"))
            #expect(!path.utf8.split(separator: UInt8(ascii: "/")).contains { $0.elementsEqual("..".utf8) })
            #expect(!path.contains("\\") && !path.contains("\0"))
        }
    }

    @Test(arguments: [
        ("/", RequestPath.Resolution.path("/", hasTrailingSlash: true)),
        ("/a/b/", .path("/a/b", hasTrailingSlash: true)),
        ("/a/./b", .path("/a/b", hasTrailingSlash: false)),
        ("/a//b?x=/../", .path("/a/b", hasTrailingSlash: false)),
        ("/a/.", .path("/a", hasTrailingSlash: true)),
        ("/%C3%A4%20b", .path("/ä b", hasTrailingSlash: false)),
        ("/a%2Fb", .path("/a/b", hasTrailingSlash: false)),
        ("/%252e", .path("/%2e", hasTrailingSlash: false)),
        ("https://example.org", .path("/", hasTrailingSlash: true)),
        ("/a/../b", .invalid(reason: "'..' in the path")),
        // A combining mark after "/" joins it into one Character; segments are split on bytes.
        ("/a/../%CC%81x", .invalid(reason: "'..' in the path")),
        ("/a/%CC%81../b", .path("/a/\u{301}../b", hasTrailingSlash: false)),
        ("/%ff", .invalid(reason: "the path is not valid UTF-8")),
        ("/%", .invalid(reason: "malformed percent-encoding in the path")),
        ("/a%0Ab", .invalid(reason: "control character in the path")),
        ("*", .invalid(reason: "the path does not start with '/'")),
    ])
    func aTargetResolvesToANormalisedPath(target: String, expected: RequestPath.Resolution) {
        #expect(RequestPath.resolve(target) == expected)
    }

    @Test func aLocationIsPercentEncoded() {
        #expect(RequestPath.encoded("/Straße/a b/") == "/Stra%C3%9Fe/a%20b/")
    }
}
