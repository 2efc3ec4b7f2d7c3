#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A POSIX thread of its own, for work that must not share libdispatch's threads: one that
/// is joined (`ZechePreview.JoinableThread`) or one that changes its own priority
/// (`BackgroundResult.yielding`).
package struct PosixThread: Sendable {
    private let handle: pthread_t

    private init(handle: pthread_t) {
        self.handle = handle
    }

    /// Starts a thread that runs `body` once; `nil` when the system refuses a new thread.
    package static func start(_ body: @escaping @Sendable () -> Void) -> PosixThread? {
        let box = Unmanaged.passRetained(ThreadBody(run: body))
        #if canImport(Glibc)
        var handle = pthread_t()
        #else
        var handle: pthread_t?
        #endif
        let status = pthread_create(&handle, nil, { context in
            guard let context else { return nil }
            Unmanaged<ThreadBody>.fromOpaque(context).takeRetainedValue().run()
            return nil
        }, box.toOpaque())
        #if canImport(Glibc)
        guard status == 0 else {
            box.release()
            return nil
        }
        return PosixThread(handle: handle)
        #else
        guard status == 0, let handle else {
            box.release()
            return nil
        }
        return PosixThread(handle: handle)
        #endif
    }

    /// Waits until the thread's closure has returned. Call it once, never from the thread itself.
    package func join() {
        pthread_join(handle, nil)
    }

    /// Lets the thread's resources go when it ends, for a thread that will not be joined.
    package func detach() {
        pthread_detach(handle)
    }

    /// Whether the calling thread is this thread.
    package var isCurrent: Bool {
        pthread_equal(pthread_self(), handle) != 0
    }
}

private final class ThreadBody: Sendable {
    let run: @Sendable () -> Void

    init(run: @escaping @Sendable () -> Void) {
        self.run = run
    }
}
