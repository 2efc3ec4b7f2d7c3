import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The local preview server of `zeche serve`: serves a site snapshot from memory over
/// HTTP/1.1, with live reload.
///
/// ```swift
/// let server = try PreviewServer.start(configuration: .init(port: 0), snapshot: snapshot)
/// print("Preview at \(server.url)")
/// server.publish(rebuilt)        // after a rebuild: swap the site in…
/// server.notify(.reload)         // …and reload the open pages
/// server.notify(.error(lines))   // or show why the build failed
/// server.stop()
/// ```
///
/// All methods are safe to call from any thread. The server runs one thread of its own, from
/// `start` until `stop` (or until the last reference goes away).
public final class PreviewServer: Sendable {
    /// The host the server listens on, as configured.
    public let host: String
    /// The port the server listens on: the configured one, or the one the system picked for 0.
    public let port: Int

    private let state: ServerState
    private let wake: WakePipe
    private let thread: Mutex<JoinableThread?>

    private init(host: String, port: Int, state: ServerState, wake: WakePipe, thread: JoinableThread) {
        self.host = host
        self.port = port
        self.state = state
        self.wake = wake
        self.thread = Mutex(thread)
    }

    /// Binds the configured address and starts serving `snapshot`.
    ///
    /// Throws `PreviewServerError.portInUse` when another process has the port, and other
    /// `PreviewServerError`s when the host is unknown or the system is out of resources.
    public static func start(configuration: Configuration = Configuration(), snapshot: SiteSnapshot = .empty) throws(PreviewServerError) -> PreviewServer {
        let (listener, port) = try Socket.openListener(host: configuration.host, port: configuration.port, backlog: 1024)
        guard let wake = WakePipe() else {
            closeDescriptor(listener)
            throw .system(operation: "pipe", code: EMFILE)
        }
        let instance = String(UInt64.random(in: .min ... .max), radix: 36)
        let state = ServerState(snapshot: snapshot, liveReload: LiveReloadState(instance: instance),
                                hosts: HostAllowlist(listeningOn: configuration.host, port: port))
        let thread = JoinableThread {
            // Made on the loop's thread, which alone uses it.
            let poller = configuration.pollerKind.make()
            EventLoop(listener: listener, wake: wake, state: state, configuration: configuration, poller: poller).run()
        }
        guard let thread else {
            wake.close()
            closeDescriptor(listener)
            throw .system(operation: "pthread_create", code: EAGAIN)
        }
        return PreviewServer(host: configuration.host, port: port, state: state, wake: wake, thread: thread)
    }

    /// The address to open in a browser, such as `http://127.0.0.1:8000/`.
    public var url: String {
        let address = host.contains(":") ? "[\(host)]" : host
        return "http://\(address):\(port)/"
    }

    /// Serves `snapshot` from now on. Requests already being answered finish with the old one.
    public func publish(_ snapshot: SiteSnapshot) {
        state.contents.withLock { $0.snapshot = snapshot }
    }

    /// Serves `change(snapshot)` from now on, in one step: two callers that both change the
    /// snapshot never lose each other's files.
    public func update(_ change: (SiteSnapshot) -> SiteSnapshot) {
        state.contents.withLock { $0.snapshot = change($0.snapshot) }
    }

    /// The snapshot being served.
    public var snapshot: SiteSnapshot {
        state.contents.withLock { $0.snapshot }
    }

    /// Tells every open page about a rebuild (see `LiveReloadEvent`). After a successful
    /// rebuild, `publish` the new snapshot first, then notify, so reloaded pages get new files.
    public func notify(_ event: LiveReloadEvent) {
        state.contents.withLock { contents in
            let message = contents.liveReload.apply(event)
            contents.pendingMessages.append((contents.messageCount, message.bytes))
            contents.messageCount += 1
        }
        wake.wake()
    }

    /// The diagnostics of the last failed build that pages show, or none after a success.
    public var buildErrors: [String] {
        state.contents.withLock { $0.liveReload.errors }
    }

    /// The number of open client connections, live-reload streams included.
    public var connectionCount: Int {
        state.connectionCount.load(ordering: .relaxed)
    }

    /// Closes the listening socket and every connection, and waits for the server's thread to
    /// end. Calling it again does nothing.
    public func stop() {
        guard let thread = thread.withLock({ slot in slot.take() }) else { return }
        state.contents.withLock { $0.isStopping = true }
        wake.wake()
        thread.join()
        wake.close()
    }

    deinit {
        stop()
    }
}
