#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension EventLoop {
    /// Parses and answers the complete requests in a connection's input, in order, until the
    /// queued output reaches the high-water mark; returns true when it stopped because no
    /// complete request is left.
    func answerRequests(_ connection: ClientConnection, now: ContinuousClock.Instant) -> Bool {
        var responder: SiteResponder?
        var messageCount = 0
        while connection.phase == .http && connection.pendingOutputBytes < Self.outputHighWater {
            let outcome = connection.consumeInput { bytes -> (consumed: Int, result: HTTPRequestParser.Outcome) in
                let outcome = parser.parse(bytes)
                if case let .request(_, length) = outcome { return (length, outcome) }
                return (0, outcome)
            }
            switch outcome {
            case .incomplete:
                if connection.bufferedInputBytes == 0 { connection.requestStartedAt = nil }
                return true
            case let .failure(status, reason):
                send(.plain(status, reason), to: connection, keepAlive: false, now: now)
                return true
            case let .request(request, _):
                connection.requestStartedAt = connection.bufferedInputBytes > 0 ? now : nil
                if responder == nil {
                    (responder, messageCount) = state.responderAndMessageCount()
                }
                guard let responder else { return true }
                answer(request, with: responder, messageCount: messageCount, on: connection, now: now)
            }
        }
        return connection.phase != .http
    }

    private func answer(_ request: HTTPRequest, with responder: SiteResponder, messageCount: Int, on connection: ClientConnection, now: ContinuousClock.Instant) {
        let response = responder.respond(to: request)
        if response.isEventStream && response.sendsBody {
            connection.enqueue(response.head(date: dateText(), keepAlive: true, keepAliveTimeout: idleSeconds)[...])
            connection.enqueue(responder.liveReload.greeting[...])
            connection.phase = .eventStream
            connection.firstMessageNumber = messageCount
            connection.lastHeartbeat = now
            connection.requestStartedAt = nil
            connection.discardInput()
            eventStreams.insert(connection.descriptor)
            return
        }
        send(response, to: connection, keepAlive: request.wantsKeepAlive && !response.closesConnection, now: now)
    }

    /// Queues `response`; without keep-alive the connection then only finishes sending.
    func send(_ response: HTTPResponse, to connection: ClientConnection, keepAlive: Bool, now: ContinuousClock.Instant) {
        connection.enqueue(response.head(date: dateText(), keepAlive: keepAlive, keepAliveTimeout: idleSeconds)[...])
        if response.sendsBody {
            for part in response.bodyParts { connection.enqueue(part) }
        }
        if !keepAlive {
            connection.phase = .closingAfterWrite
            connection.requestStartedAt = nil
            connection.discardInput()
        }
    }

    /// Sends the live-reload messages recorded since the last wake to every open stream;
    /// returns true when the server is stopping.
    func broadcastPendingMessages(now: ContinuousClock.Instant) -> Bool {
        let (messages, isStopping) = state.contents.withLock { contents in
            defer { contents.pendingMessages.removeAll() }
            return (contents.pendingMessages, contents.isStopping)
        }
        if isStopping { return true }
        guard !messages.isEmpty else { return false }
        for descriptor in eventStreams {
            guard let connection = connections[descriptor] else { continue }
            for message in messages where message.number >= connection.firstMessageNumber {
                connection.enqueue(message.bytes[...])
            }
            drive(connection, now: now)
        }
        return false
    }

    /// Closes connections that idled or stalled, sends heartbeats, and resumes accepting.
    func sweep(now: ContinuousClock.Instant) {
        if isAcceptPaused, poller.register(listener, interest: .read) {
            isAcceptPaused = false
        }
        for connection in Array(connections.values) {
            let idle = now - connection.lastActivity
            let isStalled = connection.pendingOutputBytes > 0 && idle > configuration.idleTimeout
            switch connection.phase {
            case .http:
                if isStalled {
                    close(connection)
                } else if let started = connection.requestStartedAt, connection.pendingOutputBytes == 0,
                          now - started > configuration.requestHeadTimeout {
                    send(.plain(.requestTimeout, "the request head did not arrive in time"), to: connection, keepAlive: false, now: now)
                    drive(connection, now: now)
                } else if connection.bufferedInputBytes == 0, connection.pendingOutputBytes == 0,
                          idle > configuration.idleTimeout {
                    close(connection)
                }
            case .eventStream:
                if isStalled || connection.pendingOutputBytes > Self.outputHighWater {
                    close(connection)
                } else if now - connection.lastHeartbeat >= configuration.heartbeatInterval {
                    connection.lastHeartbeat = now
                    connection.enqueue(ServerSentEvent.heartbeat[...])
                    drive(connection, now: now)
                }
            case .closingAfterWrite:
                if isStalled { close(connection) }
            case let .lingering(deadline):
                if now >= deadline { close(connection) }
            }
        }
    }

    private var idleSeconds: Int {
        max(1, Int(configuration.idleTimeout.components.seconds))
    }

    private func dateText() -> String {
        date.text(secondsSince1970: Int(time(nil)))
    }
}
