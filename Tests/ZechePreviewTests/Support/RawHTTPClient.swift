import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A blocking loopback client that sends exactly the bytes a test gives it, so tests can send
/// what no well-behaved HTTP library would: half requests, bad encodings, pipelined batches.
///
/// Every read gives up after `timeout`, so a server bug fails the test instead of hanging it.
final class RawHTTPClient {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// A response as read from the wire.
    struct Response {
        let status: Int
        /// Header fields with lowercased names; repeated names keep the last value.
        let headers: [String: String]
        let body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    private let descriptor: Int32
    /// The server's port; `request` names it in the Host header, as a browser does.
    let port: Int
    private var buffer: [UInt8] = []
    private var isClosed = false

    init(port: Int, timeout: Duration = .seconds(10)) throws {
        self.port = port
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket failed") }
        var time = timeval(tv_sec: Int(timeout.components.seconds), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard status == 0 else {
            Glibc.close(descriptor)
            throw Failure(description: "connect failed: \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        close()
    }

    func close() {
        guard !isClosed else { return }
        isClosed = true
        Glibc.close(descriptor)
    }

    /// Closes the sending direction, as `nc -N` or `curl` with an upload do after the request.
    func shutdownSending() {
        shutdown(descriptor, Int32(SHUT_WR))
    }

    /// Sends `text` as UTF-8, exactly as written (write `\r\n` yourself), except that the
    /// header line `Host: x` stands for the server's own address (`Host: 127.0.0.1:PORT`),
    /// which the preview requires (it refuses other names, against DNS rebinding).
    func send(_ text: String) throws {
        try send(Array(text.replacingOccurrences(of: "\nHost: x\r\n", with: "\nHost: 127.0.0.1:\(port)\r\n")
            .replacingOccurrences(of: "\nHost: x\n", with: "\nHost: 127.0.0.1:\(port)\n").utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw Failure(description: "send failed: \(String(cString: strerror(errno)))") }
            offset += sent
        }
    }

    /// Sends a GET (or another method) for `target` with a Host header and `extraHeaders`.
    func request(_ target: String, method: String = "GET", extraHeaders: String = "") throws {
        try send("\(method) \(target) HTTP/1.1\r\nHost: localhost:\(port)\r\n\(extraHeaders)\r\n")
    }

    /// Reads one response; `hasBody: false` for answers to HEAD requests.
    func readResponse(hasBody: Bool = true) throws -> Response {
        let headEnd = try readUntil(Array("\r\n\r\n".utf8))
        let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, statusLine[0] == "HTTP/1.1", let status = Int(statusLine[1]) else {
            throw Failure(description: "bad status line in \(head)")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { throw Failure(description: "bad header \(line)") }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body: [UInt8] = []
        if hasBody, status != 304, let length = headers["content-length"].flatMap({ Int($0) }) {
            while buffer.count < length { try fill() }
            body = Array(buffer[..<length])
            buffer.removeFirst(length)
        }
        return Response(status: status, headers: headers, body: body)
    }

    /// Reads only the next response's status line and fields, and returns its status; the
    /// body stays unread (in the socket, or in part in this client's buffer).
    func readHead() throws -> Int {
        let headEnd = try readUntil(Array("\r\n\r\n".utf8))
        let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        let statusLine = head.prefix { $0 != "\r" }.split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw Failure(description: "bad status line in \(head)") }
        return status
    }

    /// Reads up to and including the next blank line of an event stream.
    func readEventBlock() throws -> String {
        let end = try readUntil(Array("\n\n".utf8))
        let block = String(decoding: buffer[..<end], as: UTF8.self)
        buffer.removeFirst(end + 2)
        return block
    }

    /// The next event block whose name is not one of `skipped` (the editors' overview sends
    /// `overview` after each rebuild, which other pages ignore).
    func readEventBlock(skipping skipped: Set<String>) throws -> String {
        while true {
            let block = try readEventBlock()
            guard let name = block.split(separator: "\n").first(where: { $0.hasPrefix("event: ") })?.dropFirst("event: ".count),
                  skipped.contains(String(name)) else { return block }
        }
    }

    /// Reads until the server closes the connection and returns what arrived; throws if the
    /// connection is still open after the timeout.
    func readUntilClosed() throws -> [UInt8] {
        while true {
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count == 0 { return buffer }
            if count < 0 {
                if errno == ECONNRESET { return buffer }
                throw Failure(description: "the server did not close the connection: \(String(cString: strerror(errno)))")
            }
            buffer += chunk[..<count]
        }
    }

    private func readUntil(_ marker: [UInt8]) throws -> Int {
        var searchStart = 0
        while true {
            if buffer.count >= marker.count {
                for start in searchStart...(buffer.count - marker.count) where buffer[start..<(start + marker.count)].elementsEqual(marker) {
                    return start
                }
                searchStart = buffer.count - marker.count + 1
            }
            try fill()
        }
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count == 0 { throw Failure(description: "the server closed the connection") }
        if count < 0 { throw Failure(description: "read failed: \(String(cString: strerror(errno)))") }
        buffer += chunk[..<count]
    }
}
