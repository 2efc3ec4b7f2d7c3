import ZecheKit

/// A POSIX thread that runs one closure and can be joined.
///
/// Foundation's `Thread` cannot be joined; `stop()` of the server and the watcher must return
/// only once their thread has really finished, so that no descriptor is touched afterwards.
final class JoinableThread: Sendable {
    private let thread: PosixThread

    /// Starts a thread that runs `body` once; returns `nil` if the system refuses a new thread.
    init?(_ body: @escaping @Sendable () -> Void) {
        guard let thread = PosixThread.start(body) else { return nil }
        self.thread = thread
    }

    /// Waits until the thread's closure has returned. Call it once, never from the thread itself.
    func join() {
        thread.join()
    }

    /// Lets the thread's resources go when it ends, for a thread that will not be joined.
    func detach() {
        thread.detach()
    }

    /// Whether the calling thread is this thread.
    var isCurrent: Bool {
        thread.isCurrent
    }
}
