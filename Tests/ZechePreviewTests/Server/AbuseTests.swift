import Foundation
import Synchronization
import Testing
@testable import ZechePreview
#if canImport(Glibc)
import Glibc
#endif

/// The preview server under abuse that the other suites do not cover: a thousand idle
/// connections, and rounds of every kind of misbehaviour at once, after which the process's
/// memory has not grown with the rounds. (Slow senders, oversized heads, pipelining and
/// clients that vanish mid-response one at a time are in RobustnessTests, BadRequestTests
/// and ConnectionTests.)
@Suite(.serialized) struct AbuseTests {
    /// Raises the soft limit on open files so that 1,000 clients and the 1,000 connections the
    /// server accepts for them fit in this one process; returns the limit now in force.
    static func raiseOpenFileLimit(to wanted: rlim_t) -> rlim_t {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 0 }
        if limit.rlim_cur < wanted {
            limit.rlim_cur = min(wanted, limit.rlim_max)
            _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
            _ = getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        }
        return limit.rlim_cur
    }

    /// The resident set size of this process in bytes, from /proc/self/statm.
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    static let canHoldAThousandClients = raiseOpenFileLimit(to: 4_096) >= 2_200

    @Test("A thousand idle connections do not keep the server from answering others",
          .enabled(if: canHoldAThousandClients, "the open-file limit cannot be raised to 2,200 here"))
    func aThousandIdleConnections() throws {
        try withServer(.testing(poller: .automatic)) { server in
            // The page as served (with the live reload script) before the crowd arrives.
            let expected = try fetch("/index.html", from: server).body
            #expect(eventually { server.connectionCount == 0 })
            let idle = try (0..<1_000).map { _ in try RawHTTPClient(port: server.port) }
            #expect(eventually { server.connectionCount == 1_000 }, "\(server.connectionCount) connections")
            let client = try RawHTTPClient(port: server.port)
            for _ in 0..<100 {
                try client.request("/index.html")
                let response = try client.readResponse()
                #expect(response.status == 200)
                #expect(response.body == expected, "a different page of \(response.body.count) bytes")
            }
            // Half of the idle ones wake up and ask, too.
            for connection in idle.prefix(500) {
                try connection.request("/robots.txt")
                #expect(try connection.readResponse().status == 200)
            }
            for connection in idle { connection.close() }
            client.close()
            #expect(eventually { server.connectionCount == 0 }, "\(server.connectionCount) connections left")
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    @Test("Rounds of idle, slow, oversized, pipelined and vanishing clients leave memory where it was",
          .enabled(if: canHoldAThousandClients, "the open-file limit cannot be raised to 2,200 here"))
    func memoryStaysBounded() async {
        // In a process of its own, so that what other tests allocate meanwhile does not count.
        let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
            _ = AbuseTests.raiseOpenFileLimit(to: 4_096)
            let (before, after) = try AbuseTests.residentMemoryAroundRounds()
            FileHandle.standardError.write(Data("resident memory \(before >> 20) MB after the first round, \(after >> 20) MB after five more\n".utf8))
            // Generous: one 16 MB response held for good would be 80 MB after five rounds.
            if after - before >= 48 << 20 { exit(1) }
        }
        if let result { print("AbuseTests: " + String(decoding: result.standardErrorContent, as: UTF8.self), terminator: "") }
    }

    /// The resident memory after a first round of abuse (which warms up allocator pools and
    /// the snapshot's pages) and after five more.
    static func residentMemoryAroundRounds() throws -> (before: Int, after: Int) {
        let big = [UInt8](repeating: 0x62, count: 16 << 20)
        var configuration = PreviewServer.Configuration.testing(requestHeadTimeout: .milliseconds(500))
        configuration.idleTimeout = .seconds(30)
        return try withServer(configuration, snapshot: .fixture.updating(["/big.bin": big])) { server in
            func check(_ condition: Bool, _ what: String) throws {
                if !condition { throw Failure(description: what) }
            }
            func round() throws {
                let idle = try (0..<500).map { _ in try RawHTTPClient(port: server.port) }
                // Slow senders: half a request head each, never finished.
                let slow = try (0..<200).map { _ in
                    let client = try RawHTTPClient(port: server.port)
                    try client.send("GET /index.html HTTP/1.1\r\nHost: loc")
                    return client
                }
                // Oversized heads: 40 KiB of headers, answered with 431.
                let padding = String(repeating: "X-Fill: " + String(repeating: "a", count: 1_000) + "\r\n", count: 40)
                for _ in 0..<50 {
                    let client = try RawHTTPClient(port: server.port)
                    try? client.send("GET / HTTP/1.1\r\nHost: x\r\n" + padding + "\r\n")
                    try check((try? client.readResponse().status) == 431, "an oversized head did not get 431")
                }
                // Pipelined batches of 100 requests, all read.
                for _ in 0..<20 {
                    let client = try RawHTTPClient(port: server.port)
                    try client.send(String(repeating: "GET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\n", count: 100))
                    for _ in 0..<100 { try check(try client.readResponse().status == 200, "a pipelined request failed") }
                }
                // Clients that ask for 16 MB and disconnect after the head or at once.
                for index in 0..<20 {
                    let client = try RawHTTPClient(port: server.port)
                    try client.request("/big.bin")
                    if index.isMultiple(of: 2) { _ = try client.readResponse(hasBody: false) }
                    client.close()
                }
                // Someone well-behaved is still served meanwhile.
                try check(try fetch("/index.html", from: server).status == 200, "a plain request failed during the abuse")
                for client in idle + slow { client.close() }
                try check(eventually { server.connectionCount == 0 }, "\(server.connectionCount) connections left")
            }
            try round()
            let before = residentBytes()
            for _ in 0..<5 { try round() }
            return (before, residentBytes())
        }
    }
}
