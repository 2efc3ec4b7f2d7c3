/// What a poller should report for a descriptor.
struct PollInterest: OptionSet, Sendable {
    let rawValue: UInt8
    static let read = PollInterest(rawValue: 1)
    static let write = PollInterest(rawValue: 2)
}

/// One descriptor that is ready.
struct PollEvent: Sendable {
    let descriptor: Int32
    let isReadable: Bool
    let isWritable: Bool
    /// The peer hung up or the socket has an error; a read will tell which.
    let isHangUp: Bool
}

/// Waits for descriptors to become ready: level-triggered, so a descriptor that is still ready
/// is reported again on the next wait.
///
/// A poller belongs to the one thread that runs the event loop.
protocol Poller: AnyObject {
    func register(_ descriptor: Int32, interest: PollInterest) -> Bool
    func update(_ descriptor: Int32, interest: PollInterest)
    func unregister(_ descriptor: Int32)
    /// Waits up to `timeoutMilliseconds` and replaces `events` with the ready descriptors.
    func wait(timeoutMilliseconds: Int32, events: inout [PollEvent])
    /// Releases the poller's own descriptor, if it has one.
    func close()
}

/// Which mechanism the event loop waits with.
enum PollerKind: Sendable {
    /// `epoll` on Linux, `poll` elsewhere.
    case automatic
    /// Always `poll`; tests use it to exercise the fallback on Linux.
    case poll

    /// A new poller of this kind; `poll` stands in if epoll cannot be had.
    func make() -> any Poller {
        #if os(Linux)
        if self == .automatic, let epoll = EpollPoller() { return epoll }
        #endif
        return PollPoller()
    }
}
