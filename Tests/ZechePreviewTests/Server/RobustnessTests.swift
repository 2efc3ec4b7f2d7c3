import Foundation
import Testing
@testable import ZechePreview
#if canImport(Glibc)
import Glibc
#endif

@Suite struct RobustnessTests {
    @Test(arguments: [PollerKind.automatic, .poll])
    func aClientThatStallsHalfwayDoesNotHoldUpAnother(poller: PollerKind) throws {
        try withServer(.testing(poller: poller)) { server in
            let slow = try RawHTTPClient(port: server.port)
            try slow.send("GET /index.html HTTP/1.1\r\nHo")
            let fast = try RawHTTPClient(port: server.port)
            try fast.request("/robots.txt")
            #expect(try fast.readResponse().status == 200)
            try slow.send("st: 127.0.0.1:\(server.port)\r\n\r\n")
            #expect(try slow.readResponse().status == 200)
        }
    }

    @Test func aClientThatNeverFinishesItsHeadGets408AndIsClosed() throws {
        try withServer(.testing(requestHeadTimeout: .milliseconds(300))) { server in
            let slow = try RawHTTPClient(port: server.port)
            try slow.send("GET /index.html HTTP/1.1\r\nHost: x\r\n")
            let rest = String(decoding: try slow.readUntilClosed(), as: UTF8.self)
            #expect(rest.hasPrefix("HTTP/1.1 408 Request Timeout\r\n"))
        }
    }

    @Test func aClientTricklingHeaderBytesIsClosedAfterTheHeadTimeout() throws {
        try withServer(.testing(requestHeadTimeout: .milliseconds(300))) { server in
            let slow = try RawHTTPClient(port: server.port)
            try slow.send("GET /index.html HTTP/1.1\r\n")
            let closed = eventually {
                // Keeps sending a byte now and then, as slowloris does; the server must close anyway.
                (try? slow.send("X")) == nil
            }
            #expect(closed)
        }
    }

    @Test func anIdleKeptAliveConnectionIsClosed() throws {
        try withServer(.testing(idleTimeout: .milliseconds(300))) { server in
            let client = try RawHTTPClient(port: server.port)
            try client.request("/robots.txt")
            #expect(try client.readResponse().status == 200)
            #expect(try client.readUntilClosed().isEmpty)
            #expect(eventually { server.connectionCount == 0 })
        }
    }

    @Test func aConnectionThatNeverSendsAnythingIsClosed() throws {
        try withServer(.testing(idleTimeout: .milliseconds(300))) { server in
            let client = try RawHTTPClient(port: server.port)
            #expect(try client.readUntilClosed().isEmpty)
        }
    }

    @Test func clientsThatDisconnectMidResponseDoNotLeakOrCrashTheServer() throws {
        let big = [UInt8](repeating: 0x62, count: 16 << 20)
        try withServer(snapshot: .fixture.updating(["/big.bin": big])) { server in
            for index in 0..<20 {
                let client = try RawHTTPClient(port: server.port)
                try client.request("/big.bin")
                if index.isMultiple(of: 2) {
                    // Some read the head first, some leave everything unread.
                    _ = try client.readResponse(hasBody: false)
                }
                client.close()
            }
            let survivor = try RawHTTPClient(port: server.port)
            try survivor.request("/robots.txt")
            #expect(try survivor.readResponse().status == 200)
            survivor.close()
            #expect(eventually { server.connectionCount == 0 }, "\(server.connectionCount) connections left")
        }
    }

    @Test func connectionsOverTheLimitAreClosedRightAway() throws {
        var configuration = PreviewServer.Configuration.testing()
        configuration.maxConnections = 4
        try withServer(configuration) { server in
            let kept = try (0..<4).map { _ in try RawHTTPClient(port: server.port) }
            #expect(eventually { server.connectionCount == 4 })
            let extra = try RawHTTPClient(port: server.port)
            #expect(try extra.readUntilClosed().isEmpty)
            for client in kept {
                try client.request("/robots.txt")
                #expect(try client.readResponse().status == 200)
            }
        }
    }

    @Test func aClientThatSendsMoreThanItReadsIsCutOffWithBoundedBuffers() throws {
        try withServer(.testing(idleTimeout: .milliseconds(500))) { server in
            let client = try RawHTTPClient(port: server.port)
            // Thousands of pipelined requests whose answers are never read: the server must
            // stop reading (the socket buffers fill up) rather than queue answers without end,
            // and close the connection once the client stalls for the idle timeout.
            let request = Array("GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n".utf8)
            var sendFailed = false
            for _ in 0..<2_000 where !sendFailed {
                sendFailed = (try? client.send(Array(repeating: request, count: 50).flatMap { $0 })) == nil
            }
            #expect(eventually { server.connectionCount == 0 })
        }
    }
}
