#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One client's socket with its unparsed input and unsent output. Owned by the event loop
/// thread; a class because the loop finds it by descriptor and changes it in place.
final class ClientConnection {
    enum Phase: Equatable {
        /// Reading requests and answering them in order.
        case http
        /// Streaming live-reload messages; input is read and dropped.
        case eventStream
        /// Sending the last response; then the sending side is shut down.
        case closingAfterWrite
        /// Sending is done; reading until the client closes or `deadline`, so that unread
        /// input does not make the kernel reset the connection before the client has read the
        /// response (the "lingering close" of RFC 9112 §9.6).
        case lingering(deadline: ContinuousClock.Instant)
    }

    /// What `flush` achieved.
    enum FlushResult {
        case sentEverything
        case wouldBlock
        case failed
    }

    let descriptor: Int32
    var phase = Phase.http
    /// The interest registered with the poller, to skip needless updates.
    var interest: PollInterest = .read
    /// The client closed its sending side; answer what was received, then close.
    var peerClosed = false
    /// When the first byte of a request that is still incomplete arrived.
    var requestStartedAt: ContinuousClock.Instant?
    /// The last time bytes moved in either direction.
    var lastActivity: ContinuousClock.Instant
    var lastHeartbeat: ContinuousClock.Instant
    /// For event streams: messages numbered below this were already in the greeting.
    var firstMessageNumber = 0

    private var input: [UInt8] = []
    private var inputStart = 0
    private var output: [ArraySlice<UInt8>] = []
    private var outputStart = 0
    private(set) var pendingOutputBytes = 0

    init(descriptor: Int32, now: ContinuousClock.Instant) {
        self.descriptor = descriptor
        lastActivity = now
        lastHeartbeat = now
    }

    /// The number of received bytes not yet consumed.
    var bufferedInputBytes: Int { input.count - inputStart }

    func appendInput(_ bytes: UnsafeRawBufferPointer) {
        input.append(contentsOf: bytes)
    }

    /// Calls `body` with the unconsumed input; `body` returns how many bytes it consumed.
    func consumeInput<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> (consumed: Int, result: Result)) -> Result {
        let (consumed, result) = input.withUnsafeBufferPointer { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[inputStart...]))
        }
        inputStart += consumed
        if inputStart == input.count {
            input.removeAll(keepingCapacity: input.capacity <= 64 * 1024)
            inputStart = 0
        } else if inputStart > 16 * 1024 {
            input.removeFirst(inputStart)
            inputStart = 0
        }
        return result
    }

    func discardInput() {
        input.removeAll()
        inputStart = 0
    }

    /// Queues bytes to send; big bodies are shared with the snapshot, not copied.
    func enqueue(_ bytes: ArraySlice<UInt8>) {
        guard !bytes.isEmpty else { return }
        output.append(bytes)
        pendingOutputBytes += bytes.count
    }

    /// Sends as much queued output as the socket takes now.
    func flush(now: ContinuousClock.Instant) -> FlushResult {
        while outputStart < output.count {
            let sent = Socket.send(descriptor, output[outputStart...])
            if sent < 0 {
                if errno == EINTR { continue }
                return errno == EAGAIN || errno == EWOULDBLOCK ? .wouldBlock : .failed
            }
            lastActivity = now
            pendingOutputBytes -= sent
            var remaining = sent
            while remaining > 0, outputStart < output.count {
                let chunk = output[outputStart]
                if chunk.count <= remaining {
                    remaining -= chunk.count
                    outputStart += 1
                } else {
                    output[outputStart] = chunk.dropFirst(remaining)
                    remaining = 0
                }
            }
        }
        output.removeAll(keepingCapacity: true)
        outputStart = 0
        return .sentEverything
    }
}
