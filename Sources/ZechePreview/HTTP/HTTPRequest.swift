/// One parsed HTTP/1.x request head. Zeche never reads request bodies.
struct HTTPRequest: Equatable, Sendable {
    /// The method as sent, case-sensitive (`GET`, `HEAD`, …).
    var method: String
    /// The request target as sent, still percent-encoded: `/a%20b/?q=1`.
    var target: String
    /// The minor version: 0 for HTTP/1.0, 1 for HTTP/1.1.
    var minorVersion: Int
    /// Header fields in order, names lowercased.
    var headers: [(name: String, value: String)]

    /// The value of the first field named `name` (lowercase), if any.
    func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// Every value of the fields named `name`, in order.
    func headerValues(_ name: String) -> [String] {
        headers.filter { $0.name == name }.map(\.value)
    }

    /// Whether the client wants the connection kept open after the response: HTTP/1.1 unless
    /// it says `Connection: close`, HTTP/1.0 only when it says `Connection: keep-alive`.
    var wantsKeepAlive: Bool {
        let tokens = headerValues("connection")
            .flatMap { $0.split(separator: ",") }
            .map { $0.trimmingSpaces().lowercased() }
        if tokens.contains("close") { return false }
        return minorVersion >= 1 || tokens.contains("keep-alive")
    }

    /// Whether the head announces a body (a non-zero `Content-Length` or any `Transfer-Encoding`).
    var announcesBody: Bool {
        if header("transfer-encoding") != nil { return true }
        return headerValues("content-length").contains { $0 != "0" }
    }

    static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
        lhs.method == rhs.method && lhs.target == rhs.target && lhs.minorVersion == rhs.minorVersion
            && lhs.headers.elementsEqual(rhs.headers) { $0.name == $1.name && $0.value == $1.value }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (HTTP's optional whitespace).
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
