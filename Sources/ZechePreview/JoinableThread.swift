#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A POSIX thread that runs one closure and can be joined.
///
/// Foundation's `Thread` cannot be joined; `stop()` of the server and the watcher must return
/// only once their thread has really finished, so that no descriptor is touched afterwards.
final class JoinableThread: Sendable {
    private let handle: pthread_t

    /// Starts a thread that runs `body` once; returns `nil` if the system refuses a new thread.
    init?(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(ThreadBody(run: body))
        #if canImport(Glibc)
        var handle = pthread_t()
        #else
        var handle: pthread_t?
        #endif
        let status = pthread_create(&handle, nil, { context in
            guard let context else { return nil }
            let body = Unmanaged<ThreadBody>.fromOpaque(context).takeRetainedValue()
            body.run()
            return nil
        }, box.toOpaque())
        #if canImport(Glibc)
        guard status == 0 else {
            box.release()
            return nil
        }
        self.handle = handle
        #else
        guard status == 0, let handle else {
            box.release()
            return nil
        }
        self.handle = handle
        #endif
    }

    /// Waits until the thread's closure has returned. Call it once, never from the thread itself.
    func join() {
        pthread_join(handle, nil)
    }

    /// Lets the thread's resources go when it ends, for a thread that will not be joined.
    func detach() {
        pthread_detach(handle)
    }

    /// Whether the calling thread is this thread.
    var isCurrent: Bool {
        pthread_equal(pthread_self(), handle) != 0
    }
}

private final class ThreadBody: Sendable {
    let run: @Sendable () -> Void

    init(run: @escaping @Sendable () -> Void) {
        self.run = run
    }
}
