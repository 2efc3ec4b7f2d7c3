#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The server's single thread: accepts connections, reads requests, writes responses and
/// live-reload messages, and closes connections that idle or stall.
///
/// Every socket is non-blocking and polled level-triggered, so a slow client only ever costs
/// its own connection time. All state here belongs to the loop's thread; other threads reach
/// it only through `ServerState` and the wake pipe.
final class EventLoop {
    /// Bytes of queued output above which a connection's further requests wait (pipelining)
    /// and an event stream counts as stuck.
    static let outputHighWater = 1 << 20
    /// Bytes of unparsed input above which a connection is not read until it catches up.
    static let inputLimit = 64 * 1024
    static let lingerTime = Duration.seconds(2)

    let listener: Int32
    let wake: WakePipe
    let state: ServerState
    let configuration: PreviewServer.Configuration
    let poller: any Poller
    let parser = HTTPRequestParser()
    let clock = ContinuousClock()
    let tick: Duration

    var connections: [Int32: ClientConnection] = [:]
    var eventStreams: Set<Int32> = []
    var isAcceptPaused = false
    var date = HTTPDate()
    private var scratch = [UInt8](repeating: 0, count: 64 * 1024)

    init(listener: Int32, wake: WakePipe, state: ServerState, configuration: PreviewServer.Configuration, poller: any Poller) {
        self.listener = listener
        self.wake = wake
        self.state = state
        self.configuration = configuration
        self.poller = poller
        // Timeouts are checked on every tick, so a tick is a fraction of the shortest one.
        let shortest = min(configuration.idleTimeout, configuration.requestHeadTimeout, configuration.heartbeatInterval)
        tick = max(.milliseconds(10), min(.seconds(1), shortest / 4))
    }

    func run() {
        _ = poller.register(listener, interest: .read)
        _ = poller.register(wake.readEnd, interest: .read)
        var events: [PollEvent] = []
        var nextSweep = clock.now.advanced(by: tick)
        let tickMilliseconds = Int32(tick.components.seconds * 1000 + tick.components.attoseconds / 1_000_000_000_000_000)
        while true {
            poller.wait(timeoutMilliseconds: tickMilliseconds, events: &events)
            let now = clock.now
            for event in events {
                if event.descriptor == listener {
                    acceptConnections(now: now)
                } else if event.descriptor == wake.readEnd {
                    wake.drain()
                    if broadcastPendingMessages(now: now) { return shutDown() }
                } else if let connection = connections[event.descriptor] {
                    service(connection, event: event, now: now)
                }
            }
            if now >= nextSweep {
                sweep(now: now)
                nextSweep = now.advanced(by: tick)
            }
        }
    }

    private func acceptConnections(now: ContinuousClock.Instant) {
        // A bounded batch, so a flood of connects cannot starve the open connections.
        for _ in 0..<64 {
            guard let client = Socket.accept(listener) else {
                if errno == EMFILE || errno == ENFILE {
                    // Out of descriptors: stop accepting until a sweep, instead of spinning on
                    // a listener that stays readable.
                    poller.unregister(listener)
                    isAcceptPaused = true
                }
                return
            }
            guard connections.count < configuration.maxConnections,
                  poller.register(client, interest: .read)
            else {
                closeDescriptor(client)
                continue
            }
            connections[client] = ClientConnection(descriptor: client, now: now)
            state.connectionCount.store(connections.count, ordering: .relaxed)
        }
    }

    private func service(_ connection: ClientConnection, event: PollEvent, now: ContinuousClock.Instant) {
        if event.isReadable || event.isHangUp {
            guard read(connection, now: now) else { return close(connection) }
        }
        drive(connection, now: now)
    }

    /// Reads what the socket has; returns false when the connection should close at once.
    private func read(_ connection: ClientConnection, now: ContinuousClock.Instant) -> Bool {
        let count = scratch.withUnsafeMutableBytes { Socket.receive(connection.descriptor, into: $0) }
        if count < 0 {
            return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR
        }
        if count == 0 {
            connection.peerClosed = true
            // Only a client that may still be waiting for answers is worth keeping.
            return connection.phase == .http && (connection.bufferedInputBytes > 0 || connection.pendingOutputBytes > 0)
        }
        connection.lastActivity = now
        if connection.phase == .http {
            if connection.bufferedInputBytes == 0 { connection.requestStartedAt = now }
            scratch.withUnsafeBytes { connection.appendInput(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
        return true
    }

    /// Answers complete requests, sends what is queued, and moves the connection on.
    func drive(_ connection: ClientConnection, now: ContinuousClock.Instant) {
        var progressed = true
        while progressed {
            progressed = false
            // True once the input holds no complete request; otherwise pipelined requests
            // that waited for the output to drain are answered in the next round.
            var needsInput = false
            if connection.phase == .http && connection.pendingOutputBytes < Self.outputHighWater {
                needsInput = answerRequests(connection, now: now)
            }
            switch connection.flush(now: now) {
            case .failed:
                return close(connection)
            case .wouldBlock:
                break
            case .sentEverything:
                switch connection.phase {
                case .closingAfterWrite:
                    guard !connection.peerClosed else { return close(connection) }
                    Socket.shutdownWrite(connection.descriptor)
                    connection.phase = .lingering(deadline: now.advanced(by: Self.lingerTime))
                case .http:
                    if !needsInput && connection.bufferedInputBytes > 0 {
                        progressed = true
                    } else if connection.peerClosed {
                        // Whatever is left is an incomplete request the client will never finish.
                        return close(connection)
                    }
                default:
                    break
                }
            }
        }
        updateInterest(connection)
    }

    func updateInterest(_ connection: ClientConnection) {
        var interest: PollInterest = []
        switch connection.phase {
        case .http:
            if !connection.peerClosed && connection.pendingOutputBytes < Self.outputHighWater
                && connection.bufferedInputBytes < Self.inputLimit {
                interest.insert(.read)
            }
        case .eventStream, .lingering:
            if !connection.peerClosed { interest.insert(.read) }
        case .closingAfterWrite:
            break
        }
        if connection.pendingOutputBytes > 0 { interest.insert(.write) }
        if interest != connection.interest {
            poller.update(connection.descriptor, interest: interest)
            connection.interest = interest
        }
    }

    func close(_ connection: ClientConnection) {
        poller.unregister(connection.descriptor)
        closeDescriptor(connection.descriptor)
        connections[connection.descriptor] = nil
        eventStreams.remove(connection.descriptor)
        state.connectionCount.store(connections.count, ordering: .relaxed)
    }

    private func shutDown() {
        for connection in Array(connections.values) { close(connection) }
        poller.unregister(listener)
        poller.unregister(wake.readEnd)
        closeDescriptor(listener)
        poller.close()
    }
}
