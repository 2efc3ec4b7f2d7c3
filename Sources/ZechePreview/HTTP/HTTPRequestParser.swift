/// Parses an HTTP/1.x request head from the bytes a connection has received so far.
///
/// It is strict where leniency lets requests be read two ways (RFC 9112 §11.2, request
/// smuggling): no folded header lines, no space before a header's colon, no bare CR, no NUL,
/// one `Host` and consistent `Content-Length`s. It accepts a bare LF as a line end and ignores
/// empty lines before the request line, as RFC 9112 §2.2 allows.
struct HTTPRequestParser: Sendable {
    /// Size limits that keep a connection's memory bounded.
    struct Limits: Sendable {
        /// The longest request line; a longer one gets 414.
        var requestLineBytes = 8 * 1024
        /// The most bytes all header lines may take together; more gets 431.
        var headerBytes = 32 * 1024
        /// The most header fields; more gets 431.
        var headerCount = 100
    }

    /// What the bytes hold so far.
    enum Outcome: Equatable, Sendable {
        /// The head is not complete yet; read more.
        case incomplete
        /// A complete head of `length` bytes, counted from the start of the buffer.
        case request(HTTPRequest, length: Int)
        /// The bytes are not an acceptable request; answer with `status` and close.
        case failure(HTTPStatus, reason: String)
    }

    var limits = Limits()

    func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        var start = 0
        while start < bytes.count, bytes[start] == .carriageReturn || bytes[start] == .lineFeed {
            start += 1
        }
        guard let lineEnd = firstLineFeed(in: bytes, from: start) else {
            return bytes.count - start > limits.requestLineBytes
                ? .failure(.uriTooLong, reason: "the request line is longer than \(limits.requestLineBytes) bytes")
                : .incomplete
        }
        let line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
        guard let content = stripCarriageReturn(line) else {
            return .failure(.badRequest, reason: "stray carriage return in the request line")
        }
        guard content.count <= limits.requestLineBytes else {
            return .failure(.uriTooLong, reason: "the request line is longer than \(limits.requestLineBytes) bytes")
        }
        var request: HTTPRequest
        switch parseRequestLine(content) {
        case let .success(parsed): request = parsed
        case let .failure(failure): return .failure(failure)
        }

        let headersStart = lineEnd + 1
        var position = headersStart
        while true {
            guard let end = firstLineFeed(in: bytes, from: position) else {
                return bytes.count - headersStart > limits.headerBytes ? tooLarge() : .incomplete
            }
            guard end + 1 - headersStart <= limits.headerBytes else { return tooLarge() }
            let raw = UnsafeBufferPointer(rebasing: bytes[position..<end])
            position = end + 1
            guard let field = stripCarriageReturn(raw) else {
                return .failure(.badRequest, reason: "stray carriage return in a header line")
            }
            if field.isEmpty { break }
            guard request.headers.count < limits.headerCount else { return tooLarge() }
            switch parseHeaderField(field) {
            case let .success(header): request.headers.append(header)
            case let .failure(failure): return .failure(failure)
            }
        }
        if let problem = framingProblem(in: request) {
            return .failure(.badRequest, reason: problem)
        }
        return .request(request, length: position)
    }

    private func tooLarge() -> Outcome {
        .failure(.headerFieldsTooLarge, reason: "more than \(limits.headerCount) header fields or \(limits.headerBytes) bytes of them")
    }

    private func firstLineFeed(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == .lineFeed { return index }
            index += 1
        }
        return nil
    }

    /// The line without its final CR, or `nil` if a CR appears anywhere else.
    private func stripCarriageReturn(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        var content = line
        if let last = line.last, last == .carriageReturn {
            content = UnsafeBufferPointer(rebasing: line[..<(line.count - 1)])
        }
        return content.contains(.carriageReturn) ? nil : content
    }

    private func parseRequestLine(_ line: UnsafeBufferPointer<UInt8>) -> Result<HTTPRequest, ParseFailure> {
        let parts = line.split(separator: .space, maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            return .failure(ParseFailure(.badRequest, "the request line is not 'METHOD target HTTP/1.1'"))
        }
        let method = parts[0], target = parts[1], version = parts[2]
        guard !method.isEmpty, method.allSatisfy(\.isTokenCharacter) else {
            return .failure(ParseFailure(.badRequest, "the method is not a token"))
        }
        guard !target.isEmpty, target.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            return .failure(ParseFailure(.badRequest, "the request target has spaces, controls or raw non-ASCII bytes"))
        }
        let minor: Int
        switch Array(version) {
        case Array("HTTP/1.1".utf8): minor = 1
        case Array("HTTP/1.0".utf8): minor = 0
        case let other where other.count == 8 && other.starts(with: "HTTP/".utf8)
            && other[5].isDigit && other[6] == UInt8(ascii: ".") && other[7].isDigit:
            return .failure(ParseFailure(.versionNotSupported, "only HTTP/1.0 and HTTP/1.1 are supported"))
        default:
            return .failure(ParseFailure(.badRequest, "the protocol version is not HTTP/1.x"))
        }
        return .success(HTTPRequest(
            method: String(decoding: method, as: UTF8.self),
            target: String(decoding: target, as: UTF8.self),
            minorVersion: minor,
            headers: []))
    }

    private func parseHeaderField(_ line: UnsafeBufferPointer<UInt8>) -> Result<(name: String, value: String), ParseFailure> {
        guard let first = line.first, first != .space, first != .tab else {
            return .failure(ParseFailure(.badRequest, "folded header lines are not allowed"))
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
            return .failure(ParseFailure(.badRequest, "a header line has no colon"))
        }
        let name = line[..<colon]
        guard !name.isEmpty, name.allSatisfy(\.isTokenCharacter) else {
            return .failure(ParseFailure(.badRequest, "a header name is empty or not a token"))
        }
        let value = line[(colon + 1)...]
        guard value.allSatisfy({ $0 == .tab || ($0 >= 0x20 && $0 != 0x7F) }) else {
            return .failure(ParseFailure(.badRequest, "a header value holds a control character"))
        }
        let lowercased = name.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }
        return .success((
            String(decoding: lowercased, as: UTF8.self),
            String(decoding: value, as: UTF8.self).trimmingSpaces()))
    }

    private func framingProblem(in request: HTTPRequest) -> String? {
        let hosts = request.headerValues("host")
        if request.minorVersion == 1 && hosts.count != 1 {
            return "an HTTP/1.1 request needs exactly one Host header"
        }
        let lengths = request.headerValues("content-length")
            .flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
            .map { $0.trimmingSpaces() }
        guard lengths.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(\.isDigit) }) else {
            return "Content-Length is not a number"
        }
        if Set(lengths).count > 1 { return "conflicting Content-Length values" }
        return nil
    }
}

private struct ParseFailure: Error {
    let status: HTTPStatus
    let reason: String

    init(_ status: HTTPStatus, _ reason: String) {
        self.status = status
        self.reason = reason
    }
}

extension HTTPRequestParser.Outcome {
    fileprivate static func failure(_ failure: ParseFailure) -> Self {
        .failure(failure.status, reason: failure.reason)
    }
}

extension UInt8 {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20

    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }

    /// Whether the byte may appear in an HTTP token (RFC 9110 §5.6.2).
    var isTokenCharacter: Bool {
        switch self {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(self)
        }
    }
}
