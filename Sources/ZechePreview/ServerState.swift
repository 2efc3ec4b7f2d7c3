import Synchronization

/// What the server's public methods share with its event-loop thread, behind one lock.
final class ServerState: Sendable {
    struct Contents: Sendable {
        var snapshot: SiteSnapshot
        var liveReload: LiveReloadState
        /// Messages for the open event streams that the loop has not sent yet, numbered so
        /// that a stream opened after a message was recorded does not get it twice.
        var pendingMessages: [(number: Int, bytes: [UInt8])] = []
        var messageCount = 0
        var isStopping = false
    }

    let contents: Mutex<Contents>
    /// Updated by the loop; read by anyone.
    let connectionCount = Atomic<Int>(0)
    /// The `Host` values answered.
    let hosts: HostAllowlist

    init(snapshot: SiteSnapshot, liveReload: LiveReloadState, hosts: HostAllowlist) {
        contents = Mutex(Contents(snapshot: snapshot, liveReload: liveReload))
        self.hosts = hosts
    }

    /// The snapshot, the live-reload state and the number of messages recorded so far.
    func responderAndMessageCount() -> (SiteResponder, Int) {
        contents.withLock { state in
            (SiteResponder(snapshot: state.snapshot, liveReload: state.liveReload, hosts: hosts), state.messageCount)
        }
    }
}
