/// A response to send: status, header fields and body bytes.
struct HTTPResponse: Sendable {
    var status: HTTPStatus
    /// Header fields other than `Content-Length`, `Date` and `Connection`, which `head` adds.
    var headers: [(name: String, value: String)]
    /// The body in pieces that share the snapshot's bytes: a page is sent as its part before
    /// `</body>`, the live-reload script and the rest, so that a client that does not read
    /// holds no copy of the page of its own (40 such clients of a 12 MB page held 464 MB).
    var bodyParts: [ArraySlice<UInt8>]
    /// The body's length in bytes.
    var bodyCount: Int { bodyParts.reduce(0) { $0 + $1.count } }
    /// The body in one piece (for tests and small answers).
    var body: [UInt8] { Array(bodyParts.joined()) }
    /// False for HEAD requests and 304s: the head describes a body that is not sent.
    var sendsBody = true
    /// The connection must close after this response, whatever the client asked for: the
    /// request announced a body that was not read.
    var closesConnection = false
    /// The response opens a server-sent event stream: no length, the connection stays open.
    var isEventStream = false

    init(status: HTTPStatus, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.init(status: status, headers: headers, bodyParts: body.isEmpty ? [] : [body[...]])
    }

    init(status: HTTPStatus, headers: [(name: String, value: String)], bodyParts: [ArraySlice<UInt8>]) {
        self.status = status
        self.headers = headers
        self.bodyParts = bodyParts
    }

    /// A short plain-text response for an error status, such as `400 Bad Request: NUL in the path`.
    static func plain(_ status: HTTPStatus, _ detail: String? = nil) -> HTTPResponse {
        let text = detail.map { "\(status): \($0)\n" } ?? "\(status)\n"
        return HTTPResponse(
            status: status,
            headers: [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-cache")],
            body: Array(text.utf8))
    }

    /// The status line and header fields, ending with the blank line.
    func head(date: String, keepAlive: Bool, keepAliveTimeout: Int) -> [UInt8] {
        var text = "HTTP/1.1 \(status.code) \(status.reason)\r\n"
        for (name, value) in headers {
            text += "\(name): \(value)\r\n"
        }
        // RFC 9110 §8.6: a 304 has no content, so it carries no length here.
        if !isEventStream && status != .notModified {
            text += "Content-Length: \(bodyCount)\r\n"
        }
        text += "Date: \(date)\r\n"
        text += keepAlive ? "Connection: keep-alive\r\nKeep-Alive: timeout=\(keepAliveTimeout)\r\n" : "Connection: close\r\n"
        text += "Server: Zeche preview\r\n\r\n"
        return Array(text.utf8)
    }
}
