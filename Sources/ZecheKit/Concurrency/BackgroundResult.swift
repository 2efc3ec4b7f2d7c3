import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value made on another thread while the caller goes on with work that does not need it:
/// `wait()` returns it once it is made.
package final class BackgroundResult<Value: Sendable>: Sendable {
    private let group = DispatchGroup()
    private let value = Mutex<Value?>(nil)

    package init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in
            let made = make()
            value.withLock { $0 = made }
        }
    }

    private init() {}

    /// Makes the value on a thread of its own that yields the cores to the process's other
    /// threads (`yieldingNiceness`): for work nobody waits for until much later, such as writing
    /// a cache, which should fill the cores' idle moments instead of slowing down the stages
    /// the build waits for. Without a thread of its own, it is made on a shared one.
    package static func yielding(_ make: @escaping @Sendable () -> Value) -> BackgroundResult {
        let result = BackgroundResult()
        result.group.enter()
        let body: @Sendable () -> Void = {
            let made = make()
            result.value.withLock { $0 = made }
            result.group.leave()
        }
        if !startYieldingThread(body) { DispatchQueue.global(qos: .userInitiated).async(execute: body) }
        return result
    }

    /// The value, once it is made; the thread that made it no longer holds it, and a later
    /// wait gets `nil`.
    package func wait() -> Value? {
        group.wait()
        return value.withLock { $0.take() }
    }

    /// The value, once it is made, left for the other threads that wait for it too.
    package func share() -> Value? {
        group.wait()
        return value.withLock { $0 }
    }
}

/// How much the thread of `BackgroundResult.yielding` lowers its priority (Linux's nice values
/// go from −20 to 19): under the scheduler's weights a thread 10 below another gets about a
/// tenth of a core the other wants, and the whole core when nothing else runs. The thread ends
/// with its work, so no later work inherits the priority, which a process cannot raise again.
private let yieldingNiceness: Int32 = 10

/// Starts a detached thread that lowers its own priority and runs `body`; `false` when the
/// system refuses a thread.
private func startYieldingThread(_ body: @escaping @Sendable () -> Void) -> Bool {
    let started = PosixThread.start {
        #if os(Linux)
        // On Linux a priority belongs to a thread: `0` is the calling one, not the process.
        // The thread starts with its creator's; −1 is a priority too, so errno tells a failure.
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        errno = 0
        let inherited = getpriority(which, 0)
        if errno == 0 { _ = setpriority(which, 0, min(19, inherited + yieldingNiceness)) }
        #endif
        body()
    }
    started?.detach()
    return started != nil
}
