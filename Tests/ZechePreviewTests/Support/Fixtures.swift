@testable import ZechePreview

extension SiteSnapshot {
    /// A small site with a page per folder, one file per media type and a custom 404 page.
    static let fixture = SiteSnapshot(files: [
        "/index.html": Array("""
            <!DOCTYPE html>
            <html lang="de"><head><title>Newsroom</title><link rel="stylesheet" href="/assets/site.css"></head>
            <body><h1>Newsroom</h1></body></html>

            """.utf8),
        "/2026/11/austausch/index.html": Array("<!DOCTYPE html><title>Austausch</title><p>Artikel</p></BODY></html>".utf8),
        "/404.html": Array("<!DOCTYPE html><html><body><h1>Seite nicht gefunden</h1></body></html>".utf8),
        "/assets/site.css": Array("body { color: #222; }\n".utf8),
        "/assets/app.js": Array("console.log('zeche');\n".utf8),
        "/feed.json": Array("{\"version\":\"https://jsonfeed.org/version/1.1\"}".utf8),
        "/feed.xml": Array("<?xml version=\"1.0\"?><feed/>".utf8),
        "/images/logo.svg": Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8),
        "/images/photo.png": [0x89, 0x50, 0x4E, 0x47],
        "/images/photo.jpg": [0xFF, 0xD8, 0xFF],
        "/images/photo.jpeg": [0xFF, 0xD8, 0xFF],
        "/images/anim.gif": Array("GIF89a".utf8),
        "/images/photo.webp": Array("RIFF".utf8),
        "/images/photo.avif": Array("avif".utf8),
        "/favicon.ico": [0, 0, 1, 0],
        "/fonts/text.woff2": Array("wOF2".utf8),
        "/robots.txt": Array("User-agent: *\n".utf8),
        "/download.bin": [1, 2, 3],
        "/Straße/ä.txt": Array("umlaut\n".utf8),
    ])
}

extension PreviewServer.Configuration {
    /// Loopback, a port the system picks, and the given timeouts.
    static func testing(
        idleTimeout: Duration = .seconds(30),
        requestHeadTimeout: Duration = .seconds(10),
        poller: PollerKind = .automatic
    ) -> Self {
        var configuration = Self(host: "127.0.0.1", port: 0)
        configuration.idleTimeout = idleTimeout
        configuration.requestHeadTimeout = requestHeadTimeout
        configuration.pollerKind = poller
        return configuration
    }
}

/// Runs `body` with a server for `snapshot` and stops it afterwards.
func withServer<T>(
    _ configuration: PreviewServer.Configuration = .testing(),
    snapshot: SiteSnapshot = .fixture,
    _ body: (PreviewServer) throws -> T
) throws -> T {
    let server = try PreviewServer.start(configuration: configuration, snapshot: snapshot)
    defer { server.stop() }
    return try body(server)
}

/// Sends one request on a fresh connection and reads the response.
func fetch(_ target: String, method: String = "GET", headers: String = "", from server: PreviewServer) throws -> RawHTTPClient.Response {
    let client = try RawHTTPClient(port: server.port)
    try client.request(target, method: method, extraHeaders: headers)
    return try client.readResponse(hasBody: method != "HEAD")
}
