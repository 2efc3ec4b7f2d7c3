import Foundation
import Synchronization
import ZecheKit
import ZechePreview

#if canImport(Glibc)
import Glibc
#endif

/// Times `zeche serve` from an editor's save to the reload event the browser receives: the
/// file watcher's debounce, the incremental rebuild and the notification together. Serves the
/// site on a free port, opens the live-reload event stream like a page does, then appends a
/// sentence to one article `runs` times. Prints min, median and max in milliseconds, and the
/// rebuild's own share.
func runServeLatencyBenchmark(site: URL, runs: Int = 9) {
    let posts = (try? FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("Content/posts").path))?.sorted() ?? []
    guard !posts.isEmpty else { return print("serve: no articles in \(site.path)") }
    let article = site.appendingPathComponent("Content/posts/" + posts[posts.count / 2])
    guard let original = FileManager.default.contents(atPath: article.path) else { return }
    defer { try? original.write(to: article) }

    let rebuilds = Mutex<[Duration]>([])
    let session: PreviewSession
    do {
        session = try PreviewSession(root: site, options: BuildOptions(includeFuture: true, now: Date()),
                                     configuration: PreviewServer.Configuration(host: "127.0.0.1", port: 0)) { rebuild, changes in
            if changes != nil { rebuilds.withLock { $0.append(rebuild.duration) } }
        }
        try session.watch()
    } catch {
        return print("serve: \(error)")
    }
    defer { session.stop() }
    guard let events = EventStream(port: session.server.port) else { return print("serve: cannot open the event stream") }
    _ = events.next()  // retry
    _ = events.next()  // hello

    var latencies: [Double] = []
    let clock = ContinuousClock()
    for run in 1...runs {
        var edited = original
        edited.append(contentsOf: Data("\nEin Satz aus dem Editor, Nummer \(run).\n".utf8))
        let start = clock.now
        try? edited.write(to: article)
        var sawReload = false
        while !sawReload, let event = events.next() {
            sawReload = event.hasPrefix("event: reload")
        }
        // A closed stream (a refused request, say) must not pass for a fast reload.
        guard sawReload else { return print("serve: the event stream ended without a reload event") }
        latencies.append(milliseconds(clock.now - start))
        Thread.sleep(forTimeInterval: 0.3)
    }
    latencies.sort()
    let rebuildTimes = rebuilds.withLock { $0 }.map(milliseconds).sorted()
    print(String(format: "serve: %d articles; save to reload event: median %.0f ms, min %.0f ms, max %.0f ms (%d saves); the rebuild itself: median %.0f ms",
                 posts.count, latencies[latencies.count / 2], latencies[0], latencies[latencies.count - 1], runs,
                 rebuildTimes.isEmpty ? 0 : rebuildTimes[rebuildTimes.count / 2]))
}

private func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

/// A blocking client of the preview's server-sent events, reading one event block at a time.
private final class EventStream {
    private let descriptor: Int32
    private var buffer: [UInt8] = []

    init?(port: Int) {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET /_zeche/live HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
        _ = next()  // the response head
    }

    deinit { close(descriptor) }

    /// The next block up to a blank line, or `nil` when the connection ends.
    func next() -> String? {
        while true {
            if let end = find([13, 10, 13, 10]) ?? find([10, 10]) {
                let block = String(decoding: buffer[..<end.start], as: UTF8.self)
                buffer.removeFirst(end.next)
                return block
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, 4096, 0) }
            guard count > 0 else { return nil }
            buffer += chunk[..<count]
        }
    }

    private func find(_ marker: [UInt8]) -> (start: Int, next: Int)? {
        guard buffer.count >= marker.count else { return nil }
        for index in 0...(buffer.count - marker.count) where buffer[index..<(index + marker.count)].elementsEqual(marker) {
            return (index, index + marker.count)
        }
        return nil
    }
}
