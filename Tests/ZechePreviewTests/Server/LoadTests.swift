import Foundation
import Synchronization
import Testing
@testable import ZechePreview

@Suite struct LoadTests {
    @Test(arguments: [(PollerKind.automatic, 200, 100), (.poll, 50, 40)])
    func manyConcurrentKeptAliveClientsGetEveryAnswerRight(poller: PollerKind, clients: Int, requestsPerClient: Int) throws {
        try withServer(.testing(poller: poller)) { server in
            let paths = ["/index.html", "/assets/site.css", "/2026/11/austausch/", "/nope", "/images/photo.png"]
            let expectedStatus = [200, 200, 200, 404, 200]
            let lengths = try paths.map { try fetch($0, from: server).body.count }
            let failures = Mutex<[String]>([])
            let finished = DispatchGroup()
            for client in 0..<clients {
                finished.enter()
                let thread = Thread {
                    defer { finished.leave() }
                    do {
                        let connection = try RawHTTPClient(port: server.port, timeout: .seconds(60))
                        for request in 0..<requestsPerClient {
                            let index = (client + request) % paths.count
                            try connection.request(paths[index])
                            let response = try connection.readResponse()
                            if response.status != expectedStatus[index] || response.body.count != lengths[index] {
                                failures.withLock { $0.append("\(paths[index]): \(response.status), \(response.body.count) bytes") }
                            }
                        }
                    } catch {
                        failures.withLock { $0.append("client \(client): \(error)") }
                    }
                }
                thread.stackSize = 256 * 1024
                thread.start()
            }
            #expect(finished.wait(timeout: .now() + 300) == .success)
            let errors = failures.withLock { $0 }
            #expect(errors.isEmpty, "\(errors.count) failures, first: \(errors.prefix(3))")
        }
    }
}
