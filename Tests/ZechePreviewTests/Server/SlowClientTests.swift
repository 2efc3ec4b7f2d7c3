import Foundation
import Testing
@testable import ZechePreview

/// Clients that ask for a large page and never read it cost the server no copy of the page:
/// what a connection queues shares the snapshot's bytes (the live-reload script goes between
/// two slices of the page), and a client that accepts nothing for the idle timeout is closed.
@Suite(.serialized) struct SlowClientTests {
    /// A 12 MB page, as a very long article makes.
    static let bigPage: [UInt8] = Array("<!DOCTYPE html><html><body><p>".utf8)
        + [UInt8](repeating: UInt8(ascii: "a"), count: 12 << 20) + Array("</p></body></html>\n".utf8)

    @Test("A page is sent as slices of the snapshot's bytes around the live-reload script, not as a copy")
    func responsesShareTheSnapshot() throws {
        let snapshot = SiteSnapshot(files: ["/gross.html": Self.bigPage])
        let responder = SiteResponder(snapshot: snapshot, liveReload: LiveReloadState(instance: "t"), hosts: HostAllowlist(listeningOn: "127.0.0.1", port: 80))
        let request = HTTPRequest(method: "GET", target: "/gross.html", minorVersion: 1, headers: [("host", "localhost")])
        let response = responder.respond(to: request)
        #expect(response.status == .ok)
        #expect(response.bodyParts.count == 3)
        let page = try #require(snapshot.file(at: "/gross.html"))
        page.bytes.withUnsafeBufferPointer { stored in
            response.bodyParts[0].withUnsafeBufferPointer { sent in
                #expect(sent.baseAddress == stored.baseAddress, "the page's first part is not the snapshot's own bytes")
            }
        }
        #expect(response.body == HTMLInjection.inject(LiveReloadState(instance: "t").scriptElement, into: Self.bigPage))
    }

    @Test("Forty clients that ask for a 12 MB page and never read it leave the server's memory where it was")
    func fortyNonReadingClients() async {
        // In a process of its own, so that what other tests allocate meanwhile does not count.
        let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
            let grown = try SlowClientTests.memoryGrowthWithNonReadingClients(40)
            FileHandle.standardError.write(Data("resident memory grew by \(grown >> 20) MB with 40 clients that do not read a 12 MB page\n".utf8))
            // A private copy per client was 40 × 12 MB = 480 MB; shared, the growth is the
            // connections' bookkeeping.
            if grown >= 64 << 20 { exit(1) }
        }
        if let result { print("SlowClientTests: " + String(decoding: result.standardErrorContent, as: UTF8.self), terminator: "") }
    }

    static func memoryGrowthWithNonReadingClients(_ count: Int) throws -> Int {
        try withServer(snapshot: .fixture.updating(["/gross.html": bigPage])) { server in
            // Warm up: one client reads the page whole, so that the snapshot's pages are in.
            _ = try fetch("/gross.html", from: server)
            let before = AbuseTests.residentBytes()
            let clients = try (0..<count).map { _ in
                let client = try RawHTTPClient(port: server.port)
                try client.request("/gross.html")
                return client
            }
            // Answered in order by the one loop: when the last one's head arrives, all were queued.
            for client in clients { _ = try client.readHead() }
            let after = AbuseTests.residentBytes()
            for client in clients { client.close() }
            return after - before
        }
    }

    @Test("A client that stops reading is closed after the idle timeout")
    func stalledReaderIsClosed() throws {
        var configuration = PreviewServer.Configuration.testing(idleTimeout: .milliseconds(400))
        configuration.heartbeatInterval = .seconds(30)
        try withServer(configuration, snapshot: .fixture.updating(["/gross.html": Self.bigPage])) { server in
            let client = try RawHTTPClient(port: server.port)
            try client.request("/gross.html")
            _ = try client.readHead()
            #expect(eventually { server.connectionCount == 0 }, "\(server.connectionCount) connections are still open")
        }
    }
}
